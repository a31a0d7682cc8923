import PlanDiagnostics
import PlanModel

/// The diagnosis in its three stages: A (current situation and external partners), B (the internal
/// analysis's five dimensions) and C (the external analysis's seven).
struct D03DimensionesDelDiagnostico: Rule {
  static let descriptor = RuleDescriptor(
    id: "D03", name: "DimensionesDelDiagnostico",
    title: Localized(
      es: "El diagnóstico cubre sus etapas y dimensiones",
      en: "The diagnosis covers its stages and dimensions",
      pt: "O diagnóstico cobre suas etapas e dimensões"),
    rationale: Localized(
      es: """
        La planificación estratégica parte de un diagnóstico en tres etapas: A) la situación actual, \
        con los socios externos identificados; B) el análisis interno o autoestudio (planillas, \
        servicios, sistemas, recursos y estrategias habituales); C) el análisis externo, mirar \
        alrededor (social, económico, tecnológico, ambiental, cultural, demográfico y político). Cada \
        dimensión se escribe o se marca `sin_datos` con el motivo: así se ve qué falta sin alargar el \
        análisis (pauta 11).
        """,
      en: """
        Strategic planning starts from a diagnosis in three stages: A) the current situation, with the \
        identified external partners; B) the internal analysis or self-study (staffing, services, \
        systems, resources and usual strategies); C) the external analysis, looking around (social, \
        economic, technological, environmental, cultural, demographic and political). Each dimension is \
        written or marked `no_data` with the reason: what is missing shows without lengthening the \
        analysis (guideline 11).
        """),
    help: Localized(
      es:
        "escriba la dimensión en `diagnostico { interno { … } externo { … } }`, o márquela `sin_datos \"motivo\"`",
      en:
        "write the dimension in `diagnosis { internal { … } external { … } }`, or mark it `no_data \"reason\"`"
    ),
    defaultSeverity: .error, helpPath: "docs/rules.md#d03")

  static let guideline = Localized(
    es: """
      Etapas: A) Diagnóstico de la situación actual — identificación de clientes o socios externos; \
      B) Análisis interno de la Ciudad (autoestudio: planillas, servicios, sistemas, recursos, \
      estrategias habituales); C) Análisis de la situación externa a la Ciudad (mirar alrededor: social, \
      económico, tecnológico, ambiental, cultural, demográfico, político)
      """,
    en: """
      Stages: A) Diagnosis of the current situation — identifying clients or external partners; \
      B) Internal analysis of the city (self-study: staffing, services, systems, resources, usual \
      strategies); C) Analysis of the situation outside the city (looking around: social, economic, \
      technological, environmental, cultural, demographic, political)
      """)
  static let verification = Verification.structural

  /// Plain names of the dimensions, in the deck's words, with their English keyword.
  static let dimensionNames: [String: (name: Localized, english: String)] = [
    "planillas": (Localized(es: "planillas", en: "staffing"), "staffing"),
    "servicios": (Localized(es: "servicios", en: "services"), "services"),
    "sistemas": (Localized(es: "sistemas", en: "systems"), "systems"),
    "recursos": (Localized(es: "recursos", en: "resources"), "resources"),
    "estrategias": (Localized(es: "estrategias habituales", en: "usual strategies"), "usual_strategies"),
    "social": (Localized(es: "social", en: "social"), "social"),
    "economico": (Localized(es: "económico", en: "economic"), "economic"),
    "tecnologico": (Localized(es: "tecnológico", en: "technological"), "technological"),
    "ambiental": (Localized(es: "ambiental", en: "environmental"), "environmental"),
    "cultural": (Localized(es: "cultural", en: "cultural"), "cultural"),
    "demografico": (Localized(es: "demográfico", en: "demographic"), "demographic"),
    "politico": (Localized(es: "político", en: "political"), "political"),
  ]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓plan "Villa Aurora en el Mundo" {
        ciudad "Villa Aurora"
      }
      """,
      """
      socios {
        red mercociudades "Red de Mercociudades" estado vigente norma "Ordenanza N.º 1.904/2019"
      }

