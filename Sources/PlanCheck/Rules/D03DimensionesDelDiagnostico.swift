import PlanDiagnostics
import PlanModel
import PlanSyntax

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
        """,
      pt: """
        O planejamento estratégico parte de um diagnóstico em três etapas: A) a situação atual, \
        com os parceiros externos identificados; B) a análise interna ou autoestudo (quadro de \
        pessoal, serviços, sistemas, recursos e estratégias habituais); C) a análise externa, \
        olhar ao redor (social, econômico, tecnológico, ambiental, cultural, demográfico e \
        político). Cada dimensão é escrita ou marcada `sem_dados` com o motivo: assim se vê o que \
        falta sem alongar a análise (diretriz 11).
        """),
    help: Localized(
      es:
        "escriba la dimensión en `diagnostico { interno { … } externo { … } }`, o márquela `sin_datos \"motivo\"`",
      en:
        "write the dimension in `diagnosis { internal { … } external { … } }`, or mark it `no_data \"reason\"`",
      pt:
        "escreva a dimensão em `diagnostico { interno { … } externo { … } }`, ou marque-a `sem_dados \"motivo\"`"
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
      """,
    pt: """
      Etapas: A) Diagnóstico da situação atual — identificação de clientes ou parceiros externos; \
      B) Análise interna da Cidade (autoestudo: quadro de pessoal, serviços, sistemas, recursos, \
      estratégias habituais); C) Análise da situação externa à Cidade (olhar ao redor: social, \
      econômico, tecnológico, ambiental, cultural, demográfico, político)
      """)
  static let verification = Verification.structural

  /// Plain names of the dimensions, in the deck's words, with their English keyword.
  static let dimensionNames: [String: (name: Localized, english: String)] = [
    "planillas": (Localized(es: "planillas", en: "staffing", pt: "quadro de pessoal"), "staffing"),
    "servicios": (Localized(es: "servicios", en: "services", pt: "serviços"), "services"),
    "sistemas": (Localized(es: "sistemas", en: "systems", pt: "sistemas"), "systems"),
    "recursos": (Localized(es: "recursos", en: "resources", pt: "recursos"), "resources"),
    "estrategias": (
      Localized(es: "estrategias habituales", en: "usual strategies", pt: "estratégias habituais"),
      "usual_strategies"
    ),
    "social": (Localized(es: "social", en: "social", pt: "social"), "social"),
    "economico": (Localized(es: "económico", en: "economic", pt: "econômico"), "economic"),
    "tecnologico": (Localized(es: "tecnológico", en: "technological", pt: "tecnológico"), "technological"),
    "ambiental": (Localized(es: "ambiental", en: "environmental", pt: "ambiental"), "environmental"),
    "cultural": (Localized(es: "cultural", en: "cultural", pt: "cultural"), "cultural"),
    "demografico": (Localized(es: "demográfico", en: "demographic", pt: "demográfico"), "demographic"),
    "politico": (Localized(es: "político", en: "political", pt: "político"), "political"),
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
            """,
          pt: """
            falta o diagnóstico: a situação atual (etapa A), a análise interna (etapa B) e a \
            análise externa (etapa C)
            """),
        at: plan.anchor,
        help: Localized(
          es: "agregue `diagnostico { situacion_actual … interno { … } externo { … } }`",
          en: "add `diagnosis { current_situation … internal { … } external { … } }`",
          pt: "acrescente `diagnostico { situacao_atual … interno { … } externo { … } }`"))
      return
    }

    // Stage A.
    if diagnosis.currentSituation.map({ isBlank($0.value) }) ?? true {
      context.report(
        Localized(
          es: "el diagnóstico no describe la situación actual (etapa A, `situacion_actual`)",
          en: "the diagnosis does not describe the current situation (stage A, `current_situation`)",
          pt: "o diagnóstico não descreve a situação atual (etapa A, `situacao_atual`)"),
        at: diagnosis.currentSituation?.range ?? diagnosis.range,
        help: Localized(
          es: "escriba `situacion_actual \"\"\"` con la situación de la ciudad hoy",
          en: "write `current_situation \"\"\"` with the city's situation today",
          pt: "escreva `situacao_atual \"\"\"` com a situação da cidade hoje"))
    }
    if diagnosis.identifiedPartners.isEmpty {
      context.report(
        Localized(
          es: "la etapa A no identifica a los socios externos de la ciudad (`socios_identificados`)",
          en: "stage A does not identify the city's external partners (`identified_partners`)",
          pt: "a etapa A não identifica os parceiros externos da cidade (`parceiros_identificados`)"),
        at: diagnosis.range,
        notes: plan.partners.first.map {
          [
            Note(
              Localized(
                es: "los socios están declarados aquí", en: "the partners are declared here",
                pt: "os parceiros estão declarados aqui"),
              at: $0.range)
          ]
        } ?? [],
        help: Localized(
          es:
            "agregue `socios_identificados` con los socios de la sección `socios`: `socios_identificados pinerolo, mercociudades`",
          en:
            "add `identified_partners` with partners from the `partners` section: `identified_partners pinerolo, mercociudades`",
          pt:
            "acrescente `parceiros_identificados` com os parceiros da seção `parceiros`: `parceiros_identificados pinerolo, mercociudades`"
        ),
        severity: .warning)
    }

    // Stages B and C.
    var covered = 0
    var noData = 0
    check(
      Diagnosis.internalKeys, diagnosis.internalDimensions,
      section: diagnosis.internalRange ?? diagnosis.range,
      stage: Localized(
        es: "análisis interno (etapa B)", en: "internal analysis (stage B)", pt: "análise interna (etapa B)"),
      block: Localized(es: "interno", en: "internal", pt: "interno"), covered: &covered, noData: &noData,
      &context)
    check(
      Diagnosis.externalKeys, diagnosis.externalDimensions,
      section: diagnosis.externalRange ?? diagnosis.range,
      stage: Localized(
        es: "análisis externo (etapa C)", en: "external analysis (stage C)", pt: "análise externa (etapa C)"),
      block: Localized(es: "externo", en: "external", pt: "externo"), covered: &covered, noData: &noData,
      &context)
    context.evidence(
      Localized(
        es: """
          \(covered) de 12 dimensiones cubiertas (\(noData) marcadas `sin_datos`); \
          \(diagnosis.identifiedPartners.count) socio(s) identificado(s) en la etapa A
          """,
        en: """
          \(covered) of 12 dimensions covered (\(noData) marked `no_data`); \
          \(diagnosis.identifiedPartners.count) partner(s) identified in stage A
          """,
        pt: """
          \(covered) de 12 dimensões cobertas (\(noData) marcadas `sem_dados`); \
          \(diagnosis.identifiedPartners.count) parceiro(s) identificado(s) na etapa A
          """))
  }

  private func check(
    _ keys: [String], _ dimensions: [String: Dimension], section: SourceRange, stage: Localized,
    block: Localized,
    covered: inout Int, noData: inout Int, _ context: inout RuleContext
  ) {
    for key in keys {
      let (name, english) = Self.dimensionNames[key]!
      let portuguese = Grammar.construct("diagnostico.\(block.es).\(key)").pt
      let help = Localized(
        es:
          "escriba `\(key) \"…\"` dentro de `\(block.es) { }`, o `\(key) sin_datos \"motivo\"` si no hay datos",
        en:
          "write `\(english) \"…\"` inside `\(block.en) { }`, or `\(english) no_data \"reason\"` if there is no data",
        pt:
          "escreva `\(portuguese) \"…\"` dentro de `\(block.text(.pt)) { }`, ou `\(portuguese) sem_dados \"motivo\"` se não houver dados"
      )
      guard let dimension = dimensions[key] else {
        context.report(
          Localized(
            es: "\(stage.es): falta «\(name.es)»", en: "\(stage.en): \"\(name.en)\" is missing",
            pt: "\(stage.text(.pt)): falta «\(name.text(.pt))»"),
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
            en: "\(stage.en): the dimension \"\(name.en)\" says `no_data` without giving the reason",
            pt: "\(stage.text(.pt)): a dimensão «\(name.text(.pt))» diz `sem_dados` sem dar o motivo"),
          at: dimension.range, help: help)
      } else {
        context.report(
          Localized(
            es: "\(stage.es): la dimensión «\(name.es)» está vacía: no tiene texto ni `sin_datos`",
            en: "\(stage.en): the dimension \"\(name.en)\" is empty: it has no text and no `no_data`",
            pt: "\(stage.text(.pt)): a dimensão «\(name.text(.pt))» está vazia: não tem texto nem `sem_dados`"
          ),
          at: dimension.range, help: help)
      }
    }
  }

  private func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
}
