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
}
