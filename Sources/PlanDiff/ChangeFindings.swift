import PlanDiagnostics
import PlanModel
import PlanSyntax

/// What no check of a single version can see: what a change took away from the plan the council
/// approved. Each finding names what was lost and stands on the line of the new version where the
/// loss shows (`V001`–`V004`, documented in `ChangeCodes`).
public enum ChangeFindings {
  public static func run(old: Plan, new: Plan) -> [Diagnostic] {
    lostAddressing(old, new) + lostActions(old, new) + lostMeasures(old, new) + datesBeyondHorizon(old, new)
  }

  /// «a04 («Adherir a CGLU») fue quitada» or «a04 ya no la cita», for each action that did.
  private static func losses(_ actions: [Action], in new: Plan, es: String, en: String, pt: String)
    -> Localized
  {
    func list(_ language: Language) -> String {
      actions.map { action in
        let still = new.actions.contains { $0.id == action.id }
        switch (language, still) {
        case (.es, false): return "\(action.id) («\(action.title)») fue quitada"
        case (.es, true): return "\(action.id) ya no \(es)"
        case (.en, false): return "\(action.id) («\(action.title)») was removed"
        case (.en, true): return "\(action.id) no longer \(en)"
        case (.pt, false): return "\(action.id) («\(action.title)») foi removida"
        case (.pt, true): return "\(action.id) não \(pt) mais"
        }
      }.joined(separator: "; ")
    }
    return Localized(es: list(.es), en: list(.en), pt: list(.pt))
  }

