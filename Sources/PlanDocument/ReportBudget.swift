import PlanModel

/// The report's budget: what the plan planned (its own budget lines and its actions', over the
/// whole horizon) against what the periods recorded as spent, by funding source and currency, with
/// one column per monitoring year up to the report's. Currencies are never converted.
extension ReportComposer {
  struct BudgetKey: Hashable, Comparable {
    var source: String
    var currency: String
    static func < (a: BudgetKey, b: BudgetKey) -> Bool { (a.currency, a.source) < (b.currency, b.source) }
  }

  struct BudgetRow {
    var key: BudgetKey
    var planned: Double
    /// Spent per monitoring year, in the order of `budgetYears`.
    var spent: [Double]
    var spentTotal: Double { spent.reduce(0, +) }
  }

  /// The monitoring years up to the report's.
  var budgetYears: [Int] { plan.periodYears.filter { $0 <= tracking.year } }

  func budgetRows() -> [BudgetRow] {
    let years = budgetYears
    var planned: [BudgetKey: Double] = [:]
    var spent: [BudgetKey: [Double]] = [:]
    for line in plan.metadata.budgets + plan.actions.flatMap(\.budgets) {
      planned[BudgetKey(source: line.source ?? "", currency: line.currency), default: 0] += line.amount
    }
    for record in plan.periodRecords where record.year <= tracking.year {
      guard let column = years.firstIndex(of: record.year) else { continue }
      for line in record.progress.flatMap(\.spent) {
        let key = BudgetKey(source: line.source ?? "", currency: line.currency)
        spent[key, default: Array(repeating: 0, count: years.count)][column] += line.amount
      }
    }
    return Set(planned.keys).union(spent.keys).sorted().map {
      BudgetRow(
        key: $0, planned: planned[$0] ?? 0, spent: spent[$0] ?? Array(repeating: 0, count: years.count))
    }
  }

  func share(_ spent: Double, of planned: Double) -> String {
    planned > 0 ? format.percentage((spent / planned * 100).rounded()) : ""
  }

  /// The summary's budget: per currency, planned, spent in the year and to date.
  mutating func budgetSummary() {
    base.writer.subsection(words.budgetHeading, anchor: "resumen-presupuesto")
    var totals: [String: (planned: Double, year: Double, toDate: Double)] = [:]
    let column = budgetYears.firstIndex(of: tracking.year)
    for row in budgetRows() {
      var total = totals[row.key.currency] ?? (0, 0, 0)
      total.planned += row.planned
      total.year += column.map { row.spent[$0] } ?? 0
      total.toDate += row.spentTotal
      totals[row.key.currency] = total
    }
    guard !totals.isEmpty else { return base.writer.paragraph(words.noBudget, kind: .note) }
    base.writer.table(
      caption: words.budgetSummaryCaption,
      columns: [
        Table.Column(words.currencyColumn, share: 0.12),
        Table.Column(words.plannedColumn, share: 0.25, alignment: .right),
        Table.Column(words.executedIn(tracking.year), share: 0.22, alignment: .right),
        Table.Column(words.executedToDate, share: 0.25, alignment: .right),
        Table.Column(words.shareColumn, share: 0.16, alignment: .right),
      ],
      rows: totals.keys.sorted().map { currency in
        let total = totals[currency]!
        return (
          [
            [InlineRun(currency)], [InlineRun(format.money(total.planned, currency))],
            [InlineRun(format.money(total.year, currency))],
            [InlineRun(format.money(total.toDate, currency))],
            base.text(share(total.toDate, of: total.planned)),
          ], nil
        )
      })
  }

  mutating func budget() {
    base.writer.chapter(words.budgetChapter)
    let rows = budgetRows()
    guard !rows.isEmpty else { return base.writer.paragraph(words.noBudget, kind: .note) }
    let years = budgetYears
    let yearShare = 0.40 / Double(max(1, years.count))
    base.writer.table(
      caption: words.budgetCaption,
      columns: [
        Table.Column(words.sourceColumn, share: 0.26), Table.Column(words.currencyColumn, share: 0.08),
      ]
        + [Table.Column(words.plannedColumn, share: 0.15, alignment: .right)]
        + years.map { Table.Column(words.executedIn($0), share: yearShare, alignment: .right) }
        + [Table.Column(words.shareColumn, share: 0.11, alignment: .right)],
      rows: rows.map { row in
        let currency = row.key.currency
        return (
          [
            [InlineRun(row.key.source.isEmpty ? words.noSource : row.key.source)], [InlineRun(currency)],
            [InlineRun(format.money(row.planned, currency))],
          ] + row.spent.map { [InlineRun(format.money($0, currency))] }
            + [base.text(share(row.spentTotal, of: row.planned))], nil
        )
      })
  }
}
