import PlanModel
import PlanSyntax

/// The report's chapter on actions: per axis, each action serving its objectives with its
/// computed status, the status recorded, its percentage and its narrative.
extension ReportComposer {
  mutating func actionsByAxis() {
    base.writer.chapter(words.actionsByAxis)
    var shown: Set<String> = []
    var anchored: Set<String> = []
    for axis in plan.axes where axis.notApplicable == nil && !axis.objectives.isEmpty {
      let objectives = Set(axis.objectives.map(\.id))
      let entries = tracking.actions.filter { entry in
        entry.action.objectives.contains { objectives.contains($0.name) }
      }
      base.writer.section(axis.title ?? labels.capitalised(labels.word(Vocabulary.axis, axis.kind)))
      guard !entries.isEmpty else {
        base.writer.paragraph(words.noActions, kind: .note)
        continue
      }
      actionTable(entries, anchored: &anchored)
      shown.formUnion(entries.map(\.action.id))
    }
    let others = tracking.actions.filter { !shown.contains($0.action.id) }
    if !others.isEmpty {
      base.writer.section(words.otherActions)
      actionTable(others, anchored: &anchored)
    }
  }

  /// The table of actions; each action's first row is the destination the other chapters link to.
  mutating func actionTable(_ entries: [PeriodTracking.ActionEntry], anchored: inout Set<String>) {
    base.writer.table(
      caption: words.actionsCaption,
      columns: [
        Table.Column(words.actionColumn, share: 0.30), Table.Column(words.statusColumn, share: 0.15),
        Table.Column(words.recordedColumn, share: 0.13),
        Table.Column(words.percentColumn, share: 0.09, alignment: .right),
        Table.Column(words.narrativeColumn, share: 0.33),
      ],
      rows: entries.map { entry in
        (
          [
            [InlineRun(entry.action.id, bold: true), InlineRun(" " + entry.action.title)],
            statusRuns(entry.status), [InlineRun(recorded(entry))],
            entry.progress?.percent.map { [InlineRun(format.percentage($0.value))] } ?? [],
            entry.reportedThisPeriod ? base.text(entry.progress?.narrative) : [],
          ], anchored.insert(entry.action.id).inserted ? Anchor.action(entry.action.id) : nil
        )
      })
  }
}
