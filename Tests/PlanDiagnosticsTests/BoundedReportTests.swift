import Foundation
import Testing

@testable import PlanDiagnostics

/// Reports stay bounded whatever the input: at most `ReportSelection.perFile` findings per file
/// (with how many more, in every format), a repeated finding on one line listed once, snippets cut
/// around the caret, messages and paths escaped and clipped.
@Suite struct BoundedReportTests {
  static func findings(
    _ count: Int, in source: SourceText, code: String = "E104", severity: Severity = .error
  )
    -> [Diagnostic]
  {
    (0..<count).map { index in
      Diagnostic(
        code: code, severity: severity,
        message: Localized(es: "sobra \(index)", en: "extra \(index)", pt: "sobra \(index)"),
        range: source.range(index * 2..<(index * 2 + 1)))
    }
  }

  static func context(_ omissions: Omissions = Omissions(), language: Language = .es) -> ReportContext {
    ReportContext(
      toolVersion: "0.1.0", language: language, files: ["a.plan"], baseDirectory: "/r",
      currentDirectory: "/r",
      omissions: omissions)
  }

  @Test func eachFileListsAtMostTheCapAndCountsTheRest() throws {
    let source = SourceText(path: "a.plan", text: String(repeating: "x\n", count: 300))
    let diagnostics = Self.findings(250, in: source)
    let selection = ReportSelection(diagnostics)
    #expect(selection.shown.count == ReportSelection.perFile)
    #expect(selection.notShown(in: "a.plan") == DiagnosticCounts(errors: 150))
    #expect(selection.totals.errors == 250)

    let text = Reports.render(diagnostics, format: .text, context: Self.context(), color: false)
    #expect(text.contains("… y 150 hallazgos más en a.plan (150 errores), que no se muestran"))
    #expect(text.hasSuffix("1 archivo revisado: 250 errores, 0 advertencias, 0 sugerencias\n"))

    let json = Reports.render(diagnostics, format: .json, context: Self.context(), color: false)
    let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect((root["diagnostics"] as? [Any])?.count == 100)
    #expect((root["summary"] as? [String: Int])?["errors"] == 250)
    let omitted = try #require(root["omitted"] as? [String: Any])
    let listed = try #require(omitted["not_listed"] as? [[String: Any]])
    #expect(listed.count == 1)
    #expect(listed.first?["file"] as? String == "a.plan")
    #expect(listed.first?["errors"] as? Int == 150)

    let sarif = Reports.render(diagnostics, format: .sarif, context: Self.context(), color: false)
    let log = try #require(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect((run["results"] as? [Any])?.count == 100)
    let bag = try #require((run["properties"] as? [String: Any])?["omitted"] as? [String: Any])
    #expect((bag["notListed"] as? [[String: Any]])?.first?["errors"] as? Int == 150)

    let concise = Reports.render(diagnostics, format: .concise, context: Self.context(), color: false)
    #expect(concise.split(separator: "\n").filter { $0.hasPrefix("a.plan:") }.count == 100)
    #expect(
      concise.hasSuffix(
        "… y 150 hallazgos más en a.plan (150 errores), que no se muestran: corrija los primeros y vuelva a revisar\n"
      ))
    let gitlab = Reports.render(diagnostics, format: .gitlab, context: Self.context(), color: false)
    let issues = try #require(JSONSerialization.jsonObject(with: Data(gitlab.utf8)) as? [[String: Any]])
    #expect(issues.count == 101)
    #expect(issues.last?["check_name"] as? String == "plan-not-listed")

