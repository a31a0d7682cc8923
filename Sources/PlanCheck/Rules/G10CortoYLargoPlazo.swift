import PlanDiagnostics
import PlanModel

/// Pauta 10: think short and long term — every action has a term, both ends are present, and each
/// long-term objective starts with a short-term step.
struct G10CortoYLargoPlazo: Rule {
  static let descriptor = RuleDescriptor(
    id: "G10", name: "CortoYLargoPlazo",
    title: Localized(
      es: "Pensar a corto y a largo plazo", en: "Think short and long term",
      pt: "Pensar a curto e a longo prazo"),
    rationale: Localized(
      es: """
        Un plan sólo de largo plazo no muestra resultados a tiempo y pierde apoyo; uno sólo de corto \
        plazo no cambia la ciudad. El método pide pensar a corto y a largo plazo. Se verifica lo \
        declarado: cada acción tiene su `plazo` (escrito, o leído de sus fechas: la que termina en el \
        primer tercio del horizonte es de corto plazo, en el segundo de mediano, después de largo; un \
        evento de una sola `fecha` también), hay acciones de corto y de largo plazo, y cada objetivo \
        de largo plazo da un primer paso de corto plazo. (Que la visión mire más allá del horizonte lo \
        revisa la pauta 2.)
        """,
      en: """
        A plan that is only long term shows no results in time and loses support; one that is only \
        short term does not change the city. The method asks to think short and long term. What is \
        declared is checked: every action has its `term` (written, or read from its dates: one that \
        ends in the horizon's first third is short term, in the second medium term, later long term; \
        a one-off event with a single `date` too), there are short-term and long-term actions, and each \
        long-term objective takes a short-term first step. (Guideline 2 checks that the vision looks \
        beyond the horizon.)
        """,
      pt: """
        Um plano só de longo prazo não mostra resultados a tempo e perde apoio; um só de curto \
        prazo não muda a cidade. O método pede pensar a curto e a longo prazo. Verifica-se o que \
        foi declarado: cada ação tem seu `prazo` (escrito, ou lido de suas datas: a que termina no \
        primeiro terço do horizonte é de curto prazo, no segundo de médio, depois de longo; um \
        evento de uma só `data` também), há ações de curto e de longo prazo, e cada objetivo de \
        longo prazo dá um primeiro passo de curto prazo. (Que a visão olhe além do horizonte é \
        revisado pela diretriz 2.)
        """),
    help: Localized(
      es: "indique el `plazo` de cada acción (`corto`, `mediano` o `largo`), o sus fechas `desde` y `hasta`",
      en: "give each action its `term` (`short`, `medium` or `long`), or its `from` and `until` dates",
      pt: "indique o `prazo` de cada ação (`curto`, `medio` ou `longo`), ou suas datas `desde` e `ate`"),
    defaultSeverity: .error, helpPath: "docs/rules.md#g10")

  static let guideline = Localized(
    es: "10) Pensar a corto y a largo plazo", en: "10) Think short and long term",
    pt: "10) Pensar a curto e a longo prazo")
  static let verification = Verification.structural
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["accion", "eje"]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓accion a01 "Crear la Dirección de Relaciones Internacionales" {
        desde 2026-01
        hasta 2026-04
      }
      """,
      """
      ↓accion a01 "Crear la Dirección de Relaciones Internacionales" plazo corto
      accion a02 "Constituir la Comisión para la Internacionalización" plazo corto
      """,
      """
      eje economico "Pymes al mundo" {
        ↓objetivo oe1 "Duplicar las pymes que exportan"
        objetivo oe2 "Movilizar cooperación internacional"
      }

