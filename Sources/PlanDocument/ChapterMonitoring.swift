import PlanModel
import PlanSyntax

/// Chapter 10: the indicators with baseline and targets, and the reporting calendar.
extension Composer {
  mutating func chapterMonitoring() {
    writer.chapter(labels.chapterMonitoring)
    writer.section(labels.indicatorsTable)
    var rows: [(cells: [[InlineRun]], anchor: String?)] = []
    for objective in plan.objectives {
      for indicator in objective.indicators {
        rows.append((indicatorCells(indicator, link(objective.id, Anchor.objective(objective.id))), nil))
      }
    }
    for action in plan.actions {
      for indicator in action.indicators {
        rows.append((indicatorCells(indicator, link(action.id, Anchor.action(action.id))), nil))
      }
    }
    if rows.isEmpty {
      notDeclared()
    } else {
      writer.table(
        caption: labels.indicatorsCaption,
        columns: [
          Table.Column(labels.indicatorColumn, share: 0.30), Table.Column(labels.servesColumn, share: 0.11),
          Table.Column(labels.baselineColumn, share: 0.14), Table.Column(labels.targetsColumn, share: 0.19),
          Table.Column(labels.measureColumn, share: 0.26),
        ],
        rows: rows)
    }

    writer.section(labels.reporting)
    guard let monitoring = plan.monitoring else { return notDeclared() }
    writer.table(
      columns: [
        Table.Column(labels.reportColumn, share: 0.28), Table.Column(labels.kindColumn, share: 0.14),
        Table.Column(labels.frequencyColumn, share: 0.12), Table.Column(labels.firstDateColumn, share: 0.13),
        Table.Column(labels.recipientColumn, share: 0.19), Table.Column(labels.ownerColumn, share: 0.14),
      ],
      rows: monitoring.reports.map { report in
        (
          [
            [InlineRun(report.name)],
            [InlineRun(report.publicHearing ? labels.publicHearing : labels.report)],
            text(word(Vocabulary.frequency, report.frequency).map(labels.capitalised)),
            text(report.date.map { format.numericDate($0) }), text(report.recipient),
            report.owner.map { [nameRun($0)] } ?? [],
          ], nil
        )
      })
    writer.definitions(
      [
        (labels.dashboard, monitoring.dashboard.map(Markup.flattened) ?? []),
        (labels.monitoringOwner, monitoring.owner.map { [nameRun($0)] } ?? []),
      ], omitEmpty: true)
  }

  func indicatorCells(_ indicator: Indicator, _ serves: InlineRun) -> [[InlineRun]] {
    var measure: [String] = []
    if let kind = word(Vocabulary.measure, indicator.measure) { measure.append(labels.capitalised(kind)) }
    if let unit = indicator.unit { measure.append(unit) }
    if let frequency = word(Vocabulary.frequency, indicator.frequency) { measure.append(frequency) }
    if let source = indicator.source { measure.append(source) }
    return [
      [InlineRun(indicator.name)], [serves], text(indicator.baseline.map { format.indicatorValue($0) }),
      text(indicator.targets.map { format.indicatorValue($0) }.joined(separator: "; ")),
      text(labels.capitalised(measure.joined(separator: "; "))),
    ]
  }
}
