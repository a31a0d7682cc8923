/// `plan check --format sarif`: SARIF 2.1.0, the format GitHub code scanning uploads.
///
/// One run; `tool.driver.rules` holds every known rule (sorted by id) plus a minimal entry for any
/// code that has no descriptor, so every result's `ruleIndex` is valid. Locations are relative to
/// `%SRCROOT%` (the repository root, given in `originalUriBaseIds`) so GitHub can match alerts from
/// run to run; regions count columns in Unicode scalars (`columnKind: unicodeCodePoints`) with an
/// exclusive end.
///
/// The invocation says only whether the run completed (`executionSuccessful`); when `plan` could
/// not check some input (exit code 2) it carries the reasons as notifications and the run has no
/// `results` at all.
///
/// Not written, on purpose: `informationUri` and `helpUri` (SARIF wants absolute URIs, and `plan`
/// has no published site), timestamps (the output must not change between runs),
/// fingerprints (`upload-sarif` computes `primaryLocationLineHash` itself).
public struct SARIFReporter: Sendable {
  public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
  public static let sourceRoot = "%SRCROOT%"

  public var context: ReportContext

  public init(context: ReportContext) {
    self.context = context
  }

  public func render(_ diagnostics: [Diagnostic]) -> String {
    document(diagnostics).rendered()
  }

  public func document(_ diagnostics: [Diagnostic]) -> JSONValue {
    let selection = ReportSelection(diagnostics, omissions: context.omissions)
    let sorted = selection.shown
    let rules = ruleTable(for: sorted)
    var index: [String: Int] = [:]
    for (position, rule) in rules.enumerated() { index[rule.id] = position }

    var driver: [(key: String, value: JSONValue)] = [
      ("name", "plan"),
      ("version", .string(context.toolVersion)),
      ("semanticVersion", .string(context.toolVersion)),
      ("language", .string(context.language.rawValue)),
    ]
    driver.append(("rules", .array(rules.map(\.value))))

    var run: [(key: String, value: JSONValue)] = [
      ("tool", ["driver": .object(driver)]),
      ("invocations", [invocation()]),
      (
        "originalUriBaseIds",
        [
          Self.sourceRoot: [
            "uri": .string("file://" + Self.encodeURIPath(Self.directoryPath(context.baseDirectory)))
          ]
        ]
      ),
      ("artifacts", .array(artifacts(sorted))),
    ]
    // A run that could not check everything has no `results`: an array, even an empty one, would
    // say "checked, and this is all there is" (SARIF §3.14.23), and code scanning would close the
    // alerts of the files that were never read.
    if context.failures.isEmpty {
      run.append(("results", .array(sorted.map { result($0, ruleIndex: index[$0.code]!) })))
    }
    run.append(("language", .string(context.language.rawValue)))
    run.append(("columnKind", "unicodeCodePoints"))
    // Results not listed (beyond the cap per file, or held back) are counted in the run's property
    // bag: SARIF has no other place for "and 30 more".
    if !selection.notShown.isEmpty || !selection.heldBack.isEmpty {
      run.append(("properties", ["omitted": omitted(selection)]))
    }
    // SARIF §3.13.2: `version` should come first, so a reader can tell the format early.
    return [
      "version": "2.1.0",
      "$schema": .string(Self.schemaURI),
      "runs": [.object(run)],
    ]
  }

  /// `{"notListed": [{"uri", "errors", "warnings", "notes"}], "heldBack": {…}}`.
  private func omitted(_ selection: ReportSelection) -> JSONValue {
    func counts(_ counts: DiagnosticCounts) -> [(key: String, value: JSONValue)] {
      [
        ("errors", .integer(counts.errors)), ("warnings", .integer(counts.warnings)),
        ("notes", .integer(counts.advisories)),
      ]
    }
    return [
      "notListed": .array(
        selection.notShown.map { file, numbers in
          .object([("artifactLocation", artifactLocation(file))] + counts(numbers))
        }),
      "heldBack": .object(counts(selection.heldBack)),
    ]
  }

  // MARK: Invocation

