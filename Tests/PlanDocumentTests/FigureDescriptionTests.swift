import Testing

@testable import PlanDocument

/// Every figure carries an alternative text made from its data: more than its caption, with the
/// numbers and names the diagram shows.
@Suite struct FigureDescriptionTests {
  let figures = Fixtures.showcase.1.blocks.compactMap { block -> Figure? in
    if case .figure(let figure) = block { return figure }
    return nil
  }

  @Test func everyFigureSaysWhatItShows() {
    #expect(figures.count == 10)
    for figure in figures {
      #expect(figure.description != figure.caption, "\(figure.anchor)")
      #expect(figure.description.count > 60, "\(figure.anchor): \(figure.description)")
      #expect(figure.description.last == ".", "\(figure.anchor)")
    }
  }

  @Test func descriptionsCarryTheDiagramsContent() {
    let byAnchor = Dictionary(uniqueKeysWithValues: figures.map { ($0.anchor, $0.description) })
    #expect(byAnchor["figura-foda"]?.contains("5 fortalezas") == true)
    #expect(byAnchor["figura-cronograma"]?.contains("27 acciones de 2025 a 2030") == true)
    #expect(byAnchor["figura-socios"]?.contains("12 socios") == true)
    #expect(byAnchor["figura-marca"]?.contains("Noto Sans y Noto Serif") == true)
    #expect(byAnchor["figura-entorno"]?.contains("sin datos (Estrategias habituales)") == true)
  }
}
