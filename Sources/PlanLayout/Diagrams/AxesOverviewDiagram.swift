import PlanDocument

/// The four motivation axes as four columns: the axis (kind and title) on a coloured header with
/// its number of actions, then one card per objective with the actions that serve it.
public enum AxesOverviewDiagram {
  public static func layout(_ diagram: AxesDiagram, context: DiagramContext) -> [DiagramPart] {
    let theme = context.theme
    let headerStyle = context.style(
      size: TypeScale.small, bold: true, colour: theme.onPrimary, alignment: .center, hyphenate: false)
    let cardStyle = context.style(size: TypeScale.fine)
    let badgeStyle = context.style(size: TypeScale.fine, italic: true, colour: theme.muted, alignment: .right)
    let noteStyle = context.style(size: TypeScale.fine, italic: true, colour: theme.muted)
    let tint = theme.primary.tint(0.07)
    func count(_ value: Int) -> String {
      "\(value) \(value == 1 ? diagram.actionsLabel.one : diagram.actionsLabel.many)"
    }
    let columns = diagram.columns.map { column -> CardColumns.Column in
      var header = [InlineRun(column.kind, bold: true)]
      if let title = column.title, !title.isEmpty { header.append(InlineRun("\n" + title)) }
      header.append(InlineRun("\n" + count(column.actions), italic: true))
      var cards: [CardColumns.Card] = []
      if let reason = column.notApplicable {
        cards.append(
          CardColumns.Card(
            runs: [InlineRun("\(diagram.notApplicableLabel): ", bold: true), InlineRun(reason)],
            style: noteStyle,
            fill: .white, stroke: theme.muted, badge: nil))
      } else if column.objectives.isEmpty {
        cards.append(
          CardColumns.Card(
            runs: [InlineRun(diagram.noObjectives)], style: noteStyle, fill: .white, stroke: theme.muted,
            badge: nil))
      }
      for objective in column.objectives {
        cards.append(
          CardColumns.Card(
            runs: [
              InlineRun(objective.id, bold: true, link: Anchor.objective(objective.id)),
              InlineRun("  " + objective.title),
            ],
            style: cardStyle, fill: tint, stroke: nil, badge: count(objective.actions)))
      }
      return CardColumns.Column(header: header, cards: cards)
    }
    return CardColumns.layout(
      columns, headerStyle: headerStyle, headerFill: theme.tableHeader, badgeStyle: badgeStyle,
      context: context)
  }
}
