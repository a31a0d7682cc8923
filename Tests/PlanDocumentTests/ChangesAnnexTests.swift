import PlanCheck
import PlanDiff
import PlanDocument
import PlanSyntax
import Testing

/// `plan build --comparar`: the amendment's document has a redline annex (counts, budget, each
/// changed item with its fields; added words underlined and in braces, removed ones struck through
/// and in brackets) and both versions in its version table.
@Suite struct ChangesAnnexTests {
  static let approved = """
    plan "Villa Aurora en el Mundo" {
      ciudad    "Villa Aurora"
      horizonte 2026 a 2031
      version   "1.0"
      estado    aprobado
    }
    vision "Una ciudad abierta al mundo."
    eje economico "Pymes al mundo" {
      objetivo oe1 "Duplicar la cantidad de pymes que exportan"
    }
    accion a01 "Acompañar a las pymes en su primera exportación" {
      objetivos   oe1
      desde       2026-04
      hasta       2026-12
      presupuesto 12.000.000 ARS
    }

    """

  static func document(_ new: String) -> Document {
    let old = PlanLoader.load(text: approved, path: "plan.plan")
    let loaded = PlanLoader.load(text: new, path: "plan.plan")
    let changes = DocumentChanges(
      oldName: "v1.0:plan.plan", changes: PlanChanges(old: old, new: loaded),
      oldSources: [DocumentSource(name: "plan.plan", sha256: String(repeating: "ab", count: 32))],
      oldVersion: "1.0", oldStatus: "aprobado", oldDate: nil)
    return DocumentBuilder.build(
      Checker.check(loaded), sources: Fixtures.sources, date: "2026-06-01", planVersion: "0.9.0",
      changes: changes)
  }

  @Test func theAnnexMarksEveryChangedWordAndValue() throws {
    var amended = Self.approved.replacingOccurrences(of: "version   \"1.0\"", with: "version   \"1.1\"")
    amended = amended.replacingOccurrences(of: "hasta       2026-12", with: "hasta       2027-06")
    amended = amended.replacingOccurrences(
      of: "\"Acompañar a las pymes en su primera exportación\"",
      with: "\"Acompañar a las pymes en sus primeras exportaciones\"")
    let document = Self.document(amended)
    let heading = try #require(document.headings.first { $0.anchor == "anexo-cambios" })
    #expect(heading.text == "Anexo II. Cambios respecto de la versión anterior")
    let summary = try #require(document.tables.first { $0.caption == "Cambios por clase" })
    #expect(summary.rows.map { $0.cells.map { $0.map(\.text).joined() } }[2] == ["Modificado", "1"])
    let fields = document.definitions(after: "anexo-cambios")
    #expect(fields.map(\.term) == ["Título", "Hasta"])
    let title = fields[0].value
    #expect(title.filter { $0.mark == .deleted }.map(\.text) == ["[su primera exportación]"])
    #expect(title.filter { $0.mark == .inserted }.map(\.text) == ["{sus primeras exportaciones}"])
    let until = fields[1].value.filter { $0.mark != nil }
    #expect(until.map(\.text) == ["[2026-12]", "{2027-06}"])
    #expect(until.map(\.mark) == [.deleted, .inserted])
    #expect(
      document.plainText.contains(
        "Modificado — Acción a01 «Acompañar a las pymes en sus primeras exportaciones»"))
  }

  @Test func theVersionTableListsBothVersionsAndTheirFiles() throws {
    let document = Self.document(
      Self.approved.replacingOccurrences(of: "version   \"1.0\"", with: "version   \"1.1\""))
    let versions = try #require(document.tables.first { $0.columns.first?.title == "Versión" })
    #expect(versions.rows.map { $0.cells[0].map(\.text).joined() } == ["1.1", "Anterior (1.0)"])
    let files = try #require(document.tables.first { $0.columns.first?.title == "Archivo fuente" })
    #expect(
      files.rows.map { $0.cells[0].map(\.text).joined() } == ["plan.plan", "plan.plan (versión anterior)"])
    #expect(files.rows.last?.cells[1].map(\.text).joined() == "abababababababab")
  }

  @Test func aDocumentWithoutComparisonHasNoChangesAnnex() {
    let document = DocumentBuilder.build(
      Checker.check(PlanLoader.load(text: Self.approved, path: "plan.plan")), sources: Fixtures.sources,
      date: "2026-06-01", planVersion: "0.9.0")
    #expect(!document.anchors.contains("anexo-cambios"))
    #expect(!document.runs.contains { $0.mark != nil })
  }
}
