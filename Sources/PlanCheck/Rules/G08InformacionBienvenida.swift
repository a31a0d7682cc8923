import PlanDiagnostics
import PlanModel

/// Pauta 8: all information is welcome, to be discarded afterwards. The rule checks that the
/// funnel exists and can be followed (ideas in, some discarded with a reason, the rest used); whether
/// it was truly open is a person's call, so every finding is advisory.
struct G08InformacionBienvenida: Rule {
  static let descriptor = RuleDescriptor(
    id: "G08", name: "InformacionBienvenida",
    title: Localized(
      es: "Toda la información es bienvenida, para luego descartar",
      en: "All information is welcome, then discard", pt: "Toda informação é bem-vinda, para depois descartar"
    ),
    rationale: Localized(
      es: """
        Al comenzar, toda idea suma; después se elige. El método pide recibir toda la información y \
        luego ir descartando. Si la convocatoria fue abierta de verdad lo juzga una persona; el \
        revisor comprueba que el embudo exista y se pueda seguir: una lluvia de ideas con al menos \
        `ideas_minimas` ideas, alguna descartada con su motivo, y cada idea conservada concretada por \
        una acción (`ideas`) o ubicada en una rama del mapa mental (`rama`).
        """,
      en: """
        At the start every idea counts; choosing comes later. The method asks for all information to \
        be welcome and then discarded step by step. Whether the call was truly open is for a person \
        to judge; the checker makes sure the funnel exists and can be followed: a brainstorm with at \
        least `ideas_minimas` ideas, some discarded with their reason, and every idea kept realised by \
        an action (`ideas`) or placed on a mind-map branch (`branch`).
        """,
      pt: """
        No começo, toda ideia soma; depois se escolhe. O método pede receber toda a informação e \
        depois ir descartando. Se a convocatória foi aberta de verdade é uma pessoa que julga; o \
        revisor comprova que o funil existe e pode ser acompanhado: um brainstorming com pelo \
        menos `ideas_minimas` ideias, alguma descartada com seu motivo, e cada ideia mantida \
        concretizada por uma ação (`ideias`) ou situada em um ramo do mapa mental (`ramo`).
        """),
    help: Localized(
      es: """
        registre todas las ideas en `lluvia_de_ideas`; descarte las que no sigan con `descartada "motivo"` \
        y ubique las demás en una `rama` o cítelas en las acciones con `ideas`
        """,
      en: """
        record every idea in `brainstorm`; discard those that do not go on with `discarded "reason"` and \
        place the rest on a `branch` or cite them in the actions with `ideas`
        """,
      pt: """
        registre todas as ideias em `tempestade_de_ideias`; descarte as que não seguem adiante com \
        `descartada "motivo"` e situe as demais em um `ramo` ou cite-as nas ações com `ideias`
        """),
    defaultSeverity: .advisory, helpPath: "docs/rules.md#g08")

  static let guideline = Localized(
    es: "8) Toda la información es bienvenida para luego ir descartando",
    en: "8) All information is welcome, to be discarded afterwards",
    pt: "8) Toda a informação é bem-vinda para depois ir descartando")
  static let verification = Verification.proxy
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["lluvia_de_ideas", "mapa_mental", "accion"]

  static let limits = [
    Limit(
      "ideas_minimas", 5,
      Localized(
        es: "ideas mínimas de la lluvia de ideas", en: "minimum number of ideas in the brainstorm",
        pt: "ideias mínimas do brainstorming"))
  ]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓plan "Villa Aurora en el Mundo" {
        ciudad "Villa Aurora"
      }
      """,
      """
      ↓↓lluvia_de_ideas {
        fecha  2026-02-18
        metodo "Taller con integrantes políticos y técnicos del municipio"
        ↓idea   i01 "Crear un área de relaciones internacionales"
        ↓idea   i02 "Publicar en un tablero el avance de cada acción"
      }
      """,
      """
      lluvia_de_ideas {
        fecha  2026-02-18
        metodo "Taller con integrantes políticos y técnicos del municipio"
        idea   i01 "Crear un área de relaciones internacionales" rama r_gestion
        idea   i02 "Publicar en un tablero el avance de cada acción" rama r_gestion
        idea   i03 "Acompañar a las pymes en su primera exportación" rama r_pymes
        idea   i04 "Organizar una ronda de negocios metalmecánica" rama r_pymes
        idea   i09 "Ser sede de una fecha del Campeonato Mundial de Rally" descartada "Costo superior a USD 2 millones"
      }

      mapa_mental "Villa Aurora, puerta de las sierras al mundo" {
        rama r_gestion "Gestión internacional profesional" eje politico
        rama r_pymes   "Pymes al mundo" eje economico
      }

