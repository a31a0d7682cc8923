import PlanCheck
import PlanDiagnostics
import PlanDocument
import PlanLayout
import PlanModel
import PlanSyntax
import Testing

/// What real plans add to the method's document: the body that really approves them, programmes,
/// co-owners, one-off events, yearly budgets, a foreword, free chapters and annexes.
@Suite struct RealPlanPartsTests {
  static let plan = """
    plan "Estrategia de Internacionalización de Aragón" {
      provincia    "Aragón"
      pais         "España"
      organismo    "Gobierno de Aragón"
      jurisdiccion comunidad_autonoma
      organo       parlamento
      idioma       es
      horizonte    2026 a 2028
      estado       proyecto
      presupuesto  300.000 EUR anio 2026 fuente "Presupuesto autonómico"
      autoridad    "Jorge Azcón" cargo "Presidente del Gobierno de Aragón, que presenta la estrategia ante las Cortes"
    }
    participantes {
      liderazgo presidente "Jorge Azcón" cargo "Presidente del Gobierno de Aragón, que presenta la estrategia ante las Cortes"
      tecnicos  accion_exterior "Dirección General de Acción Exterior"
      tecnicos  turismo "Dirección General de Turismo"
    }
    prologo "Carta del Presidente" {
      texto "Aragón mira al mundo."
      firma presidente
    }
    capitulo contexto "Aragón en cifras" {
      despues_de presentacion
      texto \"\"\"
        Aragón tiene 1,3 millones de habitantes.

        | Provincia | Habitantes |
        |-----------|-----------:|
        | Zaragoza  |    980.000 |
        | Huesca    |    225.000 |
      \"\"\"
    }
    capitulo marco "Marco europeo" {
      despues_de acciones
      texto "La estrategia se alinea con la política de cohesión."
    }
    anexo siglas "Siglas" {
      texto "- UE: Unión Europea"
    }
    eje economico "Empresas al mundo" {
      objetivo oe1 "Más empresas exportadoras" {
        descripcion "Que la base exportadora crezca en todas las comarcas."
      }
    }
    eje tematico "Talento" {
      motivacion economico
      objetivo oe2 "Atraer talento"
    }
    herramientas {
      herramienta cooperacion_descentralizada "Redes de talento con otras regiones"
    }
    programa exporta "Aragón Exporta" {
      objetivos   oe1
      responsable accion_exterior
      descripcion "Acompaña a las empresas hasta su primera exportación."
    }
    accion a01 "Misiones comerciales" {
      programa        exporta
      responsable     accion_exterior
      corresponsables turismo
      desde           2026-03
      hasta           2027-12
      presupuesto     100.000 EUR anio 2026 fuente "Presupuesto autonómico"
      presupuesto     150.000 EUR anio 2027 fuente "FEDER"
    }
    accion a02 "Foro Aragón Global" {
      programa    exporta
      responsable accion_exterior
      fecha       2027-05-14
      presupuesto 40.000 EUR anio 2027 fuente "Presupuesto autonómico"
    }
    accion a03 "Red de talento" {
      objetivos   oe2
      herramienta cooperacion_descentralizada
      responsable accion_exterior
      desde       2026-01
      hasta       2028-12
      sin_costo
    }
    """

  static let built = Fixtures.document(text: plan)

  @Test func theBodyAndThePlaceFollowTheDeclaredInstitution() throws {
    let (_, document) = Self.built
    guard case .cover(let cover) = document.blocks.first else {
      Issue.record("no cover")
      return
    }
    #expect(cover.city == "Aragón")
    #expect(cover.details.contains("Proyecto elevado al Parlamento de Aragón"))
    #expect(cover.details.contains("sin fecha"))
    #expect(document.plainText.contains("El plan todavía no fue aprobado por el Parlamento de Aragón."))
    #expect(!document.plainText.contains("Concejo"))
    #expect(!document.plainText.contains("municipal"))
    #expect(document.plainText.contains("Equipo técnico autonómico"))
    #expect(document.metadata.language == "es-ES")
    #expect(Fixtures.showcase.1.metadata.language == "es-AR")
  }

