import PlanModel
import PlanSyntax

/// The report's list of what is pending: actions past their end that are neither done nor
/// cancelled, and indicators due in the period without a value.
extension ReportComposer {
  /// Actions past their end at the cut-off, not done nor cancelled.
  var overdue: [PeriodTracking.ActionEntry] {
    tracking.actions.filter { entry in
      guard let end = entry.action.effectiveEnd, tracking.cutoff.fractionalYear > end.fractionalYear else {
        return false
      }
      let word = entry.progress?.status.value ?? entry.action.status
      return word != "cumplida" && word != "cancelada"
    }
  }

  /// Indicators due in the period without a value.
  var stale: [PeriodTracking.IndicatorEntry] { tracking.indicators.filter { $0.status == .noData } }

  mutating func pending() {
    base.writer.chapter(words.pendingChapter)
    base.writer.section(words.overdueHeading)
    if overdue.isEmpty {
      base.writer.paragraph(words.noOverdue, kind: .note)
    } else {
      base.writer.table(
        columns: [
          Table.Column(words.actionColumn, share: 0.42), Table.Column(words.untilColumn, share: 0.16),
          Table.Column(words.recordedColumn, share: 0.17), Table.Column(words.ownerColumn, share: 0.25),
        ],
        rows: overdue.map { entry in
          (
            [
              actionRuns(entry.action),
              base.text(entry.action.effectiveEnd.map { format.numericDate($0) }),
              [InlineRun(recorded(entry))],
              ownerRuns(entry.action.owner),
            ], nil
          )
        })
    }
    base.writer.section(words.staleHeading)
    if stale.isEmpty {
      base.writer.paragraph(words.noStale, kind: .note)
    } else {
      base.writer.table(
        columns: [
          Table.Column(words.indicatorColumn, share: 0.42), Table.Column(words.lastValueColumn, share: 0.25),
          Table.Column(words.ownerColumn, share: 0.33),
        ],
        rows: stale.map { entry in
          (
            [
              [InlineRun(entry.indicator.name)],
              [
                InlineRun(
                  entry.history.last.map { "\(format.measure($0.value)) (\($0.period))" } ?? words.never)
              ],
              ownerRuns(owner(of: entry)),
            ], nil
          )
        })
    }
  }

  /// Who answers for an indicator: the owner of the action it measures, else of its objective.
  func owner(of entry: PeriodTracking.IndicatorEntry) -> Reference? {
    if let action = entry.action, let owner = plan.actions.first(where: { $0.id == action })?.owner {
      return owner
    }
    return entry.objective.flatMap { id in plan.objectives.first { $0.id == id }?.owner }
  }
}
