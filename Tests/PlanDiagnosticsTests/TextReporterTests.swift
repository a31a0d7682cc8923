import Testing

@testable import PlanDiagnostics

@Suite struct TextReporterTests {
  @Test func caretLinesUpUnderTabsAndAccents() {
    let (shown, start, width) = TextReporter.layout(line: "\tñandú x", startColumn: 3, endColumn: 6)
    #expect(shown == "    ñandú x")
    #expect(start == 5)
    #expect(width == 3)
  }

  @Test func rendersCodeLocationSnippetAndHelp() {
    let source = SourceText(path: "a.plan", text: "estado borador\n")
    let diagnostic = Diagnostic(
      code: "E106", severity: .error,
      message: Localized(es: "valor inválido", en: "invalid value", pt: "valor inválido"),
      range: source.range(7..<14),
      help: Localized(
        es: "¿quiso decir `borrador`?", en: "did you mean `borrador`?", pt: "¿quiso decir `borrador`?"))
    let text = TextReporter(language: .es, color: false, sources: { _ in source }).render(diagnostic)
    #expect(text.contains("error[E106]: valor inválido"))
    #expect(text.contains("--> a.plan:1:8"))
    #expect(text.contains(" 1 | estado borador"))
    #expect(text.contains("   |        ^^^^^^^"))
    #expect(text.contains("= ayuda: ¿quiso decir `borrador`?"))
  }
}
