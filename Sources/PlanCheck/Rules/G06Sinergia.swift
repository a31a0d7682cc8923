import PlanDiagnostics
import PlanModel

/// Pauta 6: synergy. Real synergy is qualitative; the rule reads the links between actions,
/// objectives, axes and actors as signs, so every finding is advisory.
struct G06Sinergia: Rule {
  static let descriptor = RuleDescriptor(
    id: "G06", name: "LograrSinergia",
    title: Localized(es: "Lograr sinergia", en: "Achieve synergy", pt: "Alcançar sinergia"),
    rationale: Localized(
      es: """
        Un plan logra sinergia cuando sus acciones se potencian entre sí: una misma acción aporta a \
        varios objetivos o ejes, y cada objetivo reúne a varios actores. Si eso ocurre de verdad lo \
        juzga una persona; el revisor mira señales en los vínculos declarados: las acciones que \
        aportan a más de un objetivo o eje, los objetivos con una sola acción y un solo actor \
        (responsable y socios de sus acciones) y si alguna acción cruza ejes.
        """,
      en: """
        A plan achieves synergy when its actions reinforce each other: one action serves several \
        objectives or axes, and each objective brings several actors together. Whether that really \
        happens is for a person to judge; the checker looks at signs in the declared links: actions \
        serving more than one objective or axis, objectives with a single action and a single actor \
        (owner and partners of its actions), and whether any action crosses axes.
        """,
      pt: """
        Um plano alcança sinergia quando suas ações se potencializam entre si: uma mesma ação \
        contribui para vários objetivos ou eixos, e cada objetivo reúne vários atores. Se isso \
        acontece de verdade é uma pessoa que julga; o revisor olha sinais nos vínculos declarados: \
        as ações que contribuem para mais de um objetivo ou eixo, os objetivos com uma só ação e \
        um só ator (responsável e parceiros de suas ações) e se alguma ação cruza eixos.
        """),
    help: Localized(
      es: """
        sume socios a las acciones (`socios`) y vincule cada acción con todos los objetivos a los que \
        aporta (`objetivos op1, oe2`)
        """,
      en: """
        add partners to the actions (`partners`) and link each action with every objective it serves \
        (`objectives op1, oe2`)
        """,
      pt: """
        inclua parceiros nas ações (`parceiros`) e vincule cada ação a todos os objetivos para os \
        quais contribui (`objetivos op1, oe2`)
        """),
    defaultSeverity: .advisory, helpPath: "docs/rules.md#g06")

  static let guideline = Localized(
    es: "6) Lograr sinergia", en: "6) Achieve synergy", pt: "6) Alcançar sinergia")
  static let verification = Verification.proxy
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["eje", "accion", "participantes"]