  /// Whether the run completed; when it did not, each reason is a tool execution notification.
  private func invocation() -> JSONValue {
    guard !context.failures.isEmpty else { return ["executionSuccessful": true] }
    return [
      "executionSuccessful": false,
      "exitCode": 2,
      "toolExecutionNotifications": .array(
        context.failures.map { failure in
          var members: [(key: String, value: JSONValue)] = [
            ("level", "error"), ("message", text(failure.text(context.language))),
          ]
          if let path = failure.path, path != "-" {
            members.append(
              ("locations", [["physicalLocation": ["artifactLocation": artifactLocation(path)]]]))
          }
          return .object(members)
        }),
    ]
  }

  // MARK: Rules

  private struct Rule {
    var id: String
    var value: JSONValue
  }

  /// Known descriptors (first one wins for a repeated id) and a bare `{ "id" }` for unknown codes,
  /// all sorted by id.
  private func ruleTable(for diagnostics: [Diagnostic]) -> [Rule] {
    var byID: [String: Rule] = [:]
    for descriptor in context.rules where byID[descriptor.id] == nil {
      byID[descriptor.id] = Rule(id: descriptor.id, value: rule(descriptor))
    }
    for diagnostic in diagnostics where byID[diagnostic.code] == nil {
      byID[diagnostic.code] = Rule(id: diagnostic.code, value: ["id": .string(diagnostic.code)])
    }
    return byID.keys.sorted().map { byID[$0]! }
  }

  private func rule(_ descriptor: RuleDescriptor) -> JSONValue {
    let language = context.language
    var members: [(key: String, value: JSONValue)] = [
      ("id", .string(descriptor.id)),
      ("name", .string(descriptor.name)),
    ]
    members.append(("shortDescription", text(descriptor.title.text(language))))
    members.append(("fullDescription", text(descriptor.rationale.text(language))))
    members.append(("help", text(descriptor.help.text(language))))
    members.append(("defaultConfiguration", ["level": .string(Self.level(descriptor.defaultSeverity))]))
    if let path = descriptor.helpPath {
      // Relative documentation paths are not valid `helpUri`s (SARIF wants an absolute URI);
      // a property bag keeps the link for readers that know it.
      members.append(("properties", ["helpPath": .string(path)]))
    }
    return .object(members)
  }

  // MARK: Results

  private func result(_ diagnostic: Diagnostic, ruleIndex: Int) -> JSONValue {
    let language = context.language
    let labels = ReportLabels(language)
    // The message carries the hint and the notes without a location, which SARIF has no other place
    // to show next to the result; notes with a location become related locations.
    var message = TerminalText.message(diagnostic.message.text(language))
    if let help = diagnostic.help {
      message += "\n\(labels.help): \(TerminalText.message(help.text(language)))"
    }
    for note in diagnostic.notes where note.range == nil {
      message += "\n\(labels.note): \(TerminalText.message(note.message.text(language)))"
    }

    var members: [(key: String, value: JSONValue)] = [
      ("ruleId", .string(diagnostic.code)),
      ("ruleIndex", .integer(ruleIndex)),
      ("level", .string(Self.level(diagnostic.severity))),
      ("message", text(message)),
      ("locations", [["physicalLocation": physicalLocation(diagnostic.range)]]),
    ]
    // `relatedLocations` must not repeat an element (the schema says `uniqueItems`).
    var related: [JSONValue] = []
    var seen = Set<String>()
    for note in diagnostic.notes {
      guard let range = note.range else { continue }
      let location: JSONValue = [
        "physicalLocation": physicalLocation(range),
        "message": text(TerminalText.message(note.message.text(language))),
      ]
      if seen.insert(location.compact()).inserted { related.append(location) }
    }
    if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
    if !diagnostic.fixIts.isEmpty { members.append(("fixes", [fix(diagnostic)])) }
    // `plan check --base`: whether the change introduced the result, kept it, or fixed it.
    if let state = diagnostic.baseline { members.append(("baselineState", .string(state.rawValue))) }
    return .object(members)
  }

