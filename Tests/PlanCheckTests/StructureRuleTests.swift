import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// What the structure and traceability rules report, how many times, how severe, and where.
@Suite struct StructureRuleTests {
  func findings(_ text: String, _ code: String) -> [Diagnostic] {
    Checker.check(PlanLoader.load(text: text, path: "prueba.plan")).diagnostics.filter { $0.code == code }
  }

  @Test func anIncompleteActionGetsOneErrorListingEverything() throws {
    let found = findings(#"accion a01 "Crear la oficina""#, "T02")
    try #require(found.count == 1)
    #expect(found[0].severity == .error)
    for word in ["`responsable`", "`desde`", "`hasta`", "`presupuesto`", "`sin_costo`", "`indicador`"] {
      #expect(found[0].message.es.contains(word), "\(word)")
    }
  }

  @Test func aBudgetWithNoCostIsAWarningAtNoCost() throws {
    let text = """
      participantes {
        tecnicos rrii "Dirección de Relaciones Internacionales"
      }

      accion a01 "Registro de convenios" {
        responsable rrii
        desde       2026-04
        hasta       2026-08
        presupuesto 1.000.000 ARS
        sin_costo   "Lo arma el equipo de la Dirección"
        indicador   "Convenios registrados" base 0 (2025) meta 20 (2026)
      }
      """
    let found = findings(text, "T02")
    try #require(found.count == 1)
    #expect(found[0].severity == .warning)
    #expect(found[0].range.start.line == 10)
    #expect(found[0].notes.first?.range?.start.line == 9)
  }

  @Test func anIndicatorWithoutBaselineIsNamed() throws {
    let text = """
      accion a01 "Crear la oficina" {
        sin_costo
        indicador "Oficina creada" meta 1 (2026)
      }
      """
    let found = findings(text, "T02")
    try #require(found.count == 1)
    #expect(found[0].message.es.contains("la línea de base (`base`) del indicador «Oficina creada»"))
    #expect(!found[0].message.es.contains("la meta"))
    #expect(found[0].notes.first?.range?.start.line == 3)
  }

  @Test func unusedDeclarationsAreWarnedAtTheirDeclaration() throws {
    let text = """
      participantes {
        liderazgo intendenta "Mariela Ferreyra"
        tecnicos  rrii       "Dirección de Relaciones Internacionales"
      }

      socios {
        red  mercociudades "Red de Mercociudades" estado propuesto
        ciudad pinerolo    "Città di Pinerolo" estado propuesto
      }

      herramientas {
        herramienta hermanamiento "Hermanamiento con Pinerolo"
        herramienta marca_ciudad  "Marca ciudad"
      }

      accion a01 "Intercambio con Pinerolo" {
        herramienta hermanamiento
        responsable rrii
        socios      pinerolo
      }
      """
    let found = findings(text, "T03")
    #expect(found.map(\.range.start.line).sorted() == [2, 7, 13])
    #expect(found.allSatisfy { $0.severity == .warning })
  }

  @Test func participantsCitedAnywhereCount() {
    let text = """
      plan "P" {
        formulado_por intendenta
      }

      participantes {
        liderazgo intendenta "Mariela Ferreyra"
        tecnicos  rrii       "Relaciones Internacionales"
        tecnicos  modern     "Modernización"
        tecnicos  cultura    "Cultura"
        sociedad_civil unva  "Universidad" sector universidad
      }

      valores {
        valor apertura "Apertura" respaldado_por cultura
      }

      eje territorial "Territorio" {
        actores unva
      }

      tecnologia {
        herramienta tablero "Tablero" responsable modern
      }

      seguimiento {
        responsable rrii
      }
      """
    #expect(findings(text, "T03").isEmpty)
  }

  @Test func toolsWithoutSectionGiveOneWarningAtTheAnchor() throws {
    let text = """
      plan "P" {
        ciudad "C"
      }

      accion a01 "Ronda" {
        herramienta ronda_de_negocios
      }

      accion a02 "Marca" {
        herramienta marca_ciudad
      }
      """
    let found = findings(text, "T04")
    try #require(found.count == 1)
    #expect(found[0].range.start.line == 1)
    #expect(found[0].notes.count == 2)
  }

  @Test func anUndeclaredToolIsWarnedAtTheAction() throws {
    let text = """
      herramientas {
        herramienta hermanamiento "Hermanamiento"
      }

      accion a01 "Ronda" {
        herramienta ronda_de_negocios
      }
      """
    let found = findings(text, "T04")
    try #require(found.count == 1)
    #expect(found[0].range.start.line == 6)
    #expect(found[0].range.start.column == 15)
  }

  /// One finding names every missing motivation: a plan organised by its own themes is told once.
  @Test func everyMissingMotivationAxisIsNamedInOneFinding() {
    let text = """
      eje social "Identidad serrana" {
        objetivo os1 "Proyectar la cultura serrana"
      }
      """
    let found = findings(text, "D01")
    #expect(found.count == 1)
    let message = found.first?.message.es ?? ""
    #expect(
      message.contains("eje político") && message.contains("eje económico")
        && message.contains("eje cognitivo"))
    #expect(!message.contains("eje social"))
  }

