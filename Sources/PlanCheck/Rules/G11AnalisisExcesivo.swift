import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Pauta 11: excessive analysis can paralyse the plan — configurable caps on objectives, actions and
/// indicators, and no analysis that nothing uses.
struct G11AnalisisExcesivo: Rule {
  static let descriptor = RuleDescriptor(
    id: "G11", name: "AnalisisExcesivo",
    title: Localized(
      es: "El análisis excesivo puede paralizar el plan", en: "Excessive analysis can paralyse the plan",
      pt: "A análise excessiva pode paralisar o plano"),
    rationale: Localized(
      es: """
        Un plan con cientos de metas no se puede seguir: Córdoba pasó de más de mil metas imposibles de \
        medir a unas cuatrocientas medibles. El método advierte que el análisis excesivo puede \
        paralizar el plan. Se aplican límites que la comisión puede ajustar en `revision` (objetivos \
        por eje, acciones, indicadores por objetivo: cinco, como las ciudades que siguen sus planes con \
        tableros, que convergen en tres a cinco por objetivo) y se señala el análisis que ninguna acción \
        usa: fortalezas y oportunidades del FODA que ninguna acción aprovecha (`atiende`).
        """,
      en: """
        A plan with hundreds of goals cannot be followed: Córdoba went from over a thousand \
        unmeasurable goals to some four hundred measurable ones. The method warns that excessive \
        analysis can paralyse the plan. Caps the commission can adjust in `review` apply (objectives \
        per axis, actions, indicators per objective: five, as cities that follow their plans with \
        dashboards converge on three to five per objective), and analysis no action uses is pointed out: \
        SWOT strengths and opportunities no action builds on (`addresses`).
        """,
      pt: """
        Um plano com centenas de metas não pode ser acompanhado: Córdoba passou de mais de mil \
        metas impossíveis de medir a umas quatrocentas mensuráveis. O método adverte que a análise \
        excessiva pode paralisar o plano. Aplicam-se limites que a comissão pode ajustar em \
        `revisao` (objetivos por eixo, ações, indicadores por objetivo: cinco, como as cidades \
        que acompanham seus planos com painéis, que convergem em três a cinco por objetivo) e \
        aponta-se a análise que nenhuma ação usa: forças e oportunidades da FOFA que nenhuma ação \
        aproveita (`atende`).
        """),
    help: Localized(
      es: "concentre el plan en lo esencial, o ajuste los límites en `revision { limite … }`",
      en: "focus the plan on what is essential, or adjust the caps in `review { limit … }`",
      pt: "concentre o plano no essencial, ou ajuste os limites em `revisao { limite … }`"),
    defaultSeverity: .warning, helpPath: "docs/rules.md#g11")

  static let guideline = Localized(
    es: "11) El análisis excesivo puede ocasionar la parálisis del Plan",
    en: "11) Excessive analysis can paralyse the plan",
    pt: "11) A análise excessiva pode causar a paralisia do Plano")
  static let verification = Verification.structural
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["eje", "accion", "foda", "diagnostico"]

  static let limits = [
    Limit(
      "objetivos_por_eje", 7,
      Localized(es: "objetivos por eje", en: "objectives per axis", pt: "objetivos por eixo")),
    Limit(
      "acciones", 40, Localized(es: "acciones del plan", en: "actions in the plan", pt: "ações do plano")),
    Limit(
      "indicadores_por_objetivo", 5,
      Localized(
        es: "indicadores por objetivo", en: "indicators per objective", pt: "indicadores por objetivo")
    ),
  ]

