import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// `# plan:ignore` comments (with a mandatory reason) and the `revision` block.
@Suite struct SuppressionTests {
  private func codes(_ text: String) -> [String] {
    Checker.check(PlanLoader.load(text: text, path: "s.plan")).diagnostics.map(\.code)
  }

  private let swot = """
    foda {
      # plan:ignore T01 — la comisión decidió tratarla en la revisión de 2027
      debilidad d1 "Sin oficina"
      debilidad d2 "Sin presupuesto"  # plan:ignore T01: depende del presupuesto provincial
      debilidad d3 "Sin idiomas"
    }

    """

  @Test func aSuppressionWithAReasonHidesItsFinding() {
    let found = codes(swot)
    #expect(found.filter { $0 == "T01" }.count == 1, "only d3 remains")
    #expect(!found.contains("R003") && !found.contains("R005"))
  }

  @Test func aSuppressionWithoutReasonIsItselfAFinding() {
    let found = codes("foda {\n  # plan:ignore T01\n  debilidad d1 \"Sin oficina\"\n}\n")
    #expect(found.contains("R003"))
    #expect(found.contains("T01"), "without a reason nothing is suppressed")
  }

  @Test func aSuppressionThatSuppressesNothingIsReported() {
    let found = codes("# plan:ignore G11 — por las dudas\nlema \"Ciudad abierta\"\n")
    #expect(found.contains("R005"))
  }

  @Test func aSuppressionOfAnUnknownRuleIsReported() {
    let found = codes("# plan:ignore G99 — no existe\nlema \"Ciudad abierta\"\n")
    #expect(found.contains("R002"))
  }

  @Test func aFileWideSuppression() {
    let found = codes("# plan:ignore-file T01 — borrador de trabajo\n" + swot)
    #expect(!found.contains("T01"))
  }

  @Test func severitiesAndLimitsAreTunedInRevision() throws {
    let base = "foda {\n  debilidad d1 \"Sin oficina\"\n}\n"
    let softened = Checker.check(
      PlanLoader.load(text: base + "revision {\n  severidad T01 advertencia\n}\n", path: "r.plan"))
    #expect(softened.diagnostics.first { $0.code == "T01" }?.severity == .warning)
    let off = Checker.check(
      PlanLoader.load(text: base + "revision {\n  severidad G07 desactivada\n}\n", path: "r.plan"))
    #expect(!off.diagnostics.contains { $0.code == "G07" })
    #expect(off.compliance.first { $0.id == "G07" }?.status == .advisory)
    let unknown = codes(base + "revision {\n  limite tortugas 3\n  severidad X99 error\n}\n")
    #expect(unknown.contains("R001") && unknown.contains("R002"))
    let capped = codes("revision {\n  limite acciones 1\n}\naccion a1 \"A\"\naccion a2 \"B\"\n")
    #expect(capped.contains("G11"))
  }

  @Test func syntaxErrorsCannotBeSuppressed() {
    let found = codes("# plan:ignore S003 — no\nlema \"sin cerrar\n")
    #expect(found.contains("S003"))
  }

  @Test func complianceHasTheTwelveGuidelinesInOrder() {
    let result = Checker.check(PlanLoader.load(text: "lema \"x\"\n", path: "c.plan"))
    #expect(result.compliance.map(\.id) == (1...12).map { $0 < 10 ? "G0\($0)" : "G\($0)" })
    for entry in result.compliance where ["G04", "G05", "G06", "G08"].contains(entry.id) {
      #expect(entry.status == .advisory, "\(entry.id) is a proxy and never claims compliance")
    }
  }
}