  /// A thematic axis that says which motivation it serves covers it; one that serves none does not.
  @Test func aThematicAxisCoversTheMotivationItServes() {
    let text = """
      eje politico "Gestión" {
        objetivo op1 "Institucionalizar"
      }
      eje tematico "Ciudad que aprende" {
        motivacion cognitivo
        objetivo   oc1 "Formar a los agentes"
      }
      eje tematico "Ambiente" {
        motivacion ninguna
        objetivo   oa1 "Reducir emisiones"
      }
      eje social "Identidad" {
        objetivo os1 "Proyectar la cultura"
      }
      """
    let found = findings(text, "D01")
    #expect(found.count == 1)
    #expect(found.first?.message.es.contains("eje económico") == true)
    #expect(found.first?.message.es.contains("cognitivo") == false)
  }

  @Test func aSecondAxisOfTheSameKindMayBeSetAside() {
    let text = """
      eje politico "Gestión" {
        objetivo op1 "Institucionalizar"
      }

      eje economico "Pymes" {
        objetivo oe1 "Exportar"
      }

      eje cognitivo "Aprender" {
        objetivo oc1 "Formar"
      }

      eje social "Cultura" {
        objetivo os1 "Proyectar la cultura"
      }

      eje social "Grandes eventos" {
        no_aplica "Se descartó por su costo"
      }
      """
    #expect(findings(text, "D01").isEmpty)
  }

  @Test func theSixQuestionsAreNamedInTheDecksWords() throws {
    let text = """
      eje estrategico "Preguntas" {
        que_tengo "Un polo metalmecánico."
        cuando    "Entre 2026 y 2031."
      }

      eje territorial "Territorio"
      """
    let found = findings(text, "D02")
    let error = try #require(found.first { $0.severity == .error })
    #expect(error.message.es.contains("¿Para qué? ¿Con quién? ¿Hacia dónde? ¿Por qué?"))
    #expect(!error.message.es.contains("¿Qué tengo?"))
    #expect(found.filter { $0.severity == .warning }.count == 1)
  }

  @Test func eachMissingDimensionIsNamedInPlainSpanish() {
    let text = """
      diagnostico {
        situacion_actual "Reciente y dispersa."
        interno {
          planillas "Sin personal dedicado."
          estrategias sin_datos ""
        }
      }
      """
    let found = findings(text, "D03")
    let messages = found.map(\.message.es)
    #expect(messages.contains("análisis interno (etapa B): falta «sistemas»"))
    #expect(
      messages.contains(
        "análisis interno (etapa B): la dimensión «estrategias habituales» dice `sin_datos` sin dar el motivo"
      ))
    #expect(messages.contains("análisis externo (etapa C): falta «demográfico»"))
    // 3 internal + 7 external missing, 1 without reason, and stage A's partners (a warning).
    #expect(found.filter { $0.severity == .error }.count == 11)
    #expect(found.filter { $0.severity == .warning }.count == 1)
  }

  @Test func eachEmptyQuadrantIsAnError() {
    let found = findings("foda {\n  fortaleza f1 \"Polo metalmecánico\"\n}", "D04")
    #expect(found.count == 3)
    #expect(found.allSatisfy { $0.range.start.line == 1 })
  }

  @Test func missingBrandStepsAreNumbered() {
    let text = """
      marca_ciudad "Villa Aurora" {
        eslogan "Acá amanece lo que hacemos."
      }
      """
    let found = findings(text, "B01")
    #expect(found.count == 7)
    #expect(found.allSatisfy { $0.severity == .warning })
    #expect(
      found.contains {
        $0.message.es.hasPrefix("Marca Ciudad, paso 6") && $0.message.es.contains("`simbolo`")
      })
    #expect(!found.contains { $0.message.es.contains("`eslogan`") })
  }

  @Test func aTwinningInForceWithoutNormIsOneFinding() throws {
    let text = """
      socios {
        ciudad pinerolo "Città di Pinerolo" estado vigente instrumento hermanamiento
        red    mercociudades "Mercociudades" estado vigente norma "Ordenanza 1.904/2019" cuota adeudada
      }
      """
    let found = findings(text, "P01")
    try #require(found.count == 2)
    let error = try #require(found.first { $0.severity == .error })
    #expect(error.message.es.hasPrefix("el hermanamiento con `pinerolo`"))
    #expect(error.range.start.line == 2)
    #expect(found.contains { $0.severity == .warning && $0.range.start.line == 3 })
  }

  @Test func englishKeywordsAreReadToo() {
    let text = """
      partners {
        city pinerolo "Città di Pinerolo" status in_force instrument twinning
      }
      """
    #expect(findings(text, "P01").count == 1)
  }
}
