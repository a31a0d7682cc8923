import Foundation
import PlanCheck
import Testing

/// The three plans written the way real offices write them — a Spanish city approved by its Pleno
/// (`plans/almoranza`), a provincial strategy under a Legislatura (`plans/entre-rios`) and an
/// Argentine city under a Concejo Municipal with programmes, co-owners, yearly budgets and one-off
/// events (`plans/rincon-del-parana`) — and the findings each keeps, line by line: only those a
/// council would agree with. Regenerate after an intended change with `PLAN_UPDATE_GOLDEN=1`.
@Suite struct RealPlansTests {
  static let plans = [
    "almoranza/almoranza.plan", "entre-rios/entre-rios.plan", "rincon-del-parana/rincon-del-parana.plan",
  ]

  @Test(arguments: plans) func eachRealPlanKeepsExactlyItsFindings(_ plan: String) throws {
    let actual = try GoldenTests.findings(of: "plans/" + plan)
    let name = URL(fileURLWithPath: plan).deletingPathExtension().lastPathComponent
    let golden = GoldenTests.repository.appendingPathComponent("Tests/PlanCheckTests/Golden/\(name).txt")
    if ProcessInfo.processInfo.environment["PLAN_UPDATE_GOLDEN"] == "1" {
      try actual.write(to: golden, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(actual == expected, "findings changed; if intended, rerun with PLAN_UPDATE_GOLDEN=1")
  }

  /// No errors: each is a plan a council could receive as it is.
  @Test(arguments: plans) func noRealPlanHasErrors(_ plan: String) throws {
    let actual = try GoldenTests.findings(of: "plans/" + plan)
    #expect(!actual.split(separator: "\n").contains { $0.hasPrefix("error") }, "\(actual)")
  }
}