      accion a06 "Crear el Registro Único de Vínculos Internacionales" objetivos oe2 plazo corto
      accion a07 "Programa Villa Aurora Exporta" objetivos oe1 plazo mediano
      accion a08 "Ronda Internacional de Negocios Metalmecánicos" objetivos oe1 plazo largo
      """,
      """
      ↓plan "Villa Aurora en el Mundo" {
        ciudad "Villa Aurora"
      }
      """,
      """
      ↓accion a01 "Programa Villa Aurora Exporta" plazo mediano
      accion a02 "Ronda Internacional de Negocios Metalmecánicos" plazo largo
      """,
    ],
    passing: [
      """
      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
      }

      accion a07 "Registro municipal de exportadores" objetivos oe1 plazo corto
      accion a08 "Ronda Internacional de Negocios Metalmecánicos" objetivos oe1 plazo largo
      """,
      """
      plan "Villa Aurora en el Mundo" {
        ciudad    "Villa Aurora"
        horizonte 2026 a 2031
      }

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
      }

      accion a07 "Registro municipal de exportadores" objetivos oe1 desde 2026-04 hasta 2026-10
      accion a08 "Ronda Internacional de Negocios Metalmecánicos" objetivos oe1 desde 2026-07 hasta 2031-11
      accion a09 "Foro de Ciudades Serranas" objetivos oe1 fecha 2028-05-20
      """,
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    var terms: [String: Int] = [:]
    let horizon = plan.metadata.horizon?.value
    for action in plan.actions {
      // A term not written is read from the dates (a one-off event's too).
      guard let term = action.effectiveTerm(horizon: horizon) else {
        context.report(
          Localized(
            es:
              "no se sabe el plazo de la acción `\(action.id)`: no tiene `plazo` (`corto`, `mediano` o `largo`) "
              + "ni fechas dentro del horizonte del plan de las que leerlo",
            en:
              "the term of action `\(action.id)` is unknown: it has no `term` (`short`, `medium` or `long`) "
              + "and no dates within the plan's horizon to read it from",
            pt:
              "não se sabe o prazo da ação `\(action.id)`: ela não tem `prazo` (`curto`, `medio` ou `longo`) "
              + "nem datas dentro do horizonte do plano das quais lê-lo"),
          at: action.range)
        continue
      }
      terms[term, default: 0] += 1
    }
    if plan.actions.isEmpty {
      context.report(
        Localized(
          es: "el plan no tiene acciones: no hay pasos de corto ni de largo plazo",
          en: "the plan has no actions: there are no short-term or long-term steps",
          pt: "o plano não tem ações: não há passos de curto nem de longo prazo"),
        at: plan.anchor,
        help: Localized(
          es: "declare las acciones con `accion id \"…\" { plazo corto … }`",
          en: "declare the actions with `action id \"…\" { term short … }`",
          pt: "declare as ações com `acao id \"…\" { prazo curto … }`"))
    } else if !terms.isEmpty {
      // When no action has a term, the findings above already say what to write.
      if terms["corto"] == nil {
        context.report(
          Localized(
            es: "ninguna acción es de corto plazo: el plan no muestra resultados en los primeros meses",
            en: "no action is short term: the plan shows no results in its first months",
            pt: "nenhuma ação é de curto prazo: o plano não mostra resultados nos primeiros meses"),
          at: plan.anchor,
          help: Localized(
            es: "identifique primeros pasos concretos y márquelos con `plazo corto`",
            en: "identify concrete first steps and mark them `term short`",
            pt: "identifique primeiros passos concretos e marque-os com `prazo curto`"))
      }
      if terms["largo"] == nil {
        context.report(
          Localized(
            es: "ninguna acción es de largo plazo: el plan no sostiene el camino hacia la visión",
            en: "no action is long term: the plan does not sustain the path towards the vision",
            pt: "nenhuma ação é de longo prazo: o plano não sustenta o caminho rumo à visão"),
          at: plan.anchor,
          help: Localized(
            es: "marque con `plazo largo` las acciones que se sostienen durante todo el horizonte",
            en: "mark with `term long` the actions that run through the whole horizon",
            pt: "marque com `prazo longo` as ações que se sustentam durante todo o horizonte"))
      }
    }

    // Each long-term objective (declared so, or with long-term actions) needs a short-term first step.
    var longTerm = 0
    var withFirstStep = 0
    for objective in plan.objectives {
      let actions = plan.actions.filter { action in action.objectives.contains { $0.name == objective.id } }
      guard !actions.isEmpty else { continue }
      let longActions = actions.filter { $0.effectiveTerm(horizon: horizon) == "largo" }
      guard objective.term == "largo" || !longActions.isEmpty else { continue }
      longTerm += 1
      if actions.contains(where: { $0.effectiveTerm(horizon: horizon) == "corto" }) {
        withFirstStep += 1
        continue
      }
      let title = GuidelineText.quoted(objective.title)
      context.report(
        Localized(
          es:
            "el objetivo `\(objective.id)` \(title.es) es de largo plazo, pero ninguna de sus acciones es de corto "
            + "plazo: le falta un primer paso",
          en:
            "objective `\(objective.id)` (\(title.en)) is long term, but none of its actions is short term: "
            + "it lacks a first step",
          pt:
            "o objetivo `\(objective.id)` \(title.text(.pt)) é de longo prazo, mas nenhuma de suas ações é de curto "
            + "prazo: falta-lhe um primeiro passo"),
        at: objective.range,
        notes: longActions.prefix(1).map {
          Note(
            Localized(
              es: "`\($0.id)` es de largo plazo", en: "`\($0.id)` is long term",
              pt: "`\($0.id)` é de longo prazo"),
            at: $0.term?.range ?? $0.range)
        },
        help: Localized(
          es: "agregue al objetivo una acción de `plazo corto` que abra el camino",
          en: "add a `term short` action to the objective that opens the way",
          pt: "acrescente ao objetivo uma ação de `prazo curto` que abra o caminho"),
        severity: .warning)
    }

    let counts = [
      Localized(
        es: "corto \(terms["corto"] ?? 0)", en: "short \(terms["corto"] ?? 0)",
        pt: "curto \(terms["corto"] ?? 0)"),
      Localized(
        es: "mediano \(terms["mediano"] ?? 0)", en: "medium \(terms["mediano"] ?? 0)",
        pt: "médio \(terms["mediano"] ?? 0)"),
      Localized(
        es: "largo \(terms["largo"] ?? 0)", en: "long \(terms["largo"] ?? 0)",
        pt: "longo \(terms["largo"] ?? 0)"),
    ]
    let list = GuidelineText.list(counts)
    let untimed = plan.actions.count - terms.values.reduce(0, +)
    context.evidence(
      Localized(
        es: "acciones por plazo: \(list.es)" + (untimed > 0 ? "; sin plazo \(untimed)" : ""),
        en: "actions by term: \(list.en)" + (untimed > 0 ? "; without a term \(untimed)" : ""),
        pt: "ações por prazo: \(list.text(.pt))" + (untimed > 0 ? "; sem prazo \(untimed)" : "")))
    context.evidence(
      Localized(
        es: "objetivos de largo plazo con un primer paso de corto plazo: \(withFirstStep) de \(longTerm)",
        en: "long-term objectives with a short-term first step: \(withFirstStep) of \(longTerm)",
        pt: "objetivos de longo prazo com um primeiro passo de curto prazo: \(withFirstStep) de \(longTerm)"))
    if let horizon = plan.metadata.horizon?.value, let vision = plan.metadata.visionYear?.value {
      context.evidence(
        Localized(
          es: "plan de acción hasta \(horizon.upperBound); visión \(vision)",
          en: "action plan until \(horizon.upperBound); vision \(vision)",
          pt: "plano de ação até \(horizon.upperBound); visão \(vision)"))
    }
  }
}
