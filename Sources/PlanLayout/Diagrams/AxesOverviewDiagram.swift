import PlanDocument

/// The motivation axes as columns (in bands of at most four): the axis (kind and title) on a coloured header with
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
    // More than four axes (several of one motivation, thematic ones) would squeeze the columns:
    // they go in bands of at most four, as even as can be (six → three and three).
    let bands = (columns.count + 3) / 4
    let perBand = bands == 0 ? 1 : (columns.count + bands - 1) / bands
    let parts = stride(from: 0, to: columns.count, by: perBand).flatMap { start in
      CardColumns.layout(
        Array(columns[start..<min(start + perBand, columns.count)]), headerStyle: headerStyle,
        headerFill: theme.tableHeader, badgeStyle: badgeStyle, context: context)
    }
    return stacked(parts, gap: 3 * CardColumns.gap, maximumHeight: context.maximumHeight)
  }

  /// Consecutive parts one under the other while they fit in one part's height.
  static func stacked(_ parts: [DiagramPart], gap: Double, maximumHeight: Double) -> [DiagramPart] {
    var result: [DiagramPart] = []
    for part in parts {
      if var last = result.last, last.size.height + gap + part.size.height <= maximumHeight {
        let top = last.size.height + gap
        last.items += part.items.map { $0.offset(0, top) }
        last.size = Size(width: max(last.size.width, part.size.width), height: top + part.size.height)
        result[result.count - 1] = last
      } else {
        result.append(part)
      }
    }
    return result
  }
}
