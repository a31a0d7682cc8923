import PlanDiagnostics
import PlanSyntax

/// The diagnosis: its dimensions, the SWOT, the brainstorm and the mind map.
extension ModelBuilder {
  mutating func readDiagnosis(_ node: BoundNode) {
    func dimensions(_ block: BoundNode?, _ prefix: String) -> [String: Dimension] {
      var result: [String: Dimension] = [:]
      for child in block?.children ?? [] {
        let key = String(child.key.dropFirst(prefix.count))
        result[key] = Dimension(text: text(child), noData: childText(child, "sin_datos"), range: child.range)
      }
      return result
    }
    let internalBlock = node.child("diagnostico.interno")
    let externalBlock = node.child("diagnostico.externo")
    plan.diagnosis = Diagnosis(
      currentSituation: node.child("diagnostico.situacion_actual").flatMap { located($0) },
      identifiedPartners: refs(
        node, "diagnostico.socios_identificados", [.partner],
        Localized(
          es: "los socios identificados", en: "the identified partners", pt: "os parceiros identificados")),
      internalDimensions: dimensions(internalBlock, "diagnostico.interno."),
      externalDimensions: dimensions(externalBlock, "diagnostico.externo."),
      internalRange: internalBlock?.range,
      externalRange: externalBlock?.range, range: node.range)
  }

  mutating func readSWOT(_ node: BoundNode) {
    plan.swotRange = plan.swotRange ?? node.range
    let kinds: [String: SymbolKind] = [
      "fortaleza": .strength, "oportunidad": .opportunity, "debilidad": .weakness, "amenaza": .threat,
    ]
    for child in node.children {
      let quadrant = String(child.key.dropFirst("foda.".count))
      guard let kind = kinds[quadrant], let id = identifier(child) else { continue }
      declare(id, kind, child)
      plan.swot.append(
        SWOTItem(
          quadrant: quadrant, id: id, text: text(child, 1) ?? "", source: childText(child, "fuente"),
          range: child.range))
    }
  }

  mutating func readBrainstorm(_ node: BoundNode) {
    var ideas: [Idea] = []
    for child in node.children("lluvia_de_ideas.idea") {
      guard let id = identifier(child) else { continue }
      declare(id, .idea, child)
      ideas.append(
        Idea(
          id: id, text: text(child, 1) ?? "",
          branch: ref(
            child, "lluvia_de_ideas.idea.rama", [.branch],
            Localized(es: "la rama de la idea", en: "the idea's branch", pt: "o ramo da ideia")),
          discarded: child.child("lluvia_de_ideas.idea.descartada").flatMap { located($0) },
          source: childText(child, "fuente"), range: child.range))
    }
    plan.brainstorm = Brainstorm(
      ideas: ideas, date: childDate(node, "fecha"), method: childText(node, "lluvia_de_ideas.metodo"),
      range: node.range)
  }

  mutating func readMindMap(_ node: BoundNode) {
    var branches: [Branch] = []
    for child in node.children("mapa_mental.rama") {
      guard let id = identifier(child) else { continue }
      declare(id, .branch, child)
      branches.append(
        Branch(
          id: id, label: text(child, 1) ?? id, axisKind: childChoice(child, "eje_ref"), range: child.range))
    }
    plan.mindMap = MindMap(center: text(node) ?? "", branches: branches, range: node.range)
  }
}