  /// All fix-its of a diagnostic form one fix (they are applied together), one artifact change per
  /// file in the order the files first appear.
  private func fix(_ diagnostic: Diagnostic) -> JSONValue {
    var files: [String] = []
    var replacements: [String: [JSONValue]] = [:]
    for fixIt in diagnostic.fixIts {
      let file = fixIt.range.file
      if replacements[file] == nil { files.append(file) }
      var replacement: [(key: String, value: JSONValue)] = [("deletedRegion", region(fixIt.range))]
      // An absent `insertedContent` means "delete".
      if !fixIt.replacement.isEmpty {
        replacement.append(("insertedContent", ["text": .string(fixIt.replacement)]))
      }
      replacements[file, default: []].append(.object(replacement))
    }
    var members: [(key: String, value: JSONValue)] = []
    if let help = diagnostic.help {
      members.append(("description", text(TerminalText.message(help.text(context.language)))))
    }
    members.append(
      (
        "artifactChanges",
        .array(
          files.map { file in
            ["artifactLocation": artifactLocation(file), "replacements": .array(replacements[file]!)]
          })
      ))
    return .object(members)
  }

  private func physicalLocation(_ range: SourceRange) -> JSONValue {
    ["artifactLocation": artifactLocation(range.file), "region": region(range)]
  }

  private func region(_ range: SourceRange) -> JSONValue {
    let start = range.start
    let end = range.end
    return [
      "startLine": .integer(start.line),
      "startColumn": .integer(start.column),
      "endLine": .integer(end.line),
      "endColumn": .integer(end.column),
    ]
  }

  /// Inside the repository: a relative URI against `%SRCROOT%`. Outside: an absolute `file:` URI.
  private func artifactLocation(_ file: String) -> JSONValue {
    let path = context.relativePath(file)
    if path.hasPrefix("/") { return ["uri": .string("file://" + Self.encodeURIPath(path))] }
    return ["uri": .string(Self.encodeURIPath(path)), "uriBaseId": .string(Self.sourceRoot)]
  }

  /// The checked root files (role `analysisTarget`) and every other file a result points at,
  /// without repeats, sorted by path.
  private func artifacts(_ diagnostics: [Diagnostic]) -> [JSONValue] {
    var roots = Set<String>()
    var paths: [String: String] = [:]  // repository-relative path → path as given
    for file in context.files {
      let path = context.relativePath(file)
      roots.insert(path)
      if paths[path] == nil { paths[path] = file }
    }
    for diagnostic in diagnostics {
      let files =
        [diagnostic.range.file] + diagnostic.notes.compactMap { $0.range?.file }
        + diagnostic.fixIts.map(\.range.file)
      for file in files {
        let path = context.relativePath(file)
        if paths[path] == nil { paths[path] = file }
      }
    }
    return paths.keys.sorted().map { path in
      var members: [(key: String, value: JSONValue)] = [("location", artifactLocation(paths[path]!))]
      if roots.contains(path) { members.append(("roles", ["analysisTarget"])) }
      return .object(members)
    }
  }

  // MARK: Text

  /// A message object. SARIF §3.11.5 reserves `{` and `}` for placeholders: literal braces are
  /// doubled. Brackets need no escape outside link syntax (§3.11.6), and `plan` writes no links.
  private func text(_ string: String) -> JSONValue {
    ["text": .string(Self.escapeBraces(string))]
  }

  static func escapeBraces(_ string: String) -> String {
    guard string.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D }) else { return string }
    var out = String.UnicodeScalarView()
    for scalar in string.unicodeScalars {
      out.append(scalar)
      if scalar == "{" || scalar == "}" { out.append(scalar) }
    }
    return String(out)
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .advisory: return "note"
    }
  }

  /// A folder path ending in `/`, as SARIF requires of a base URI.
  static func directoryPath(_ path: String) -> String {
    path.hasSuffix("/") ? path : path + "/"
  }

  /// Percent-encodes a path for a URI: letters, digits, `-._~` and `/` stay; everything else,
  /// including spaces, `:` and every non-ASCII character, becomes `%XX` per UTF-8 byte.
  static func encodeURIPath(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }
}