      diagnostico {
        situacion_actual     "La presencia internacional de la ciudad es reciente y dispersa."
        socios_identificados mercociudades

        ↓interno {
          planillas   "Ningún agente con dedicación exclusiva a la agenda internacional."
          servicios   "Producción y Turismo atienden consultas sin registro común."
          recursos    "No hay partida para relaciones internacionales."
          estrategias sin_datos "Las gestiones anteriores no documentaron sus acciones."
        }

        externo {
          social      "El 38 % de los jóvenes busca su primer empleo fuera de la ciudad."
          economico   "Crece la demanda de autopartes del sur de Brasil."
          tecnologico "La fibra óptica cubre el 82 % de los hogares."
          ambiental   "Los mercados europeos exigen trazabilidad."
          cultural    "Patrimonio ferroviario e inmigrante."
          demografico "La población crece al 1,1 % anual."
          ↓politico
        }
      }
      """,
      """
      ↓↓diagnostico {
        interno {
          planillas   "Ningún agente con dedicación exclusiva a la agenda internacional."
          servicios   "Producción y Turismo atienden consultas sin registro común."
          sistemas    "No hay registro de convenios ni de visitas."
          recursos    "No hay partida para relaciones internacionales."
          estrategias "Acciones aisladas de cada gestión."
        }

        externo {
          social      "El 38 % de los jóvenes busca su primer empleo fuera de la ciudad."
          economico   "Crece la demanda de autopartes del sur de Brasil."
          tecnologico "La fibra óptica cubre el 82 % de los hogares."
          ambiental   "Los mercados europeos exigen trazabilidad."
          cultural    "Patrimonio ferroviario e inmigrante."
          demografico "La población crece al 1,1 % anual."
          politico    "El financiamiento externo requiere aval provincial y nacional."
        }
      }
      """,
      """
      socios {
        red mercociudades "Red de Mercociudades" estado vigente norma "Ordenanza N.º 1.904/2019"
      }

      diagnostico {
        situacion_actual     "La presencia internacional de la ciudad es reciente y dispersa."
        socios_identificados mercociudades

        interno {
          planillas   "Ningún agente con dedicación exclusiva a la agenda internacional."
          servicios   "Producción y Turismo atienden consultas sin registro común."
          sistemas    "No hay registro de convenios ni de visitas."
          recursos    "No hay partida para relaciones internacionales."
          ↓estrategias sin_datos ""
        }

        externo {
          social      "El 38 % de los jóvenes busca su primer empleo fuera de la ciudad."
          economico   "Crece la demanda de autopartes del sur de Brasil."
          tecnologico "La fibra óptica cubre el 82 % de los hogares."
          ambiental   "Los mercados europeos exigen trazabilidad."
          cultural    "Patrimonio ferroviario e inmigrante."
          demografico "La población crece al 1,1 % anual."
          politico    "El financiamiento externo requiere aval provincial y nacional."
        }
      }
      """,
    ],
    passing: [
      """
      socios {
        red mercociudades "Red de Mercociudades" estado vigente norma "Ordenanza N.º 1.904/2019"
      }

