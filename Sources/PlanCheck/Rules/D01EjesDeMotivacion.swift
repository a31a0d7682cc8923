import PlanDiagnostics
import PlanModel

/// The method's four motivation axes: each is worked (it has objectives) or set aside with a reason.
struct D01EjesDeMotivacion: Rule {
  static let descriptor = RuleDescriptor(
    id: "D01", name: "EjesDeMotivacion",
    title: Localized(
      es: "Los cuatro ejes de motivación", en: "The four motivation axes", pt: "Os quatro eixos de motivação"),
    rationale: Localized(
      es: """
        El método ordena las motivaciones para salir al mundo en cuatro ejes: político, económico, \
        cognitivo y social. El plan trabaja cada uno con objetivos, o declara con `no_aplica` y su motivo \
        por qué no lo trabaja en este período: así la decisión queda registrada y nadie cree que el eje \
        se olvidó. Un eje sin objetivos y sin motivo está vacío; uno con objetivos que además dice \
        `no_aplica` se contradice.
        """,
      en: """
        The method sorts the reasons to go international into four axes: political, economic, cognitive \
        and social. The plan works each one with objectives, or states with `not_applicable` and a reason \
        why it does not work it in this period: the decision is then on record and nobody thinks the axis \
        was forgotten. An axis with neither objectives nor a reason is empty; one with objectives that \
        also says `not_applicable` contradicts itself.
        """,
      pt: """
        O método ordena as motivações para sair ao mundo em quatro eixos: político, econômico, \
        cognitivo e social. O plano trabalha cada um com objetivos, ou declara com `nao_se_aplica` e \
        seu motivo por que não o trabalha neste período: assim a decisão fica registrada e ninguém \
        pensa que o eixo foi esquecido. Um eixo sem objetivos e sem motivo está vazio; um com \
        objetivos que além disso diz `nao_se_aplica` se contradiz.
        """),
    help: Localized(
      es: "agregue `eje TIPO \"título\" { objetivo … }`, o `no_aplica \"motivo\"` dentro del eje",
      en: "add `axis KIND \"title\" { objective … }`, or `not_applicable \"reason\"` inside the axis",
      pt: "acrescente `eixo TIPO \"título\" { objetivo … }`, ou `nao_se_aplica \"motivo\"` dentro do eixo"),
    defaultSeverity: .error, helpPath: "docs/rules.md#d01")

  static let guideline = Localized(
    es: """
      Motivaciones: Eje Político (posicionamiento político de la ciudad en el plano nacional como en el \
      internacional); Eje Económico (aprovechamiento de las oportunidades del escenario internacional); \
      Eje Cognitivo (transferencia de conocimiento y experiencias); Eje Social (difusión de cultura, \
      tradición, patrimonio e historia local)
      """,
    en: """
      Motivations: Political axis (the city's political standing nationally and internationally); \
      Economic axis (taking the international scene's opportunities); Cognitive axis (transfer of \
      knowledge and experience); Social axis (promoting local culture, tradition, heritage and history)
      """,
    pt: """
      Motivações: Eixo Político (posicionamento político da cidade tanto no plano nacional como no \
      internacional); Eixo Econômico (aproveitamento das oportunidades do cenário internacional); \
      Eixo Cognitivo (transferência de conhecimento e experiências); Eixo Social (difusão de \
      cultura, tradição, patrimônio e história local)
      """)
  static let verification = Verification.structural

