import PlanDocument
import PlanLayout
import Testing

/// The SWOT matrix keeps its geometry with any amount of text: 40 items per quadrant, items 200
/// characters long, empty quadrants; it splits over parts with its headings repeated.
@Suite struct SWOTMatrixTests {
  static func context(height: Double = 700) -> DiagramContext {
    DiagramContext(
      shaper: FixedAdvanceShaper(), theme: PaginationTests.theme, language: "es", width: 481,
      maximumHeight: height)
  }

  static func diagram(items: Int, length: Int = 40, empty: Bool = false) -> SWOTDiagram {
    func cell(_ prefix: String, _ title: String, actions: Bool) -> SWOTDiagram.Cell {
      let items = (1...max(1, items)).map { index in
        SWOTDiagram.Item(
          id: "\(prefix)\(index)",
          text: String(repeating: "texto ", count: length / 6 + 1).prefix(length) + "",
          actions: actions && index % 3 != 0 ? ["a\(index)", "a\(index + 1)"] : [])
      }
      return SWOTDiagram.Cell(title: title, items: empty ? [] : items, showsActions: actions)
    }
    return SWOTDiagram(
      internalLabel: "Análisis interno", externalLabel: "Análisis externo", favourableLabel: "Favorable",
      unfavourableLabel: "Desfavorable", actionsLabel: "Acciones", noActionLabel: "sin acción",
      strengths: cell("f", "Fortalezas", actions: false), weaknesses: cell("d", "Debilidades", actions: true),
      opportunities: cell("o", "Oportunidades", actions: false), threats: cell("a", "Amenazas", actions: true)
    )
  }

  @Test(arguments: [(1, 40), (5, 60), (40, 60), (12, 200), (40, 200)])
  func geometryHolds(items: Int, length: Int) {
    let context = Self.context()
    let parts = SWOTMatrixDiagram.layout(Self.diagram(items: items, length: length), context: context)
    DiagramChecks.expectSound(parts, context)
    // Every item id is drawn exactly once, whatever the number of parts.
    let texts = DiagramGeometry.texts(parts)
    for prefix in ["f", "d", "o", "a"] {
      for index in 1...items {
        let id = "\(prefix)\(index)"
        #expect(texts.filter { $0.hasPrefix(id + "  ") }.count == 1, "item \(id)")
      }
    }
    if items == 40 { #expect(parts.count > 1) }
  }

  @Test func everyPartRepeatsTheColumnHeadings() {
    let parts = SWOTMatrixDiagram.layout(Self.diagram(items: 40, length: 120), context: Self.context())
    #expect(parts.count > 2)
    for part in parts {
      let texts = DiagramGeometry.texts([part])
      #expect(texts.contains("Favorable") && texts.contains("Desfavorable"))
    }
  }

  @Test func weaknessesAndThreatsShowTheirActionsOrSayThereIsNone() {
    let parts = SWOTMatrixDiagram.layout(Self.diagram(items: 3), context: Self.context())
    let texts = DiagramGeometry.texts(parts)
    #expect(texts.contains { $0.hasPrefix("d1  ") && $0.hasSuffix("Acciones: a1, a2") })
    #expect(texts.contains { $0.hasPrefix("a3  ") && $0.hasSuffix("sin acción") })
    #expect(!texts.contains { $0.hasPrefix("f1  ") && $0.contains("Acciones") })
    // The action ids are links to the action sheets.
    let links = parts.flatMap(\.items).flatMap { item -> [String] in
      if case .text(let fragment) = item { return fragment.runs.compactMap(\.link) }
      return []
    }
    #expect(links.contains(Anchor.action("a1")))
  }

  @Test func emptyQuadrantsStillDrawTheGrid() {
    let parts = SWOTMatrixDiagram.layout(Self.diagram(items: 0, empty: true), context: Self.context())
    #expect(parts.count == 1)
    #expect(DiagramGeometry.problems(in: parts[0]).isEmpty)
    #expect(DiagramGeometry.texts(parts).filter { $0 == "—" }.count == 4)
  }

  @Test func sameDiagramSameGeometry() {
    let a = SWOTMatrixDiagram.layout(Self.diagram(items: 9, length: 90), context: Self.context())
    let b = SWOTMatrixDiagram.layout(Self.diagram(items: 9, length: 90), context: Self.context())
    #expect(a.map { $0.items.compactMap(\.bounds) } == b.map { $0.items.compactMap(\.bounds) })
  }
}
