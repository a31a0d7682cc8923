import Foundation
import PlanCheck
import PlanDocument
import Testing

/// The document of the showcase plan (plans/villa-aurora), which uses every construct.
@Suite struct ShowcaseDocumentTests {
  let result = Fixtures.showcase.0
  let document = Fixtures.showcase.1

  @Test func chaptersComeInOrder() {
    let parts = document.headings.filter { $0.level == 0 }
    #expect(
      parts.map(\.text) == [
        "Autoridades", "Resumen ejecutivo", "Visión y valores", "Gobernanza", "Diagnóstico",
        "Ejes y objetivos",
        "Herramientas de internacionalización", "Plan de acción", "Escenarios y tecnología",
        "Comunicación y participación", "Marca Ciudad", "Seguimiento y evaluación",
        "Anexo I. Cumplimiento de las 12 pautas del método", "Aprobación",
      ])
    #expect(parts.compactMap(\.number) == (1...10).map(String.init))
    #expect(parts.filter { $0.number != nil }.map(\.anchor) == (1...10).map { "cap-\($0)" })
  }

  @Test func sectionsFollowThePlan() {
    let sections = Dictionary(
      document.headings.filter { $0.level == 1 }.map { ($0.number ?? "", $0.text) },
      uniquingKeysWith: { a, _ in a })
    #expect(sections["1.1"] == "Visión")
    #expect(sections["1.2"] == "Lema")
    #expect(sections["1.3"] == "Valores comunes")
    #expect(sections["2.1"] == "Liderazgo")
    #expect(sections["2.2"] == "Comisión para la Internacionalización y Desarrollo de Villa Aurora")
    #expect(sections["2.3"] == "Participantes")
    #expect(sections["3.1"] == "Situación actual (etapa A)")
    #expect(sections["3.2"] == "Análisis interno (etapa B)")
    #expect(sections["3.3"] == "Análisis externo (etapa C)")
    #expect(sections["3.4"] == "Análisis FODA")
    #expect(sections["3.5"] == "Lluvia de ideas")
    #expect(sections["3.6"] == "Mapa mental")
    #expect(sections["4.1"] == "Eje político: Villa Aurora, voz de las ciudades intermedias")
    #expect(sections["4.6"] == "Eje territorial: Un territorio que se organiza para salir al mundo")
    #expect(sections["4.7"] == "Eje estratégico: Las seis preguntas del plan")
    #expect(sections["6.1"] == "Cuadro de acciones")
    #expect(sections["6.2"] == "Fichas de las acciones")
    #expect(sections["7.1"] == "Escenarios")
    #expect(sections["7.2"] == "Herramientas tecnológicas")
    #expect(sections["9.8"] == "Paleta y tipografía")
    #expect(sections["10.1"] == "Indicadores")
    #expect(sections["10.2"] == "Calendario de informes")
    #expect(document.headings.filter { $0.level == 1 }.allSatisfy { $0.anchor.hasPrefix("sec-") })
    #expect(document.headings.contains { $0.number == "3.2" && $0.anchor == "sec-3-2" })
  }

  @Test func strategicAxisHasTheSixQuestions() throws {
    let headings = document.headings
    guard headings.contains(where: { $0.number == "4.7" }) else {
      Issue.record("no strategic axis section")
      return
    }
    // The six questions and their answers are a figure in the strategic axis's section.
    let figure = try #require(
      document.blocks.lazy.compactMap { block -> StrategicQuestionsDiagram? in
        if case .figure(let figure) = block, case .strategicQuestions(let diagram) = figure.diagram {
          return diagram
        }
        return nil
      }.first)
    #expect(
      figure.tiles.map(\.question) == [
        "¿Qué tengo?", "¿Para qué?", "¿Con quién?", "¿Hacia dónde?", "¿Por qué?", "¿Cuándo?",
      ])
    #expect(figure.tiles.allSatisfy { $0.answer?.isEmpty == false })
    #expect(headings.filter { $0.level == 2 }.allSatisfy { $0.number == nil })
  }

  @Test func anchorsAreUnique() {
    let anchors = document.anchors
    let repeated = Dictionary(grouping: anchors, by: { $0 }).filter { $0.value.count > 1 }.keys
    #expect(repeated.isEmpty, "repeated anchors: \(repeated.sorted())")
    // The layout names the table of contents `indice`.
    #expect(!anchors.contains("indice"))
  }

  @Test func everyLinkTargetsAnAnchor() {
    let anchors = Set(document.anchors)
    let links = document.runs.compactMap(\.link)
    #expect(links.count > 100)
    let dangling = Set(links).subtracting(anchors)
    #expect(dangling.isEmpty, "links without a destination: \(dangling.sorted())")
  }

  @Test func everyItemOthersCiteHasItsAnchor() {
    let anchors = Set(document.anchors)
    for item in result.plan.swot { #expect(anchors.contains("foda-\(item.id)")) }
    for action in result.plan.actions { #expect(anchors.contains("accion-\(action.id)")) }
    for objective in result.plan.objectives { #expect(anchors.contains("objetivo-\(objective.id)")) }
  }

  @Test func actionSheetLinksTheSWOTItemsItAddresses() {
    let sheet = document.definitions(after: "accion-a07")
    let addresses = sheet.first { $0.term == "Atiende" }?.value ?? []
    #expect(addresses.map(\.text).joined() == "d4, a2")
    #expect(addresses.compactMap(\.link) == ["foda-d4", "foda-a2"])
    let budget = sheet.first { $0.term == "Presupuesto" }?.value.map(\.text).joined() ?? ""
    #expect(budget.hasPrefix("$\u{00A0}36.000.000 (Presupuesto municipal); $\u{00A0}24.000.000"))
    let period = sheet.first { $0.term == "Período" }?.value.map(\.text).joined()
    #expect(period == "jul. 2025 – dic. 2027")
  }

  @Test func actionTableRowsAreComplete() throws {
    let table = try #require(document.tables.first { $0.columns.first?.title == "Acción" })
    #expect(table.rows.count == result.plan.actions.count)
    let first = table.rows[0].cells.map { $0.map(\.text).joined() }
    #expect(first[0] == "a01. Crear la Dirección de Relaciones Internacionales y Cooperación")
    #expect(table.rows[0].cells[0].first?.link == "accion-a01")
    #expect(first[1] == "Esteban Quiroga")
    #expect(first[2] == "Corto")
    #expect(first[3] == "01/2025 – 04/2025")
    #expect(first[4] == "$\u{00A0}48.000.000")
    // Partners and the indicator on the line that spans the row.
    let detail = try #require(table.detail(0)).map(\.text).joined()
    #expect(detail.hasPrefix("Socios: Cancillería Argentina"))
    #expect(
      detail.hasSuffix("Indicador: Dirección creada por decreto y con equipo designado: 0 (2024) a 1 (2025)"))
    let noCost = table.rows[1].cells[4].map(\.text).joined()
    #expect(noCost == "Sin costo")
  }

  @Test func tablesAreWellFormed() {
    #expect(document.tables.count > 15)
    for table in document.tables {
      let total = table.columns.reduce(0) { $0 + $1.share }
      #expect(abs(total - 1) < 1e-9, "\(table.columns.map(\.title)) add up to \(total)")
      #expect(table.columns.allSatisfy { $0.share * 461 >= 30 }, "\(table.columns.map(\.title)) has a sliver")
      for row in table.rows {
        #expect(row.cells.count == table.columns.count)
        #expect(row.cells.allSatisfy { !$0.isEmpty && !$0.map(\.text).joined().isEmpty })
      }
    }
  }

  @Test func coverCarriesTheControlData() throws {
    guard case .cover(let cover) = document.blocks.first else {
      Issue.record("the document does not open with the cover")
      return
    }
    #expect(cover.body == "Municipalidad de Villa Aurora")
    #expect(cover.city == "Villa Aurora")
    #expect(cover.title == "Villa Aurora en el Mundo: Plan Estratégico de Internacionalización 2025–2030")
    #expect(cover.subtitle == "Horizonte 2025–2030 · visión al 2040")
    #expect(
      cover.details == [
        "Aprobado por Ordenanza N.º 2.318/2025 del 14 de mayo de 2025", "Versión 1.0", "22 de mayo de 2025",
      ])
    let logo = try #require(cover.logoPath)
    #expect(logo.hasSuffix("plans/villa-aurora/escudo.png"))
    #expect(FileManager.default.fileExists(atPath: logo))
    #expect(document.watermark == nil)
  }

  @Test func versionTableAndTheSourceFilesWithTheStartOfTheirSHA256() throws {
    let table = try #require(document.tables.first { $0.columns.first?.title == "Versión" })
    #expect(
      table.rows.map { $0.cells.map { $0.map(\.text).joined() } } == [["1.0", "Aprobado", "22/05/2025"]])
    let files = try #require(document.tables.first { $0.columns.first?.title == "Archivo fuente" })
    #expect(files.columns.last?.title == "SHA-256 (primeros 16 dígitos)")
    #expect(
      files.rows.map { $0.cells.map { $0.map(\.text).joined() } } == [["plan.plan", "9f86d081884c7d65"]])
  }

  @Test func executiveSummaryCountsAndTotals() throws {
    let summary = document.definitions(after: "resumen-ejecutivo")
    let values = Dictionary(
      summary.map { ($0.term, $0.value.map(\.text).joined()) }, uniquingKeysWith: { a, _ in a })
    #expect(values["Horizonte"] == "2025–2030 (visión al 2040)")
    #expect(values["Objetivos"] == "\(result.plan.objectives.count)")
    #expect(values["Acciones"] == "27")
    var totals: [String: Double] = [:]
    for budget in result.plan.actions.flatMap(\.budgets) {
      totals[budget.currency, default: 0] += budget.amount
    }
    let formats = Formats(.es)
    let expected =
      "\(formats.money(totals["ARS"]!, "ARS")); \(formats.money(totals["USD"]!, "USD")); "
      + "\(formats.money(totals["EUR"]!, "EUR")) (5 acciones sin costo)"
    #expect(values["Presupuesto total"] == expected)
    let axes = try #require(document.tables.first { $0.columns.first?.title == "Eje" })
    let rows = axes.rows.map { $0.cells.map { $0.map(\.text).joined() } }
    #expect(rows.first == ["Eje político", "Villa Aurora, voz de las ciudades intermedias", "1", "8"])
    // Each axis once: the social axis the plan also declares as a discarded line is not repeated.
    #expect(Set(rows.map { $0[0] }).count == rows.count)
    #expect(!rows.contains { $0[2] == "No aplica" })
  }

  @Test func internalAnalysisSaysWhyDataIsMissing() {
    let dimensions = document.definitions(after: "sec-3-2")
    #expect(
      dimensions.map(\.term) == [
        "Planillas de personal", "Servicios", "Sistemas de información", "Recursos", "Estrategias habituales",
      ])
    #expect(
      dimensions.last?.value.map(\.text).joined().hasPrefix("Sin datos: Las acciones internacionales") == true
    )
    #expect(document.definitions(after: "sec-3-3").count == 7)
  }

  @Test func complianceAnnexNeverSaysMetForAdvisories() throws {
    let table = try #require(document.tables.first { $0.columns.first?.title == "Pauta" })
    #expect(table.rows.count == 12)
    for (row, entry) in zip(table.rows, result.compliance) {
      let status = row.cells[1].map(\.text).joined()
      switch entry.status {
      case .verified: #expect(status.hasPrefix("verificado"))
      case .notMet: #expect(status.hasPrefix("no cumple"))
      case .advisory:
        #expect(status.hasPrefix("requiere juicio humano"))
        #expect(!status.contains("cumple"))
      }
      #expect(row.cells[0].first?.text == entry.id)
      // Words for the council: no code, no participant's identifier.
      let evidence = row.cells[2].map(\.text).joined()
      #expect(!evidence.contains("`") && !evidence.contains("sin_datos") && !evidence.contains("(rrii)"))
    }
  }

  @Test func approvalBlockAndSignatures() {
    let approval = document.definitions(after: "aprobacion")
    #expect(
      approval.map(\.term) == [
        "Instrumento", "Número", "Expediente", "Sanción", "Promulgación", "Publicación",
      ])
    #expect(
      approval.last?.value.map(\.text).joined() == "Boletín Oficial Municipal N.º 1.487 (22 de mayo de 2025)")
    guard case .signatures(let signatures)? = document.blocks.last else {
      Issue.record("the document does not end with the signatures")
      return
    }
    #expect(signatures.map(\.name) == ["Néstor Olmedo", "Claudia Ledesma"])
  }

  @Test func metadataDescribesThePlan() {
    let metadata = document.metadata
    #expect(metadata.title == "Villa Aurora en el Mundo: Plan Estratégico de Internacionalización 2025–2030")
    #expect(metadata.author == "Municipalidad de Villa Aurora")
    #expect(metadata.subject == "Plan de internacionalización 2025–2030")
    #expect(metadata.creator == "plan 0.9.0")
    #expect(metadata.language == "es-AR")
    #expect(metadata.date == "2026-06-01T10:00:00Z")
    #expect(metadata.keywords.starts(with: ["Villa Aurora", "Córdoba", "internacionalización"]))
    #expect(metadata.keywords.contains("Pymes de Villa Aurora al mundo"))
    #expect(document.labels.pageOf == "Página %d de %d")
    #expect(document.runningTitle == "Villa Aurora · Plan de internacionalización 2025–2030 · Versión 1.0")
  }

  @Test func themeUsesTheBrandWhereItIsReadable() {
    let theme = document.theme
    // The brand's primary (#1B4F72) and accent (#9C4A1A) reach AA with white (the unreadable case
    // is `unreadableBrandColoursAreIgnored`).
    #expect(theme.primary == Colour(hex: "#1B4F72"))
    #expect(theme.tableHeader == Colour(hex: "#1B4F72"))
    #expect(theme.accent == Colour(hex: "#9C4A1A"))
    // Source Serif 4 and Source Sans 3 are not bundled: Noto stays.
    #expect(theme.bodyFamily == "Noto Serif")
    #expect(theme.headingFamily == "Noto Sans")
    let withSource = Fixtures.build(
      result, families: Theme.bundledFamilies.union(["Source Serif 4", "Source Sans 3"])
    ).theme
    #expect(withSource.bodyFamily == "Source Serif 4")
    #expect(withSource.headingFamily == "Source Sans 3")
  }

  @Test func callerWatermarkWins() {
    #expect(Fixtures.build(result, watermark: "CON OBSERVACIONES").watermark == "CON OBSERVACIONES")
  }

  @Test func proseKeepsItsMarkup() {
    let emphasis = document.runs.first { $0.text == "la puerta de las sierras al mundo" }
    #expect(emphasis?.italic == true)
    let strong = document.runs.first { $0.text == "pymes metalmecánicas y agroalimentarias" }
    #expect(strong?.bold == true)
    #expect(!document.plainText.contains("**"))
  }
}
