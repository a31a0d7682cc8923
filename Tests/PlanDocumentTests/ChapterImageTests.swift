import Foundation
import PlanCheck
import PlanDocument
import PlanSyntax
import Testing

/// A chapter's `imagen` is checked as the crest is and becomes a numbered figure whose caption is
/// its alternative text; one that cannot be used is a located warning and leaves only its caption.
@Suite struct ChapterImageTests {
  @Test func aChapterImageIsAFigure() throws {
    let (result, document) = try Fixtures.document(path: "entre-rios/entre-rios.plan")
    #expect(!result.diagnostics.contains { $0.code.hasPrefix("F") })
    let figure = try #require(
      document.blocks.compactMap { block -> Figure? in
        if case .figure(let figure) = block, case .picture = figure.diagram { return figure }
        return nil
      }.first)
    #expect(figure.caption == "Exportaciones de Entre Ríos por complejo en 2025, en millones de dólares")
    #expect(figure.description == figure.caption)
    guard case .picture(let picture) = figure.diagram else { return }
    #expect(picture.path.hasSuffix("plans/entre-rios/exportaciones-2025.png"))
    #expect(picture.pixelWidth == 1500 && picture.pixelHeight == 780)
  }

  @Test func anImageStandsWhereThePlanWritesIt() throws {
    let (_, document) = try Fixtures.document(path: "entre-rios/entre-rios.plan")
    let figure = try #require(
      document.blocks.firstIndex {
        if case .figure(let figure) = $0, case .picture = figure.diagram { return true }
        return false
      })
    let table = try #require(
      document.blocks.firstIndex {
        if case .table(let table) = $0 { return table.columns.first?.title == "Complejo exportador" }
        return false
      })
    let after = try #require(
      document.blocks.firstIndex {
        if case .paragraph(let runs, _) = $0 { return runs.map(\.text).joined().contains("tres puentes") }
        return false
      })
    #expect(table < figure && figure < after)
  }

  @Test func anImageThatCannotBeUsedIsAWarningAndItsCaptionStays() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-imagen-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = """
      plan "Plan" {
        ciudad "Ciudad"
      }
      capitulo historia "Historia" {
        texto "Una ciudad antigua."
        imagen "falta.png" "El puerto en 1910"
        imagen "../fuera.png" "Fuera de la carpeta"
      }
      """
    let path = folder.appendingPathComponent("plan.plan")
    try text.write(to: path, atomically: true, encoding: .utf8)
    let result = Checker.check(try PlanLoader.load(path: path.path))
    let codes = result.diagnostics.map(\.code)
    #expect(codes.contains("F006"))
    #expect(codes.contains("F007"))
    let missing = try #require(result.diagnostics.first { $0.code == "F006" })
    #expect(missing.message.es.hasPrefix("no se puede usar el archivo de imagen `falta.png`"))
    #expect(missing.range.start.line == 6)
    let document = Fixtures.build(result)
    #expect(document.plainText.contains("El puerto en 1910"))
    #expect(
      !document.blocks.contains {
        if case .figure(let figure) = $0, case .picture = figure.diagram { return true }
        return false
      })
  }
}