  /// V001: a weakness or threat that some action addressed and none addresses now.
  static func lostAddressing(_ old: Plan, _ new: Plan) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for item in new.swot where item.quadrant == "debilidad" || item.quadrant == "amenaza" {
      guard old.swot.contains(where: { $0.id == item.id }) else { continue }
      let before = old.actions.filter { $0.addresses.contains { $0.name == item.id } }
      guard !before.isEmpty, !new.actions.contains(where: { $0.addresses.contains { $0.name == item.id } })
      else { continue }
      let weakness = item.quadrant == "debilidad"
      let what = Localized(
        es: weakness ? "la debilidad" : "la amenaza", en: weakness ? "weakness" : "threat",
        pt: weakness ? "a fraqueza" : "a ameaça")
      let why = losses(before, in: new, es: "la atiende", en: "addresses it", pt: "a atende")
      out.append(
        Diagnostic(
          code: "V001", severity: .warning,
          message: Localized(
            es: "\(what.es) \(item.id) ya no la atiende ninguna acción: \(why.es)",
            en: "\(what.en) \(item.id) is no longer addressed by any action: \(why.en)",
            pt: "\(what.text(.pt)) \(item.id) não é mais atendida por nenhuma ação: \(why.text(.pt))"),
          range: item.range,
          help: Localized(
            es:
              "agregue `atiende \(item.id)` a la acción que ahora se ocupa de ella, o explique en la enmienda "
              + "por qué ya no hace falta",
            en:
              "add `atiende \(item.id)` to the action that deals with it now, or say in the amendment why it is "
              + "no longer needed",
            pt:
              "acrescente `atende \(item.id)` à ação que agora trata dela, ou explique na emenda por que não "
              + "é mais necessária")))
    }
    return out
  }

  /// V002: an objective that some action served and none serves now.
  static func lostActions(_ old: Plan, _ new: Plan) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for objective in new.objectives where old.objectives.contains(where: { $0.id == objective.id }) {
      let before = old.actions.filter { $0.objectives.contains { $0.name == objective.id } }
      guard !before.isEmpty,
        !new.actions.contains(where: { $0.objectives.contains { $0.name == objective.id } })
      else { continue }
      let why = losses(before, in: new, es: "lo cita", en: "cites it", pt: "o cita")
      out.append(
        Diagnostic(
          code: "V002", severity: .warning,
          message: Localized(
            es: "el objetivo \(objective.id) se quedó sin acciones: \(why.es)",
            en: "objective \(objective.id) has no action left: \(why.en)",
            pt: "o objetivo \(objective.id) ficou sem ações: \(why.text(.pt))"),
          range: objective.range,
          help: Localized(
            es: "asigne una acción al objetivo (`objetivos \(objective.id)`), o quítelo en la misma enmienda",
            en:
              "give the objective an action (`objetivos \(objective.id)`), or remove it in the same amendment",
            pt: "atribua uma ação ao objetivo (`objetivos \(objective.id)`), ou retire-o na mesma emenda")))
    }
    return out
  }

  /// V003: an indicator, or every budget in one currency, taken out of an action that stays.
  static func lostMeasures(_ old: Plan, _ new: Plan) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for action in new.actions {
      guard let before = old.actions.first(where: { $0.id == action.id }) else { continue }
      for indicator in before.indicators
      where !action.indicators.contains(where: { same($0, indicator) }) {
        let name = indicator.id.map { "\($0) («\(indicator.name)»)" } ?? "«\(indicator.name)»"
        out.append(
          Diagnostic(
            code: "V003", severity: .warning,
            message: Localized(
              es: "la acción \(action.id) perdió el indicador \(name) que tenía la versión anterior",
              en: "action \(action.id) lost the indicator \(name) the previous version had",
              pt: "a ação \(action.id) perdeu o indicador \(name) que a versão anterior tinha"),
            range: action.range,
            help: Localized(
              es:
                "si el indicador cambió de nombre, es el mismo: déjelo con su identificador; si se quita, diga "
                + "en la enmienda cómo se medirá la acción",
              en:
                "if the indicator was renamed it is the same one: keep its identifier; if it goes, say in the "
                + "amendment how the action will be measured",
              pt:
                "se o indicador mudou de nome, é o mesmo: mantenha o identificador; se for retirado, diga na "
                + "emenda como a ação será medida")))
      }
      var currencies: [String] = []
      for budget in before.budgets where !currencies.contains(budget.currency) {
        currencies.append(budget.currency)
      }
      for currency in currencies where !action.budgets.contains(where: { $0.currency == currency }) {
        let total = before.budgets.filter { $0.currency == currency }.reduce(0) { $0 + $1.amount }
        let amount = NumberText.write(total, language: new.language) + " " + currency
        out.append(
          Diagnostic(
            code: "V003", severity: .warning,
            message: Localized(
              es:
                "la acción \(action.id) perdió su presupuesto en \(currency) (\(amount) en la versión anterior)",
              en: "action \(action.id) lost its budget in \(currency) (\(amount) in the previous version)",
              pt: "a ação \(action.id) perdeu seu orçamento em \(currency) (\(amount) na versão anterior)"),
            range: action.range,
            help: Localized(
              es: "diga en la enmienda con qué se financia la acción, o márquela `sin_costo` con su motivo",
              en: "say in the amendment how the action is funded, or mark it `sin_costo` with its reason",
              pt: "diga na emenda como a ação é financiada, ou marque-a `sem_custo` com o motivo")))
      }
    }
    return out
  }

  /// An indicator kept: the same identifier, or (without one) the same name.
  private static func same(_ a: Indicator, _ b: Indicator) -> Bool {
    if let id = a.id, let other = b.id { return id == other }
    return a.name == b.name
  }

  /// V004: an action whose end (or single date) moved from inside the horizon to after it.
  static func datesBeyondHorizon(_ old: Plan, _ new: Plan) -> [Diagnostic] {
    guard let horizon = new.metadata.horizon?.value, let oldHorizon = old.metadata.horizon?.value else {
      return []
    }
    var out: [Diagnostic] = []
    for action in new.actions {
      guard let end = action.effectiveEnd, end.year > horizon.upperBound,
        let before = old.actions.first(where: { $0.id == action.id }), let previous = before.effectiveEnd,
        previous.year <= oldHorizon.upperBound, previous != end
      else { continue }
      out.append(
        Diagnostic(
          code: "V004", severity: .warning,
          message: Localized(
            es: "la acción \(action.id) pasó a terminar en \(end), después del horizonte del plan "
              + "(\(horizon.upperBound)); antes terminaba en \(previous)",
            en:
              "action \(action.id) now ends in \(end), after the plan's horizon (\(horizon.upperBound)); it "
              + "ended in \(previous) before",
            pt: "a ação \(action.id) passou a terminar em \(end), depois do horizonte do plano "
              + "(\(horizon.upperBound)); antes terminava em \(previous)"),
          range: action.end?.range ?? action.date?.range ?? action.range,
          help: Localized(
            es: "acorte la acción al horizonte, o amplíe el horizonte del plan en la misma enmienda",
            en: "shorten the action to the horizon, or extend the plan's horizon in the same amendment",
            pt: "encurte a ação até o horizonte, ou amplie o horizonte do plano na mesma emenda")))
    }
    return out
  }
}
