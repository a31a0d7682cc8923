import PlanDocument

/// The summary board of the progress report: a row per axis and one for the whole plan; a column
/// per status headed by its shape and word, with how many items are in it; and the axis's status
/// (shape and word) at the right. A board taller than a page goes on in another part, under the same
/// header.
public enum StatusBoardLayout {
  static let padding = 4.0
  static let markSize = 7.0

  public static func layout(_ board: StatusBoardDiagram, context: DiagramContext) -> [DiagramPart] {
    let theme = context.theme
    var canvas = DiagramCanvas(context)
    let width = context.width
    let titleWidth = width * 0.34
    let statusWidth = width * 0.22
    let countWidth = (width - titleWidth - statusWidth) / Double(max(1, board.columns.count))
    let headerStyle = context.style(size: TypeScale.fine, bold: true, alignment: .center, hyphenate: false)
    let headerLeft = context.style(size: TypeScale.fine, bold: true, hyphenate: false)
    let cellStyle = context.style(size: TypeScale.small)
    let totalStyle = context.style(size: TypeScale.small, bold: true)
    let countStyle = context.style(size: TypeScale.small, alignment: .center)
    let totalCount = context.style(size: TypeScale.small, bold: true, alignment: .center)

    // Header: the shape above each status word; drawn again at the top of every part.
    let inner = countWidth - 2 * padding
    let wordHeight =
      board.columns.map {
        canvas.height(of: [InlineRun($0.word)], style: headerStyle, width: inner)
      }.max() ?? 0
    let headerHeight = padding + markSize + 3 + wordHeight + padding
    func header(_ canvas: inout DiagramCanvas) {
      canvas.text(
        [InlineRun(board.axisHeader)], style: headerLeft,
        at: Point(x: padding, y: headerHeight - padding - wordHeight), width: titleWidth - 2 * padding)
      for (index, column) in board.columns.enumerated() {
        let left = titleWidth + Double(index) * countWidth
        StatusShapes.draw(
          column.mark, centre: Point(x: left + countWidth / 2, y: padding + markSize / 2), size: markSize,
          on: &canvas)
        canvas.text(
          [InlineRun(column.word)], style: headerStyle,
          at: Point(x: left + padding, y: padding + markSize + 3),
          width: inner)
      }
      canvas.text(
        [InlineRun(board.statusHeader)], style: headerLeft,
        at: Point(x: width - statusWidth + padding, y: headerHeight - padding - wordHeight),
        width: statusWidth - 2 * padding)
      canvas.line(
        from: Point(x: 0, y: headerHeight), to: Point(x: width, y: headerHeight), colour: theme.primary,
        width: 1)
    }
    header(&canvas)
    var parts: [DiagramPart] = []
    var top = headerHeight
    for (index, row) in board.rows.enumerated() {
      let style = row.isTotal ? totalStyle : cellStyle
      let titleHeight = canvas.height(
        of: [InlineRun(row.title)], style: style, width: titleWidth - 2 * padding)
      let statusTextWidth = statusWidth - 3 * padding - markSize
      let wordHeight = canvas.height(of: [InlineRun(row.statusWord)], style: style, width: statusTextWidth)
      let height = max(titleHeight, wordHeight, markSize) + 2 * padding
      if top + height + 1 > context.maximumHeight, top > headerHeight {
        canvas.line(from: Point(x: 0, y: top), to: Point(x: width, y: top), colour: theme.primary, width: 1)
        parts.append(canvas.part(height: top + 1))
        canvas = DiagramCanvas(context)
        header(&canvas)
        top = headerHeight
      }
      let rect = Rect(x: 0, y: top, width: width, height: height)
      if row.isTotal {
        canvas.line(
          from: Point(x: 0, y: top), to: Point(x: width, y: top), colour: theme.primary, width: 0.75)
      } else if index % 2 == 0 {
        canvas.shape(Path.roundedRect(rect, radius: 0), fill: theme.primary.tint(0.06))
      }
      canvas.text(
        [InlineRun(row.title)], style: style, at: Point(x: padding, y: top + padding),
        width: titleWidth - 2 * padding)
      for (column, count) in row.counts.enumerated() where column < board.columns.count {
        let left = titleWidth + Double(column) * countWidth
        let countHeight = canvas.height(of: [InlineRun("\(count)")], style: countStyle, width: inner)
        canvas.text(
          [InlineRun("\(count)")], style: row.isTotal ? totalCount : countStyle,
          at: Point(x: left + padding, y: top + (height - countHeight) / 2), width: inner)
      }
      let statusLeft = width - statusWidth + padding
      StatusShapes.draw(
        row.status, centre: Point(x: statusLeft + markSize / 2, y: top + height / 2), size: markSize,
        on: &canvas)
      canvas.text(
        [InlineRun(row.statusWord)], style: style,
        at: Point(x: statusLeft + markSize + padding, y: top + (height - wordHeight) / 2),
        width: statusTextWidth)
      top += height
    }
    canvas.line(from: Point(x: 0, y: top), to: Point(x: width, y: top), colour: theme.primary, width: 1)
    return parts + [canvas.part(height: top + 1)]
  }
}
