import PlanModel

/// What changed since the previous period: each action and indicator whose computed status is not
/// the one it had. The summary lists the first few; when there are more, a chapter of its own has
/// them all, so the summary stays on one page.
extension ReportComposer {
  /// At most this many changes are listed on the summary page.
  static let changesOnSummary = 6

  struct StatusChange {
    var item: [InlineRun]
    var from: TrackStatus
    var to: TrackStatus
  }

  func statusChanges() -> [StatusChange] {
    guard let previous, plan.period(tracking.year) != nil else { return [] }
    var changes: [StatusChange] = []
    let before = Dictionary(
      previous.actions.map { ($0.action.id, $0.status) }, uniquingKeysWith: { a, _ in a })
    for entry in tracking.actions {
      guard let old = before[entry.action.id], old != entry.status else { continue }
      changes.append(StatusChange(item: actionRuns(entry.action), from: old, to: entry.status))
    }
    // The same plan gives the same indicators in the same order for every year.
    for (index, entry) in tracking.indicators.enumerated() where index < previous.indicators.count {
      let old = previous.indicators[index].status
      guard old != entry.status else { continue }
      changes.append(StatusChange(item: [InlineRun(entry.indicator.name)], from: old, to: entry.status))
    }
    return changes
  }

  /// The summary's list of changes.
  mutating func changes() {
    base.writer.subsection(words.changesHeading, anchor: "resumen-cambios")
    guard plan.period(tracking.year) != nil else {
      return base.writer.paragraph(words.periodNotRecorded(tracking.year), kind: .note)
    }
    guard let previous else { return base.writer.paragraph(words.firstPeriod(tracking.year), kind: .note) }
    let changes = statusChanges()
    guard !changes.isEmpty else { return base.writer.paragraph(words.noChanges(previous.year), kind: .note) }
    base.writer.list(
      changes.prefix(Self.changesOnSummary).map { change in
        change.item + [
          InlineRun(": "),
          InlineRun(
            words.changed(words.status(change.from).lowercased(), words.status(change.to).lowercased()),
            bold: true),
        ]
      })
    if changes.count > Self.changesOnSummary {
      base.writer.paragraph(words.moreChanges(changes.count - Self.changesOnSummary), kind: .note)
    }
  }

  /// Every change, in a chapter of its own, when the summary cannot list them all.
  mutating func changesChapter() {
    let changes = statusChanges()
    guard let previous, changes.count > Self.changesOnSummary else { return }
    base.writer.chapter(words.changesHeading)
    base.writer.table(
      caption: words.changesCaption,
      columns: [
        Table.Column(words.itemColumn, share: 0.60), Table.Column(words.statusIn(previous.year), share: 0.20),
        Table.Column(words.statusIn(tracking.year), share: 0.20),
      ],
      rows: changes.map { change in
        ([change.item, statusRuns(change.from), statusRuns(change.to)], nil)
      })
  }
}