      accion a30 "Candidatear a la ciudad como sede del Rally" {
        ideas ↓i09
      }
      """,
      """
      lluvia_de_ideas {
        fecha  2026-02-18
        metodo "Taller con integrantes políticos y técnicos del municipio"
        idea   i01 "Crear un área de relaciones internacionales" rama r_gestion
        idea   i02 "Publicar en un tablero el avance de cada acción" rama r_gestion
        idea   i03 "Acompañar a las pymes en su primera exportación" rama r_gestion
        idea   i04 "Organizar una ronda de negocios metalmecánica" rama r_gestion
        idea   i09 "Ser sede de una fecha del Campeonato Mundial de Rally" descartada ↓""
      }

      mapa_mental "Villa Aurora, puerta de las sierras al mundo" {
        rama r_gestion "Gestión internacional profesional" eje politico
      }
      """,
    ],
    passing: [
      """
      lluvia_de_ideas {
        fecha  2026-02-18
        metodo "Taller con integrantes políticos y técnicos del municipio"
        idea   i01 "Crear un área de relaciones internacionales" rama r_gestion
        idea   i02 "Publicar en un tablero el avance de cada acción" rama r_gestion
        idea   i03 "Acompañar a las pymes en su primera exportación"
        idea   i04 "Organizar una ronda de negocios metalmecánica" rama r_pymes
        idea   i09 "Ser sede de una fecha del Campeonato Mundial de Rally" descartada "Costo superior a USD 2 millones"
      }

      mapa_mental "Villa Aurora, puerta de las sierras al mundo" {
        rama r_gestion "Gestión internacional profesional" eje politico
        rama r_pymes   "Pymes al mundo" eje economico
      }

