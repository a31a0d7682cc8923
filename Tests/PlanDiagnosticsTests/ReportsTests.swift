import Foundation
import Testing

@testable import PlanDiagnostics

@Suite struct ReportsTests {
  @Test func textGroupsByFileAndEndsWithTheSummary() {
    let fixture = ReportFixtures.make()
    let output = Reports.render(fixture.diagnostics, format: .text, context: fixture.context, color: false)
    expectSameText(output, Self.goldenText + "\n")
  }

  @Test func colorOnlyChangesText() {
    let fixture = ReportFixtures.make()
    let colored = Reports.render(fixture.diagnostics, format: .text, context: fixture.context, color: true)
    #expect(colored.hasPrefix("\u{1B}[1;4mplans/demo.plan\u{1B}[0m\n"))
    #expect(colored.contains("\n\u{1B}[1;4mplans/otro.plan\u{1B}[0m\n"))
    for format in [ReportFormat.json, .sarif, .github] {
      let plain = Reports.render(fixture.diagnostics, format: format, context: fixture.context, color: false)
      let withColor = Reports.render(
        fixture.diagnostics, format: format, context: fixture.context, color: true)
      #expect(plain == withColor, "\(format)")
      #expect(!withColor.contains("\u{1B}"), "\(format)")
    }
  }

  @Test func entryPointMatchesTheReporters() {
    let fixture = ReportFixtures.make()
    let diagnostics = fixture.diagnostics
    let context = fixture.context
    #expect(
      Reports.render(diagnostics, format: .json, context: context, color: false)
        == JSONReporter(context: context).render(diagnostics))
    #expect(
      Reports.render(diagnostics, format: .sarif, context: context, color: false)
        == SARIFReporter(context: context).render(diagnostics))
    #expect(
      Reports.render(diagnostics, format: .github, context: context, color: false)
        == GitHubReporter(context: context).render(diagnostics))
    #expect(
      Reports.render(diagnostics, format: .concise, context: context, color: false)
        == ConciseReporter(context: context).render(diagnostics))
    #expect(
      Reports.render(diagnostics, format: .gitlab, context: context, color: false)
        == GitLabReporter(context: context).render(diagnostics))
    #expect(
      ReportFormat.allCases.map(\.rawValue) == ["text", "json", "sarif", "github", "concise", "gitlab"])
    #expect(ReportFormat(rawValue: "sarif") == .sarif)
  }

  @Test(arguments: ReportFormat.allCases)
  func sameInputSameBytes(format: ReportFormat) {
    let fixture = ReportFixtures.make()
    // Two more diagnostics that tie with the first on file, start, code and English message, and
    // differ in everything else: their order must still not depend on the input order.
    let base = fixture.diagnostics[1]
    var twin = base
    twin.severity = .error
    twin.help = Localized(es: "otra ayuda", en: "other help", pt: "otra ayuda")
    var longer = base
    longer.range = fixture.main.range(base.range.offsets.lowerBound..<base.range.offsets.upperBound + 3)
    let diagnostics = fixture.diagnostics + [twin, longer]

    let reference = Reports.render(diagnostics, format: format, context: fixture.context, color: false)
    #expect(Reports.render(diagnostics, format: format, context: fixture.context, color: false) == reference)
    var generator = SplitMix(seed: 7)
    var orders: [[Diagnostic]] = [diagnostics.reversed(), Array(diagnostics[3...] + diagnostics[..<3])]
    for _ in 0..<20 { orders.append(diagnostics.shuffled(using: &generator)) }
    for order in orders {
      let output = Reports.render(order, format: format, context: fixture.context, color: false)
      #expect(Data(output.utf8) == Data(reference.utf8))
    }
  }

  @Test func pathsAreRelativeToTheRepositoryRootWhereverTheCommandRuns() {
    // The same files, named relative to `plans/` by a user who ran `plan` there.
    let fromRoot = ReportFixtures.make()
    let fromPlans = ReportFixtures.make(prefix: "", currentDirectory: "/repo/plans")
    for format in [ReportFormat.json, .sarif, .github] {
      let a = Reports.render(fromRoot.diagnostics, format: format, context: fromRoot.context, color: false)
      let b = Reports.render(fromPlans.diagnostics, format: format, context: fromPlans.context, color: false)
      expectSameText(b, a)
    }
    // The text report keeps the paths as the user wrote them.
    let text = Reports.render(fromPlans.diagnostics, format: .text, context: fromPlans.context, color: false)
    #expect(text.hasPrefix("demo.plan\n"))
  }

  @Test(arguments: ReportFormat.allCases)
  func noDiagnostics(format: ReportFormat) {
    let context = ReportContext(
      toolVersion: "0.1.0", language: .en, files: ["a.plan"], baseDirectory: "/repo",
      currentDirectory: "/repo")
    let output = Reports.render([], format: format, context: context, color: false)
    switch format {
    case .text, .github: #expect(output == "1 file checked: 0 errors, 0 warnings, 0 advisories\n")
    case .json: #expect(output.contains("\"diagnostics\": []"))
    case .sarif: #expect(output.contains("\"results\": []"))
    case .gitlab: #expect(output == "[]\n")
    // Every line of the concise format is a finding: none, no lines.
    case .concise: #expect(output == "")
    }
  }

  static let goldenText = #"""
    plans/demo.plan
    advertencia[E120]: el nombre "Ñandú, Capital: 100%" tiene comas, dos puntos y 100%
    y sigue en otra línea
      --> plans/demo.plan:1:14
       |
     1 | plan "Ñandú, Capital: 100%"
       |              ^^^^^^^
       = nota: declarado aquí
      --> plans/demo.plan:3:1
       |
     3 | objetivo "Atraer inversión"
       | ^^^^^^^^
       = nota: las comas separan {campos}

    error[E106]: valor inválido «borador» para `estado`
      --> plans/demo.plan:2:8
       |
     2 | estado borador
       |        ^^^^^^^
       = ayuda: ¿quiso decir `borrador`?

    advertencia[X999]: código sin descripción
      --> plans/demo.plan:3:1
       |
     3 | objetivo "Atraer inversión"
       | ^^^^^^^^

    sugerencia[G07]: la meta no tiene indicador {medible}
      --> plans/demo.plan:4:3
       |
     4 |   meta 2030
       |   ^^^^^^^^^
       = ayuda: agregue `indicador`

    plans/otro.plan
    error[F002]: no se encuentra «faltante.plan»
      --> plans/otro.plan:1:9
       |
     1 | incluir "faltante.plan"
       |         ^^^^^^^^^^^^^^^

    2 archivos revisados: 2 errores, 2 advertencias, 1 sugerencia
    """#
}

/// A small seeded generator, so the shuffles are the same on every run.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
