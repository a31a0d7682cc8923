import PlanDocument
import Testing

/// The diagnosis chapter's figures, as the composer extracts them from the plan: the brainstorm's
/// mind map, the partners map and the environment tiles, in the plan's language, or no figure
/// when the plan has nothing to draw.
@Suite struct DiagnosisFiguresTests {
  static func diagrams(_ document: Document) -> [String: Diagram] {
    var diagrams: [String: Diagram] = [:]
    for case .figure(let figure) in document.blocks { diagrams[figure.anchor] = figure.diagram }
    return diagrams
  }

  static func mindMap(_ document: Document) -> MindMapDiagram? {
    if case .mindMap(let map)? = diagrams(document)["figura-mapa-mental"] { return map }
    return nil
  }

  static func partners(_ document: Document) -> PartnersDiagram? {
    if case .partners(let map)? = diagrams(document)["figura-socios"] { return map }
    return nil
  }

  static func environment(_ document: Document) -> EnvironmentDiagram? {
    if case .environment(let tiles)? = diagrams(document)["figura-entorno"] { return tiles }
    return nil
  }

  static let header = """
    plan "Plan de prueba" {
      ciudad "Villa Sur"
      idioma es
    }

    """

  // MARK: - Mind map

  @Test func theShowcaseMindMapHasTheKeptIdeasOnTheirBranches() throws {
    let map = try #require(Self.mindMap(Fixtures.showcase.1))
    #expect(map.centre == "Villa Aurora, puerta de las sierras al mundo")
    #expect(
      map.branches.map(\.label) == [
        "Gestión internacional profesional", "Pymes al mundo", "Ciudad que aprende", "Identidad serrana",
        "Alianzas del territorio",
      ])
    #expect(
      map.branches.map { $0.ideas.map(\.id) } == [
        ["i01", "i02"], ["i03", "i04", "i05"], ["i06", "i07"], ["i08"], ["i13"],
      ])
    // Discarded ideas (i09 to i12) are not in the map; kept ones link to their rows.
    #expect(map.branches.flatMap(\.ideas).allSatisfy { $0.link == Anchor.idea($0.id) })
  }

  @Test func withoutAMindMapIdeasAreGroupedByTheirBranch() throws {
    let (_, document) = Fixtures.document(
      text: Self.header + """
        lluvia_de_ideas {
          idea i1 "Exportar" rama pymes
          idea i2 "Hermanarse" rama redes
          idea i3 "Ferias" rama pymes
          idea i4 "Sin rama"
          idea i5 "Descartada" rama pymes descartada "Cara"
        }
        """)
    let map = try #require(Self.mindMap(document))
    #expect(map.centre == "Plan de prueba")
    #expect(map.branches.map(\.label) == ["pymes", "redes", "Otras ideas"])
    #expect(map.branches.map { $0.ideas.map(\.id) } == [["i1", "i3"], ["i2"], ["i4"]])
  }

  @Test func aBrainstormNobodyGroupedIsASingleGroupWithoutANode() throws {
    let (_, document) = Fixtures.document(
      text: Self.header + """
        lluvia_de_ideas {
          idea i1 "Exportar"
          idea i2 "Hermanarse"
        }
        """)
    let map = try #require(Self.mindMap(document))
    #expect(map.branches.count == 1)
    #expect(map.branches[0].label == nil)
    #expect(map.branches[0].ideas.map(\.id) == ["i1", "i2"])
  }

  @Test func noBrainstormNoMindMap() {
    let (_, document) = Fixtures.document(text: Self.header)
    #expect(Self.mindMap(document) == nil)
  }

  // MARK: - Partners map

  @Test func theShowcasePartnersAreGroupedByKindWithTheirStatus() throws {
    let map = try #require(Self.partners(Fixtures.showcase.1))
    #expect(map.city == "Villa Aurora")
    #expect(
      map.groups.map(\.title) == [
        "Ciudades", "Redes de ciudades", "Organismos internacionales", "Embajadas y consulados",
        "Gobierno provincial y nacional", "Otras instituciones",
      ])
    let pinerolo = try #require(map.groups[0].partners.first)
    #expect(pinerolo.name == "Città di Pinerolo")
    #expect(pinerolo.status == .inForce && map.label(pinerolo.status) == "vigente")
    #expect(pinerolo.detail == "Italia")
    #expect(pinerolo.link == Anchor.partner("pinerolo"))
    #expect(map.label(.negotiating) == "en negociación")
    // A government shows its level rather than a country.
    #expect(map.groups[4].partners.map(\.detail) == ["nacional", "provincial"])
  }

  @Test func noPartnersNoPartnersMap() {
    let (_, document) = Fixtures.document(text: Self.header)
    #expect(Self.partners(document) == nil)
  }

  @Test func aPartnerWithoutStatusSaysSo() throws {
    let (_, document) = Fixtures.document(
      text: Self.header + """
        socios {
          red mercociudades "Red de Mercociudades"
        }
        """)
    let map = try #require(Self.partners(document))
    #expect(map.groups.map(\.title) == ["Redes de ciudades"])
    #expect(map.groups[0].partners[0].status == .undeclared)
    #expect(map.label(.undeclared) == "sin estado declarado")
  }

  // MARK: - Environment

  @Test func theShowcaseEnvironmentHasOneDimensionWithoutData() throws {
    let tiles = try #require(Self.environment(Fixtures.showcase.1))
    #expect(tiles.groups.map(\.title) == ["Análisis interno (etapa B)", "Análisis externo (etapa C)"])
    #expect(tiles.groups.map(\.tiles.count) == [5, 7])
    let states = tiles.groups.flatMap(\.tiles).map(\.state)
    #expect(states.filter { $0 == .analysed }.count == 11)
    #expect(
      tiles.groups[0].tiles[4].name == "Estrategias habituales" && tiles.groups[0].tiles[4].state == .noData)
    #expect(tiles.label(.noData) == "sin datos")
  }

  @Test func anEnglishPlanHasEnglishTiles() throws {
    let (_, document) = Fixtures.document(
      text: """
        plan "Plan" {
          city     "Villa Aurora"
          language en
        }
        diagnosis {
          internal {
            staffing "Two people."
            usual_strategies no_data "Never recorded."
          }
          external {
            economic "Growing."
          }
        }
        """)
    let tiles = try #require(Self.environment(document))
    #expect(tiles.groups.map(\.title) == ["Internal analysis (stage B)", "External analysis (stage C)"])
    #expect(
      tiles.groups[0].tiles.map(\.name) == [
        "Staffing", "Services", "Information systems", "Resources", "Usual strategies",
      ])
    #expect(tiles.groups[0].tiles.map(\.state) == [.analysed, .missing, .missing, .missing, .noData])
    #expect(tiles.groups[1].tiles.map(\.state).filter { $0 == .analysed }.count == 1)
    #expect(
      [tiles.label(.analysed), tiles.label(.noData), tiles.label(.missing)] == [
        "analysed", "no data", "not declared",
      ])
  }

  @Test func noDimensionsNoEnvironmentFigure() throws {
    let (_, document) = Fixtures.document(text: Self.header)
    #expect(Self.environment(document) == nil)
    let (_, incomplete) = try Fixtures.document(path: "incompleto/incompleto.plan")
    #expect(Self.environment(incomplete) == nil)
    #expect(Self.partners(incomplete) != nil)
  }
}
