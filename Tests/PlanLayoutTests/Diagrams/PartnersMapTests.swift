import PlanDocument
import PlanLayout
import Testing

/// The partners map keeps its geometry with any list of partners: 50 partners, names 200
/// characters long, a single kind; it continues over parts with the city and the legend repeated.
@Suite struct PartnersMapTests {
  static func context(height: Double = 700, width: Double = 481) -> DiagramContext {
    DiagramContext(
      shaper: FixedAdvanceShaper(), theme: PaginationTests.theme, language: "es", width: width,
      maximumHeight: height)
  }

  static let titles = [
    "Ciudades", "Redes de ciudades", "Organismos internacionales", "Embajadas y consulados",
    "Gobierno provincial y nacional", "Otras instituciones",
  ]

  static let labels: [PartnersDiagram.Status: String] = [
    .inForce: "vigente", .negotiating: "en negociación", .proposed: "propuesto", .expired: "vencido",
    .suspended: "suspendido", .undeclared: "sin estado declarado",
  ]

  /// `count` partners spread over the first `kinds` kinds, statuses in turn.
  static func diagram(partners count: Int, kinds: Int = 6, length: Int = 40) -> PartnersDiagram {
    let statuses = PartnersDiagram.Status.allCases
    let groups = (0..<kinds).map { kind in
      PartnersDiagram.Group(
        title: titles[kind],
        partners: stride(from: kind, to: count, by: kinds).map { index in
          let name = "Socio \(index + 1) " + String(repeating: "Municipalidad ", count: length / 14 + 1)
          return PartnersDiagram.Partner(
            name: String(name.prefix(length)), status: statuses[index % statuses.count],
            detail: index % 3 == 0 ? nil : "Italia", link: "socio-s\(index + 1)")
        })
    }.filter { !$0.partners.isEmpty }
    return PartnersDiagram(
      city: "Villa Aurora", groups: groups, legendTitle: "Estado del vínculo", statusLabels: labels,
      continuedLabel: "(cont.)")
  }

  static let cases: [(name: String, diagram: PartnersDiagram)] = [
    ("showcase-like", diagram(partners: 12)),
    ("50 partners", diagram(partners: 50)),
    ("50 partners, names of 200 characters", diagram(partners: 50, length: 200)),
    ("one kind", diagram(partners: 7, kinds: 1)),
    ("one kind, 50 partners of 200 characters", diagram(partners: 50, kinds: 1, length: 200)),
    ("a single partner", diagram(partners: 1, kinds: 1)),
    ("two kinds, very unequal", diagram(partners: 3, kinds: 2)),
  ]

  @Test(arguments: cases.indices)
  func geometryHolds(_ index: Int) {
    let (name, diagram) = Self.cases[index]
    let context = Self.context()
    let parts = PartnersMapDiagram.layout(diagram, context: context)
    DiagramChecks.expectSound(parts, context, name: name, strokes: true)
  }

  /// Every partner's name exactly once, with its status's word; the city and the legend on every part.
  @Test(arguments: cases.indices)
  func everyLabelIsPresent(_ index: Int) {
    let (name, diagram) = Self.cases[index]
    let parts = PartnersMapDiagram.layout(diagram, context: Self.context())
    let texts = DiagramGeometry.texts(parts)
    for group in diagram.groups {
      #expect(texts.contains(group.title), "\(name): \(group.title)")
      for partner in group.partners {
        #expect(texts.filter { $0 == partner.name }.count == 1, "\(name): \(partner.name.prefix(20))")
      }
    }
    for part in parts {
      let texts = DiagramGeometry.texts([part])
      #expect(texts.contains(diagram.city) && texts.contains("Estado del vínculo:"), "\(name)")
    }
    // Each status word once per partner that has it, plus once in each part's legend.
    for status in PartnersDiagram.Status.allCases {
      let partners = diagram.groups.flatMap(\.partners).filter { $0.status == status }.count
      let word = diagram.label(status)
      let drawn = texts.filter { $0 == word || $0.hasPrefix(word + " · ") }.count
      #expect(drawn == partners + (partners > 0 ? parts.count : 0), "\(name): \(word)")
    }
  }

  /// A status is shown by a dot (a path, never a glyph) beside its word: one per partner and one
  /// per legend entry.
  @Test func everyPartnerHasItsStatusDot() {
    let diagram = Self.diagram(partners: 12)
    let parts = PartnersMapDiagram.layout(diagram, context: Self.context())
    #expect(parts.count == 1)
    let dots = parts[0].items.filter { item in
      if case .path(let path, _, _, _, _) = item { return abs(path.bounds.width - 6) < 0.01 }
      return false
    }
    #expect(dots.count == 12 + PartnersDiagram.Status.allCases.count)
  }

  /// A map of one kind is split in two boxes, one on each side of the city.
  @Test func aSingleKindFillsBothSides() throws {
    let context = Self.context()
    let part = try #require(
      PartnersMapDiagram.layout(Self.diagram(partners: 8, kinds: 1), context: context).first)
    let names = part.items.compactMap { item -> Rect? in
      guard case .text(let fragment) = item, fragment.runs.first?.text.hasPrefix("Socio") == true else {
        return nil
      }
      return fragment.frame
    }
    #expect(names.filter { $0.maxX < context.width / 2 }.count == 4)
    #expect(names.filter { $0.x > context.width / 2 }.count == 4)
    #expect(DiagramGeometry.texts([part]).contains("Ciudades (cont.)"))
  }

  @Test func manyLongPartnersContinueOnFurtherParts() {
    let context = Self.context()
    let parts = PartnersMapDiagram.layout(Self.diagram(partners: 50, length: 200), context: context)
    #expect(parts.count > 1)
  }

  @Test(arguments: [300.0, 481, 700])
  func otherWidthsKeepTheGeometry(_ width: Double) {
    let context = Self.context(width: width)
    for part in PartnersMapDiagram.layout(Self.diagram(partners: 50, length: 120), context: context) {
      #expect(
        DiagramGeometry.problems(in: part).isEmpty,
        "\(width): \(DiagramGeometry.problems(in: part).prefix(3))")
      #expect(part.size.height <= context.maximumHeight + 0.01)
    }
  }

  @Test func sameDiagramSameGeometry() {
    let a = PartnersMapDiagram.layout(Self.diagram(partners: 50, length: 90), context: Self.context())
    let b = PartnersMapDiagram.layout(Self.diagram(partners: 50, length: 90), context: Self.context())
    #expect(a.map { $0.items.compactMap(\.bounds) } == b.map { $0.items.compactMap(\.bounds) })
  }
}
