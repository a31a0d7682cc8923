import PlanCheck
import PlanDiagnostics
import PlanDiff
import PlanSyntax
import Testing

/// What a change takes away from the approved plan, which no check of one version sees: each
/// finding names the lost item and stands where the loss shows in the new version.
@Suite struct ChangeFindingsTests {
  static let approved = """
    plan "Villa Aurora en el Mundo" {
      ciudad    "Villa Aurora"
      horizonte 2026 a 2031
    }
    foda {
      debilidad d1 "Sin oficina de relaciones internacionales"
      amenaza   m1 "Competencia de otras ciudades por inversiones"
    }
    eje economico "Pymes al mundo" {
      objetivo oe1 "Duplicar la cantidad de pymes que exportan"
    }
    accion a01 "Acompañar a las pymes en su primera exportación" {
      objetivos   oe1
      atiende     d1, m1
      desde       2026-04
      hasta       2026-12
      presupuesto 12.000.000 ARS
      presupuesto 5.000 USD
      indicador   "Pymes que concretan su primera exportación" base 0 (2025) meta 10 (2026)
    }

    """

  static func findings(_ new: String) -> [Diagnostic] {
    let old = Checker.check(PlanLoader.load(text: approved, path: "plan.plan"))
    let changed = Checker.check(PlanLoader.load(text: new, path: "plan.plan"))
    return ChangeFindings.run(old: old.plan, new: changed.plan)
  }

  static func line(_ diagnostic: Diagnostic) -> Int { diagnostic.range.start.line }

  @Test func theSamePlanLosesNothing() {
    #expect(Self.findings(Self.approved).isEmpty)
  }

  @Test func aWeaknessNoActionAddressesAnyMore() throws {
    let found = Self.findings(
      Self.approved.replacingOccurrences(of: "atiende     d1, m1", with: "atiende     m1"))
    #expect(found.map(\.code) == ["V001"])
    let finding = try #require(found.first)
    #expect(finding.message.es == "la debilidad d1 ya no la atiende ninguna acción: a01 ya no la atiende")
    #expect(Self.line(finding) == 6)
  }

  @Test func aRemovedActionTakesItsWeaknessesAndObjectivesWithIt() throws {
    let start = try #require(Self.approved.range(of: "accion a01"))
    let found = Self.findings(String(Self.approved[..<start.lowerBound]))
    #expect(found.map(\.code) == ["V001", "V001", "V002"])
    #expect(
      found.last?.message.es
        == "el objetivo oe1 se quedó sin acciones: a01 («Acompañar a las pymes en su primera exportación») fue quitada"
    )
    #expect(found.map(Self.line) == [6, 7, 10])
  }

  @Test func anIndicatorOrABudgetTakenOutOfAnActionThatStays() {
    var new = Self.approved.replacingOccurrences(of: "  presupuesto 5.000 USD\n", with: "")
    new = new.replacingOccurrences(
      of: "  indicador   \"Pymes que concretan su primera exportación\" base 0 (2025) meta 10 (2026)\n",
      with: "")
    let found = Self.findings(new)
    #expect(found.map(\.code) == ["V003", "V003"])
    #expect(
      found.map(\.message.es) == [
        "la acción a01 perdió el indicador «Pymes que concretan su primera exportación» que tenía la versión anterior",
        "la acción a01 perdió su presupuesto en USD (5.000 USD en la versión anterior)",
      ])
    #expect(found.allSatisfy { Self.line($0) == 12 })
    // A budget whose amount changed was not taken out.
    let changed = Self.findings(Self.approved.replacingOccurrences(of: "5.000 USD", with: "7.500 USD"))
    #expect(changed.isEmpty)
  }

  @Test func anEndDateMovedBeyondTheHorizon() throws {
    let found = Self.findings(
      Self.approved.replacingOccurrences(of: "hasta       2026-12", with: "hasta       2032-06"))
    #expect(found.map(\.code) == ["V004"])
    let finding = try #require(found.first)
    #expect(
      finding.message.en
        == "action a01 now ends in 2032-06, after the plan's horizon (2031); it ended in 2026-12 before")
    #expect(Self.line(finding) == 16)
  }
}
