import PlanModel
import PlanSyntax

/// Chapter 6: the table of actions and their timeline, then one sheet per action. Each sheet's
/// heading is the action's anchor (`accion-a01`); its "Atiende" runs link to the SWOT rows (`foda-d1`).
extension Composer {
  mutating func chapterActions() {
    writer.chapter(labels.chapterActions)
    guard !plan.actions.isEmpty else { return notDeclared() }
    writer.paragraph(labels.actionsIntro(plan.actions.count))
    writer.section(labels.actionsTable)
    // Five columns wide enough not to break every word; partners and the indicator go on a line
    // under each row, across the table.
    writer.table(
      columns: [
        Table.Column(labels.actionColumn, share: 0.33), Table.Column(labels.ownerColumn, share: 0.20),
        Table.Column(labels.termColumn, share: 0.09), Table.Column(labels.periodColumn, share: 0.18),
        Table.Column(labels.budgetColumn, share: 0.20, alignment: .right),
      ],
      rows: plan.actions.map { action in
        (
          [
            [
              link(action.id, Anchor.action(action.id)),
              InlineRun(". " + PrintedLength.shortened(action.title, to: PrintedLength.heading)),
            ],
            action.owner.map { [nameRun($0)] } ?? [],
            text(action.term.map { labels.shortTerm($0.value) }),
            text(format.period(action.start?.value, action.end?.value, numeric: true)),
            text(budgetCell(action)),
          ], nil
        )
      },
      details: plan.actions.map { action in
        var runs = [InlineRun(labels.partnersColumn + ": ", bold: true)]
        runs += action.partners.isEmpty ? [InlineRun("—")] : names(action.partners, separator: "; ")
        runs.append(InlineRun("   ·   " + labels.indicatorColumn + ": ", bold: true))
        runs.append(InlineRun(action.indicators.first.map { indicatorSummary($0) } ?? "—"))
        return runs
      })
    // The timeline after the table, not under the heading: the chart's first part takes most of a
    // page, and right under a heading it would leave the heading alone on a blank page.
    if let timeline = ganttFigure() { placeFigure(timeline) }
    writer.section(labels.actionSheets)
    for action in plan.actions { sheet(action) }
  }

  /// Totals by currency, or "Sin costo".
  func budgetCell(_ action: Action) -> String? {
    if !action.budgets.isEmpty { return BudgetTotals(action.budgets).text(format) }
    return action.noCost != nil ? labels.noCost : nil
  }

  mutating func sheet(_ action: Action) {
    writer.subsection("\(action.id). \(action.title)", anchor: Anchor.action(action.id))
    var objectives: [InlineRun] = []
    for (index, reference) in action.objectives.enumerated() {
      if index > 0 { objectives.append(InlineRun("; ")) }
      objectives.append(link(reference.name, Anchor.objective(reference.name)))
      if let title = plan.objectives.first(where: { $0.id == reference.name })?.title {
        objectives.append(InlineRun(" — \(title)"))
      }
    }
    var budget: [InlineRun] = []
    for (index, line) in action.budgets.enumerated() {
      if index > 0 { budget.append(InlineRun("; ")) }
      budget.append(InlineRun(format.money(line.amount, line.currency)))
      if let source = line.source { budget.append(InlineRun(" (\(source))")) }
    }
    if budget.isEmpty, let noCost = action.noCost {
      budget = [InlineRun(labels.noCost)]
      if let reason = noCost.value ?? nil { budget.append(InlineRun(": \(reason)")) }
    }
    let technologies = action.uses.map { reference -> InlineRun in
      let name = plan.technologies.first { $0.id == reference.name }?.name ?? reference.name
      return link(name, Anchor.technology(reference.name))
    }
    let milestones = action.milestones.map { milestone in
      milestone.date.map { "\(milestone.title) (\(format.date($0)))" } ?? milestone.title
    }
    writer.definitions(
      [
        (labels.objectives, objectives),
        (labels.tool, text(word(Vocabulary.tool, action.tool?.value).map(labels.capitalised))),
        (labels.owner, action.owner.map { [nameRun($0)] } ?? []),
        (labels.partners, names(action.partners, separator: "; ")),
        (labels.term, text(word(Vocabulary.term, action.term?.value).map(labels.capitalised))),
        (labels.period, text(format.period(action.start?.value, action.end?.value))),
        (labels.budget, budget),
        (labels.indicators, text(action.indicators.map { indicatorSummary($0) }.joined(separator: "; "))),
        (labels.addresses, linkedList(action.addresses.map(\.name), anchor: Anchor.swot)),
        (labels.sdg, text(action.sdgTargets.map(\.value).joined(separator: ", "))),
        (labels.dependsOn, linkedList(action.dependsOn.map(\.name), anchor: Anchor.action)),
        (labels.uses, joined(technologies)),
        (labels.ideas, linkedList(action.ideas.map(\.name), anchor: Anchor.idea)),
        (labels.milestones, text(milestones.joined(separator: "; "))),
        (labels.actionStatus, text(word(Vocabulary.actionStatus, action.status).map(labels.capitalised))),
        (labels.description, action.description.map(Markup.flattened) ?? []),
      ], omitEmpty: true)
  }

  /// Runs separated by ", ".
  func joined(_ runs: [InlineRun], separator: String = ", ") -> [InlineRun] {
    var result: [InlineRun] = []
    for (index, run) in runs.enumerated() {
      if index > 0 { result.append(InlineRun(separator)) }
      result.append(run)
    }
    return result
  }
}
