/// `plan check --format json`: the diagnostics as one JSON document with a versioned schema,
/// `plan-check/1`, described field by field in `docs/json-format.md`.
///
/// Keys come in a fixed order, diagnostics in `sortedForReport()` order, paths relative to the
/// repository root, lines and columns 1-based with columns counted in Unicode scalars; the same
/// input always gives the same bytes.
///
/// Within `plan-check/1`, new keys may be added (readers ignore keys they do not know); renaming or
/// removing a key, or changing its meaning, needs `plan-check/2`.
public struct JSONReporter: Sendable {
  /// The value of the top-level `schema` key.
  public static let schema = "plan-check/1"

  /// The top-level keys this reporter writes itself, in order. Extension members may not reuse them.
  public static let coreKeys = [
    "schema", "tool", "language", "files", "summary", "diagnostics", "omitted", "rules",
  ]

  /// Written after `rules` only when some input could not be checked.
  public static let failuresKey = "failures"

  public var context: ReportContext

  public init(context: ReportContext) {
    self.context = context
  }

  /// The document as text: pretty-printed with two-space indentation, ending in a line break.
  ///
  /// - Parameter extra: members appended after the core keys, in the order given: the extension
  ///   point for later sections such as `compliance` (one entry per guideline, see
  ///   `docs/json-format.md`). A key that is one of `coreKeys`, or given twice, is a programming
  ///   error.
  public func render(_ diagnostics: [Diagnostic], extra: [(key: String, value: JSONValue)] = []) -> String {
    document(diagnostics, extra: extra).rendered()
  }

  /// The document as a value, for callers that want to embed or inspect it.
  public func document(_ diagnostics: [Diagnostic], extra: [(key: String, value: JSONValue)] = [])
    -> JSONValue
  {
    let selection = ReportSelection(diagnostics, omissions: context.omissions)
    let sorted = selection.shown
    var members: [(key: String, value: JSONValue)] = [
      ("schema", .string(Self.schema)),
      ("tool", ["name": "plan", "version": .string(context.toolVersion)]),
      ("language", .string(context.language.rawValue)),
      ("files", .array(context.files.map { .string(context.relativePath($0)) })),
      ("summary", Self.counts(selection.totals)),
      ("diagnostics", .array(sorted.map(entry))),
      (
        "omitted",
        [
          "not_listed": .array(
            selection.notShown.map { file, counts in
              .object([("file", .string(context.relativePath(file)))] + Self.countMembers(counts))
            }),
          "held_back": Self.counts(selection.heldBack),
        ]
      ),
      ("rules", .array(usedRules(sorted))),
    ]
    // Only when some input could not be checked (exit code 2): what, and why.
    if !context.failures.isEmpty {
      members.append(
        (
          Self.failuresKey,
          .array(
            context.failures.map { failure in
              [
                "file": .string(failure.path.map { $0 == "-" ? $0 : context.relativePath($0) }),
                "message": .string(failure.reason.text(context.language)),
              ]
            })
        ))
    }
    var seen = Set(Self.coreKeys + [Self.failuresKey])
    for member in extra {
      precondition(seen.insert(member.key).inserted, "JSONReporter: key «\(member.key)» written twice")
      members.append(member)
    }
    return .object(members)
  }

  /// `{"errors": n, "warnings": n, "advisories": n}`.
  static func counts(_ counts: DiagnosticCounts) -> JSONValue { .object(countMembers(counts)) }

  static func countMembers(_ counts: DiagnosticCounts) -> [(key: String, value: JSONValue)] {
    [
      ("errors", .integer(counts.errors)), ("warnings", .integer(counts.warnings)),
      ("advisories", .integer(counts.advisories)),
    ]
  }

  /// One diagnostic; every key is always present (`help` may be `null`, lists may be empty), and
  /// `baseline_state` when the check compared two versions.
  public func entry(_ diagnostic: Diagnostic) -> JSONValue {
    let language = context.language
    var members: [(key: String, value: JSONValue)] = [
      ("code", .string(diagnostic.code)),
      ("severity", .string(diagnostic.severity.rawValue)),
      ("message", .string(TerminalText.message(diagnostic.message.text(language)))),
      ("message_es", .string(TerminalText.message(diagnostic.message.es))),
      ("message_en", .string(TerminalText.message(diagnostic.message.en))),
    ]
    members += span(diagnostic.range)
    members.append(("help", .string(diagnostic.help.map { TerminalText.message($0.text(language)) })))
    members.append(
      (
        "notes",
        .array(
          diagnostic.notes.map { note in
            let start = note.range?.start
            return [
              "message": .string(TerminalText.message(note.message.text(language))),
              "file": .string(note.range.map { context.relativePath($0.file) }),
              "line": start.map { .integer($0.line) } ?? .null,
              "column": start.map { .integer($0.column) } ?? .null,
            ]
          })
      ))
    members.append(
      (
        "fixes",
        .array(
          diagnostic.fixIts.map { fix in
            .object(span(fix.range) + [("replacement", .string(fix.replacement))])
          })
      ))
    if let state = diagnostic.baseline { members.append(("baseline_state", .string(state.rawValue))) }
    return .object(members)
  }

  /// `file`, `line`, `column`, `end_line`, `end_column`; the end is exclusive (the position just
  /// after the last character), as in SARIF.
  private func span(_ range: SourceRange) -> [(key: String, value: JSONValue)] {
    let start = range.start
    let end = range.end
    return [
      ("file", .string(context.relativePath(range.file))),
      ("line", .integer(start.line)),
      ("column", .integer(start.column)),
      ("end_line", .integer(end.line)),
      ("end_column", .integer(end.column)),
    ]
  }

  /// The descriptors of the codes that occur, sorted by id, so a reader can show titles and links.
  private func usedRules(_ diagnostics: [Diagnostic]) -> [JSONValue] {
    let used = Set(diagnostics.map(\.code))
    var described: [String: RuleDescriptor] = [:]
    for rule in context.rules where used.contains(rule.id) && described[rule.id] == nil {
      described[rule.id] = rule
    }
    return described.keys.sorted().map { id in
      let rule = described[id]!
      return [
        "id": .string(rule.id),
        "name": .string(rule.name),
        "title": .string(rule.title.text(context.language)),
        "default_severity": .string(rule.defaultSeverity.rawValue),
        "docs": .string(rule.helpPath),
      ]
    }
  }
}
