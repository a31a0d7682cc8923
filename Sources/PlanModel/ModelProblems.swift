import PlanDiagnostics
import PlanSyntax

/// Problems found when the plan is read as a whole: references, duplicates, dates, codes, cycles.
/// Codes `M0xx`.
enum ModelProblem {
  case unresolved(String, role: Localized, suggestion: String?)
  case wrongKind(String, found: SymbolKind, expected: Set<SymbolKind>, role: Localized)
  case duplicate(String, first: Declaration)
  case horizonReversed(Int, Int)
  case endBeforeStart(String)
  case outsideHorizon(String, horizon: ClosedRange<Int>)
  case unknownCurrency(String, suggestion: String?)
  case unknownSDG(String)
  case dependencyCycle([String])
  case milestoneOutsideAction(String)
  case baselineAfterTarget(Int, Int)

  func diagnostic(at range: SourceRange, notes: [Note] = []) -> Diagnostic {
    func make(_ code: String, _ severity: Severity, _ message: Localized, _ help: Localized? = nil)
      -> Diagnostic
    {
      Diagnostic(code: code, severity: severity, message: message, range: range, notes: notes, help: help)
    }
    switch self {
    case .unresolved(let id, let role, let suggestion):
      return make(
        "M001", .error,
        Localized(es: "`\(id)` no está declarado (\(role.es))", en: "`\(id)` is not declared (\(role.en))"),
        suggestion.map { Localized(es: "¿quiso decir `\($0)`?", en: "did you mean `\($0)`?") }
          ?? Localized(
            es: "declárelo en su sección, o corrija el identificador",
            en: "declare it in its section, or fix the identifier"))
    case .wrongKind(let id, let found, let expected, let role):
      let wanted = expected.sorted { $0.rawValue < $1.rawValue }.map(\.label)
      return make(
        "M002", .error,
        Localized(
          es:
            "`\(id)` es \(found.label.es), pero aquí (\(role.es)) se espera \(wanted.map(\.es).joined(separator: " o "))",
          en:
            "`\(id)` is \(found.label.en), but here (\(role.en)) \(wanted.map(\.en).joined(separator: " or ")) is expected"
        ))
    case .duplicate(let id, let first):
      return Diagnostic(
        code: "M003", severity: .error,
        message: Localized(
          es: "el identificador `\(id)` ya está declarado", en: "the identifier `\(id)` is already declared"),
        range: range,
        notes: [
          Note(
            Localized(
              es: "la primera declaración, \(first.kind.label.es), está aquí",
              en: "the first declaration, \(first.kind.label.en), is here"), at: first.range)
        ],
        help: Localized(
          es: "cada identificador nombra una sola cosa en todo el plan; use otro",
          en: "each identifier names one thing in the whole plan; use another"))
    case .horizonReversed(let from, let to):
      return make(
        "M004", .error,
        Localized(
          es: "el horizonte termina (\(to)) antes de empezar (\(from))",
          en: "the horizon ends (\(to)) before it starts (\(from))"),
        Localized(es: "escriba `horizonte \(to) a \(from)`", en: "write `horizon \(to) to \(from)`"))
    case .endBeforeStart(let id):
      return make(
        "M005", .error,
        Localized(
          es: "la acción `\(id)` termina antes de empezar", en: "action `\(id)` ends before it starts"))
    case .outsideHorizon(let id, let horizon):
      return make(
        "M006", .error,
        Localized(
          es:
            "la fecha de `\(id)` queda fuera del horizonte del plan (\(horizon.lowerBound) a \(horizon.upperBound))",
          en:
            "the date of `\(id)` is outside the plan's horizon (\(horizon.lowerBound) to \(horizon.upperBound))"
        ),
        Localized(
          es: "ajuste la fecha o amplíe el `horizonte` del plan",
          en: "adjust the date or widen the plan's `horizon`"))
    case .unknownCurrency(let code, let suggestion):
      return make(
        "M007", .error,
        Localized(
          es: "`\(code)` no es un código de moneda ISO 4217", en: "`\(code)` is not an ISO 4217 currency code"
        ),
        suggestion.map { Localized(es: "¿quiso decir `\($0)`?", en: "did you mean `\($0)`?") }
          ?? Localized(
            es: "por ejemplo ARS, USD, EUR, BRL, UYU, CLP", en: "for example ARS, USD, EUR, BRL, UYU, CLP"))
    case .unknownSDG(let code):
      let goal = code.split(separator: ".").first.flatMap { Int($0) }
      return make(
        "M008", .error,
        Localized(es: "`\(code)` no es una meta de los ODS", en: "`\(code)` is not an SDG target"),
        goal.flatMap { SDG.goals[$0] }.map {
          Localized(
            es: "el ODS \(goal!) («\($0.es)») tiene metas \(SDG.targetList(goal!))",
            en: "SDG \(goal!) (\"\($0.en)\") has targets \(SDG.targetList(goal!))")
        })
    case .dependencyCycle(let cycle):
      let path = (cycle + [cycle[0]]).joined(separator: " → ")
      return make(
        "M009", .error,
        Localized(
          es: "dependencia circular entre acciones: \(path)",
          en: "circular dependency between actions: \(path)"),
        Localized(es: "quite uno de los `depende_de` del ciclo", en: "remove one `depends_on` of the cycle"))
    case .milestoneOutsideAction(let id):
      return make(
        "M010", .warning,
        Localized(
          es: "un hito de `\(id)` cae fuera del período de la acción",
          en: "a milestone of `\(id)` falls outside the action's period"))
    case .baselineAfterTarget(let baseline, let target):
      return make(
        "M011", .error,
        Localized(
          es: "la línea de base (\(baseline)) es posterior a la meta (\(target))",
          en: "the baseline (\(baseline)) is later than the target (\(target))"))
    }
  }
}

extension SDG {
  /// `11.1, 11.2, … 11.c`, for help texts.
  static func targetList(_ goal: Int) -> String {
    targets.filter { $0.hasPrefix("\(goal).") }.sorted { a, b in
      let x = a.split(separator: ".")[1]
      let y = b.split(separator: ".")[1]
      if let i = Int(x), let j = Int(y) { return i < j }
      if Int(x) != nil { return true }
      if Int(y) != nil { return false }
      return x < y
    }.joined(separator: ", ")
  }
}