      accion a07 "Programa Villa Aurora Exporta" {
        ideas i03
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    guard let brainstorm = plan.brainstorm else {
      context.report(
        Localized(
          es: "el plan no registra de dónde salieron sus ideas: falta la `lluvia_de_ideas`",
          en: "the plan does not record where its ideas came from: the `brainstorm` is missing",
          pt: "o plano não registra de onde saíram suas ideias: falta a `tempestade_de_ideias`"),
        at: plan.anchor,
        help: Localized(
          es:
            "agregue `lluvia_de_ideas { idea i01 \"…\" … }` con todas las ideas recibidas, también las descartadas",
          en: "add `brainstorm { idea i01 \"…\" … }` with every idea received, including the discarded ones",
          pt:
            "acrescente `tempestade_de_ideias { ideia i01 \"…\" … }` com todas as ideias recebidas, inclusive as descartadas"
        ))
      context.evidence(Localized(es: "sin lluvia de ideas", en: "no brainstorm", pt: "sem brainstorming"))
      return
    }
    let minimum = context.limit("ideas_minimas")
    let ideas = brainstorm.ideas
    if ideas.count < minimum {
      context.report(
        Localized(
          es:
            "la lluvia de ideas registra \(ideas.count) ideas y se sugieren al menos \(minimum): toda idea es "
            + "bienvenida antes de elegir",
          en:
            "the brainstorm records \(ideas.count) ideas and at least \(minimum) are suggested: every idea is "
            + "welcome before choosing",
          pt:
            "o brainstorming registra \(ideas.count) ideias e sugerem-se pelo menos \(minimum): toda ideia é "
            + "bem-vinda antes de escolher"),
        at: brainstorm.range,
        help: Localized(
          es: "registre también las ideas de los talleres y consultas; o, si la comisión lo acepta, escriba "
            + "`limite ideas_minimas \(ideas.count)` en `revision`",
          en:
            "also record the ideas from workshops and consultations; or, if the commission accepts it, write "
            + "`limit ideas_minimas \(ideas.count)` in `review`",
          pt: "registre também as ideias das oficinas e consultas; ou, se a comissão aceitar, escreva "
            + "`limite ideas_minimas \(ideas.count)` em `revisao`"))
    }

    let discarded = ideas.filter { $0.discarded != nil }
    if !ideas.isEmpty, discarded.isEmpty {
      context.report(
        Localized(
          es: "ninguna idea se descartó: no se ve el filtro que pide la pauta («para luego ir descartando»)",
          en:
            "no idea was discarded: the filtering the guideline asks for (\"to be discarded afterwards\") does not show",
          pt:
            "nenhuma ideia foi descartada: não se vê o filtro que a diretriz pede («para depois ir descartando»)"
        ),
        at: brainstorm.range,
        help: Localized(
          es: "registre también las ideas que no siguieron, con `descartada \"motivo\"`",
          en: "also record the ideas that did not go on, with `discarded \"reason\"`",
          pt: "registre também as ideias que não seguiram adiante, com `descartada \"motivo\"`"))
    }

    // Which actions realise each idea.
    var realisedBy: [String: [(action: String, reference: SourceRange)]] = [:]
    for action in plan.actions {
      for reference in action.ideas {
        realisedBy[reference.name, default: []].append((action.id, reference.range))
      }
    }

    var used = 0
    for idea in ideas {
      if let reason = idea.discarded, reason.value.allSatisfy(\.isWhitespace) {
        context.report(
          Localized(
            es: "la idea `\(idea.id)` («\(idea.text)») se descartó sin decir por qué",
            en: "idea `\(idea.id)` (\"\(idea.text)\") was discarded without saying why",
            pt: "a ideia `\(idea.id)` («\(idea.text)») foi descartada sem dizer por quê"),
          at: reason.range,
          help: Localized(
            es:
              "escriba el motivo: `descartada \"Costo superior a lo disponible\"`; el filtro que pide la pauta "
              + "se ve en los motivos",
            en: "write the reason: `discarded \"Costs more than is available\"`; the filtering the guideline "
              + "asks for shows in the reasons",
            pt:
              "escreva o motivo: `descartada \"Custo superior ao disponível\"`; o filtro que a diretriz pede "
              + "aparece nos motivos"))
      }
      if let reason = idea.discarded {
        for use in realisedBy[idea.id] ?? [] {
          context.report(
            Localized(
              es:
                "la acción `\(use.action)` concreta la idea `\(idea.id)` («\(idea.text)»), que está descartada",
              en: "action `\(use.action)` realises idea `\(idea.id)` (\"\(idea.text)\"), which is discarded",
              pt:
                "a ação `\(use.action)` concretiza a ideia `\(idea.id)` («\(idea.text)»), que está descartada"
            ),
            at: use.reference,
            notes: [
              Note(
                Localized(es: "se descartó aquí", en: "it was discarded here", pt: "foi descartada aqui"),
                at: reason.range)
            ],
            help: Localized(
              es: "quite la idea de la acción, o deje de descartarla si el plan la retomó",
              en: "remove the idea from the action, or stop discarding it if the plan took it up again",
              pt: "remova a ideia da ação, ou deixe de descartá-la se o plano a retomou"))
        }
        continue
      }
      if idea.branch != nil || realisedBy[idea.id] != nil {
        used += 1
        continue
      }
      context.report(
        Localized(
          es: "la idea `\(idea.id)` («\(idea.text)») se conservó, pero ninguna acción la concreta (`ideas`) "
            + "ni está en una rama del mapa mental (`rama`)",
          en: "idea `\(idea.id)` (\"\(idea.text)\") was kept, but no action realises it (`ideas`) "
            + "and it is on no mind-map branch (`branch`)",
          pt: "a ideia `\(idea.id)` («\(idea.text)») foi mantida, mas nenhuma ação a concretiza (`ideias`) "
            + "nem está em um ramo do mapa mental (`ramo`)"),
        at: idea.range,
        help: Localized(
          es:
            "cítela en `ideas` de la acción que la concreta, ubíquela en una `rama`, o descártela con `descartada \"motivo\"`",
          en:
            "cite it in the `ideas` of the action that realises it, place it on a `branch`, or discard it with `discarded \"reason\"`",
          pt:
            "cite-a em `ideias` da ação que a concretiza, situe-a em um `ramo`, ou descarte-a com `descartada \"motivo\"`"
        ))
    }

    let kept = ideas.count - discarded.count
    let reasoned = discarded.filter { !($0.discarded?.value.isEmpty ?? true) }.count
    context.evidence(
      Localized(
        es: "ideas registradas: \(ideas.count); conservadas: \(kept); descartadas: \(discarded.count) "
          + "(\(reasoned) con su motivo)",
        en:
          "ideas recorded: \(ideas.count); kept: \(kept); discarded: \(discarded.count) (\(reasoned) with their reason)",
        pt: "ideias registradas: \(ideas.count); mantidas: \(kept); descartadas: \(discarded.count) "
          + "(\(reasoned) com seu motivo)"
      ))
    context.evidence(
      Localized(
        es: "\(used) de \(kept) ideas conservadas concretadas por acciones o ubicadas en el mapa mental",
        en: "\(used) of \(kept) kept ideas realised by actions or placed on the mind map",
        pt: "\(used) de \(kept) ideias mantidas concretizadas por ações ou situadas no mapa mental"))
    context.evidence(
      Localized(
        es: "ideas con su origen declarado (`fuente`): \(ideas.filter { $0.source != nil }.count)",
        en: "ideas with a declared origin (`source`): \(ideas.filter { $0.source != nil }.count)",
        pt: "ideias com sua origem declarada (`fonte`): \(ideas.filter { $0.source != nil }.count)"))
    context.evidence(
      Localized(
        es: "si la convocatoria fue abierta de verdad lo juzga una persona",
        en: "whether the call was truly open is for a person to judge",
        pt: "se a convocatória foi aberta de verdade é uma pessoa que julga"))
  }
}
