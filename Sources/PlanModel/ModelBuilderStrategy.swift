import PlanDiagnostics
import PlanSyntax

/// The strategy: values, axes with their objectives and indicators, participants, the commission and partners.
extension ModelBuilder {
  mutating func readValue(_ node: BoundNode) {
    guard let id = identifier(node) else { return }
    declare(id, .value, node)
    let endorsed = refs(
      node, "valores.valor.respaldado_por", [.participant],
      Localized(es: "quién respalda el valor", en: "who endorses the value", pt: "quem respalda o valor"))
    plan.values.append(
      CommonValue(
        id: id, name: text(node, 1) ?? id, endorsedBy: endorsed, description: childText(node, "descripcion"),
        range: node.range))
  }

  mutating func readAxis(_ node: BoundNode) {
    guard let kind = choice(node) else { return }
    var answers: [String: Located<String>] = [:]
    for question in Axis.strategicQuestions {
      if let answer = node.child("eje.\(question)"), let value = located(answer) { answers[question] = value }
    }
    var objectives: [Objective] = []
    for objective in node.children("eje.objetivo") {
      guard let id = identifier(objective) else { continue }
      declare(id, .objective, objective)
      objectives.append(
        Objective(
          id: id, title: text(objective, 1) ?? id, axisKind: kind,
          sponsor: ref(
            objective, "eje.objetivo.lider", [.participant],
            Localized(es: "el líder del objetivo", en: "the objective's sponsor", pt: "o líder do objetivo")),
          owner: ref(
            objective, "responsable", [.participant],
            Localized(es: "el responsable técnico", en: "the technical owner", pt: "o responsável técnico")),
          values: refs(
            objective, "eje.objetivo.valores", [.value],
            Localized(
              es: "los valores del objetivo", en: "the objective's values", pt: "os valores do objetivo")),
          indicators: objective.children("indicador").map { readIndicator($0) },
          term: childChoice(objective, "plazo"), sdgTargets: sdg(objective),
          description: childText(objective, "descripcion"), range: objective.range))
    }
    let notApplicable = node.child("eje.no_aplica").flatMap { located($0) }
    let motivation = node.child("eje.motivacion").flatMap { member in
      choice(member).map { Located($0, member.valueRanges[0]) }
    }
    plan.axes.append(
      Axis(
        kind: kind, motivation: motivation, title: text(node, 1), description: childText(node, "descripcion"),
        notApplicable: notApplicable,
        actors: refs(
          node, "eje.actores", [.participant, .partner],
          Localized(
            es: "los actores del territorio", en: "the territory's actors", pt: "os atores do território")),
        answers: answers, objectives: objectives, range: node.range))
  }

  mutating func readIndicator(_ node: BoundNode) -> Indicator {
    let id = identifier(node)
    if id != nil { declare(id, .indicator, node) }
    func value(_ member: BoundNode) -> IndicatorValue? {
      guard case .measure(let measure) = member.values.first else { return nil }
      var year: Int?
      if member.values.count > 1, case .year(let value) = member.values[1] { year = value }
      return IndicatorValue(value: measure, year: year, range: member.range)
    }
    return Indicator(
      id: id, name: text(node, 1) ?? id ?? "", baseline: node.child("indicador.base").flatMap(value),
      targets: node.children("indicador.meta").compactMap(value),
      measure: childChoice(node, "indicador.medida"),
      source: childText(node, "indicador.fuente"), frequency: childChoice(node, "indicador.frecuencia"),
      unit: childText(node, "indicador.unidad"), direction: childChoice(node, "indicador.sentido"),
      range: node.range)
  }

  mutating func readParticipants(_ node: BoundNode) {
    for child in node.children {
      let group = String(child.key.dropFirst("participantes.".count))
      guard Participant.groups.contains(group), let id = identifier(child) else { continue }
      declare(id, .participant, child)
      plan.participants.append(
        Participant(
          group: group, id: id, name: text(child, 1) ?? id, role: childText(child, "cargo"),
          sector: childChoice(child, "participantes.sociedad_civil.sector"), range: child.range))
    }
  }

  mutating func readCommission(_ node: BoundNode) {
    plan.commission = Commission(
      name: text(node),
      chair: ref(
        node, "comision.preside", [.participant],
        Localized(es: "quién preside", en: "the chair", pt: "quem preside")),
      members: refs(
        node, "comision.miembros", [.participant],
        Localized(
          es: "los miembros de la comisión", en: "the commission's members", pt: "os membros da comissão")),
      createdBy: childText(node, "comision.creada_por"), meetings: childChoice(node, "comision.reuniones"),
      range: node.range)
  }

  mutating func readPartners(_ node: BoundNode) {
    for child in node.children {
      guard let id = identifier(child) else { continue }
      declare(id, .partner, child)
      let status = child.child("estado_vinculo").flatMap { member in
        choice(member).map { Located($0, member.valueRanges[0]) }
      }
      plan.partners.append(
        Partner(
          kind: String(child.key.dropFirst("socios.".count)), id: id, name: text(child, 1) ?? id,
          country: childText(child, "pais"), status: status, norm: childText(child, "norma"),
          agreement: childChoice(child, "instrumento_vinculo"), since: childDate(child, "desde_anio"),
          fee: childChoice(child, "cuota"), level: childChoice(child, "nivel"),
          description: childText(child, "descripcion"), range: child.range))
    }
  }
}
