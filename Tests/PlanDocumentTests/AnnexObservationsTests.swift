import PlanDiagnostics
import Testing

@testable import PlanDocument

/// A copy built despite errors lists every error and warning in an annex its watermark points to.
@Suite struct AnnexObservationsTests {
  @Test func aForcedCopyListsItsFindingsAndSaysWhere() throws {
    let (result, document) = try Fixtures.document(
      path: "incompleto/incompleto.plan", watermark: "CON OBSERVACIONES")
    let serious = result.diagnostics.filter { $0.severity == .error || $0.severity == .warning }
    #expect(document.watermark == "CON OBSERVACIONES — VER ANEXO II")
    let table = try #require(document.tables.first { $0.columns.first?.title == "Código" })
    #expect(table.rows.count == serious.count)
    #expect(table.rows.first?.cells[3].map(\.text).joined().hasPrefix("incompleto.plan, línea ") == true)
    // The compliance annex's counts lead there.
    let compliance = try #require(document.tables.first { $0.columns.first?.title == "Pauta" })
    #expect(compliance.rows.contains { row in row.cells[1].contains { $0.link == "anexo-observaciones" } })
  }

  @Test func aCopyWithoutErrorsHasNoSuchAnnex() {
    let document = Fixtures.showcase.1
    #expect(!document.tables.contains { $0.columns.first?.title == "Código" })
    #expect(document.watermark == nil)
  }
}
