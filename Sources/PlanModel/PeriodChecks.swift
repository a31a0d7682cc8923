import PlanDiagnostics
import PlanSyntax

/// The model's checks of the monitoring records: a measured value must be comparable with its
/// indicator's baseline and targets, and the thresholds must be in order.
enum PeriodChecks {
  static func run(_ plan: Plan) -> [Diagnostic] {
    var found: [Diagnostic] = []
    var indicators: [String: Indicator] = [:]
    for (indicator, _, _) in plan.allIndicators {
      if let id = indicator.id, indicators[id] == nil { indicators[id] = indicator }
    }
    for record in plan.periodRecords {
      for measurement in record.measurements {
        guard let indicator = indicators[measurement.indicator.name],
          let reference = indicator.targets.first?.value ?? indicator.baseline?.value,
          !measurement.value.isComparable(with: reference)
        else { continue }
        found.append(
          ModelProblem.measurementNotComparable(
            measurement.indicator.name, measured: measurement.value, expected: reference
          ).diagnostic(
            at: measurement.valueRange,
            notes: [
              Note(
                Localized(
                  es: "el indicador está aquí", en: "the indicator is here", pt: "o indicador está aqui"),
                at: indicator.range)
            ]))
      }
    }
    if let onTrack = plan.review.thresholds["en_camino"], let atRisk = plan.review.thresholds["en_riesgo"],
      atRisk.value > onTrack.value
    {
      found.append(
        ModelProblem.thresholdsReversed(onTrack: onTrack.value, atRisk: atRisk.value).diagnostic(
          at: atRisk.range))
    }
    return found
  }
}