  static let examples = RuleExamples(
    triggering: [
      """
      participantes {
        tecnicos rrii "Dirección de Relaciones Internacionales"
      }

      eje politico "Gestión internacional" {
        ↓objetivo op1 "Institucionalizar la gestión internacional"
      }

      accion a01 "Crear la Dirección de Relaciones Internacionales" {
        objetivos   op1
        responsable rrii
      }
      """,
      """
      ↓participantes {
        tecnicos rrii       "Dirección de Relaciones Internacionales"
        tecnicos produccion "Subsecretaría de Industria, Comercio y Producción"
      }

      eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional"
      }

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
      }

      accion a01 "Crear la Dirección de Relaciones Internacionales" objetivos op1 responsable rrii socios produccion
      accion a02 "Programa Villa Aurora Exporta" objetivos oe1 responsable produccion socios rrii
      """,
    ],
    passing: [
      """
      participantes {
        tecnicos       rrii       "Dirección de Relaciones Internacionales"
        tecnicos       produccion "Subsecretaría de Industria, Comercio y Producción"
        sociedad_civil cicva      "Cámara de Industria y Comercio de Villa Aurora" sector camara
      }

      eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional"
      }

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
      }

      accion a01 "Crear el Registro Único de Vínculos Internacionales" objetivos op1, oe1 responsable rrii socios produccion
      accion a02 "Programa Villa Aurora Exporta" objetivos oe1 responsable produccion socios cicva
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    // Which axis each objective belongs to (two axes may share a kind, so by position).
    var axisOf: [String: Int] = [:]
    for (index, axis) in plan.axes.enumerated() {
      for objective in axis.objectives where axisOf[objective.id] == nil { axisOf[objective.id] = index }
    }
    let axesWithObjectives = Set(axisOf.values).count

    var synergies: [String] = []
    var crossing = 0
    var servedBy: [String: [Action]] = [:]
    for action in plan.actions {
      var objectives: [String] = []
      for reference in action.objectives
      where axisOf[reference.name] != nil && !objectives.contains(reference.name) {
        objectives.append(reference.name)
        servedBy[reference.name, default: []].append(action)
      }
      let axes = Set(objectives.compactMap { axisOf[$0] })
      if axes.count >= 2 { crossing += 1 }
      if objectives.count >= 2 { synergies.append("\(action.id) (\(objectives.joined(separator: ", ")))") }
    }

    var connected = 0
    for objective in plan.objectives {
      let actions = servedBy[objective.id] ?? []
      var actors: [String] = []
      for action in actions {
        for name in ([action.owner].compactMap { $0 } + action.coOwners + action.partners).map(\.name)
        where !actors.contains(name) {
          actors.append(name)
        }
      }
      if actions.count >= 2 || actors.count >= 2 {
        connected += 1
        continue
      }
      let title = GuidelineText.quoted(objective.title)
      let message: Localized
      if actions.isEmpty {
        message = Localized(
          es:
            "ninguna acción aporta al objetivo `\(objective.id)` \(title.es): no hay esfuerzos que se sumen",
          en: "no action serves objective `\(objective.id)` (\(title.en)): there are no efforts to join",
          pt:
            "nenhuma ação contribui para o objetivo `\(objective.id)` \(title.text(.pt)): não há esforços que se somem"
        )
      } else {
        let who =
          actors.first.map {
            Localized(
              es: "un solo actor (`\($0)`)", en: "a single actor (`\($0)`)", pt: "um só ator (`\($0)`)")
          }
          ?? Localized(
            es: "ningún responsable ni socio", en: "no owner or partner",
            pt: "nenhum responsável nem parceiro")
        message = Localized(
          es:
            "al objetivo `\(objective.id)` \(title.es) sólo aporta una acción (`\(actions[0].id)`), con \(who.es): "
            + "no se ve con quién suma esfuerzos",
          en:
            "only one action (`\(actions[0].id)`) serves objective `\(objective.id)` (\(title.en)), with \(who.en): "
            + "it is not clear whom it joins forces with",
          pt:
            "para o objetivo `\(objective.id)` \(title.text(.pt)) contribui só uma ação (`\(actions[0].id)`), com \(who.text(.pt)): "
            + "não se vê com quem ela soma esforços")
      }
      context.report(
        message, at: objective.range,
        help: Localized(
          es:
            "sume otra acción al objetivo o socios a su acción (`socios`), por ejemplo del territorio o de otra área",
          en:
            "add another action to the objective, or partners to its action (`partners`), for example from the territory or another office",
          pt:
            "acrescente outra ação ao objetivo ou parceiros à sua ação (`parceiros`), por exemplo do território ou de outra área"
        ))
    }

    if axesWithObjectives >= 2, !plan.actions.isEmpty, crossing == 0 {
      context.report(
        Localized(
          es:
            "ninguna acción aporta a objetivos de dos ejes distintos: los ejes avanzan cada uno por su lado",
          en: "no action serves objectives of two different axes: each axis moves forward on its own",
          pt: "nenhuma ação contribui para objetivos de dois eixos diferentes: cada eixo avança por seu lado"),
        at: plan.anchor,
        help: Localized(
          es: "busque acciones que sirvan a más de un eje y cite todos sus objetivos en `objetivos`",
          en: "look for actions that serve more than one axis and cite all their objectives in `objectives`",
          pt: "procure ações que sirvam a mais de um eixo e cite todos os seus objetivos em `objetivos`"))
    }

    let shown = synergies.prefix(10).joined(separator: "; ")
    let more = synergies.count > 10 ? synergies.count - 10 : 0
    let listed = synergies.isEmpty ? "" : ": \(shown)"
    context.evidence(
      Localized(
        es: "acciones que aportan a más de un objetivo: \(synergies.count)\(listed)"
          + (more > 0 ? " y \(more) más" : ""),
        en: "actions serving more than one objective: \(synergies.count)\(listed)"
          + (more > 0 ? " and \(more) more" : ""),
        pt: "ações que contribuem para mais de um objetivo: \(synergies.count)\(listed)"
          + (more > 0 ? " e mais \(more)" : "")))
    context.evidence(
      Localized(
        es: "acciones que cruzan ejes: \(crossing); objetivos con dos acciones o dos actores como mínimo: "
          + "\(connected) de \(plan.objectives.count)",
        en: "actions crossing axes: \(crossing); objectives with at least two actions or two actors: "
          + "\(connected) of \(plan.objectives.count)",
        pt: "ações que cruzam eixos: \(crossing); objetivos com pelo menos duas ações ou dois atores: "
          + "\(connected) de \(plan.objectives.count)"))
    context.evidence(
      Localized(
        es: "si las acciones se potencian de verdad lo juzga una persona",
        en: "whether the actions really reinforce each other is for a person to judge",
        pt: "se as ações se potencializam de verdade é uma pessoa que julga"))
  }
}