      diagnostico {
        situacion_actual     "La presencia internacional de la ciudad es reciente y dispersa."
        socios_identificados mercociudades

        interno {
          planillas   "Ningún agente con dedicación exclusiva a la agenda internacional."
          servicios   "Producción y Turismo atienden consultas sin registro común."
          sistemas    "No hay registro de convenios ni de visitas."
          recursos    "No hay partida para relaciones internacionales."
          estrategias sin_datos "Las gestiones anteriores no documentaron sus acciones."
        }

        externo {
          social      "El 38 % de los jóvenes busca su primer empleo fuera de la ciudad."
          economico   "Crece la demanda de autopartes del sur de Brasil."
          tecnologico "La fibra óptica cubre el 82 % de los hogares."
          ambiental   "Los mercados europeos exigen trazabilidad."
          cultural    "Patrimonio ferroviario e inmigrante."
          demografico "La población crece al 1,1 % anual."
          politico    "El financiamiento externo requiere aval provincial y nacional."
        }
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    guard let diagnosis = plan.diagnosis else {
      context.report(
        Localized(
          es: """
            falta el diagnóstico: la situación actual (etapa A), el análisis interno (etapa B) y el \
            análisis externo (etapa C)
            """,
          en: """
            the diagnosis is missing: the current situation (stage A), the internal analysis (stage B) and \
            the external analysis (stage C)
            """),
        at: plan.anchor,
        help: Localized(
          es: "agregue `diagnostico { situacion_actual … interno { … } externo { … } }`",
          en: "add `diagnosis { current_situation … internal { … } external { … } }`"))
      return
    }

    // Stage A.
    if diagnosis.currentSituation.map({ isBlank($0.value) }) ?? true {
      context.report(
        Localized(
          es: "el diagnóstico no describe la situación actual (etapa A, `situacion_actual`)",
          en: "the diagnosis does not describe the current situation (stage A, `current_situation`)"),
        at: diagnosis.currentSituation?.range ?? diagnosis.range,
        help: Localized(
          es: "escriba `situacion_actual \"\"\"` con la situación de la ciudad hoy",
          en: "write `current_situation \"\"\"` with the city's situation today"))
    }
    if diagnosis.identifiedPartners.isEmpty {
      context.report(
        Localized(
          es: "la etapa A no identifica a los socios externos de la ciudad (`socios_identificados`)",
          en: "stage A does not identify the city's external partners (`identified_partners`)"),
        at: diagnosis.range,
        notes: plan.partners.first.map {
          [
            Note(
              Localized(es: "los socios están declarados aquí", en: "the partners are declared here"),
              at: $0.range)
          ]
        } ?? [],
        help: Localized(
          es:
            "agregue `socios_identificados` con los socios de la sección `socios`: `socios_identificados pinerolo, mercociudades`",
          en:
            "add `identified_partners` with partners from the `partners` section: `identified_partners pinerolo, mercociudades`"
        ),
        severity: .warning)
    }

    // Stages B and C.
    var covered = 0
    var noData = 0
    check(
      Diagnosis.internalKeys, diagnosis.internalDimensions,
      section: diagnosis.internalRange ?? diagnosis.range,
      stage: Localized(es: "análisis interno (etapa B)", en: "internal analysis (stage B)"),
      block: Localized(es: "interno", en: "internal"), covered: &covered, noData: &noData, &context)
    check(
      Diagnosis.externalKeys, diagnosis.externalDimensions,
      section: diagnosis.externalRange ?? diagnosis.range,
      stage: Localized(es: "análisis externo (etapa C)", en: "external analysis (stage C)"),
      block: Localized(es: "externo", en: "external"), covered: &covered, noData: &noData, &context)
    context.evidence(
      Localized(
        es: """
          \(covered) de 12 dimensiones cubiertas (\(noData) marcadas `sin_datos`); \
          \(diagnosis.identifiedPartners.count) socio(s) identificado(s) en la etapa A
          """,
        en: """
          \(covered) of 12 dimensions covered (\(noData) marked `no_data`); \
          \(diagnosis.identifiedPartners.count) partner(s) identified in stage A
          """))
  }

  private func check(
    _ keys: [String], _ dimensions: [String: Dimension], section: SourceRange, stage: Localized,
    block: Localized,
    covered: inout Int, noData: inout Int, _ context: inout RuleContext
  ) {
    for key in keys {
      let (name, english) = Self.dimensionNames[key]!
      let help = Localized(
        es:
          "escriba `\(key) \"…\"` dentro de `\(block.es) { }`, o `\(key) sin_datos \"motivo\"` si no hay datos",
        en:
          "write `\(english) \"…\"` inside `\(block.en) { }`, or `\(english) no_data \"reason\"` if there is no data"
      )
      guard let dimension = dimensions[key] else {
        context.report(
          Localized(es: "\(stage.es): falta «\(name.es)»", en: "\(stage.en): \"\(name.en)\" is missing"),
          at: section, help: help)
        continue
      }
      if let text = dimension.text, !isBlank(text) {
        covered += 1
      } else if let reason = dimension.noData, !isBlank(reason) {
        covered += 1
        noData += 1
      } else if dimension.noData != nil {
        context.report(
          Localized(
            es: "\(stage.es): la dimensión «\(name.es)» dice `sin_datos` sin dar el motivo",
            en: "\(stage.en): the dimension \"\(name.en)\" says `no_data` without giving the reason"),
          at: dimension.range, help: help)
      } else {
        context.report(
          Localized(
            es: "\(stage.es): la dimensión «\(name.es)» está vacía: no tiene texto ni `sin_datos`",
            en: "\(stage.en): the dimension \"\(name.en)\" is empty: it has no text and no `no_data`"),
          at: dimension.range, help: help)
      }
    }
  }

  private func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
}
