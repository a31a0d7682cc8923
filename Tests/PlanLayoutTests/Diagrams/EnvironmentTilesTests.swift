import PlanDocument
import PlanLayout
import Testing

/// The environment figure keeps its geometry in every state and language: all dimensions missing,
/// all without data, a plan in English; every tile says its name and its state, and the legend
/// counts them.
@Suite struct EnvironmentTilesTests {
  static func context(height: Double = 700, width: Double = 481) -> DiagramContext {
    DiagramContext(
      shaper: FixedAdvanceShaper(), theme: PaginationTests.theme, language: "es", width: width,
      maximumHeight: height)
  }

  static let spanish = (
    internalTitle: "Análisis interno (etapa B)", externalTitle: "Análisis externo (etapa C)",
    internalNames: [
      "Planillas de personal", "Servicios", "Sistemas de información", "Recursos", "Estrategias habituales",
    ],
    externalNames: [
      "Social", "Económico", "Tecnológico", "Ambiental", "Cultural", "Demográfico", "Político",
    ],
    states: [
      EnvironmentDiagram.State.analysed: "con análisis", .noData: "sin datos", .missing: "no declarado",
    ]
  )

  static let english = (
    internalTitle: "Internal analysis (stage B)", externalTitle: "External analysis (stage C)",
    internalNames: ["Staffing", "Services", "Information systems", "Resources", "Usual strategies"],
    externalNames: [
      "Social", "Economic", "Technological", "Environmental", "Cultural", "Demographic", "Political",
    ],
    states: [EnvironmentDiagram.State.analysed: "analysed", .noData: "no data", .missing: "not declared"]
  )

  /// The twelve dimensions in `language`, their states from `state(index)`.
  static func diagram(english: Bool = false, state: (Int) -> EnvironmentDiagram.State) -> EnvironmentDiagram {
    let words = english ? Self.english : Self.spanish
    return EnvironmentDiagram(
      groups: [
        EnvironmentDiagram.Group(
          title: words.internalTitle,
          tiles: words.internalNames.enumerated().map { EnvironmentDiagram.Tile(name: $1, state: state($0)) }),
        EnvironmentDiagram.Group(
          title: words.externalTitle,
          tiles: words.externalNames.enumerated().map {
            EnvironmentDiagram.Tile(name: $1, state: state($0 + 5))
          }),
      ], stateLabels: words.states)
  }

  static let cases: [(name: String, diagram: EnvironmentDiagram)] = [
    ("showcase-like", diagram { $0 == 4 ? .noData : .analysed }),
    ("all missing", diagram { _ in .missing }),
    ("all without data", diagram { _ in .noData }),
    ("every state in turn", diagram { [.analysed, .noData, .missing][$0 % 3] }),
    ("in English", diagram(english: true) { [.analysed, .noData, .missing][$0 % 3] }),
  ]

  @Test(arguments: cases.indices)
  func geometryHolds(_ index: Int) {
    let (name, diagram) = Self.cases[index]
    let context = Self.context()
    let parts = EnvironmentTilesDiagram.layout(diagram, context: context)
    #expect(parts.count == 1, "\(name)")
    DiagramChecks.expectSound(parts, context, name: name)
  }

  /// Every tile's name with its state's word under it, both group titles, and the legend's counts.
  @Test(arguments: cases.indices)
  func everyLabelIsPresent(_ index: Int) {
    let (name, diagram) = Self.cases[index]
    let texts = DiagramGeometry.texts(EnvironmentTilesDiagram.layout(diagram, context: Self.context()))
    for group in diagram.groups {
      #expect(texts.contains(group.title), "\(name)")
      for tile in group.tiles {
        #expect(texts.filter { $0 == tile.name }.count == 1, "\(name): \(tile.name)")
      }
    }
    let tiles = diagram.groups.flatMap(\.tiles)
    for state in EnvironmentDiagram.State.allCases {
      let count = tiles.filter { $0.state == state }.count
      #expect(texts.filter { $0 == diagram.label(state) }.count == count, "\(name): \(state)")
      #expect(texts.contains("\(diagram.label(state)) (\(count))"), "\(name): legend \(state)")
    }
  }

  @Test func theStatesLookDifferent() throws {
    let diagram = Self.diagram { [.analysed, .noData, .missing][$0 % 3] }
    let part = try #require(EnvironmentTilesDiagram.layout(diagram, context: Self.context()).first)
    // Tiles without data are hatched (pale lines) and dashed; missing ones are white.
    #expect(part.items.contains { if case .line = $0 { return true } else { return false } })
    #expect(
      part.items.contains {
        if case .path(_, .none, _, _, let dash) = $0 { return dash > 0 } else { return false }
      })
    #expect(
      part.items.contains {
        if case .path(_, let fill, _, _, _) = $0 { return fill == .white } else { return false }
      })
  }

  /// Five tiles in four columns go in rows of three and two, each row centred.
  @Test func shortRowsAreCentred() throws {
    let context = Self.context()
    let part = try #require(EnvironmentTilesDiagram.layout(Self.cases[0].diagram, context: context).first)
    let frames = part.items.compactMap { item -> Rect? in
      guard case .text(let fragment) = item else { return nil }
      return Self.spanish.internalNames.contains(fragment.runs.map(\.text).joined()) ? fragment.frame : nil
    }
    #expect(frames.count == 5)
    // Names are centred in their tiles: a row shares its middle line.
    let rows = Dictionary(grouping: frames) { (($0.y + $0.height / 2) / 10).rounded() }
    #expect(rows.values.map(\.count).sorted() == [2, 3])
    // A name is centred in its tile, so the middle of the names is the middle of the tiles.
    for row in rows.values {
      let middles = row.map { $0.x + $0.width / 2 }
      #expect(abs((middles.min()! + middles.max()!) / 2 - context.width / 2) < 0.01)
    }
  }

  @Test(arguments: [260.0, 481, 700])
  func otherWidthsKeepTheGeometry(_ width: Double) {
    let context = Self.context(width: width)
    for part in EnvironmentTilesDiagram.layout(Self.cases[4].diagram, context: context) {
      #expect(
        DiagramGeometry.problems(in: part).isEmpty,
        "\(width): \(DiagramGeometry.problems(in: part).prefix(3))")
      #expect(part.size.height <= context.maximumHeight + 0.01)
    }
  }

  /// Little room on the page: each panel on a part of its own, the legend with the last.
  @Test func aShortPageTakesOnePanelPerPart() {
    let context = Self.context(height: 200)
    let parts = EnvironmentTilesDiagram.layout(Self.cases[4].diagram, context: context)
    #expect(parts.count == 2)
    for part in parts {
      #expect(DiagramGeometry.problems(in: part).isEmpty, "\(DiagramGeometry.problems(in: part).prefix(3))")
      #expect(part.size.height <= context.maximumHeight + 0.01)
    }
    #expect(DiagramGeometry.texts([parts[1]]).contains("analysed (4)"))
  }

  @Test func sameDiagramSameGeometry() {
    let a = EnvironmentTilesDiagram.layout(Self.cases[3].diagram, context: Self.context())
    let b = EnvironmentTilesDiagram.layout(Self.cases[3].diagram, context: Self.context())
    #expect(a.map { $0.items.compactMap(\.bounds) } == b.map { $0.items.compactMap(\.bounds) })
  }
}
