import PlanDiagnostics
import PlanModel

/// Pauta 12: assess scenarios and technological tools — at least two scenarios with assumptions and
/// effects, the technological environment analysed, and technological tools that actions use.
struct G12EscenariosYTecnologia: Rule {
  static let descriptor = RuleDescriptor(
    id: "G12", name: "EscenariosYTecnologia",
    title: Localized(
      es: "Valoración de escenarios y herramientas tecnológicas",
      en: "Assessment of scenarios and technological tools",
      pt: "Avaliação de cenários e ferramentas tecnológicas"),
    rationale: Localized(
      es: """
        El contexto cambia: un plan que sólo imagina un futuro queda sin respuesta cuando llega otro. \
        El método pide valorar los escenarios y las herramientas tecnológicas. Se verifica lo \
        declarado: al menos dos escenarios (idealmente optimista, tendencial y pesimista), cada uno \
        con sus supuestos y su efecto sobre algún objetivo; el entorno tecnológico analizado en el \
        diagnóstico; y herramientas tecnológicas que las acciones usan (`usa`). La calidad del \
        análisis la juzga una persona.
        """,
      en: """
        The context changes: a plan that imagines a single future has no answer when another one \
        arrives. The method asks for scenarios and technological tools to be assessed. What is \
        declared is checked: at least two scenarios (ideally optimistic, trend and pessimistic), each \
        with its assumptions and its effect on some objective; the technological environment analysed \
        in the diagnosis; and technological tools the actions use (`uses`). The quality of the analysis \
        is for a person to judge.
        """,
      pt: """
        O contexto muda: um plano que só imagina um futuro fica sem resposta quando chega outro. O \
        método pede avaliar os cenários e as ferramentas tecnológicas. Verifica-se o que foi \
        declarado: pelo menos dois cenários (idealmente otimista, tendencial e pessimista), cada \
        um com suas premissas e seu efeito sobre algum objetivo; o ambiente tecnológico analisado \
        no diagnóstico; e ferramentas tecnológicas que as ações usam (`usa`). A qualidade da \
        análise é julgada por uma pessoa.
        """),
    help: Localized(
      es: """
        declare `escenarios { escenario tendencial "…" { supuestos … efecto … } … }` y \
        `tecnologia { herramienta … }`, y cite las herramientas en las acciones con `usa`
        """,
      en: """
        declare `scenarios { scenario trend "…" { assumptions … effect … } … }` and \
        `technology { tool … }`, and cite the tools in the actions with `uses`
        """,
      pt: """
        declare `cenarios { cenario tendencial "…" { premissas … efeito … } … }` e `tecnologia \
        { ferramenta … }`, e cite as ferramentas nas ações com `usa`
        """),
    defaultSeverity: .error, helpPath: "docs/rules.md#g12")

