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
  case budgetYearOutsideHorizon(Int, horizon: ClosedRange<Int>)
  case targetAgainstDirection(String, direction: String)
  case placeholder(String)

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
    case .budgetYearOutsideHorizon(let year, let horizon):
      return make(
        "M012", .error,
        Localized(
          es:
            "el año \(year) del presupuesto queda fuera del horizonte del plan (\(horizon.lowerBound) a \(horizon.upperBound))",
          en:
            "the budget's year \(year) is outside the plan's horizon (\(horizon.lowerBound) to \(horizon.upperBound))",
          pt:
            "o ano \(year) do orçamento fica fora do horizonte do plano (\(horizon.lowerBound) a \(horizon.upperBound))"
        ),
        Localized(
          es: "corrija el año, o amplíe el `horizonte` del plan",
          en: "fix the year, or widen the plan's `horizon`",
          pt: "corrija o ano, ou amplie o `horizonte` do plano"))
    case .targetAgainstDirection(let name, let direction):
      let aim =
        direction == "aumentar"
        ? Localized(es: "aumentar", en: "increase", pt: "aumentar")
        : Localized(es: "reducir", en: "decrease", pt: "reduzir")
      return make(
        "M013", .warning,
        Localized(
          es:
            "la meta del indicador «\(name)» va en contra de su sentido (`\(aim.es)`): queda del otro lado de la línea de base",
          en:
            "the target of indicator \"\(name)\" goes against its direction (`\(aim.en)`): it is on the other side of the baseline",
          pt:
            "a meta do indicador «\(name)» vai contra o seu sentido (`\(aim.pt ?? aim.es)`): fica do outro lado da linha de base"
        ),
        Localized(
          es: "revise la meta o el `sentido` del indicador",
          en: "check the target or the indicator's `direction`",
          pt: "revise a meta ou o `sentido` do indicador"))
    case .placeholder(let text):
      let quoted = text.count > 60 ? String(text.prefix(57)) + "…" : text
      return make(
        "M014", .error,
        Localized(
          es: "este texto es el ejemplo de la plantilla («\(quoted)»): escriba el de su plan",
          en: "this text is the template's example (\"\(quoted)\"): write your plan's own",
          pt: "este texto é o exemplo do modelo («\(quoted)»): escreva o do seu plano"),
        Localized(
          es: "el documento para el Concejo no puede llevar textos de ejemplo; reemplácelo, o borre la línea "
            + "si no corresponde",
          en: "the document for the council cannot carry sample texts; replace it, or delete the line if it "
            + "does not apply",
          pt: "o documento para a Câmara não pode levar textos de exemplo; substitua-o, ou apague a linha se "
            + "não se aplica"))
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
