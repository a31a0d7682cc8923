import Testing

@testable import PlanDiagnostics

@Suite struct ConciseReporterTests {
  @Test func oneLinePerFindingInReportOrder() {
    let fixture = ReportFixtures.make()
    let output = ConciseReporter(context: fixture.context).render(fixture.diagnostics)
    expectSameText(
      output,
      """
      plans/demo.plan:1:14: advertencia[E120]: el nombre "Ñandú, Capital: 100%" tiene comas, dos puntos y 100% y sigue en otra línea
      plans/demo.plan:2:8: error[E106]: valor inválido «borador» para `estado`
      plans/demo.plan:3:1: advertencia[X999]: código sin descripción
      plans/demo.plan:4:3: sugerencia[G07]: la meta no tiene indicador {medible}
      plans/otro.plan:1:9: error[F002]: no se encuentra «faltante.plan»

      """)
  }

  /// Every line has the `file:line:col: severity[CODE]: message` shape editors' problem matchers
  /// read, in every language.
  @Test(arguments: Language.allCases)
  func everyLineMatchesTheProblemMatcher(language: Language) throws {
    let fixture = ReportFixtures.make(language: language)
    let output = ConciseReporter(context: fixture.context).render(fixture.diagnostics)
    let lines = output.split(separator: "\n")
    #expect(lines.count == fixture.diagnostics.count)
    let pattern = try Regex(#"^([^:]+):(\d+):(\d+): ([^\[\]]+)\[([A-Z]+\d+)\]: (.+)$"#)
    for line in lines { #expect(String(line).wholeMatch(of: pattern) != nil, "\(line)") }
  }
}
