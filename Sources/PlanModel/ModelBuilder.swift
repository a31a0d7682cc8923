import PlanDiagnostics
import PlanSyntax

/// Reads bound statements into the typed `Plan`, declaring every identifier and remembering every
/// reference with the kinds it may point at. Resolution and the structural checks come after.
struct ModelBuilder {
  var plan: Plan
  var symbols = SymbolTable()
  var diagnostics: [Diagnostic] = []
  /// References to resolve: where, and which kinds of thing fit there.
  var sites: [(reference: Reference, kinds: Set<SymbolKind>, role: Localized)] = []

  init(language: Language, files: [SourceText], anchor: SourceRange) {
    plan = Plan(language: language, files: files, anchor: anchor)
  }

  // MARK: - Reading values

  func text(_ node: BoundNode, _ index: Int = 0) -> String? {
    guard index < node.values.count, case .text(let text) = node.values[index] else { return nil }
    return text
  }

  func identifier(_ node: BoundNode, _ index: Int = 0) -> String? {
    guard index < node.values.count, case .identifier(let id) = node.values[index] else { return nil }
    return id
  }

  func choice(_ node: BoundNode, _ index: Int = 0) -> String? {
    guard index < node.values.count, case .choice(let value) = node.values[index] else { return nil }
    return value
  }

  func date(_ node: BoundNode) -> PlanDate? {
    guard case .date(let date) = node.values.first else { return nil }
    return date
  }

  func located(_ node: BoundNode, _ index: Int = 0) -> Located<String>? {
    text(node, index).map { Located($0, node.valueRanges[index]) }
  }

  func childText(_ node: BoundNode, _ key: String) -> String? { node.child(key).flatMap { text($0) } }
  func childChoice(_ node: BoundNode, _ key: String) -> String? {
    node.child(key).flatMap { choice($0) }
  }
  func childDate(_ node: BoundNode, _ key: String) -> PlanDate? {
    node.child(key).flatMap { date($0) }
  }
  func childTexts(_ node: BoundNode, _ key: String) -> [String] {
    node.children(key).compactMap { text($0) }
  }

  func references(_ node: BoundNode?) -> [Reference] {
    guard let node, case .references(let references) = node.values.first else { return [] }
    return references
  }

  /// Records the references of a member for resolution, and returns them.
  mutating func refs(_ node: BoundNode, _ key: String, _ kinds: Set<SymbolKind>, _ role: Localized)
    -> [Reference]
  {
    var all: [Reference] = []
    for child in node.children(key) { all += references(child) }
    for reference in all { sites.append((reference, kinds, role)) }
    return all
  }

  mutating func ref(_ node: BoundNode, _ key: String, _ kinds: Set<SymbolKind>, _ role: Localized)
    -> Reference?
  {
    refs(node, key, kinds, role).first
  }

  mutating func declare(_ id: String?, _ kind: SymbolKind, _ node: BoundNode) {
    guard let id,
      let index = node.values.firstIndex(where: {
        if case .identifier = $0 { return true } else { return false }
      })
    else { return }
    let range = node.valueRanges[index]
    if let existing = symbols.declare(id, kind, at: range) {
      diagnostics.append(ModelProblem.duplicate(id, first: existing).diagnostic(at: range))
    }
  }

  func sdg(_ node: BoundNode) -> [Located<String>] {
    node.children("ods").flatMap { child -> [Located<String>] in
      guard case .sdgTargets(let codes) = child.values.first else { return [] }
      return codes.map { Located($0, child.valueRanges[0]) }
    }
  }

  // MARK: - Sections

  mutating func read(_ nodes: [BoundNode]) {
    for node in nodes {
      switch node.key {
      case "plan": readMetadata(node)
      case "vision": plan.vision = located(node)
      case "lema": plan.slogan = located(node)
      case "valores": for value in node.children("valores.valor") { readValue(value) }
      case "eje": readAxis(node)
      case "participantes": readParticipants(node)
      case "comision": readCommission(node)
      case "socios": readPartners(node)
      case "diagnostico": readDiagnosis(node)
      case "foda": readSWOT(node)
      case "lluvia_de_ideas": readBrainstorm(node)
      case "mapa_mental": readMindMap(node)
      case "herramientas":
        plan.toolsRange = plan.toolsRange ?? node.range
        for tool in node.children("herramientas.herramienta") {
          if let kind = choice(tool) {
            plan.tools.append(DeclaredTool(kind: kind, description: text(tool, 1), range: tool.range))
          }
        }
      case "accion": readAction(node)
      case "escenarios": readScenarios(node)
      case "tecnologia": readTechnology(node)
      case "comunicacion": readCommunication(node)
      case "participacion": readParticipation(node)
      case "marca_ciudad": readBrand(node)
      case "seguimiento": readMonitoring(node)
      case "aprobacion": readApproval(node)
      case "revision": readReview(node)
      case "programa": readProgramme(node)
      case "prologo": readForeword(node)
      case "capitulo": readChapter(node, annex: false)
      case "anexo": readChapter(node, annex: true)
      case "periodo": readPeriod(node)
      case "ordenanza": readBill(node)
      default: break
      }
    }
  }