  @Test func theWordsOfEachBodyInEachLanguage() {
    func words(_ body: String, _ language: Language, jurisdiction: String = "municipio") -> InstitutionWords {
      InstitutionWords(
        Labels(language),
        institution: Institution(
          country: "AR", jurisdiction: jurisdiction, approvingBody: body, bodyDeclared: true),
        place: "Santa Fe")
    }
    #expect(words("concejo_deliberante", .es).toBody == "al Honorable Concejo Deliberante")
    #expect(words("concejo_municipal", .es).byBody == "por el Concejo Municipal")
    #expect(words("legislatura", .es).toBody == "a la Legislatura de Santa Fe")
    #expect(words("legislatura", .pt).byBody == "pela Assembleia Legislativa de Santa Fe")
    #expect(words("pleno", .en).toBody == "to the City Council Plenary")
    #expect(
      words("concejo_deliberante", .en).planStatus("proyecto", approval: nil)
        == "Bill submitted to the City Council")
    #expect(words("concejo_municipal", .es).staffParticipation == "Participación del personal municipal")
    #expect(
      words("legislatura", .es, jurisdiction: "provincia").staffParticipation
        == "Participación del personal provincial")
    #expect(words("legislatura", .en, jurisdiction: "provincia").undated == "undated")
    #expect(Labels(.es).programmeName("Programa Aragón Exporta") == "Programa Aragón Exporta")
    #expect(Labels(.en).programmeName("Exports") == "Programme Exports")
  }

  @Test func theForewordChaptersAndAnnexesAreWhereThePlanPutsThem() throws {
    let (_, document) = Self.built
    let parts = document.headings.filter { $0.level == 0 }.map(\.text)
    let foreword = try #require(parts.firstIndex(of: "Carta del Presidente"))
    let summary = try #require(parts.firstIndex(of: "Resumen ejecutivo"))
    let context = try #require(parts.firstIndex(of: "Aragón en cifras"))
    let vision = try #require(parts.firstIndex(of: "Visión y valores"))
    let actions = try #require(parts.firstIndex(of: "Plan de acción"))
    let framework = try #require(parts.firstIndex(of: "Marco europeo"))
    let compliance = try #require(parts.firstIndex { $0.hasPrefix("Anexo I.") })
    let annex = try #require(parts.firstIndex(of: "Anexo II. Siglas"))
    let approval = try #require(parts.firstIndex(of: "Aprobación"))
    #expect(foreword < summary && summary < context && context < vision)
    #expect(actions < framework && framework < compliance && compliance < annex && annex < approval)
    // The context chapter is numbered like the method's: it comes first.
    #expect(document.headings.first { $0.text == "Aragón en cifras" }?.number == "1")
    let signed = document.blocks.contains {
      if case .signatures(let people) = $0 {
        return people.first?.name == "Jorge Azcón"
      }
      return false
    }
    #expect(signed)
    let table = try #require(document.tables.first { $0.columns.first?.title == "Provincia" })
    #expect(table.columns.map(\.alignment) == [.left, .right])
    #expect(
      table.rows.map { $0.cells.map { $0.map(\.text).joined() } } == [
        ["Zaragoza", "980.000"], ["Huesca", "225.000"],
      ])
    #expect(document.plainText.contains("Que la base exportadora crezca en todas las comarcas."))
  }

  @Test func programmesCoOwnersAndEventsInTheActionPlan() throws {
    let (_, document) = Self.built
    #expect(document.headings.contains { $0.text == "Programa Aragón Exporta" && $0.level == 2 })
    let programme = try #require(document.tables.first { $0.caption == "Programa Aragón Exporta" })
    #expect(programme.rows.count == 2)
    #expect(
      programme.rows[0].cells[1].map(\.text).joined()
        == "Dirección General de Acción Exterior; corresp.: Dirección General de Turismo")
    #expect(programme.rows[1].cells[3].map(\.text).joined() == "14/05/2027")
    // The event's term follows from its date (2027 in 2026–2028: the second third).
    #expect(programme.rows[1].cells[2].map(\.text).joined() == "Mediano")
    let sheet = document.definitions(after: "accion-a02")
    #expect(
      sheet.first { $0.term == "Plazo" }?.value.map(\.text).joined() == "Mediano plazo (según sus fechas)")
    let rest = try #require(document.tables.first { $0.caption == "Acciones fuera de los programas" })
    #expect(rest.rows.count == 1)
    let figure = try #require(
      document.blocks.compactMap { block -> GanttDiagram? in
        if case .figure(let figure) = block, case .gantt(let chart) = figure.diagram { return chart }
        return nil
      }.first)
    #expect(figure.groups.first?.title == "Programa Aragón Exporta")
    let event = try #require(figure.rows.first { $0.id == "a02" })
    #expect(event.event != nil && event.start == nil && event.end == nil)
  }

  @Test func budgetsByYearSourceAndCurrency() throws {
    let (_, document) = Self.built
    let actions = try #require(
      document.tables.first { $0.caption == "Presupuesto de las acciones por año y fuente." })
    #expect(actions.columns.map(\.title) == ["Año", "Fuente", "EUR"])
    #expect(
      actions.rows.map { $0.cells.map { $0.map(\.text).joined() } } == [
        ["2026", "Presupuesto autonómico", "EUR\u{00A0}100.000"], ["2027", "FEDER", "EUR\u{00A0}150.000"],
        ["2027", "Presupuesto autonómico", "EUR\u{00A0}40.000"], ["Total", "—", "EUR\u{00A0}290.000"],
      ])
    #expect(document.tables.contains { $0.caption?.hasPrefix("Presupuesto propio del plan") == true })
    let summary = document.definitions(after: "resumen-ejecutivo")
    #expect(
      summary.map(\.term) == [
        "Horizonte", "Objetivos", "Programas", "Acciones", "Presupuesto total", "Presupuesto propio del plan",
      ])
    #expect(summary.last?.value.map(\.text).joined() == "EUR\u{00A0}300.000")
  }

  @Test func amountsWithCentsKeepBothDigits() {
    #expect(Formats(.es).money(1_500_000.5, "ARS") == "$\u{00A0}1.500.000,50")
    #expect(Formats(.en).money(1_500_000.5, "USD") == "USD\u{00A0}1,500,000.50")
    #expect(Formats(.es).money(20_000, "USD") == "USD\u{00A0}20.000")
    #expect(Formats(.es).number(4.5) == "4,5")
  }

  @Test func severalAxesOfOneMotivationAllAppearInTheFigure() throws {
    let (_, document) = Self.built
    let axes = try #require(
      document.blocks.compactMap { block -> AxesDiagram? in
        if case .figure(let figure) = block, case .axes(let diagram) = figure.diagram { return diagram }
        return nil
      }.first)
    #expect(axes.columns.map(\.title) == ["Empresas al mundo", "Talento"])
    #expect(axes.columns[0].objectives[0].title.hasSuffix("Programa Aragón Exporta"))
    #expect(document.headings.contains { $0.text == "Eje temático: Talento" })
    let summary = try #require(document.tables.first { $0.columns.first?.title == "Eje" })
    #expect(
      summary.rows.contains { $0.cells[0].map(\.text).joined() == "Eje temático (motivación económica)" })
  }

  @Test func aThematicAxisCountsInTheToolsOfItsMotivation() throws {
    let (_, document) = Self.built
    let matrix = try #require(
      document.blocks.compactMap { block -> ToolMatrixDiagram? in
        if case .figure(let figure) = block, case .toolMatrix(let diagram) = figure.diagram { return diagram }
        return nil
      }.first)
    #expect(matrix.columns == ["Eje económico"])
    #expect(matrix.rows.map(\.counts) == [[1]])
  }

  @Test func longSignatureRolesWrapInsteadOfLosingWords() throws {
    let (_, document) = Self.built
    let roles = document.blocks.flatMap { block -> [String] in
      if case .signatures(let people) = block { return people.map(\.role) }
      return []
    }
    #expect(roles.contains("Presidente del Gobierno de Aragón, que presenta la estrategia ante las Cortes"))
    // Nothing to warn about: the signature block wraps the role, whole.
    #expect(!Self.built.0.diagnostics.contains { $0.code == "M018" })
  }
}
