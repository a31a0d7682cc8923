import PlanDocument
import PlanLayout
import Testing

@Suite struct ToolMatrixTests {
  static func diagram(tools: Int, length: Int) -> ToolMatrixDiagram {
    ToolMatrixDiagram(
      toolHeading: "Herramienta", columns: ["Eje político", "Eje económico", "Eje cognitivo", "Eje social"],
      rows: (0..<tools).map { index in
        .init(
          tool: DiagramChecks.long(length, "t\(index) "), counts: (0..<4).map { ($0 * 7 + index * 3) % 5 })
      }, totalLabel: "Total de acciones")
  }

  @Test(arguments: [(1, 20), (14, 40), (60, 60), (40, 200)])
  func geometryHolds(tools: Int, length: Int) {
    let context = DiagramChecks.context()
    let diagram = Self.diagram(tools: tools, length: length)
    let parts = ToolMatrixLayout.layout(diagram, context: context)
    DiagramChecks.expectSound(parts, context)
    let texts = DiagramGeometry.texts(parts)
    for index in 0..<tools { #expect(texts.contains { $0.hasPrefix("t\(index) ") }) }
    // The totals row adds up each column, and appears once.
    #expect(texts.filter { $0 == "Total de acciones" }.count == 1)
    let total = diagram.rows.reduce(0) { $0 + $1.counts[1] }
    if total > 0 { #expect(texts.contains("\(total)")) }
    for part in parts { #expect(DiagramGeometry.texts([part]).contains("Eje económico")) }
  }
}
