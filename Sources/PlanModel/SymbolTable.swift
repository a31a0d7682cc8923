import PlanDiagnostics
import PlanSyntax

/// What an identifier names.
public enum SymbolKind: String, Sendable, CaseIterable {
  case participant, partner, value, objective, strength, opportunity, weakness, threat, idea, branch, action
  case technology, channel, event, report, indicator, programme, chapter

  /// How messages name it ("un objetivo", "an objective").
  public var label: Localized {
    switch self {
    case .participant: return Localized(es: "un participante", en: "a participant", pt: "um participante")
    case .partner:
      return Localized(es: "un socio externo", en: "an external partner", pt: "um parceiro externo")
    case .value: return Localized(es: "un valor", en: "a value", pt: "um valor")
    case .objective: return Localized(es: "un objetivo", en: "an objective", pt: "um objetivo")
    case .strength:
      return Localized(es: "una fortaleza del FODA", en: "a SWOT strength", pt: "uma força da FOFA")
    case .opportunity:
      return Localized(
        es: "una oportunidad del FODA", en: "a SWOT opportunity", pt: "uma oportunidade da FOFA")
    case .weakness:
      return Localized(es: "una debilidad del FODA", en: "a SWOT weakness", pt: "uma fraqueza da FOFA")
    case .threat: return Localized(es: "una amenaza del FODA", en: "a SWOT threat", pt: "uma ameaça da FOFA")
    case .idea:
      return Localized(
        es: "una idea de la lluvia de ideas", en: "a brainstorm idea", pt: "uma ideia do brainstorming")
    case .branch:
      return Localized(es: "una rama del mapa mental", en: "a mind-map branch", pt: "um ramo do mapa mental")
    case .action: return Localized(es: "una acción", en: "an action", pt: "uma ação")
    case .technology:
      return Localized(
        es: "una herramienta tecnológica", en: "a technological tool", pt: "uma ferramenta tecnológica")
    case .channel:
      return Localized(
        es: "un canal de comunicación", en: "a communication channel", pt: "um canal de comunicação")
    case .event:
      return Localized(
        es: "una instancia de participación", en: "a participation activity",
        pt: "uma instância de participação")
    case .report: return Localized(es: "un informe", en: "a report", pt: "um relatório")
    case .indicator: return Localized(es: "un indicador", en: "an indicator", pt: "um indicador")
    case .programme: return Localized(es: "un programa", en: "a programme", pt: "um programa")
    case .chapter:
      return Localized(es: "un capítulo o anexo", en: "a chapter or annex", pt: "um capítulo ou anexo")
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
