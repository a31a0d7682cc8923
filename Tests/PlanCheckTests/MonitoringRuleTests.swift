import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// What the monitoring rules see of the present: a value dated after today is refused, whatever
/// year it is in.
@Suite struct MonitoringRuleTests {
  static let plan = """
    plan "P" {
      ciudad    "Villa Aurora"
      horizonte 2026 a 2031
    }

    eje economico "E" {
      objetivo oe1 "O" {
        indicador i1 "Pymes que exportan" base 20 (2025) meta 30 (2027)
      }
    }

    periodo 2026 {
      medicion i1 24 fecha 2026-11-30
    }

    """

  private func codes(today: PlanDate) -> [String] {
    Checker.check(PlanLoader.load(text: Self.plan, path: "m.plan"), today: today).diagnostics
      .filter { $0.code == "A02" }.map(\.message.es)
  }

  @Test func aValueDatedAfterTodayIsRefused() {
    #expect(codes(today: PlanDate(year: 2026, month: 12, day: 6)).isEmpty)
    let found = codes(today: PlanDate(year: 2026, month: 10, day: 1))
    #expect(found.count == 1)
    #expect(found.first?.contains("fecha futura") == true, "\(found)")
    let early = codes(today: PlanDate(year: 2025, month: 10, day: 1))
    #expect(early.count == 1)
    #expect(early.first?.contains("todavía no empezó") == true, "\(early)")
  }
}
