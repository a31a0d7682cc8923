import PlanModel
import PlanSyntax

/// The report's chapter on indicators: a chart for each numeric indicator (its expected path, its
/// measured values, its status) and a table for the others.
extension ReportComposer {
  mutating func indicatorCharts() {
    base.writer.chapter(words.indicators)
    base.writer.paragraph(words.indicatorsLead)
    let horizon = plan.metadata.horizon?.value
    var others: [PeriodTracking.IndicatorEntry] = []
    for entry in tracking.indicators where entry.indicator.id != nil {
      // Not due yet and never measured: a line in the table, not a chart.
      guard entry.status != .notDue || !entry.history.isEmpty, let chart = chart(entry, horizon: horizon)
      else {
        others.append(entry)
        continue
      }
      base.writer.figure(
        Figure(
          caption: words.chartCaption(entry.indicator.name), anchor: "indicador-\(entry.indicator.id ?? "")",
          diagram: .indicatorChart(chart), description: chart.description))
    }
    guard !others.isEmpty else { return }
    base.writer.table(
      caption: words.indicatorsTableCaption,
      columns: [
        Table.Column(words.indicatorColumn, share: 0.34), Table.Column(words.statusColumn, share: 0.16),
        Table.Column(words.valueColumn, share: 0.20), Table.Column(words.noteColumn, share: 0.30),
      ],
      rows: others.map { entry in
        (
          [
            [InlineRun(entry.indicator.name)], statusRuns(entry.status),
            base.text(entry.measurement.map { format.measure($0.value) }), base.text(entry.measurement?.note),
          ], nil
        )
      })
  }

  /// The chart of a numeric indicator; nil for one without a numeric baseline or target.
  func chart(_ entry: PeriodTracking.IndicatorEntry, horizon: ClosedRange<Int>?) -> IndicatorChartDiagram? {
    guard let trajectory = IndicatorTrajectory(entry.indicator, horizon: horizon) else { return nil }
    let measured = entry.history.compactMap { measurement -> IndicatorChartDiagram.Point? in
      guard let number = measurement.value.numericValue else { return nil }
      return IndicatorChartDiagram.Point(at: measurement.effectiveDate.fractionalYear, value: number)
    }
    let expected = trajectory.points.map { IndicatorChartDiagram.Point(at: $0.at, value: $0.value) }
    // Years: from the baseline's (or the horizon's first) to the last target's, and the period.
    let firstYear = Int(expected.first!.at) - 1
    let lastYear = max(Int(expected.last!.at) - 1, tracking.year, horizon?.upperBound ?? 0)
    let start = min(firstYear, horizon.map { $0.lowerBound - 1 } ?? firstYear)
    let unit = entry.indicator.targets.first?.value ?? entry.indicator.baseline?.value
    // Ticks carry the unit; the columns under the plot are numbers alone, rounded to what reads.
    func show(_ value: Double) -> String {
      switch unit {
      case .percentage: return format.percentage(value)
      case .amount(_, let currency): return format.money(value, currency)
      default: return format.number(value)
      }
    }
    func column(_ value: Double) -> String {
      let shown = abs(value) >= 100 ? value.rounded() : value.rounded(toPlaces: 1)
      return unit.map {
        if case .percentage = $0 { return format.percentage(shown) } else { return format.number(shown) }
      }
        ?? format.number(shown)
    }
    let years = (start...lastYear).map { year -> IndicatorChartDiagram.Year in
      let end = Double(year + 1)
      let inYear = entry.history.last { $0.period == year && $0.value.numericValue != nil }
      let expectedHere =
        end >= expected.first!.at - 1e-9 && year <= Int(expected.last!.at) - 1
        ? column(trajectory.expected(at: end)) : ""
      return IndicatorChartDiagram.Year(
        year: year, expected: expectedHere,
        measured: inYear.flatMap { $0.value.numericValue }.map(column) ?? "")
    }
    let values = expected.map(\.value) + measured.map(\.value)
    let scale = IndicatorChartDiagram.scale(low: min(0, values.min() ?? 0), high: values.max() ?? 1)
    let statusWord = words.status(entry.status)
    var statusText = statusWord
    if let latest = entry.history.last {
      statusText +=
        " · " + words.measured.lowercased() + " " + format.measure(latest.value) + " ("
        + format.numericDate(latest.effectiveDate) + ")"
    }
    let written = years.filter { !$0.measured.isEmpty }.map { "\($0.year): \($0.measured)" }
    let targets = entry.indicator.targets.map { format.indicatorValue($0) }.joined(separator: "; ")
    let summary =
      [
        entry.indicator.baseline.map { "\(words.baseline.lowercased()) \(format.indicatorValue($0))" },
        targets.isEmpty ? nil : "\(words.target.lowercased()) \(targets)",
        written.isEmpty ? nil : "\(words.measured.lowercased()) " + written.joined(separator: ", "),
      ].compactMap { $0 }.joined(separator: "; ")
    return IndicatorChartDiagram(
      expected: expected, stepwise: trajectory.stepwise, measured: measured, years: years,
      lowest: scale.lowest, highest: scale.highest,
      ticks: scale.ticks.map { ($0, show($0)) }, status: StatusMark(entry.status), statusText: statusText,
      expectedLabel: words.expected, measuredLabel: words.measured,
      description: words.chartDescription(entry.indicator.name, values: summary, status: statusWord))
  }
}

extension Double {
  /// Rounded to `places` decimals (expected values: 27.3333 → 27.33).
  func rounded(toPlaces places: Int) -> Double {
    var factor = 1.0
    for _ in 0..<places { factor *= 10 }
    return (self * factor).rounded() / factor
  }
}
