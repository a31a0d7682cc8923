import PlanDiagnostics
import PlanSyntax

/// What an identifier names.
public enum SymbolKind: String, Sendable, CaseIterable {
  case participant, partner, value, objective, strength, opportunity, weakness, threat, idea, branch, action
  case technology, channel, event, report, indicator, programme, chapter

  /// How messages name it ("un objetivo", "an objective").
  public var label: Localized {
    switch self {
    case .participant: return Localized(es: "un participante", en: "a participant")
    case .partner: return Localized(es: "un socio externo", en: "an external partner")
    case .value: return Localized(es: "un valor", en: "a value")
    case .objective: return Localized(es: "un objetivo", en: "an objective")
    case .strength: return Localized(es: "una fortaleza del FODA", en: "a SWOT strength")
    case .opportunity: return Localized(es: "una oportunidad del FODA", en: "a SWOT opportunity")
    case .weakness: return Localized(es: "una debilidad del FODA", en: "a SWOT weakness")
    case .threat: return Localized(es: "una amenaza del FODA", en: "a SWOT threat")
    case .idea: return Localized(es: "una idea de la lluvia de ideas", en: "a brainstorm idea")
    case .branch: return Localized(es: "una rama del mapa mental", en: "a mind-map branch")
    case .action: return Localized(es: "una acción", en: "an action")
    case .technology: return Localized(es: "una herramienta tecnológica", en: "a technological tool")
    case .channel: return Localized(es: "un canal de comunicación", en: "a communication channel")
    case .event: return Localized(es: "una instancia de participación", en: "a participation activity")
    case .report: return Localized(es: "un informe", en: "a report")
    case .indicator: return Localized(es: "un indicador", en: "an indicator")
    case .programme: return Localized(es: "un programa", en: "a programme")
    case .chapter: return Localized(es: "un capítulo o anexo", en: "a chapter or annex")
    }
  }

  static let swot: Set<SymbolKind> = [.strength, .opportunity, .weakness, .threat]
}

public struct Declaration: Sendable {
  public var id: String
  public var kind: SymbolKind
  public var range: SourceRange
}

/// Every identifier the plan declares (one namespace: a reference is a bare word, so two things
/// may not share a name), and every place one is used.
public struct SymbolTable: Sendable {
  public private(set) var declarations: [String: Declaration] = [:]
  /// Which declarations are referenced, and from where.
  public private(set) var uses: [String: [SourceRange]] = [:]

  mutating func declare(_ id: String, _ kind: SymbolKind, at range: SourceRange) -> Declaration? {
    if let existing = declarations[id] { return existing }
    declarations[id] = Declaration(id: id, kind: kind, range: range)
    return nil
  }

  mutating func use(_ id: String, at range: SourceRange) { uses[id, default: []].append(range) }

  public func declaration(_ id: String) -> Declaration? { declarations[id] }
  public func isUsed(_ id: String) -> Bool { !(uses[id]?.isEmpty ?? true) }
}
