import Foundation
import PlanDiagnostics
import PlanSyntax
import Testing

/// Runs every case of the malformed-input corpus and checks that the diagnostics are exactly the
/// ones its header states: no missing and no extra diagnostic, each with its code, file, line and
/// column.
@Suite("Corpus de entradas mal formadas")
struct MalformedCorpusTests {
  @Test("el corpus tiene al menos 70 casos y cada uno declara lo que espera")
  func corpusShape() throws {
    #expect(MalformedCorpus.allCases.count >= 70)
    for name in MalformedCorpus.allCases {
      let expectations = try MalformedCorpus.expectations(of: name)
      #expect(expectations.problems.isEmpty, "\(name): \(expectations.problems)")
    }
    for name in MalformedCorpus.knownBugs.sorted() {
      #expect(MalformedCorpus.allCases.contains(name), "el caso con error conocido \(name) no existe")
    }
  }

  @Test("cada código S, E y F aparece en algún caso que pasa")
  func everyCodeIsCovered() throws {
    var covered: Set<String> = []
    for name in MalformedCorpus.passingCases {
      covered.formUnion(try MalformedCorpus.expectations(of: name).diagnostics.map(\.code))
    }
    let missing = MalformedCorpusTests.allCodes.subtracting(covered).sorted()
    #expect(missing.isEmpty, "códigos sin ningún caso: \(missing)")
  }

  /// Every code the parser, the binder and the loader can produce.
  static let allCodes: Set<String> = {
    var codes: Set<String> = []
    for number in [1, 2, 3, 4, 5, 6, 7, 8] + Array(10...23) {
      codes.insert("S0\(number < 10 ? "0" : "")\(number)")
    }
    for number in 101...112 { codes.insert("E\(number)") }
    for number in 2...5 { codes.insert("F00\(number)") }
    return codes
  }()

  @Test("caso mal formado", arguments: MalformedCorpus.passingCases)
  func malformedCase(_ name: String) throws {
    try Self.check(name)
  }

  /// Loads the case through `PlanLoader.load(path:)` and compares the multisets of diagnostics.
  static func check(_ name: String) throws {
    let expectations = try MalformedCorpus.expectations(of: name)
    #expect(expectations.problems.isEmpty, "\(name): \(expectations.problems)")
    let plan = try MalformedCorpus.load(name)
    let actual = MalformedCorpus.located(plan.diagnostics, in: name)
    // Multiset difference: each actual diagnostic cancels one equal expectation.
    var missing = expectations.diagnostics
    var extra: [String] = []
    for (located, diagnostic) in actual.sorted(by: { $0.0 < $1.0 }) {
      if let index = missing.firstIndex(of: located) {
        missing.remove(at: index)
      } else {
        extra.append("\(located) «\(diagnostic.message.es)»")
      }
    }
    #expect(
      missing.isEmpty && extra.isEmpty,
      """
      \(name)
        faltan: \(missing.sorted().map(\.description))
        sobran: \(extra)
      """)
  }

}

/// Where a diagnostic starts, as `plan check` prints it: a code, a file of the case, a line and a
/// column (1-based, columns in Unicode scalars).
struct CorpusDiagnostic: Hashable, Comparable, CustomStringConvertible {
  var code: String
  /// The file, relative to the case's folder: the case file itself, `main.plan`, or an included file.
  var file: String
  var line: Int
  var column: Int

  static func < (a: CorpusDiagnostic, b: CorpusDiagnostic) -> Bool {
    (a.file, a.line, a.column, a.code) < (b.file, b.line, b.column, b.code)
  }

  var description: String { "\(code) \(file) \(line):\(column)" }
}

/// The corpus of malformed plans in `Malformed/`, found next to this file (no SwiftPM resources).
///
/// A case is either a file `NNN-name.plan`, or a folder `NNN-name/` whose `main.plan` is loaded and may
/// include the other files beside it. The first lines of the case's root file state what it must
/// produce, one diagnostic per line:
///
///     # espera: S003 5:10
///     # espera: F004 diagnostico.plan 3:9
///     # espera: nada
enum MalformedCorpus {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Malformed")