    let github = Reports.render(diagnostics, format: .github, context: Self.context(), color: false)
    #expect(github.split(separator: "\n").filter { $0.hasPrefix("::error") }.count == 100)
    #expect(github.contains("… y 150 hallazgos más en a.plan"))
  }

  @Test func theRootCausesAreTheOnesListed() {
    let source = SourceText(path: "a.plan", text: String(repeating: "x\n", count: 300))
    // 150 rule warnings first in the file, then 5 syntax errors: the errors must be listed.
    let warnings = Self.findings(150, in: source, code: "G05", severity: .warning)
    let errors = (0..<5).map { index in
      Diagnostic(
        code: "S003", severity: .error, message: Localized(es: "s\(index)", en: "s\(index)", pt: "s\(index)"),
        range: source.range(400 + index * 2..<(401 + index * 2)))
    }
    let selection = ReportSelection(warnings + errors)
    #expect(selection.shown.filter { $0.code == "S003" }.count == 5)
    #expect(selection.shown.count == 100)
    // Still listed in the file's order.
    #expect(
      selection.shown.map(\.range.offsets.lowerBound)
        == selection.shown.map(\.range.offsets.lowerBound).sorted())
    // GitHub shows the errors first.
    let github = GitHubReporter(context: Self.context()).render(warnings + errors)
    #expect(github.hasPrefix("::error"))
  }

  @Test func uncollectedAndHeldBackFindingsAreCounted() {
    let source = SourceText(path: "a.plan", text: "x\n")
    let omissions = Omissions(
      uncollected: ["a.plan": DiagnosticCounts(errors: 7)],
      heldBack: DiagnosticCounts(errors: 2, advisories: 1))
    let text = Reports.render(
      Self.findings(1, in: source), format: .text, context: Self.context(omissions), color: false)
    #expect(text.contains("… y 7 hallazgos más en a.plan (7 errores)"))
    #expect(text.contains("3 hallazgos de coherencia y de las pautas (2 errores, 1 sugerencia) se mostrarán"))
    #expect(text.hasSuffix("1 archivo revisado: 8 errores, 0 advertencias, 0 sugerencias\n"))
  }

  @Test func aFindingRepeatedOnALineIsListedOnce() {
    let source = SourceText(path: "a.plan", text: ",,,,,\n,\n")
    let diagnostics = [0, 1, 2, 3, 4, 6].map { offset in
      Diagnostic(
        code: "S017", severity: .error, message: Localized(es: "coma", en: "comma", pt: "coma"),
        range: source.range(offset..<(offset + 1)))
    }
    let selection = ReportSelection(diagnostics)
    #expect(selection.shown.count == 2)
    #expect(selection.shown[0].notes.map(\.message.es) == ["se repite 4 veces más en esta línea"])
    #expect(selection.totals.errors == 6)
  }

  @Test func aLongLineIsCutAroundTheCaret() {
    let line = String(repeating: "a", count: 5000) + "ERROR" + String(repeating: "b", count: 5000)
    let source = SourceText(path: "a.plan", text: line + "\n")
    let diagnostic = Diagnostic(
      code: "E101", severity: .error, message: Localized(es: "m", en: "m", pt: "m"),
      range: source.range(5000..<5005))
    let text = TextReporter(language: .es, color: false, sources: { _ in source }).render(diagnostic)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.count <= TextReporter.snippetWidth + 10 }, "\(lines.map(\.count))")
    let shown = try? #require(lines.first { $0.hasPrefix(" 1 | ") })
    let caret = try? #require(lines.first { $0.contains("^") })
    guard let shown, let caret else { return }
    #expect(shown.hasPrefix(" 1 | …a") && shown.hasSuffix("b…"))
    // The carets stand under ERROR.
    let column = caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) } ?? -1
    let start = shown.index(shown.startIndex, offsetBy: column)
    #expect(shown[start...].hasPrefix("ERROR"))
    #expect(caret.filter { $0 == "^" }.count == 5)
  }

  @Test func hostileCharactersAreShownNotObeyed() {
    let source = SourceText(path: "a\u{1B}[31m.plan", text: "ciudad \"x\u{202E}y\u{1B}[2J\"\n")
    let diagnostic = Diagnostic(
      code: "S002", severity: .error,
      message: Localized(es: "`\u{1B}]0;t\u{7}`", en: "x", pt: "`\u{1B}]0;t\u{7}`"),
      range: source.range(9..<12),
      notes: [Note(Localized(es: "nota \u{2066}", en: "n", pt: "nota \u{2066}"))],
      help: Localized(es: "ayuda \u{9B}31m", en: "h", pt: "ayuda \u{9B}31m"))
    for format in ReportFormat.allCases {
      let output = Reports.render(
        [diagnostic],
        format: format,
        context: ReportContext(
          toolVersion: "0.1.0", language: .es, sources: { _ in source }, files: [source.path],
          baseDirectory: "/r", currentDirectory: "/r"), color: false)
      let unsafe = output.unicodeScalars.filter { TerminalText.isUnsafe($0.value) && $0 != "\n" }
      #expect(unsafe.isEmpty, "\(format): \(unsafe.map { SpecialScalar($0) })")
    }
    let text = TextReporter(language: .es, color: false, sources: { _ in source }).render(diagnostic)
    #expect(text.contains("<U+202E>y<U+001B>[2J"))
    #expect(text.contains("--> a<U+001B>[31m.plan:1:10"))
  }

  @Test func longQuotedWordsAndMessagesAreClipped() {
    let word = String(repeating: "x", count: 100_000)
    let message = TerminalText.message("palabra clave desconocida `\(word)`")
    #expect(message.count < 200)
    #expect(message.hasPrefix("palabra clave desconocida `xxx"))
    #expect(message.hasSuffix("xxx`"))
    #expect(message.contains("…"))
    #expect(TerminalText.message(String(repeating: "y ", count: 10_000)).count <= TerminalText.messageLimit)
    #expect(TerminalText.clip("corto", limit: 10) == "corto")
  }

  @Test func columnsOnAHugeLineComeFromCheckpoints() {
    let text = String(repeating: "ñ", count: 1_000_000)
    let source = SourceText(path: "a.plan", text: text)
    #expect(source.position(of: 2 * 999_999).column == 1_000_000)
    #expect(source.position(of: 2 * 4097).column == 4098)
    #expect(source.position(of: 2_000_000).column == 1_000_001)
  }
}

/// A scalar printed as its code point in a test message.
struct SpecialScalar: CustomStringConvertible {
  var scalar: Unicode.Scalar
  init(_ scalar: Unicode.Scalar) { self.scalar = scalar }
  var description: String { TerminalText.visible(scalar.value) }
}
