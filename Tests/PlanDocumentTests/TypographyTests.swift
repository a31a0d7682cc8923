import Testing

@testable import PlanDocument

/// Where a line must not break: the no-break spaces of Spanish typography.
@Suite struct NoBreakSpaceTests {
  func bound(_ text: String) -> String {
    Typography.bind(text).replacingOccurrences(of: "\u{00A0}", with: "~")
  }

  @Test func abbreviationsKeepTheirNumbers() {
    #expect(bound("Ordenanza N.º 118/2026 y Art. 1º") == "Ordenanza N.º~118/2026 y Art.~1º")
    #expect(bound("inc. 3 de la pág. 12") == "inc.~3 de la pág.~12")
  }

  @Test func numbersKeepTheirUnitsCurrenciesAndYears() {
    #expect(bound("creció 9 % en 2025") == "creció 9~% en 2025")
    #expect(bound("14.500 € o $ 12.000 o USD 519.000") == "14.500~€ o $~12.000 o USD~519.000")
    #expect(bound("base 0 (2025) meta 34 (2028).") == "base 0~(2025) meta 34~(2028).")
    #expect(bound("a 40 km de Córdoba") == "a 40~km de Córdoba")
  }

  @Test func initialsKeepTheirNames() {
    #expect(bound("según J. Pérez") == "según J.~Pérez")
  }

  @Test func separatorsHoldToBothNeighbours() {
    #expect(
      bound("Villa Aurora · Plan 2026–2031 · Versión 1.0") == "Villa Aurora~·~Plan 2026–2031~·~Versión 1.0")
    #expect(bound("No aplica — por ahora") == "No aplica~—~por ahora")
    #expect(bound("texto  ·  Acciones: a1") == "texto~~·~~Acciones: a1")
  }

  @Test func ordinaryTextIsLeftAlone() {
    let text = "El plan tiene 27 acciones y se aprobó en 2026. Son 300 personas."
    #expect(Typography.bind(text) == text)
  }

  @Test func runsAreBoundAcrossTheirEdges() {
    let runs = Typography.apply([
      InlineRun("cooperación  "), InlineRun("·"), InlineRun("  Acciones:", bold: true),
    ])
    #expect(runs.map(\.text) == ["cooperación\u{00A0}\u{00A0}", "·", "\u{00A0}\u{00A0}Acciones:"])
    #expect(runs[2].bold)
  }
}