  /// Every case, in order.
  static let allCases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { name in
      guard name.count > 4, name.prefix(3).allSatisfy(\.isNumber), name.dropFirst(3).first == "-" else {
        return false
      }
      return name.hasSuffix(".plan") || isDirectory(folder.appendingPathComponent(name))
    }.sorted()
  }()

  /// Cases that show a bug in the parser or the binder: their expectations state what the behaviour
  /// should be, and their tests are disabled (one test per bug in `MalformedCorpusTests`) until fixed.
  static let knownBugs: Set<String> = []

  /// The cases expected to pass today.
  static let passingCases: [String] = allCases.filter { !knownBugs.contains($0) }

  /// Every `.plan` file of the corpus (included files too), relative to `folder`.
  static let allPlanFiles: [String] = {
    var files: [String] = []
    for name in allCases {
      let url = folder.appendingPathComponent(name)
      guard isDirectory(url) else {
        files.append(name)
        continue
      }
      let enumerator = FileManager.default.enumerator(atPath: url.path)
      while let relative = enumerator?.nextObject() as? String {
        if relative.hasSuffix(".plan") { files.append(name + "/" + relative) }
      }
    }
    return files.sorted()
  }()

  static func isDirectory(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// The folder locations are relative to, and the file that is loaded.
  static func layout(of name: String) -> (folder: URL, root: URL) {
    let url = folder.appendingPathComponent(name)
    if isDirectory(url) { return (url, url.appendingPathComponent("main.plan")) }
    return (folder, url)
  }

  // MARK: - Expectations

  struct Expectations {
    var diagnostics: [CorpusDiagnostic] = []
    /// Header lines that could not be read.
    var problems: [String] = []
    /// Whether the header says `# espera: nada`.
    var expectsNothing = false
    /// How many `# espera:` lines the header has.
    var headerLineCount = 0
  }

  static let marker = "# espera:"

  /// Reads the `# espera:` lines at the top of a case's root file (after a byte-order mark, if any).
  static func expectations(of name: String) throws -> Expectations {
    let (_, root) = layout(of: name)
    var bytes = [UInt8](try Data(contentsOf: root))
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let text = String(decoding: bytes, as: UTF8.self)
    var result = Expectations()
    // `\r\n`, `\r` and `\n` all end a line (a `\r\n` pair is a single Character).
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      guard line.hasPrefix(marker) else { break }
      result.headerLineCount += 1
      let words = line.dropFirst(marker.count).split(separator: " ").map(String.init)
      if words == ["nada"] {
        result.expectsNothing = true
        continue
      }
      guard words.count == 2 || words.count == 3, let (lineNumber, column) = location(words.last!) else {
        result.problems.append("línea de expectativa ilegible: «\(line)»")
        continue
      }
      let file = words.count == 3 ? words[1] : root.lastPathComponent
      result.diagnostics.append(
        CorpusDiagnostic(code: words[0], file: file, line: lineNumber, column: column))
    }
    if result.headerLineCount == 0 { result.problems.append("el caso no declara ninguna línea `# espera:`") }
    if result.expectsNothing && !result.diagnostics.isEmpty {
      result.problems.append("`# espera: nada` junto con otros diagnósticos")
    }
    return result
  }

  private static func location(_ text: String) -> (Int, Int)? {
    let parts = text.split(separator: ":")
    guard parts.count == 2, let line = Int(parts[0]), let column = Int(parts[1]), line >= 1, column >= 1
    else { return nil }
    return (line, column)
  }

  // MARK: - Actual diagnostics

  /// Loads a case through `PlanLoader.load(path:)`, as `plan check` does.
  static func load(_ name: String) throws -> LoadedPlan {
    try PlanLoader.load(path: layout(of: name).root.path)
  }

  /// Each diagnostic of a loaded case, with its file made relative to the case's folder.
  static func located(_ diagnostics: [Diagnostic], in name: String) -> [(CorpusDiagnostic, Diagnostic)] {
    let base = canonical(layout(of: name).folder.path) + "/"
    return diagnostics.map { diagnostic in
      var file = canonical(diagnostic.range.file)
      if file.hasPrefix(base) { file.removeFirst(base.count) }
      let start = diagnostic.range.start
      return (
        CorpusDiagnostic(code: diagnostic.code, file: file, line: start.line, column: start.column),
        diagnostic
      )
    }
  }

  /// An absolute, standardized path with symbolic links resolved (diagnostics may carry paths
  /// relative to the current folder).
  static func canonical(_ path: String) -> String {
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
