import PlanModel
import PlanSyntax

/// Budget totals by year × source of funding × currency: one row per year and source, one column
/// per currency, a total row. The actions' budgets and, apart, the plan's own.
extension Composer {
  /// Shown when the plan splits some budget by year or declares its own: a plan whose amounts have
  /// no year already has its totals in the executive summary and in each action's row.
  var hasBudgetBreakdown: Bool {
    !plan.metadata.budgets.isEmpty || plan.actions.contains { $0.budgets.contains { $0.year != nil } }
  }

  mutating func budgetSection() {
    guard hasBudgetBreakdown else { return }
    writer.section(labels.budgetSection)
    writer.paragraph(labels.budgetIntro)
    budgetTable(plan.actions.flatMap(\.budgets), caption: labels.actionsBudgetCaption)
    budgetTable(plan.metadata.budgets, caption: labels.planBudgetCaption)
  }

  mutating func budgetTable(_ budgets: [Budget], caption: String) {
    guard !budgets.isEmpty else { return }
    let currencies = BudgetTotals(budgets).entries.map(\.currency)
    // Rows in year order (amounts without a year last), sources in order of appearance.
    var keys: [(year: Int?, source: String?)] = []
    for budget in budgets {
      let key = (year: budget.year?.value, source: budget.source)
      if !keys.contains(where: { $0.year == key.year && $0.source == key.source }) { keys.append(key) }
    }
    keys = keys.enumerated().sorted { a, b in
      let (x, y) = (a.element.year ?? Int.max, b.element.year ?? Int.max)
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
    var rows: [(cells: [[InlineRun]], anchor: String?)] = keys.map { key in
      let matching = budgets.filter { $0.year?.value == key.year && $0.source == key.source }
      let totals = BudgetTotals(matching)
      return (
        [
          [InlineRun(key.year.map { "\($0)" } ?? labels.noYear)],
          [InlineRun(key.source ?? labels.noSource)],
        ] + currencies.map { currency in text(totals.amount(currency).map { format.money($0, currency) }) },
        nil
      )
    }
    let totals = BudgetTotals(budgets)
    rows.append(
      (
        [[InlineRun(labels.totalRow, bold: true)], []]
          + currencies.map { currency in
            [InlineRun(format.money(totals.amount(currency) ?? 0, currency), bold: true)]
          },
        nil
      ))
    let amountShare = min(0.22, 0.5 / Double(max(1, currencies.count)))
    writer.table(
      caption: caption,
      columns: [
        Table.Column(labels.yearColumn, share: 0.12),
        Table.Column(labels.sourceColumn, share: 0.88 - amountShare * Double(currencies.count)),
      ]
        + currencies.map { Table.Column($0, share: amountShare, alignment: .right) },
      rows: rows)
  }
}