  mutating func readMetadata(_ node: BoundNode) {
    plan.anchor = node.range
    var metadata = plan.metadata
    metadata.title = located(node)
    metadata.city = node.child("plan.ciudad").flatMap { located($0) }
    metadata.province = node.child("plan.provincia").flatMap { located($0) }
    metadata.country = node.child("plan.pais").flatMap { located($0) }
    metadata.body = node.child("plan.organismo").flatMap { located($0) }
    if let horizon = node.child("plan.horizonte"), case .yearRange(let from, let to) = horizon.values.first {
      if from <= to {
        metadata.horizon = Located(from...to, horizon.valueRanges[0])
      } else {
        metadata.horizonReversed = Located((from, to), horizon.valueRanges[0])
      }
    }
    if let year = node.child("plan.horizonte_vision"), case .year(let value) = year.values.first {
      metadata.visionYear = Located(value, year.valueRanges[0])
    }
    metadata.version = node.child("plan.version").flatMap { located($0) }
    if let status = node.child("plan.estado"), let value = choice(status) {
      metadata.status = Located(value, status.valueRanges[0])
    }
    if let dateNode = node.child("plan.fecha"), let value = date(dateNode) {
      metadata.date = Located(value, dateNode.valueRanges[0])
    }
    metadata.logo = node.child("plan.escudo").flatMap { located($0) }
    metadata.authorities = node.children("plan.autoridad").compactMap { authority in
      text(authority).map { Person(name: $0, role: childText(authority, "cargo"), range: authority.range) }
    }
    metadata.formulatedBy = refs(
      node, "plan.formulado_por", [.participant],
      Localized(es: "quién formula el plan", en: "who formulates the plan", pt: "quem formula o plano"))
    metadata.formulatedByRange = node.child("plan.formulado_por")?.range
    metadata.jurisdiction = node.child("plan.jurisdiccion").flatMap { member in
      choice(member).map { Located($0, member.valueRanges[0]) }
    }
    metadata.approvingBody = node.child("plan.organo").flatMap { member in
      choice(member).map { Located($0, member.valueRanges[0]) }
    }
    metadata.staffWording = childText(node, "plan.personal")
    metadata.citizensWording = childText(node, "plan.ciudadania")
    metadata.budgets = budgets(node, "plan.presupuesto")
    plan.metadata = metadata
  }

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

  mutating func readCommunication(_ node: BoundNode) {
    var channels: [Channel] = []
    for child in node.children
    where child.key == "comunicacion.interna" || child.key == "comunicacion.externa" {
      guard let id = identifier(child) else { continue }
      declare(id, .channel, child)
      channels.append(
        Channel(
          isInternal: child.key == "comunicacion.interna", id: id, name: text(child, 1) ?? id,
          medium: childText(child, "canal"), audience: childText(child, "publico_objetivo"),
          frequency: childChoice(child, "frecuencia"), range: child.range))
    }
    plan.communication = Communication(
      channels: channels, publication: node.child("comunicacion.publicacion").flatMap { located($0) },
      range: node.range)
  }

  mutating func readParticipation(_ node: BoundNode) {
    var events: [ParticipationEvent] = []
    for child in node.children {
      guard let id = identifier(child) else { continue }
      declare(id, .event, child)
      var attendees: Int?
      if let member = child.child("asistentes"), case .integer(let count) = member.values.first {
        attendees = count
      }
      events.append(
        ParticipationEvent(
          staff: child.key == "participacion.personal", id: id, name: text(child, 1) ?? id,
          date: childDate(child, "fecha"), method: childText(child, "metodo"), attendees: attendees,
          frequency: childChoice(child, "frecuencia"), range: child.range))
    }
    plan.participation = Participation(events: events, range: node.range)
  }

