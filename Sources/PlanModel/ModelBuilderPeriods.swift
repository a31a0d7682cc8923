import PlanDiagnostics
import PlanSyntax

/// The monitoring records: `periodo` blocks with measured values, the actions' progress and the
/// budget executed, and the thresholds that turn values into statuses.
extension ModelBuilder {
  mutating func readPeriod(_ node: BoundNode) {
    guard case .year(let year) = node.values.first else { return }
    let cutoff = node.child("periodo.corte").flatMap { member in
      date(member).map { Located($0, member.valueRanges[0]) }
    }
    var measurements: [Measurement] = []
    for child in node.children("periodo.medicion") {
      guard case .references(let targets) = child.values.first, let indicator = targets.first,
        child.values.count > 1, case .measure(let value) = child.values[1]
      else { continue }
      sites.append(
        (
          indicator, [.indicator],
          Localized(es: "el indicador medido", en: "the measured indicator", pt: "o indicador medido")
        ))
      measurements.append(
        Measurement(
          indicator: indicator, value: value, valueRange: child.valueRanges[1],
          date: child.child("fecha").flatMap { member in
            date(member).map { Located($0, member.valueRanges[0]) }
          },
          source: childText(child, "fuente"), note: childText(child, "periodo.medicion.nota"), period: year,
          range: child.range))
    }
    var progress: [ActionProgress] = []
    for child in node.children("periodo.avance") {
      guard case .references(let targets) = child.values.first, let action = targets.first,
        let status = choice(child, 1)
      else { continue }
      sites.append(
        (
          action, [.action],
          Localized(es: "la acción informada", en: "the action reported", pt: "a ação informada")
        ))
      var percent: Located<Double>?
      if child.values.count > 2, case .measure(let measure) = child.values[2] {
        if case .percentage(let value) = measure, (0...100).contains(value) {
          percent = Located(value, child.valueRanges[2])
        } else {
          diagnostics.append(ModelProblem.progressNotAPercentage.diagnostic(at: child.valueRanges[2]))
        }
      }
      progress.append(
        ActionProgress(
          action: action, status: Located(status, child.valueRanges[1]), percent: percent,
          narrative: childText(child, "periodo.avance.relato"),
          spent: budgets(child, "periodo.avance.ejecutado"),
          period: year, range: child.range))
    }
    plan.periodRecords.append(
      PeriodRecord(
        year: year, yearRange: node.valueRanges[0], cutoff: cutoff, measurements: measurements,
        progress: progress, range: node.range))
  }

  /// `umbral en_camino 90%`: kept as written (a percentage) with where it was written.
  mutating func readThresholds(_ node: BoundNode) {
    for threshold in node.children("revision.umbral") {
      guard let name = choice(threshold), threshold.values.count > 1 else { continue }
      guard case .measure(.percentage(let value)) = threshold.values[1], (0...100).contains(value) else {
        diagnostics.append(
          ModelProblem.thresholdNotAPercentage(name).diagnostic(at: threshold.valueRanges[1]))
        continue
      }
      plan.review.thresholds[name] = Located(value, threshold.valueRanges[1])
    }
  }
}