  static let guideline = Localized(
    es: "12) Valoración de los escenarios y herramientas tecnológicas",
    en: "12) Assessment of scenarios and technological tools",
    pt: "12) Avaliação dos cenários e das ferramentas tecnológicas")
  static let verification = Verification.structural
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["escenarios", "tecnologia", "diagnostico", "accion"]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓↓↓plan "Villa Aurora en el Mundo" {
        ciudad "Villa Aurora"
      }
      """,
      """
      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
      }

      ↓escenarios {
        escenario tendencial "Crecimiento moderado" {
          supuestos "La volatilidad cambiaria continúa."
          efecto    oe1 "Se llega a 40 pymes exportadoras en 2031."
        }
        ↓escenario pesimista "Recesión y recorte de programas"
      }

      diagnostico {
        externo {
          ↓tecnologico sin_datos "No se relevó"
        }
      }

      tecnologia {
        ↓herramienta tablero "Tablero Abierto de Metas Internacionales"
      }
      """,
      """
      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
      }

      escenarios {
        ↓escenario optimista "Apertura comercial y financiamiento disponible" {
          efecto oe1 "La meta se alcanza dos años antes."
        }
        ↓escenario tendencial "Crecimiento moderado" {
          supuestos "La volatilidad cambiaria continúa."
        }
        escenario pesimista "Recesión y recorte de programas" {
          supuestos "Cae la demanda externa."
          efecto    oe1 "La meta se posterga a 2033."
        }
      }

      diagnostico {
        externo {
          ↓tecnologico ""
        }
      }

      tecnologia {
        herramienta tablero "Tablero Abierto de Metas Internacionales"
      }

      accion a01 "Publicar el avance de cada acción" {
        usa tablero
      }
      """,
    ],
    passing: [
      """
      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
      }

      escenarios {
        escenario optimista "Apertura comercial y financiamiento disponible" {
          supuestos "Entra en vigor el acuerdo Mercosur-Unión Europea."
          efecto    oe1 "La meta se alcanza dos años antes."
        }
        escenario tendencial "Crecimiento moderado" {
          supuestos "La volatilidad cambiaria continúa."
          efecto    oe1 "Se llega a 40 pymes exportadoras en 2031."
        }
        escenario pesimista "Recesión y recorte de programas" {
          supuestos "Recesión nacional y recortes en los programas de apoyo."
          efecto    oe1 "Sólo 30 pymes exportan en 2031."
        }
      }

      diagnostico {
        externo {
          tecnologico "La fibra óptica cubre el 82 % de los hogares."
        }
      }

      tecnologia {
        herramienta tablero "Tablero Abierto de Metas Internacionales" uso "Publicar el avance de cada acción"
      }

      accion a05 "Publicar el Tablero Abierto de Metas Internacionales" {
        objetivos oe1
        usa       tablero
      }
      """
    ])

  static let expectedKinds = ["optimista", "tendencial", "pesimista"]

  func check(_ plan: Plan, _ context: inout RuleContext) {
    let scenarios = plan.scenarios
    let scenariosAt = plan.scenariosRange ?? plan.anchor
    if scenarios.count < 2 {
      context.report(
        Localized(
          es: scenarios.isEmpty
            ? "el plan no valora escenarios: falta la sección `escenarios` (se necesitan al menos dos)"
            : "el plan valora un solo escenario: se necesitan al menos dos para comparar futuros posibles",
          en: scenarios.isEmpty
            ? "the plan assesses no scenarios: the `scenarios` section is missing (at least two are needed)"
            : "the plan assesses a single scenario: at least two are needed to compare possible futures",
          pt: scenarios.isEmpty
            ? "o plano não avalia cenários: falta a seção `cenarios` (são necessários pelo menos dois)"
            : "o plano avalia um só cenário: são necessários pelo menos dois para comparar futuros possíveis"),
        at: scenariosAt)
    }
    let kinds = Set(scenarios.map(\.kind))
    let missingKinds = Self.expectedKinds.filter { !kinds.contains($0) }
    if !scenarios.isEmpty, !missingKinds.isEmpty {
      let names = GuidelineText.list(missingKinds.map(Self.kindName))
      context.report(
        Localized(
          es: (missingKinds.count == 1
            ? "falta el escenario \(names.es)" : "faltan los escenarios \(names.es)")
            + ": lo habitual es valorar el optimista, el tendencial y el pesimista",
          en: (missingKinds.count == 1
            ? "the \(names.en) scenario is missing" : "the \(names.en) scenarios are missing")
            + ": the usual practice is to assess the optimistic, trend and pessimistic ones",
          pt: (missingKinds.count == 1
            ? "falta o cenário \(names.text(.pt))" : "faltam os cenários \(names.text(.pt))")
            + ": o habitual é avaliar o otimista, o tendencial e o pessimista"),
        at: scenariosAt, severity: .advisory)
    }
    var complete = 0
    for scenario in scenarios {
      var missing: [Localized] = []
      if scenario.assumptions == nil {
        missing.append(
          Localized(es: "sus `supuestos`", en: "its `assumptions`", pt: "as premissas (`premissas`)"))
      }
      if scenario.effects.isEmpty {
        missing.append(
          Localized(
            es: "su `efecto` sobre algún objetivo", en: "its `effect` on some objective",
            pt: "o `efeito` sobre algum objetivo"))
      }
      if missing.isEmpty {
        complete += 1
        continue
      }
      let what = GuidelineText.list(missing)
      context.report(
        Localized(
          es: "al escenario \(Self.kindName(scenario.kind).es) «\(scenario.title)» "
            + (missing.count == 1 ? "le falta " : "le faltan ") + what.es,
          en: "the \(Self.kindName(scenario.kind).en) scenario \"\(scenario.title)\" is missing \(what.en)",
          pt: "no cenário \(Self.kindName(scenario.kind).text(.pt)) «\(scenario.title)» "
            + (missing.count == 1 ? "falta " : "faltam ") + what.text(.pt)),
        at: scenario.range,
        help: Localized(
          es: "escriba en su bloque `supuestos \"…\"` y `efecto oe1 \"…\"`",
          en: "write `assumptions \"…\"` and `effect oe1 \"…\"` in its block",
          pt: "escreva no bloco dele `premissas \"…\"` e `efeito oe1 \"…\"`"),
        severity: .warning)
    }

    // The technological environment (stage C of the diagnosis).
    let technological = plan.diagnosis?.externalDimensions["tecnologico"]
    if let technological, technological.noData != nil {
      context.report(
        Localized(
          es:
            "el entorno tecnológico del diagnóstico está marcado `sin_datos`: la pauta pide valorar las herramientas tecnológicas",
          en:
            "the diagnosis's technological environment is marked `no_data`: the guideline asks for technological tools to be assessed",
          pt:
            "o ambiente tecnológico do diagnóstico está marcado `sem_dados`: a diretriz pede avaliar as ferramentas tecnológicas"
        ),
        at: technological.range,
        help: Localized(
          es: "describa la conectividad, los sistemas y las capacidades tecnológicas de la ciudad",
          en: "describe the city's connectivity, systems and technological capabilities",
          pt: "descreva a conectividade, os sistemas e as capacidades tecnológicas da cidade"),
        severity: .warning)
    } else if let technological, technological.text?.isEmpty ?? true {
      context.report(
        Localized(
          es: "el entorno tecnológico del diagnóstico (`tecnologico`) está vacío",
          en: "the diagnosis's technological environment (`technological`) is empty",
          pt: "o ambiente tecnológico do diagnóstico (`tecnologico`) está vazio"),
        at: technological.range,
        help: Localized(
          es: "describa la conectividad, los sistemas y las capacidades tecnológicas de la ciudad",
          en: "describe the city's connectivity, systems and technological capabilities",
          pt: "descreva a conectividade, os sistemas e as capacidades tecnológicas da cidade"),
        severity: .warning)
    } else if technological == nil {
      context.report(
        Localized(
          es:
            "el diagnóstico no analiza el entorno tecnológico: falta `tecnologico` en `diagnostico { externo { … } }`",
          en:
            "the diagnosis does not analyse the technological environment: `technological` is missing from `diagnosis { external { … } }`",
          pt:
            "o diagnóstico não analisa o ambiente tecnológico: falta `tecnologico` em `diagnostico { externo { … } }`"
        ),
        at: plan.diagnosis?.externalRange ?? plan.diagnosis?.range ?? plan.anchor,
        help: Localized(
          es: "describa la conectividad, los sistemas y las capacidades tecnológicas de la ciudad",
          en: "describe the city's connectivity, systems and technological capabilities",
          pt: "descreva a conectividade, os sistemas e as capacidades tecnológicas da cidade"),
        severity: .warning)
    }

    // Technological tools, each used by some action.
    if plan.technologies.isEmpty {
      context.report(
        Localized(
          es: "el plan no declara herramientas tecnológicas: falta la sección `tecnologia`",
          en: "the plan declares no technological tools: the `technology` section is missing",
          pt: "o plano não declara ferramentas tecnológicas: falta a seção `tecnologia`"),
        at: plan.technologyRange ?? plan.anchor,
        help: Localized(
          es:
            "declare los sistemas que el plan usa, por ejemplo `tecnologia { herramienta tablero \"Tablero de seguimiento\" }`",
          en:
            "declare the systems the plan uses, for example `technology { tool dashboard \"Monitoring dashboard\" }`",
          pt:
            "declare os sistemas que o plano usa, por exemplo `tecnologia { ferramenta painel \"Tablero de monitoramento\" }`"
        ))
    }
    var usedBy: [String: Int] = [:]
    for action in plan.actions { for reference in action.uses { usedBy[reference.name, default: 0] += 1 } }
    var used = 0
    for technology in plan.technologies {
      if usedBy[technology.id] != nil {
        used += 1
        continue
      }
      context.report(
        Localized(
          es: "ninguna acción usa la herramienta tecnológica `\(technology.id)` («\(technology.name)»)",
          en: "no action uses technological tool `\(technology.id)` (\"\(technology.name)\")",
          pt: "nenhuma ação usa a ferramenta tecnológica `\(technology.id)` («\(technology.name)»)"),
        at: technology.range,
        help: Localized(
          es:
            "agregue `usa \(technology.id)` a las acciones que la usan, o quítela si el plan no la necesita",
          en:
            "add `uses \(technology.id)` to the actions that use it, or remove it if the plan does not need it",
          pt:
            "acrescente `usa \(technology.id)` às ações que a usam, ou remova-a se o plano não precisar dela"
        ),
        severity: .warning)
    }

    let kindList = GuidelineText.list(scenarios.map { Self.kindName($0.kind) })
    context.evidence(
      Localized(
        es: "escenarios: \(scenarios.count)"
          + (scenarios.isEmpty ? "" : " (\(kindList.es)); con supuestos y efectos: \(complete)"),
        en: "scenarios: \(scenarios.count)"
          + (scenarios.isEmpty ? "" : " (\(kindList.en)); with assumptions and effects: \(complete)"),
        pt: "cenários: \(scenarios.count)"
          + (scenarios.isEmpty ? "" : " (\(kindList.text(.pt))); com premissas e efeitos: \(complete)")))
    let environment: Localized =
      technological?.text.map { _ in Localized(es: "analizado", en: "analysed", pt: "analisado") }
      ?? (technological?.noData != nil
        ? Localized(es: "marcado sin datos", en: "marked no data", pt: "marcado sem dados")
        : Localized(es: "sin analizar", en: "not analysed", pt: "não analisado"))
    context.evidence(
      Localized(
        es: "entorno tecnológico: \(environment.es)", en: "technological environment: \(environment.en)",
        pt: "ambiente tecnológico: \(environment.text(.pt))"))
    context.evidence(
      Localized(
        es: "herramientas tecnológicas: \(plan.technologies.count); usadas por acciones: \(used)",
        en: "technological tools: \(plan.technologies.count); used by actions: \(used)",
        pt: "ferramentas tecnológicas: \(plan.technologies.count); usadas por ações: \(used)"))
  }

  static func kindName(_ kind: String) -> Localized {
    switch kind {
    case "optimista": return Localized(es: "optimista", en: "optimistic", pt: "otimista")
    case "tendencial": return Localized(es: "tendencial", en: "trend", pt: "tendencial")
    case "pesimista": return Localized(es: "pesimista", en: "pessimistic", pt: "pessimista")
    case "alternativo": return Localized(es: "alternativo", en: "alternative", pt: "alternativo")
    default: return Localized(es: kind, en: kind, pt: kind)
    }
  }
}
