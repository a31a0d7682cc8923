import PlanModel
import PlanSyntax

/// Chapter 6: the table of actions and their timeline, then one sheet per action. Each sheet's
/// heading is the action's anchor (`accion-a01`); its "Atiende" runs link to the SWOT rows (`foda-d1`).
extension Composer {
  mutating func chapterActions() {
    writer.chapter(labels.chapterActions)
    guard !plan.actions.isEmpty else { return notDeclared() }
    writer.paragraph(labels.actionsIntro(plan.actions.count))
    if !plan.programmes.isEmpty { programmesSection() }
    writer.section(labels.actionsTable)
    if plan.programmes.isEmpty {
      actionTable(plan.actions)
    } else {
      // One table per programme, headed by it; then the actions outside every programme.
      for programme in plan.programmes {
        let members = plan.actions.filter { $0.programme?.name == programme.id }
        guard !members.isEmpty else { continue }
        actionTable(members, caption: labels.programmeName(programme.title))
      }
      let rest = plan.actions.filter { action in
        action.programme.map { plan.programme($0.name) == nil } ?? true
      }
      if !rest.isEmpty { actionTable(rest, caption: labels.actionsOutsideProgrammes) }
    }
    // The timeline after the table, not under the heading: the chart's first part takes most of a
    // page, and right under a heading it would leave the heading alone on a blank page.
    if let timeline = ganttFigure() { placeFigure(timeline) }
    budgetSection()
    writer.section(labels.actionSheets)
    for action in plan.actions { sheet(action) }
  }

  /// The table of `actions`: five columns wide enough not to break every word; partners and the
  /// indicator go on a line under each row, across the table.
  mutating func actionTable(_ actions: [Action], caption: String? = nil) {
    // Co-owners need room beside the lead: the owners' column widens, the title's narrows.
    let shared = plan.actions.contains { !$0.coOwners.isEmpty }
    writer.table(
      caption: caption,
      columns: [
        Table.Column(labels.actionColumn, share: shared ? 0.27 : 0.33),
        Table.Column(labels.ownerColumn, share: shared ? 0.28 : 0.20),
        Table.Column(labels.termColumn, share: 0.09),
        Table.Column(labels.periodColumn, share: shared ? 0.16 : 0.18),
        Table.Column(labels.budgetColumn, share: 0.20, alignment: .right),
      ],
      rows: actions.map { action in
        (
          [
            [
              link(action.id, Anchor.action(action.id)),
              InlineRun(". " + PrintedLength.shortened(action.title, to: PrintedLength.heading)),
            ],
            ownersCell(action),
            text(term(action).map { labels.shortTerm($0) }),
            text(periodText(action, numeric: true)),
            text(budgetCell(action)),
          ], nil
        )
      },
      details: actions.map { action in
        var runs = [InlineRun(labels.partnersColumn + ": ", bold: true)]
        runs += action.partners.isEmpty ? [InlineRun("—")] : names(action.partners, separator: "; ")
        runs.append(InlineRun("   ·   " + labels.indicatorColumn + ": ", bold: true))
        runs.append(InlineRun(action.indicators.first.map { indicatorSummary($0) } ?? "—"))
        return runs
      })
  }

  /// The lead owner first, then the co-owners, marked as such.
  func ownersCell(_ action: Action) -> [InlineRun] {
    var runs = action.owner.map { [nameRun($0)] } ?? []
    guard !action.coOwners.isEmpty else { return runs }
    runs.append(InlineRun((runs.isEmpty ? "" : "; ") + labels.coOwnersShort, italic: true))
    return runs + names(action.coOwners, separator: "; ")
  }

  /// The action's term: declared, or read from its dates (a one-off event's from its date).
  func term(_ action: Action) -> String? { action.effectiveTerm(horizon: plan.metadata.horizon?.value) }

  /// "Corto plazo", or "Corto plazo (según sus fechas)" when the plan did not declare it.
  func termText(_ action: Action) -> String? {
    guard let word = word(Vocabulary.term, term(action)).map(labels.capitalised) else { return nil }
    return action.termIsInferred ? "\(word) (\(labels.inferredTerm))" : word
  }

  /// `04/2026 – 12/2027`, or the single date of a one-off event.
  func periodText(_ action: Action, numeric: Bool) -> String? {
    if let date = action.date?.value, action.start == nil, action.end == nil {
      return numeric ? format.numericDate(date) : format.date(date)
    }
    return format.period(action.start?.value, action.end?.value, numeric: numeric)
  }

  /// Totals by currency, or "Sin costo".
  func budgetCell(_ action: Action) -> String? {
    if !action.budgets.isEmpty { return BudgetTotals(action.budgets).text(format) }
    return action.noCost != nil ? labels.noCost : nil
  }

  mutating func sheet(_ action: Action) {
    writer.subsection("\(action.id). \(action.title)", anchor: Anchor.action(action.id))
    let objectives = objectiveRuns(action.objectives)
    var budget: [InlineRun] = []
    for (index, line) in action.budgets.enumerated() {
      if index > 0 { budget.append(InlineRun("; ")) }
      budget.append(InlineRun(format.money(line.amount, line.currency)))
      var note = [line.year.map { "\($0.value)" }, line.source].compactMap { $0 }.joined(separator: ", ")
      if !note.isEmpty { note = " (\(note))" }
      if !note.isEmpty { budget.append(InlineRun(note)) }
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
        (labels.programme, programmeRuns(action)),
        (labels.owner, action.owner.map { [nameRun($0)] } ?? []),
        (labels.coOwners, names(action.coOwners, separator: "; ")),
        (labels.partners, names(action.partners, separator: "; ")),
        (labels.term, text(termText(action))),
        (labels.period, action.date == nil ? text(periodText(action, numeric: false)) : []),
        (labels.eventDate, action.date == nil ? [] : text(periodText(action, numeric: false))),
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

  /// `oe1 — Title; oe2 — Title`, each identifier linked to its objective.
  func objectiveRuns(_ references: [Reference]) -> [InlineRun] {
    var runs: [InlineRun] = []
    for (index, reference) in references.enumerated() {
      if index > 0 { runs.append(InlineRun("; ")) }
      runs.append(link(reference.name, Anchor.objective(reference.name)))
      if let title = plan.objectives.first(where: { $0.id == reference.name })?.title {
        runs.append(InlineRun(" — \(title)"))
      }
    }
    return runs
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
