import PlanDiagnostics
import PlanSyntax

/// The actions (with their budgets, indicators and milestones), scenarios and technologies.
extension ModelBuilder {
  mutating func readAction(_ node: BoundNode) {
    guard let id = identifier(node) else { return }
    declare(id, .action, node)
    func locatedChoice(_ key: String) -> Located<String>? {
      node.child(key).flatMap { member in choice(member).map { Located($0, member.valueRanges[0]) } }
    }
    func locatedDate(_ key: String) -> Located<PlanDate>? {
      node.child(key).flatMap { member in date(member).map { Located($0, member.valueRanges[0]) } }
    }
    let budgets = budgets(node, "accion.presupuesto")
    let milestones = node.children("accion.hito").map { milestone -> Milestone in
      var when: PlanDate?
      if milestone.values.count > 1, case .date(let value) = milestone.values[1] { when = value }
      return Milestone(title: text(milestone) ?? "", date: when, range: milestone.range)
    }
    let noCost = node.child("accion.sin_costo").map { Located<String?>(text($0), $0.range) }
    plan.actions.append(
      Action(
        id: id, title: text(node, 1) ?? id,
        objectives: refs(
          node, "accion.objetivos", [.objective],
          Localized(
            es: "los objetivos de la acción", en: "the action's objectives", pt: "os objetivos da ação")),
        tool: locatedChoice("accion.herramienta"),
        owner: ref(
          node, "responsable", [.participant],
          Localized(
            es: "el responsable de la acción", en: "the action's owner", pt: "o responsável pela ação")),
        partners: refs(
          node, "accion.socios", [.participant, .partner],
          Localized(es: "los socios de la acción", en: "the action's partners", pt: "os parceiros da ação")),
        term: locatedChoice("plazo"), start: locatedDate("accion.desde"), end: locatedDate("accion.hasta"),
        budgets: budgets, noCost: noCost, indicators: node.children("indicador").map { readIndicator($0) },
        addresses: refs(
          node, "accion.atiende", SymbolKind.swot,
          Localized(
            es: "los ítems FODA que atiende", en: "the SWOT items it addresses",
            pt: "os itens da FOFA que ela atende")),
        sdgTargets: sdg(node),
        dependsOn: refs(
          node, "accion.depende_de", [.action],
          Localized(
            es: "las acciones de las que depende", en: "the actions it depends on",
            pt: "as ações das quais ela depende")),
        status: childChoice(node, "accion.estado"), milestones: milestones,
        uses: refs(
          node, "accion.usa", [.technology],
          Localized(
            es: "las herramientas tecnológicas que usa", en: "the technological tools it uses",
            pt: "as ferramentas tecnológicas que ela usa")),
        ideas: refs(
          node, "accion.ideas", [.idea],
          Localized(
            es: "las ideas que concreta", en: "the ideas it realises", pt: "as ideias que ela concretiza")),
        description: childText(node, "descripcion"),
        programme: ref(
          node, "accion.programa", [.programme],
          Localized(es: "el programa de la acción", en: "the action's programme", pt: "o programa da ação")),
        coOwners: refs(
          node, "accion.corresponsables", [.participant],
          Localized(
            es: "los corresponsables de la acción", en: "the action's co-owners",
            pt: "os corresponsáveis pela ação")),
        date: locatedDate("fecha"), range: node.range))
  }

  /// Amounts with their currency, source and year (`presupuesto 12.000.000 ARS anio 2027`).
  func budgets(_ node: BoundNode, _ key: String) -> [Budget] {
    node.children(key).compactMap { budget -> Budget? in
      guard case .amount(let amount, let currency) = budget.values.first else { return nil }
      let year = budget.child("anio").flatMap { member -> Located<Int>? in
        guard case .year(let value) = member.values.first else { return nil }
        return Located(value, member.valueRanges[0])
      }
      return Budget(
        amount: amount, currency: currency, source: childText(budget, "fuente"), year: year,
        range: budget.valueRanges[0])
    }
  }

  mutating func readScenarios(_ node: BoundNode) {
    plan.scenariosRange = plan.scenariosRange ?? node.range
    for child in node.children("escenarios.escenario") {
      guard let kind = choice(child) else { continue }
      var effects: [(objective: Reference, text: String)] = []
      for effect in child.children("escenarios.escenario.efecto") {
        guard case .references(let targets) = effect.values.first, let target = targets.first else {
          continue
        }
        sites.append(
          (
            target, [.objective],
            Localized(es: "el objetivo afectado", en: "the affected objective", pt: "o objetivo afetado")
          ))
        effects.append((target, text(effect, 1) ?? ""))
      }
      plan.scenarios.append(
        Scenario(
          kind: kind, title: text(child, 1) ?? kind,
          assumptions: childText(child, "escenarios.escenario.supuestos"),
          effects: effects, likelihood: childChoice(child, "escenarios.escenario.probabilidad"),
          response: childText(child, "escenarios.escenario.respuesta"), range: child.range))
    }
  }

  mutating func readTechnology(_ node: BoundNode) {
    plan.technologyRange = plan.technologyRange ?? node.range
    for child in node.children("tecnologia.herramienta") {
      guard let id = identifier(child) else { continue }
      declare(id, .technology, child)
      plan.technologies.append(
        Technology(
          id: id, name: text(child, 1) ?? id, use: childText(child, "tecnologia.herramienta.uso"),
          owner: ref(
            child, "responsable", [.participant],
            Localized(es: "el responsable", en: "the owner", pt: "o responsável")),
          range: child.range))
    }
  }
}
