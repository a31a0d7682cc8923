import PlanDiagnostics
import PlanSyntax

/// Checks of the plan's internal consistency that need no judgement: dates in order and inside the
/// horizon, real currency and SDG codes, no circular dependencies.
enum StructuralChecks {
  static func run(_ plan: Plan) -> [Diagnostic] {
    var found: [Diagnostic] = PrintedLength.check(plan)
    if let reversed = plan.metadata.horizonReversed {
      found.append(
        ModelProblem.horizonReversed(reversed.value.0, reversed.value.1).diagnostic(at: reversed.range))
    }
    let horizon = plan.metadata.horizon?.value
    for action in plan.actions {
      if let start = action.start, let end = action.end, end.value.upperBound < start.value.lowerBound {
        found.append(
          ModelProblem.endBeforeStart(action.id).diagnostic(
            at: end.range,
            notes: [
              Note(Localized(es: "empieza aquí", en: "starts here", pt: "começa aqui"), at: start.range)
            ]))
      }
      if let horizon {
        for date in [action.start, action.end, action.date].compactMap({ $0 })
        where date.value.year < horizon.lowerBound || date.value.year > horizon.upperBound {
          found.append(
            ModelProblem.outsideHorizon(action.id, horizon: horizon).diagnostic(
              at: date.range,
              notes: plan.metadata.horizon.map {
                [
                  Note(
                    Localized(
                      es: "el horizonte está aquí", en: "the horizon is here", pt: "o horizonte está aqui"),
                    at: $0.range)
                ]
              } ?? []))
        }
      }
      if let start = action.effectiveStart, let end = action.effectiveEnd {
        for milestone in action.milestones {
          guard let date = milestone.date else { continue }
          if date.upperBound < start.lowerBound || date.lowerBound > end.upperBound {
            found.append(ModelProblem.milestoneOutsideAction(action.id).diagnostic(at: milestone.range))
          }
        }
      }
      found += budgetProblems(action.budgets, plan)
      for target in action.sdgTargets where !SDG.isKnown(target.value) {
        found.append(ModelProblem.unknownSDG(target.value).diagnostic(at: target.range))
      }
    }
    for objective in plan.objectives {
      for target in objective.sdgTargets where !SDG.isKnown(target.value) {
        found.append(ModelProblem.unknownSDG(target.value).diagnostic(at: target.range))
      }
    }
    found += budgetProblems(plan.metadata.budgets, plan)
    for indicator in plan.actions.flatMap(\.indicators) + plan.objectives.flatMap(\.indicators) {
      if let baseline = indicator.baseline?.year {
        for target in indicator.targets {
          if let year = target.year, year < baseline {
            found.append(ModelProblem.baselineAfterTarget(baseline, year).diagnostic(at: target.range))
          }
        }
      }
      found += directionProblems(indicator)
    }
    found += dependencyCycles(plan)
    return found
  }

  /// Unknown currencies, and years outside the horizon.
  static func budgetProblems(_ budgets: [Budget], _ plan: Plan) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for budget in budgets {
      if !budget.currency.isEmpty && !Currency.codes.contains(budget.currency) {
        let suggestion = Keywords.suggestion(for: budget.currency, among: Currency.byPreference)
        found.append(
          ModelProblem.unknownCurrency(budget.currency, suggestion: suggestion).diagnostic(at: budget.range))
      }
      if let year = budget.year, let horizon = plan.metadata.horizon?.value, !horizon.contains(year.value) {
        found.append(
          ModelProblem.budgetYearOutsideHorizon(year.value, horizon: horizon).diagnostic(
            at: year.range,
            notes: plan.metadata.horizon.map {
              [
                Note(
                  Localized(
                    es: "el horizonte está aquí", en: "the horizon is here", pt: "o horizonte está aqui"),
                  at: $0.range)
              ]
            } ?? []))
      }
    }
    return found
  }

  /// A target that goes the other way from what the indicator aims at (`sentido reducir`, a target
  /// above the baseline).
  static func directionProblems(_ indicator: Indicator) -> [Diagnostic] {
    guard let direction = indicator.direction, direction != "mantener",
      let baseline = indicator.baseline.flatMap({ number($0.value) })
    else { return [] }
    var found: [Diagnostic] = []
    for target in indicator.targets {
      guard let value = number(target.value) else { continue }
      let wrong = direction == "aumentar" ? value < baseline : value > baseline
      if wrong {
        found.append(
          ModelProblem.targetAgainstDirection(indicator.name, direction: direction).diagnostic(
            at: target.range))
      }
    }
    return found
  }

  static func number(_ measure: Measure) -> Double? {
    switch measure {
    case .number(let value), .percentage(let value), .amount(let value, _): return value
    case .text: return nil
    }
  }

  /// Each cycle in `depende_de`, reported once at the action where it is first entered.
  static func dependencyCycles(_ plan: Plan) -> [Diagnostic] {
    var edges: [String: [Reference]] = [:]
    for action in plan.actions { edges[action.id] = action.dependsOn }
    var state: [String: Int] = [:]  // 1 = on the current path, 2 = done
    var found: [Diagnostic] = []
    var reported: Set<Set<String>> = []
    // Iterative depth-first search: plans can have thousands of actions.
    for action in plan.actions where state[action.id] == nil {
      var stack: [(id: String, next: Int)] = [(action.id, 0)]
      var path: [String] = [action.id]
      state[action.id] = 1
      while let top = stack.last {
        let targets = edges[top.id] ?? []
        if top.next >= targets.count {
          state[top.id] = 2
          stack.removeLast()
          path.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let target = targets[top.next]
        guard edges[target.name] != nil else { continue }
        switch state[target.name] {
        case 1:
          let start = path.firstIndex(of: target.name)!
          let cycle = Array(path[start...])
          if reported.insert(Set(cycle)).inserted {
            found.append(ModelProblem.dependencyCycle(cycle).diagnostic(at: target.range))
          }
        case nil:
          state[target.name] = 1
          stack.append((target.name, 0))
          path.append(target.name)
        default:
          break
        }
      }
    }
    return found
  }
}

extension PlanDate {
  /// The first day the date can mean (`2026-04` → 1 April 2026), as a comparable number.
  var lowerBound: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }
  /// The last day it can mean (`2026` → 31 December 2026).
  var upperBound: Int { year * 10_000 + (month ?? 12) * 100 + (day ?? 31) }
}