  /// How messages name each axis, with the deck's gloss.
  static let names: [String: Localized] = [
    "politico": Localized(
      es: "el eje político (posicionamiento de la ciudad)", en: "the political axis (the city's standing)",
      pt: "o eixo político (posicionamento da cidade)"),
    "economico": Localized(
      es: "el eje económico (comercio exterior, inversiones, cooperación)",
      en: "the economic axis (foreign trade, investment, cooperation)",
      pt: "o eixo econômico (comércio exterior, investimentos, cooperação)"),
    "cognitivo": Localized(
      es: "el eje cognitivo (transferencia de conocimiento)",
      en: "the cognitive axis (transfer of knowledge)",
      pt: "o eixo cognitivo (transferência de conhecimento)"
    ),
    "social": Localized(
      es: "el eje social (cultura, patrimonio, cohesión)",
      en: "the social axis (culture, heritage, cohesion)",
      pt: "o eixo social (cultura, patrimônio, coesão)"
    ),
  ]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional"
      }

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
      }
      """,
      """
      eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional"
      }

      ↓eje economico "Pymes al mundo"

      eje cognitivo "Ciudad que aprende" {
        objetivo oc1 "Formar a los agentes municipales"
        no_aplica ↓"Se posterga a 2028"
      }

      eje social "Identidad serrana" {
        no_aplica "Lo trabaja el plan de cultura 2026–2030"
      }
      """,
      """
      eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional"
      }

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
      }

      eje cognitivo "Ciudad que aprende" {
        no_aplica ↓""
      }

      eje social "Identidad serrana" {
        objetivo os1 "Proyectar la cultura serrana en el mundo"
      }
      """,
    ],
    passing: [
      """
      eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional"
      }

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
      }

      eje cognitivo "Ciudad que aprende" {
        no_aplica "Se incorporará en la revisión de medio término de 2028"
      }

      eje social "Identidad serrana" {
        objetivo os1 "Proyectar la cultura serrana en el mundo"
      }
      """,
      """
      eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional"
      }

      eje tematico "Ambiente y cambio climático" {
        motivacion ninguna
        objetivo   oa1 "Reducir las emisiones de la flota municipal"
      }

      eje tematico "Ciudad que aprende" {
        motivacion cognitivo
        objetivo   oc1 "Formar a los agentes municipales"
      }

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
      }

      eje economico "Turismo de naturaleza" {
        objetivo oe2 "Atraer visitantes del sur de Brasil"
      }

      eje social "Identidad serrana" {
        no_aplica "Lo trabaja el plan de cultura 2026–2030"
      }
      """,
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    // A motivation is covered by an axis of its kind, or by a thematic axis that says it serves it.
    let covered = Set(plan.axes.compactMap(\.servedMotivation))
    let missing = Axis.motivationKinds.filter { !covered.contains($0) }
    if !missing.isEmpty {
      // One finding for all of them: a plan organised by its own themes gets one clear message.
      let names = missing.map { Self.names[$0]! }
      let list = GuidelineText.list(names)
      context.report(
        Localized(
          es: missing.count == 1
            ? "falta \(list.es): el plan no lo trabaja ni dice por qué no aplica"
            : "faltan \(list.es): el plan no los trabaja ni dice por qué no aplican",
          en: "\(list.en) \(missing.count == 1 ? "is" : "are") missing: the plan neither works "
            + (missing.count == 1 ? "it" : "them") + " nor says why not",
          pt: missing.count == 1
            ? "falta \(list.pt): o plano não o trabalha nem diz por que não se aplica"
            : "faltam \(list.pt): o plano não os trabalha nem diz por que não se aplicam"),
        at: plan.anchor,
        help: Localized(
          es: "agregue un eje de cada motivación (`eje \(missing[0]) \"título\" { objetivo … }`), o "
            + "`no_aplica \"motivo\"`; un eje temático puede decir a cuál sirve: `motivacion \(missing[0])`",
          en: "add an axis of each motivation (`axis \(missing[0]) \"title\" { objective … }`), or "
            + "`not_applicable \"reason\"`; a thematic axis can say which it serves: `motivation \(missing[0])`",
          pt: "acrescente um eixo de cada motivação (`eixo \(missing[0]) \"título\" { objetivo … }`), ou "
            + "`nao_se_aplica \"motivo\"`; um eixo temático pode dizer a qual serve: `motivacao \(missing[0])`"
        ))
    }
    var worked: [String] = []
    var setAside: [String] = []
    for axis in plan.axes where axis.servedMotivation != nil || axis.kind == "tematico" {
      let name = axis.servedMotivation.flatMap { Self.names[$0] } ?? Self.thematic
      let title = axis.title.map { " «\($0)»" } ?? ""
      let titleEn = axis.title.map { " \"\($0)\"" } ?? ""
      let reason = axis.notApplicable.flatMap { isBlank($0.value) ? nil : $0 }
      switch (axis.objectives.isEmpty, axis.notApplicable) {
      case (false, let notApplicable?):
        context.report(
          Localized(
            es: "\(name.es)\(title) tiene objetivos y a la vez dice `no_aplica`: ¿se trabaja o no?",
            en: "\(name.en)\(titleEn) has objectives and also says `not_applicable`: is it worked or not?",
            pt:
              "\(name.text(.pt))\(title) tem objetivos e ao mesmo tempo diz `nao_se_aplica`: é trabalhado ou não?"
          ),
          at: notApplicable.range,
          notes: [
            Note(
              Localized(
                es: "el primer objetivo está aquí", en: "the first objective is here",
                pt: "o primeiro objetivo está aqui"),
              at: axis.objectives[0].range)
          ],
          help: Localized(
            es: "quite `no_aplica` si el eje se trabaja, o quite sus objetivos si se posterga",
            en: "remove `not_applicable` if the axis is worked, or remove its objectives if it is postponed",
            pt: "remova `nao_se_aplica` se o eixo é trabalhado, ou remova seus objetivos se ele for adiado"
          ),
          severity: .warning)
      case (true, nil):
        context.report(
          Localized(
            es: "\(name.es)\(title) no tiene objetivos ni dice por qué no aplica",
            en: "\(name.en)\(titleEn) has no objectives and does not say why it does not apply",
            pt: "\(name.text(.pt))\(title) não tem objetivos nem diz por que não se aplica"),
          at: axis.range,
          help: Localized(
            es: "agregue al menos un `objetivo` al eje, o `no_aplica \"motivo\"`",
            en: "add at least one `objective` to the axis, or `not_applicable \"reason\"`",
            pt: "acrescente pelo menos um `objetivo` ao eixo, ou `nao_se_aplica \"motivo\"`"))
      case (true, let notApplicable?) where reason == nil:
        context.report(
          Localized(
            es: "\(name.es)\(title) dice `no_aplica` sin dar el motivo",
            en: "\(name.en)\(titleEn) says `not_applicable` without giving the reason",
            pt: "\(name.text(.pt))\(title) diz `nao_se_aplica` sem dar o motivo"),
          at: notApplicable.range,
          help: Localized(
            es: "escriba el motivo: `no_aplica \"Se incorporará en la revisión de 2028\"`",
            en: "write the reason: `not_applicable \"To be added in the 2028 review\"`",
            pt: "escreva o motivo: `nao_se_aplica \"Será incorporado na revisão de 2028\"`"))
      default:
        break
      }
      guard let motivation = axis.servedMotivation else { continue }
      if !axis.objectives.isEmpty, !worked.contains(motivation) {
        worked.append(motivation)
      } else if axis.objectives.isEmpty, axis.notApplicable != nil, !setAside.contains(motivation) {
        setAside.append(motivation)
      }
    }
    setAside.removeAll { worked.contains($0) }
    context.evidence(
      Localized(
        es: "ejes con objetivos: \(list(worked)); marcados `no_aplica`: \(list(setAside))",
        en: "axes with objectives: \(list(worked)); marked `not_applicable`: \(list(setAside))",
        pt: "eixos com objetivos: \(list(worked)); marcados `nao_se_aplica`: \(list(setAside))"))
  }

  /// How messages name a thematic axis that serves none of the four motivations.
  static let thematic = Localized(es: "el eje temático", en: "the thematic axis", pt: "o eixo temático")

  private func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
  private func list(_ kinds: [String]) -> String { kinds.isEmpty ? "—" : kinds.joined(separator: ", ") }
}
