import PlanDocument
import PlanLayout
import Testing

@Suite struct BrandSheetTests {
  static func diagram(colours: Int, entries: Int, length: Int) -> BrandSheetDiagram {
    BrandSheetDiagram(
      name: DiagramChecks.long(min(length, 60), "Marca "), slogan: DiagramChecks.long(length, "Lema "),
      swatches: (0..<colours).map { index in
        let level = Double(index) / Double(max(1, colours - 1))
        return .init(
          colour: Colour(red: level, green: level, blue: level), hex: "#\(index)\(index)\(index)",
          label: DiagramChecks.long(length / 4, "rol \(index) "))
      }, typefaces: [("Títulos", "Noto Sans"), ("Texto", "Noto Serif")], attributesHeading: "Atributos",
      attributes: (0..<entries).map { DiagramChecks.long(length, "atributo \($0) ") },
      audiencesHeading: "Públicos",
      audiences: (0..<(entries / 2)).map { DiagramChecks.long(length, "público \($0) ") },
      paletteHeading: "Paleta",
      typographyHeading: "Tipografía")
  }

  @Test(arguments: [(5, 4, 40), (12, 30, 120), (3, 80, 200), (0, 0, 20)])
  func geometryHolds(colours: Int, entries: Int, length: Int) {
    let context = DiagramChecks.context()
    let parts = BrandSheetLayout.layout(
      Self.diagram(colours: colours, entries: entries, length: length), context: context)
    DiagramChecks.expectSound(parts, context)
    let texts = DiagramGeometry.texts(parts)
    for index in 0..<colours { #expect(texts.contains("#\(index)\(index)\(index)")) }
    for index in 0..<entries { #expect(texts.contains { $0.hasPrefix("atributo \(index) ") }) }
  }

  /// The hex value on a swatch is white on dark colours and black on light ones.
  @Test func hexValuesReadOnTheirSwatch() {
    let parts = BrandSheetLayout.layout(
      Self.diagram(colours: 2, entries: 0, length: 20), context: DiagramChecks.context())
    let colours = parts.flatMap(\.items).compactMap { item -> (String, Colour)? in
      if case .text(let fragment) = item, fragment.runs.first?.text.hasPrefix("#") == true {
        return (fragment.runs[0].text, fragment.style.colour)
      }
      return nil
    }
    #expect(colours.first { $0.0 == "#000" }?.1 == .white)
    #expect(colours.first { $0.0 == "#111" }?.1 == .black)
  }
}
