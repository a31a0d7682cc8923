import PlanModel
import PlanSyntax

/// The report's annex per owner ("what is due from whom"): for each participant who answers for
/// actions or indicators, those items with their status, progress and end date.
extension ReportComposer {
  mutating func owners() {
    base.writer.part(words.ownersAnnex, anchor: "anexo-responsables")
    base.writer.paragraph(words.ownersLead)
    var order: [String] = []
    var items: [String: [(cells: [[InlineRun]], anchor: String?)]] = [:]
    func add(_ owner: Reference?, _ cells: [[InlineRun]]) {
      let key = owner?.name ?? ""
      if items[key] == nil { order.append(key) }
      items[key, default: []].append((cells, nil))
    }
    for entry in tracking.actions {
      add(
        entry.action.owner,
        [
          actionRuns(entry.action),
          statusRuns(entry.status),
          entry.progress?.percent.map { [InlineRun(format.percentage($0.value))] } ?? [],
          base.text(entry.action.effectiveEnd.map { format.numericDate($0) }),
        ])
    }
    for entry in tracking.indicators where entry.status != .notDue {
      add(
        owner(of: entry),
        [
          [InlineRun(entry.indicator.name, italic: true)], statusRuns(entry.status),
          base.text(entry.measurement.map { format.measure($0.value) }), [],
        ])
    }
    // Named owners in the order of the plan's participants, then the others, then nobody.
    let ranked = order.sorted { a, b in
      func rank(_ key: String) -> Int {
        if key.isEmpty { return Int.max }
        return plan.participants.firstIndex { $0.id == key } ?? Int.max - 1
      }
      return (rank(a), a) < (rank(b), b)
    }
    for key in ranked {
      let title =
        key.isEmpty ? words.withoutOwner : (base.participantName(key) ?? base.partnerName(key) ?? key)
      base.writer.subsection(title)
      base.writer.table(
        columns: [
          Table.Column(words.itemColumn, share: 0.52), Table.Column(words.statusColumn, share: 0.18),
          Table.Column(words.progressOrValueColumn, share: 0.15, alignment: .right),
          Table.Column(words.dueColumn, share: 0.15),
        ],
        rows: items[key] ?? [])
    }
  }
}