  mutating func readBrand(_ node: BoundNode) {
    let palette = (node.child("marca_ciudad.paleta")?.children("marca_ciudad.paleta.color") ?? []).compactMap
    {
      colour -> PaletteColour? in
      guard let role = choice(colour), colour.values.count > 1, case .colour(let hex) = colour.values[1]
      else { return nil }
      return PaletteColour(role: role, hex: hex, name: text(colour, 2), range: colour.range)
    }
    let typography = node.child("marca_ciudad.tipografia")
    plan.brand = Brand(
      name: text(node) ?? "", diagnosis: childText(node, "marca_ciudad.diagnostico"),
      stakeholders: node.children("marca_ciudad.grupo_de_interes").compactMap { child in
        text(child).map { ($0, childChoice(child, "marca_ciudad.grupo_de_interes.tipo")) }
      },
      vision: childText(node, "marca_ciudad.vision"), identity: childText(node, "marca_ciudad.identidad"),
      attributes: childTexts(node, "marca_ciudad.atributo"),
      arguments: childTexts(node, "marca_ciudad.argumento"),
      emotionalValues: childTexts(node, "marca_ciudad.valor_emocional"),
      rationalValues: childTexts(node, "marca_ciudad.valor_racional"),
      communicationPlan: childText(node, "marca_ciudad.plan_comunicacion"),
      territorialMarketing: childText(node, "marca_ciudad.marketing_territorial"),
      symbols: childTexts(node, "marca_ciudad.simbolo"), slogan: childText(node, "marca_ciudad.eslogan"),
      audiences: node.children("marca_ciudad.publico").compactMap { child in
        text(child).map { ($0, childChoice(child, "marca_ciudad.publico.tipo")) }
      },
      palette: palette, headingFont: typography.flatMap { childText($0, "marca_ciudad.tipografia.titulos") },
      bodyFont: typography.flatMap { childText($0, "marca_ciudad.tipografia.cuerpo") }, range: node.range)
  }

  mutating func readMonitoring(_ node: BoundNode) {
    var reports: [Report] = []
    for child in node.children
    where child.key == "seguimiento.informe" || child.key == "seguimiento.audiencia_publica" {
      guard let id = identifier(child) else { continue }
      declare(id, .report, child)
      reports.append(
        Report(
          publicHearing: child.key == "seguimiento.audiencia_publica", id: id, name: text(child, 1) ?? id,
          frequency: childChoice(child, "frecuencia"), date: childDate(child, "fecha"),
          recipient: childText(child, "destinatario"),
          owner: ref(
            child, "responsable", [.participant],
            Localized(
              es: "el responsable del informe", en: "the report's owner", pt: "o responsável pelo relatório")),
          range: child.range))
    }
    plan.monitoring = Monitoring(
      reports: reports, dashboard: childText(node, "seguimiento.tablero"),
      owner: ref(
        node, "responsable", [.participant],
        Localized(
          es: "el responsable del seguimiento", en: "who owns monitoring",
          pt: "o responsável pelo monitoramento")),
      range: node.range)
  }

  mutating func readApproval(_ node: BoundNode) {
    let publication = node.child("aprobacion.publicacion")
    plan.approval = Approval(
      instrument: childChoice(node, "aprobacion.instrumento"), number: childText(node, "aprobacion.numero"),
      fileNumber: childText(node, "aprobacion.expediente"), enacted: childDate(node, "aprobacion.sancion"),
      promulgated: childDate(node, "aprobacion.promulgacion"), publication: publication.flatMap { text($0) },
      publicationDate: publication.flatMap { childDate($0, "fecha") },
      signatories: node.children("aprobacion.firmante").compactMap { signer in
        text(signer).map { Person(name: $0, role: childText(signer, "cargo"), range: signer.range) }
      }, range: node.range)
  }

  mutating func readReview(_ node: BoundNode) {
    for limit in node.children("revision.limite") {
      guard case .name(let name) = limit.values.first, limit.values.count > 1,
        case .integer(let value) = limit.values[1]
      else { continue }
      plan.review.limits[name] = Located(value, limit.valueRanges[0])
    }
    for severity in node.children("revision.severidad") {
      guard case .name(let rule) = severity.values.first, let level = choice(severity, 1) else { continue }
      plan.review.severities[rule.uppercased()] = Located(level, severity.valueRanges[0])
    }
    readThresholds(node)
  }
}