  static let examples = RuleExamples(
    triggering: [
      """
      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
        objetivo oe2 "Movilizar cooperación internacional"
        ↓objetivo oe3 "Atraer inversiones extranjeras"
      }

      revision {
        limite objetivos_por_eje 2
      }
      """,
      """
      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan" {
          indicador "Pymes que exportan" base 23 (2025) meta 46 (2031)
          indicador "Monto exportado" base 12.000.000 USD (2025) meta 30.000.000 USD (2031)
          indicador "Mercados de destino" base 4 (2025) meta 9 (2031)
          indicador "Ferias internacionales con presencia local" base 2 (2025) meta 8 (2031)
          indicador "Pymes con certificación de calidad" base 15 (2025) meta 40 (2031)
          ↓indicador "Empleo en pymes exportadoras" base 2.100 (2025) meta 3.000 (2031)
        }
      }
      """,
      """
      foda {
        ↓fortaleza   f1 "Polo metalmecánico de 180 pymes"
        oportunidad o1 "Convocatorias del programa IURC de la Unión Europea"
      }

      accion a11 "Economía circular con una ciudad europea" {
        atiende o1
      }
      """,
      """
      accion a01 "Crear la Dirección de Relaciones Internacionales"
      ↓accion a02 "Constituir la Comisión para la Internacionalización"

      revision {
        limite acciones 1
      }
      """,
    ],
    passing: [
      """
      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan" {
          indicador "Pymes que exportan" base 23 (2025) meta 46 (2031)
        }
      }

      foda {
        fortaleza   f1 "Polo metalmecánico de 180 pymes"
        oportunidad o1 "Convocatorias del programa IURC de la Unión Europea"
      }

      accion a11 "Economía circular con una ciudad europea" {
        objetivos oe1
        atiende   f1, o1
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    let perAxis = max(0, context.limit("objetivos_por_eje"))
    let maxActions = max(0, context.limit("acciones"))
    let perObjective = max(0, context.limit("indicadores_por_objetivo"))

    for axis in plan.axes where axis.objectives.count > perAxis {
      let name = axis.title.map { " «\($0)»" } ?? ""
      let nameEn = axis.title.map { " \"\($0)\"" } ?? ""
      context.report(
        Localized(
          es:
            "el eje `\(axis.kind)`\(name) tiene \(axis.objectives.count) objetivos y el límite es \(perAxis): "
            + "demasiados objetivos dispersan el esfuerzo",
          en:
            "axis `\(axis.kind)`\(nameEn) has \(axis.objectives.count) objectives and the cap is \(perAxis): "
            + "too many objectives scatter the effort",
          pt: "o eixo `\(axis.kind)`\(name) tem \(axis.objectives.count) objetivos e o limite é \(perAxis): "
            + "objetivos demais dispersam o esforço"),
        at: axis.objectives[perAxis].range,
        notes: [
          Note(
            Localized(es: "el eje empieza aquí", en: "the axis starts here", pt: "o eixo começa aqui"),
            at: axis.range)
        ],
        help: Localized(
          es: "una los objetivos parecidos; o, si la comisión lo decide, cambie el límite con "
            + "`limite objetivos_por_eje \(axis.objectives.count)` en `revision`",
          en: "merge similar objectives; or, if the commission decides so, change the cap with "
            + "`limit objetivos_por_eje \(axis.objectives.count)` in `review`",
          pt: "junte os objetivos parecidos; ou, se a comissão decidir, mude o limite com "
            + "`limite objetivos_por_eje \(axis.objectives.count)` em `revisao`"))
    }

    if plan.actions.count > maxActions {
      context.report(
        Localized(
          es: "el plan tiene \(plan.actions.count) acciones y el límite es \(maxActions): esta es la acción "
            + "número \(maxActions + 1); un plan tan largo es difícil de seguir",
          en:
            "the plan has \(plan.actions.count) actions and the cap is \(maxActions): this is action number "
            + "\(maxActions + 1); so long a plan is hard to follow",
          pt: "o plano tem \(plan.actions.count) ações e o limite é \(maxActions): esta é a ação "
            + "número \(maxActions + 1); um plano tão longo é difícil de acompanhar"),
        at: plan.actions[maxActions].range,
        help: Localized(
          es: "una o postergue acciones; o, si la comisión lo decide, cambie el límite con "
            + "`limite acciones \(plan.actions.count)` en `revision`",
          en: "merge or postpone actions; or, if the commission decides so, change the cap with "
            + "`limit acciones \(plan.actions.count)` in `review`",
          pt: "junte ou adie ações; ou, se a comissão decidir, mude o limite com "
            + "`limite acoes \(plan.actions.count)` em `revisao`"))
    }

    for objective in plan.objectives where objective.indicators.count > perObjective {
      context.report(
        Localized(
          es: "el objetivo `\(objective.id)` tiene \(objective.indicators.count) indicadores y el límite es "
            + "\(perObjective): medir de más también paraliza",
          en: "objective `\(objective.id)` has \(objective.indicators.count) indicators and the cap is "
            + "\(perObjective): measuring too much also paralyses",
          pt: "o objetivo `\(objective.id)` tem \(objective.indicators.count) indicadores e o limite é "
            + "\(perObjective): medir demais também paralisa"),
        at: objective.indicators[perObjective].range,
        notes: [
          Note(
            Localized(
              es: "el objetivo empieza aquí", en: "the objective starts here", pt: "o objetivo começa aqui"),
            at: objective.range)
        ],
        help: Localized(
          es: "quédese con los indicadores que deciden; o, si la comisión lo decide, cambie el límite con "
            + "`limite indicadores_por_objetivo \(objective.indicators.count)` en `revision`",
          en:
            "keep the indicators that matter for decisions; or, if the commission decides so, change the cap with "
            + "`limit indicadores_por_objetivo \(objective.indicators.count)` in `review`",
          pt:
            "fique com os indicadores que servem para decidir; ou, se a comissão decidir, mude o limite com "
            + "`limite indicadores_por_objetivo \(objective.indicators.count)` em `revisao`"))
    }

    // Strengths and opportunities no action builds on (weaknesses and threats are T01's).
    var addressed: Set<String> = []
    for action in plan.actions { for item in action.addresses { addressed.insert(item.name) } }
    let positive = plan.swot.filter { $0.quadrant == "fortaleza" || $0.quadrant == "oportunidad" }
    var unused = 0
    for item in positive where !addressed.contains(item.id) {
      unused += 1
      let what =
        item.quadrant == "fortaleza"
        ? Localized(es: "la fortaleza", en: "strength", pt: "a força")
        : Localized(es: "la oportunidad", en: "opportunity", pt: "a oportunidade")
      context.report(
        Localized(
          es:
            "ninguna acción aprovecha \(what.es) `\(item.id)` («\(item.text)»): es análisis que el plan no usa",
          en:
            "no action builds on \(what.en) `\(item.id)` (\"\(item.text)\"): it is analysis the plan does not use",
          pt:
            "nenhuma ação aproveita \(what.text(.pt)) `\(item.id)` («\(item.text)»): é análise que o plano não usa"
        ),
        at: item.range,
        help: Localized(
          es: "agregue `atiende \(item.id)` a la acción que la aprovecha, o quítela del FODA",
          en: "add `addresses \(item.id)` to the action that builds on it, or remove it from the SWOT",
          pt: "acrescente `atende \(item.id)` à ação que a aproveita, ou remova-a da FOFA"))
    }

    let largestAxis = plan.axes.map(\.objectives.count).max() ?? 0
    let mostIndicators = plan.objectives.map(\.indicators.count).max() ?? 0
    context.evidence(
      Localized(
        es:
          "límites: hasta \(perAxis) objetivos por eje (el mayor tiene \(largestAxis)), hasta \(maxActions) "
          + "acciones (hay \(plan.actions.count)), hasta \(perObjective) indicadores por objetivo (el mayor tiene \(mostIndicators))",
        en:
          "caps: up to \(perAxis) objectives per axis (the largest has \(largestAxis)), up to \(maxActions) "
          + "actions (there are \(plan.actions.count)), up to \(perObjective) indicators per objective (the largest has \(mostIndicators))",
        pt: "limites: até \(perAxis) objetivos por eixo (o maior tem \(largestAxis)), até \(maxActions) "
          + "ações (há \(plan.actions.count)), até \(perObjective) indicadores por objetivo (o maior tem \(mostIndicators))"
      ))
    context.evidence(
      Localized(
        es:
          "fortalezas y oportunidades aprovechadas por acciones: \(positive.count - unused) de \(positive.count)",
        en:
          "strengths and opportunities built on by actions: \(positive.count - unused) of \(positive.count)",
        pt: "forças e oportunidades aproveitadas por ações: \(positive.count - unused) de \(positive.count)"
      ))
    if let diagnosis = plan.diagnosis {
      let noData =
        (Array(diagnosis.internalDimensions.filter { $0.value.noData != nil }.keys)
        + Array(diagnosis.externalDimensions.filter { $0.value.noData != nil }.keys)).sorted()
      // Each dimension as the language spells its keyword (`estrategias` is `usual_strategies`).
      func named(_ language: Language) -> String {
        guard !noData.isEmpty else { return "" }
        let names = noData.map { key in
          (Grammar.constructs["diagnostico.interno.\(key)"]
            ?? Grammar.constructs["diagnostico.externo.\(key)"])?
            .spelling(language) ?? key
        }
        return " (\(names.joined(separator: ", ")))"
      }
      context.evidence(
        Localized(
          es: "dimensiones del diagnóstico marcadas `sin_datos`: \(noData.count)" + named(.es),
          en: "diagnosis dimensions marked `no_data`: \(noData.count)" + named(.en),
          pt: "dimensões do diagnóstico marcadas `sem_dados`: \(noData.count)" + named(.pt)))
    }
  }
}
