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
  case measurementNotComparable(String, measured: Measure, expected: Measure)
  case progressNotAPercentage
  case thresholdNotAPercentage(String)
  case thresholdsReversed(onTrack: Double, atRisk: Double)
  case unknownOrdinal(String)

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
        Localized(
          es: "`\(id)` no está declarado (\(role.es))", en: "`\(id)` is not declared (\(role.en))",
          pt: "`\(id)` não está declarado (\(role.text(.pt)))"),
        suggestion.map {
          Localized(es: "¿quiso decir `\($0)`?", en: "did you mean `\($0)`?", pt: "você quis dizer `\($0)`?")
        }
          ?? Localized(
            es: "declárelo en su sección, o corrija el identificador",
            en: "declare it in its section, or fix the identifier",
            pt: "declare-o em sua seção, ou corrija o identificador"))
    case .wrongKind(let id, let found, let expected, let role):
      let wanted = expected.sorted { $0.rawValue < $1.rawValue }.map(\.label)
      return make(
        "M002", .error,
        Localized(
          es:
            "`\(id)` es \(found.label.es), pero aquí (\(role.es)) se espera \(wanted.map(\.es).joined(separator: " o "))",
          en:
            "`\(id)` is \(found.label.en), but here (\(role.en)) \(wanted.map(\.en).joined(separator: " or ")) is expected",
          pt:
            "`\(id)` é \(found.label.text(.pt)), mas aqui (\(role.text(.pt))) espera-se \(wanted.map { $0.text(.pt) }.joined(separator: " ou "))"
        ))
    case .duplicate(let id, let first):
      return Diagnostic(
        code: "M003", severity: .error,
        message: Localized(
          es: "el identificador `\(id)` ya está declarado", en: "the identifier `\(id)` is already declared",
          pt: "o identificador `\(id)` já está declarado"),
        range: range,
        notes: [
          Note(
            Localized(
              es: "la primera declaración, \(first.kind.label.es), está aquí",
              en: "the first declaration, \(first.kind.label.en), is here",
              pt: "a primeira declaração, \(first.kind.label.text(.pt)), está aqui"), at: first.range)
        ],
        help: Localized(
          es: "cada identificador nombra una sola cosa en todo el plan; use otro",
          en: "each identifier names one thing in the whole plan; use another",
          pt: "cada identificador nomeia uma só coisa em todo o plano; use outro"))
    case .horizonReversed(let from, let to):
      return make(
        "M004", .error,
        Localized(
          es: "el horizonte termina (\(to)) antes de empezar (\(from))",
          en: "the horizon ends (\(to)) before it starts (\(from))",
          pt: "o horizonte termina (\(to)) antes de começar (\(from))"),
        Localized(
          es: "escriba `horizonte \(to) a \(from)`", en: "write `horizon \(to) to \(from)`",
          pt: "escreva `horizonte \(to) a \(from)`"))
    case .endBeforeStart(let id):
      return make(
        "M005", .error,
        Localized(
          es: "la acción `\(id)` termina antes de empezar", en: "action `\(id)` ends before it starts",
          pt: "a ação `\(id)` termina antes de começar"))
    case .outsideHorizon(let id, let horizon):
      return make(
        "M006", .error,
        Localized(
          es:
            "la fecha de `\(id)` queda fuera del horizonte del plan (\(horizon.lowerBound) a \(horizon.upperBound))",
          en:
            "the date of `\(id)` is outside the plan's horizon (\(horizon.lowerBound) to \(horizon.upperBound))",
          pt:
            "a data de `\(id)` fica fora do horizonte do plano (\(horizon.lowerBound) a \(horizon.upperBound))"
        ),
        Localized(
          es: "ajuste la fecha o amplíe el `horizonte` del plan",
          en: "adjust the date or widen the plan's `horizon`",
          pt: "ajuste a data ou amplie o `horizonte` do plano"))
    case .unknownCurrency(let code, let suggestion):
      return make(
        "M007", .error,
        Localized(
          es: "`\(code)` no es un código de moneda ISO 4217",
          en: "`\(code)` is not an ISO 4217 currency code",
          pt: "`\(code)` não é um código de moeda ISO 4217"
        ),
        suggestion.map {
          Localized(es: "¿quiso decir `\($0)`?", en: "did you mean `\($0)`?", pt: "você quis dizer `\($0)`?")
        }
          ?? Localized(
            es: "por ejemplo ARS, USD, EUR, BRL, UYU, CLP", en: "for example ARS, USD, EUR, BRL, UYU, CLP",
            pt: "por exemplo ARS, USD, EUR, BRL, UYU, CLP"))
    case .unknownSDG(let code):
      let goal = code.split(separator: ".").first.flatMap { Int($0) }
      return make(
        "M008", .error,
        Localized(
          es: "`\(code)` no es una meta de los ODS", en: "`\(code)` is not an SDG target",
          pt: "`\(code)` não é uma meta dos ODS"),
        goal.flatMap { SDG.goals[$0] }.map {
          Localized(
            es: "el ODS \(goal!) («\($0.es)») tiene metas \(SDG.targetList(goal!))",
            en: "SDG \(goal!) (\"\($0.en)\") has targets \(SDG.targetList(goal!))",
            pt: "o ODS \(goal!) («\($0.text(.pt))») tem as metas \(SDG.targetList(goal!))")
        })
    case .dependencyCycle(let cycle):
      let path = (cycle + [cycle[0]]).joined(separator: " → ")
      return make(
        "M009", .error,
        Localized(
          es: "dependencia circular entre acciones: \(path)",
          en: "circular dependency between actions: \(path)",
          pt: "dependência circular entre ações: \(path)"),
        Localized(
          es: "quite uno de los `depende_de` del ciclo", en: "remove one `depends_on` of the cycle",
          pt: "remova um dos `depende_de` do ciclo"))
    case .milestoneOutsideAction(let id):
      return make(
        "M010", .warning,
        Localized(
          es: "un hito de `\(id)` cae fuera del período de la acción",
          en: "a milestone of `\(id)` falls outside the action's period",
          pt: "um marco de `\(id)` cai fora do período da ação"))
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
            "a meta do indicador «\(name)» vai contra o seu sentido (`\(aim.es)`): fica do outro lado da linha de base"
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
    case .measurementNotComparable(let id, let measured, let expected):
      let (measuredKind, expectedKind) = (measured.kindLabel, expected.kindLabel)
      return make(
        "M015", .error,
        Localized(
          es: "el valor medido de `\(id)` es \(measuredKind.es), pero su meta es \(expectedKind.es)",
          en: "the measured value of `\(id)` is \(measuredKind.en), but its target is \(expectedKind.en)",
          pt: "o valor medido de `\(id)` é \(measuredKind.pt), mas a sua meta é "
            + "\(expectedKind.pt)"),
        Localized(
          es:
            "escriba el valor como la línea de base y la meta (`35%`, `12`, `500.000 ARS`), para poder compararlo",
          en: "write the value as the baseline and the target are written (`35%`, `12`, `500,000 ARS`) so "
            + "that it can be compared",
          pt: "escreva o valor como a linha de base e a meta (`35%`, `12`, `500.000 ARS`), para poder "
            + "compará-lo"))
    case .progressNotAPercentage:
      return make(
        "M016", .error,
        Localized(
          es: "el avance de una acción es un porcentaje entre 0 % y 100 %",
          en: "an action's progress is a percentage between 0% and 100%",
          pt: "o avanço de uma ação é uma porcentagem entre 0 % e 100 %"),
        Localized(
          es: "por ejemplo `avance a07 en_curso 45%`", en: "for example `progress a07 in_progress 45%`",
          pt: "por exemplo `avanco a07 em_andamento 45%`"))
    case .thresholdNotAPercentage(let name):
      return make(
        "M017", .error,
        Localized(
          es: "el umbral `\(name)` es un porcentaje entre 0 % y 100 %",
          en: "the threshold `\(name)` is a percentage between 0% and 100%",
          pt: "o limiar `\(name)` é uma porcentagem entre 0 % e 100 %"),
        Localized(
          es: "por ejemplo `umbral en_camino 90%`", en: "for example `threshold on_track 90%`",
          pt: "por exemplo `limiar no_caminho 90%`"))
    case .thresholdsReversed(let onTrack, let atRisk):
      return make(
        "M017", .error,
        Localized(
          es: "el umbral `en_riesgo` (\(Int(atRisk)) %) supera al de `en_camino` (\(Int(onTrack)) %)",
          en: "the `at_risk` threshold (\(Int(atRisk))%) is above the `on_track` one (\(Int(onTrack))%)",
          pt: "o limiar `em_risco` (\(Int(atRisk)) %) supera o de `no_caminho` (\(Int(onTrack)) %)"),
        Localized(
          es: "`en_riesgo` es el mínimo para no estar desviado; `en_camino`, el mínimo para ir bien",
          en: "`at_risk` is the least not to be off track; `on_track`, the least to be on track",
          pt: "`em_risco` é o mínimo para não estar desviado; `no_caminho`, o mínimo para ir bem"))
    case .unknownOrdinal(let written):
      return make(
        "M019", .error,
        Localized(
          es: "el signo ordinal «\(written)» no es uno de los que usan los artículos: «º» o «°»",
          en: "the ordinal sign «\(written)» is not one the articles use: «º» or «°»",
          pt: "o sinal ordinal «\(written)» não é um dos que os artigos usam: «º» ou «°»"),
        Localized(
          es: "escriba `ordinal \"º\"` (indicador ordinal) o `ordinal \"°\"` (signo de grado)",
          en: "write `ordinal \"º\"` (ordinal indicator) or `ordinal \"°\"` (degree sign)",
          pt: "escreva `ordinal \"º\"` (indicador ordinal) ou `ordinal \"°\"` (sinal de grau)"))
    case .baselineAfterTarget(let baseline, let target):
      return make(
        "M011", .error,
        Localized(
          es: "la línea de base (\(baseline)) es posterior a la meta (\(target))",
          en: "the baseline (\(baseline)) is later than the target (\(target))",
          pt: "a linha de base (\(baseline)) é posterior à meta (\(target))"))
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

extension Measure {
  /// How a message names the kind of a value ("un número", "un porcentaje", "un monto en ARS").
  var kindLabel: Localized {
    switch self {
    case .number: return Localized(es: "un número", en: "a number", pt: "um número")
    case .percentage: return Localized(es: "un porcentaje", en: "a percentage", pt: "uma porcentagem")
    case .amount(_, let currency):
      return Localized(
        es: "un monto en \(currency)", en: "an amount in \(currency)", pt: "um valor em \(currency)")
    case .text: return Localized(es: "un texto", en: "a text", pt: "um texto")
    }
  }
}
