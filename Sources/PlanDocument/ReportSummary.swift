import PlanModel
import PlanSyntax

/// The report's cover and its one-page summary: statuses by axis, the year's budget, and what
/// changed since the previous period.
extension ReportComposer {
  mutating func cover() {
    var details = [words.cutoff(format.date(tracking.cutoff))]
    if let date = Formats.isoDate(base.buildDate) { details.append(words.reportDate(format.date(date))) }
    if let version = plan.metadata.version?.value { details.append(labels.version(version)) }
    // Which text (the plan and its monitoring files) the report was made from.
    if !base.sources.isEmpty { details.append(words.sourceFiles(base.sources.count)) }
    base.writer.blocks.append(
      .cover(
        Cover(
          body: plan.metadata.body?.value ?? "",
          city: PrintedLength.shortened(base.city, to: PrintedLength.coverCity),
          title: PrintedLength.shortened(base.title, to: PrintedLength.coverTitle),
          subtitle: words.reportTitle(tracking.year), details: details, logoPath: base.logoPath,
          logoDescription: labels.coatOfArms(base.city))))
  }

  /// The statuses counted on the summary board, in its column order.
  static let boardStatuses: [TrackStatus] = [.onTrack, .atRisk, .offTrack, .noData]

  mutating func summary() {
    base.writer.part(words.summary, anchor: "resumen")
    let counted = tracking.actions.count + tracking.indicators.count
    base.writer.paragraph(
      words.summaryLead(
        actions: tracking.actions.count, indicators: tracking.indicators.count,
        cutoff: format.date(tracking.cutoff)), kind: .lead)
    if counted > 0, let board = statusBoard() {
      base.writer.figure(
        Figure(
          caption: words.statusByAxisCaption, anchor: "figura-estados", diagram: .statusBoard(board),
          description: board.description))
    }
    budgetSummary()
    changes()
  }

  /// Per axis, the items of its objectives (their indicators, the actions serving them and those
  /// actions' indicators) by status, and the axis's roll-up.
  func statusBoard() -> StatusBoardDiagram? {
    var rows: [StatusBoardDiagram.Row] = []
    var total = Array(repeating: 0, count: Self.boardStatuses.count)
    for (index, axis) in plan.axes.enumerated() where axis.notApplicable == nil && !axis.objectives.isEmpty {
      guard index < tracking.axes.count else { continue }
      let rollUp = tracking.axes[index]
      let counts = Self.boardStatuses.map { rollUp.counts[$0] ?? 0 }
      for (column, count) in counts.enumerated() { total[column] += count }
      let title = axis.title ?? labels.capitalised(labels.word(Vocabulary.axis, axis.kind))
      rows.append(
        StatusBoardDiagram.Row(
          title: PrintedLength.shortened(title, to: PrintedLength.figureLabel), counts: counts,
          status: StatusMark(rollUp.status), statusWord: words.status(rollUp.status)))
    }
    guard !rows.isEmpty else { return nil }
    let scores = tracking.axes.compactMap(\.score)
    let overall = TrackStatus.of(score: scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count))
    rows.append(
      StatusBoardDiagram.Row(
        title: words.wholePlan, counts: total, status: StatusMark(overall), statusWord: words.status(overall),
        isTotal: true))
    let columns = Self.boardStatuses.map { (mark: StatusMark($0), word: words.status($0)) }
    let described = rows.map { row in
      let counts = zip(columns, row.counts).map { "\($0.word.lowercased()) \($1)" }.joined(separator: ", ")
      return "\(row.title): \(row.statusWord.lowercased()) (\(counts))"
    }
    return StatusBoardDiagram(
      columns: columns, rows: rows, axisHeader: labels.axisColumn, statusHeader: words.axisStatus,
      description: words.statusByAxisCaption + ". " + described.joined(separator: "; ") + ".")
  }
}
