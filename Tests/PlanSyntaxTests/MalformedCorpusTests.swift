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
    for number in [1, 2, 3, 4, 5, 6, 7, 8] + Array(10...19) {
      codes.insert("S0\(number < 10 ? "0" : "")\(number)")
    }
    for number in 101...111 { codes.insert("E\(number)") }
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

  // MARK: - Known bugs
  //
  // Each case below states the behaviour the parser or binder SHOULD have. The tests stay disabled
  // until the bug is fixed; then remove the case from `MalformedCorpus.knownBugs` and its test here.

  @Test(.disabled("bug: un cuerpo UTF-16 produce un S002 por cada byte NUL además del S001"))
  func bugUTF16() throws { try Self.check("013-utf16.plan") }

  @Test(.disabled("bug: un carácter de control fuera de un texto da S002 y además E104 por el mismo byte"))
  func bugControlBetweenWords() throws { try Self.check("019-control-entre-palabras.plan") }

  @Test(.disabled("bug: con saltos de línea sólo CR todas las ubicaciones caen en la línea 1"))
  func bugCarriageReturnLines() throws { try Self.check("022-solo-cr.plan") }

  @Test(
    .disabled("bug: tras recuperar una `}` faltante por sangría, la línea siguiente se descarta con S016"))
  func bugMissingBraceRecovery() throws { try Self.check("027-falta-llave-recuperada-por-sangria.plan") }

  @Test(.disabled("bug: una `}` faltante sin sangría produce un E102 por cada sentencia posterior"))
  func bugMissingBraceWithoutIndentation() throws { try Self.check("028-falta-llave-sin-sangria.plan") }

  @Test(.disabled("bug: un `(` dentro de un paréntesis abierto se informa como S013 «sobra este `)`»"))
  func bugNestedOpenParenthesis() throws { try Self.check("032-parentesis-abierto-anidado.plan") }

  @Test(.disabled("bug: una línea que empieza con `(año)` da S015 y además S013 por su `)`"))
  func bugLineStartingWithParenthesis() throws { try Self.check("036-linea-empieza-con-parentesis.plan") }

  @Test(
    .disabled("bug: una coma final convierte la sentencia siguiente en parte de la lista (E104 engañoso)"))
  func bugTrailingCommaBeforeStatement() throws { try Self.check("041-coma-final-seguida-de-sentencia.plan") }

  @Test(.disabled("bug: una coma final antes de un bloque da E108 en otra sentencia, sin S017"))
  func bugTrailingCommaBeforeBlock() throws { try Self.check("042-coma-final-antes-de-bloque.plan") }

  @Test(.disabled("bug: un color con 5 o 7 cifras se lee como comentario y el error dice que falta el color"))
  func bugColourWithWrongDigitCount() throws { try Self.check("056-color-con-cifras-de-mas.plan") }

  @Test(.disabled("bug: una moneda en minúsculas o con nombre da E103 «falta la moneda» más E104"))
  func bugLowercaseCurrency() throws { try Self.check("059-moneda-en-minusculas.plan") }

  @Test(.disabled("bug: un monto ilegible deja su moneda suelta y se informa además un E104"))
  func bugMalformedAmount() throws { try Self.check("060-monto-mal-escrito.plan") }

  @Test(.disabled("bug: `vision` y `lema` repetidos fuera de todo bloque no dan E109"))
  func bugRepeatedTopLevel() throws { try Self.check("068-repetido-en-nivel-superior.plan") }

  @Test(.disabled("bug: `horizonte 2026 al 2031` da E105 y dos E104 en lugar de un solo error"))
  func bugYearRangeConnector() throws { try Self.check("074-horizonte-con-al.plan") }

  @Test(.disabled("bug: un comentario `#add …` se lee como color y da E101"))
  func bugCommentLikeColour() throws { try Self.check("093-comentario-parecido-a-color.plan") }

  @Test(
    .disabled("bug: en un archivo Latin-1 cada palabra clave o identificador con tilde suma un E101 o E110"))
  func bugLatin1Keywords() throws { try Self.check("094-latin1-en-palabras-clave.plan") }

  @Test(.disabled("bug: el carácter DEL (0x7F) dentro de un texto no se informa"))
  func bugDeleteInsideText() throws { try Self.check("095-control-del-en-texto.plan") }
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
  static let knownBugs: Set<String> = [
    "013-utf16.plan",
    "019-control-entre-palabras.plan",
    "022-solo-cr.plan",
    "027-falta-llave-recuperada-por-sangria.plan",
    "028-falta-llave-sin-sangria.plan",
    "032-parentesis-abierto-anidado.plan",
    "036-linea-empieza-con-parentesis.plan",
    "041-coma-final-seguida-de-sentencia.plan",
    "042-coma-final-antes-de-bloque.plan",
    "056-color-con-cifras-de-mas.plan",
    "059-moneda-en-minusculas.plan",
    "060-monto-mal-escrito.plan",
    "068-repetido-en-nivel-superior.plan",
    "074-horizonte-con-al.plan",
    "093-comentario-parecido-a-color.plan",
    "094-latin1-en-palabras-clave.plan",
    "095-control-del-en-texto.plan",
  ]

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
