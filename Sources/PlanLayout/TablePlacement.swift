import PlanDocument

/// Tables: a `Table` element with its `Caption`, a `THead` row of column headers (`TH`, scope
/// column) and a `TBody` of rows (`TR` of `TD`); a row's spanning detail line is a row of its own
/// with one cell across every column. A table never leaves its caption and header at a page foot
/// without a row under them; on every later page the header (and the caption, marked as
/// continued) is drawn again, as an artifact. When the table ends its chapter and its last page
/// would hold only a few rows, rows move from the page before so that both pages carry weight;
/// when even that leaves them under a fifth of a page, the whole table (and a heading just above
/// it) starts on the next page.
extension Flow {
  static let cellPadding = 4.0

  /// What a table needs at a page foot: its caption, header and first row.
  func tableStart(_ table: Table, block: Int) -> Double {
    let layout = shapes(of: table, block: block)
    return layout.captionHeight + layout.headerHeight + (layout.rowHeights.first ?? 0)
  }

  /// The table's texts shaped, once per layout.
  func shapes(of table: Table, block: Int) -> TableShapes {
    if let known = figureParts.tables[block] { return known }
    let shapes = TableShapes(table, flow: self, block: block)
    figureParts.tables[block] = shapes
    return shapes
  }

  mutating func placeTable(_ table: Table, next: Block?) {
    let shapes = shapes(of: table, block: blockIndex)
    let start =
      shapes.captionHeight + shapes.headerHeight + min(shapes.rowHeights.first ?? 0, area.height / 2)
    let endsChapter = Flow.endsChapter(next)
    if !pageIsEmpty && (start > remaining || movesWhole(shapes, endsChapter: endsChapter, room: remaining)) {
      newPage()
    }
    let forcedBreak = balancedBreak(shapes, endsChapter: endsChapter)
    open(.table)
    if let caption = shapes.caption, let text = table.caption {
      drawElement(
        .caption, caption, runs: [InlineRun(text)], style: styles.caption, x: area.x, width: area.width)
      y += 4
    }
    open(.tableHead)
    drawHeader(shapes, structured: true)
    close()
    open(.tableBody)
    for (rowIndex, row) in table.rows.enumerated() {
      if rowIndex == forcedBreak && !pageIsEmpty { continueTable(shapes) }
      placeRow(rowIndex, row, shapes)
    }
    close()  // TBody
    close()  // Table
    y += 12
  }

  /// A new page for the rest of a table: its caption marked as continued and its header, drawn
  /// again as artifacts.
  private mutating func continueTable(_ shapes: TableShapes) {
    newPage()
    if let continued = shapes.continuedCaption {
      draw(
        continued, runs: shapes.continuedRuns, style: styles.caption, x: area.x, width: area.width,
        lines: 0..<continued.lines.count)
      y += 4
    }
    drawHeader(shapes, structured: false)
  }

  private mutating func drawHeader(_ shapes: TableShapes, structured: Bool) {
    items.append(
      .rectangle(
        Rect(x: area.x, y: y, width: area.width, height: shapes.headerHeight),
        fill: document.theme.tableHeader, stroke: nil, lineWidth: 0))
    if structured { open(.tableRow) }
    var x = area.x
    for (index, shaped) in shapes.header.enumerated() {
      let column = shapes.table.columns[index]
      if structured { open(.headerCell(rowHeader: false)) }
      draw(
        shaped, runs: [InlineRun(column.title)], style: Flow.aligned(styles.tableHeader, column.alignment),
        x: x + Flow.cellPadding, width: shapes.widths[index] - 2 * Flow.cellPadding,
        lines: 0..<shaped.lines.count, advance: false, top: y + Flow.cellPadding)
      if structured { close() }
      x += shapes.widths[index]
    }
    if structured { close() }
    y += shapes.headerHeight
  }

  /// One row: whole on this page when it fits, else on the next; split across pages only when it
  /// is taller than a page (each part is then a row of its own).
  private mutating func placeRow(
    _ rowIndex: Int, _ row: (cells: [[InlineRun]], anchor: String?), _ shapes: TableShapes
  ) {
    let padding = Flow.cellPadding
    let cells = shapes.cells[rowIndex]
    let detailRuns = shapes.table.detail(rowIndex)
    let detail = shapes.details[rowIndex]
    let detailHeight = detail.map { $0.lines.reduce(0) { $0 + $1.height } + padding / 2 } ?? 0
    var next = [Int](repeating: 0, count: cells.count)
    var first = true
    while zip(next, cells).contains(where: { $0 < $1.lines.count }) {
      // Lines of each cell that fit on this page.
      var take = [Int](repeating: 0, count: cells.count)
      var height = 0.0
      for (index, cell) in cells.enumerated() {
        var used = 0.0
        while next[index] + take[index] < cell.lines.count,
          used + cell.lines[next[index] + take[index]].height + 2 * padding <= remaining + 0.01
        {
          used += cell.lines[next[index] + take[index]].height
          take[index] += 1
        }
        height = max(height, used)
      }
      let wholeRowFits = zip(zip(next, take), cells).allSatisfy { $0.0 + $0.1 == $1.lines.count }
      let rowHeight =
        cells.enumerated().map { index, cell in cell.lines[next[index]...].reduce(0) { $0 + $1.height } }
        .max()
        ?? 0
      let fits = wholeRowFits && height + 2 * padding + (wholeRowFits ? detailHeight : 0) <= remaining + 0.01
      if !fits
        && (rowHeight + 2 * padding + detailHeight + shapes.headerHeight <= area.height
          || take.allSatisfy { $0 == 0 })
      {
        continueTable(shapes)
        continue
      }
      let top = y
      if first, let anchor = row.anchor {
        items.append(.anchor(anchor, at: Point(x: area.x, y: top)))
        anchorTitles[anchor] = row.cells.prefix(2).map { $0.map(\.text).joined() }.joined(separator: " — ")
      }
      // The detail goes with the row's last part, when there is room for it on this page.
      let withDetail =
        wholeRowFits && height + 2 * padding + detailHeight <= remaining + 0.01 ? detailHeight : 0
      open(.tableRow)
      if rowIndex % 2 == 1 {
        items.append(
          .rectangle(
            Rect(x: area.x, y: top, width: area.width, height: height + 2 * padding + withDetail),
            fill: Colour(red: 0.955, green: 0.96, blue: 0.97), stroke: nil, lineWidth: 0))
      }
      var x = area.x
      for (index, cell) in cells.enumerated() {
        open(.dataCell(columns: 1))
        draw(
          cell, runs: shapes.cellRuns(rowIndex, index),
          style: Flow.aligned(styles.tableText, shapes.table.columns[index].alignment), x: x + padding,
          width: shapes.widths[index] - 2 * padding, lines: next[index]..<(next[index] + take[index]),
          advance: false, top: top + padding)
        close()
        next[index] += take[index]
        x += shapes.widths[index]
      }
      close()  // TR
      y = top + height + 2 * padding
      if let detail, let detailRuns, wholeRowFits {
        if withDetail == 0 {
          // Only when a row is taller than a page: its detail starts the next one.
          continueTable(shapes)
          y += padding
        }
        open(.tableRow)
        drawElement(
          .dataCell(columns: shapes.table.columns.count), detail, runs: detailRuns, style: styles.tableDetail,
          x: area.x + padding, width: area.width - 2 * padding, advance: false, top: y - padding)
        close()
        y += detailHeight
      }
      items.append(
        .line(
          from: Point(x: area.x, y: y), to: Point(x: area.maxX, y: y),
          colour: Colour(red: 0.8, green: 0.82, blue: 0.85), width: 0.5))
      first = false
      if zip(next, cells).contains(where: { $0 < $1.lines.count }) { continueTable(shapes) }
    }
  }

  /// The row before which the table breaks to balance its last two pages, if it needs to: when it
  /// ends its chapter and its last page would be less than a third full, rows move there from the
  /// page before (which keeps at least as much).
  private func balancedBreak(_ shapes: TableShapes, endsChapter: Bool, room: Double? = nil) -> Int? {
    guard endsChapter, shapes.rowHeights.allSatisfy({ $0 + shapes.headerHeight < area.height }) else {
      return nil
    }
    // The pages the rows fall on, filled one after the other.
    var capacity = (room ?? remaining) - shapes.captionHeight - shapes.headerHeight
    var used = 0.0
    var pageStarts = [0]
    for (index, height) in shapes.rowHeights.enumerated() {
      if used + height > capacity + 0.01 && index > pageStarts.last! {
        pageStarts.append(index)
        capacity = area.height - shapes.continuedHeight - shapes.headerHeight
        used = 0
      }
      used += height
    }
    guard pageStarts.count >= 2 else { return nil }
    let lastStart = pageStarts[pageStarts.count - 1]
    let previousStart = pageStarts[pageStarts.count - 2]
    let wanted = area.height / 3
    var start = lastStart
    var last = shapes.rowHeights[lastStart...].reduce(0, +)
    var previous = shapes.rowHeights[previousStart..<lastStart].reduce(0, +)
    while last < wanted, start - 1 > previousStart {
      let moved = shapes.rowHeights[start - 1]
      guard last + moved <= capacity, previous - moved >= last + moved else { break }
      start -= 1
      last += moved
      previous -= moved
    }
    return start == lastStart ? nil : start
  }

  /// Whether a table that ends its chapter starts on the next page instead of in `room`: it fits
  /// on one page, and here it would leave only its last rows (under a fifth of a page, even
  /// balanced) alone on the chapter's last page.
  func movesWhole(_ shapes: TableShapes, endsChapter: Bool, room: Double) -> Bool {
    guard endsChapter, !pageIsEmpty,
      shapes.captionHeight + shapes.headerHeight + shapes.rowHeights.reduce(0, +) <= area.height
    else { return false }
    let capacity = room - shapes.captionHeight - shapes.headerHeight
    var used = 0.0
    var naturalBreak = shapes.rowHeights.count
    for (index, height) in shapes.rowHeights.enumerated() {
      if used + height > capacity + 0.01 {
        naturalBreak = index
        break
      }
      used += height
    }
    let lastStart = balancedBreak(shapes, endsChapter: true, room: room) ?? naturalBreak
    guard lastStart < shapes.rowHeights.count else { return false }
    let lastPage = shapes.continuedHeight + shapes.headerHeight + shapes.rowHeights[lastStart...].reduce(0, +)
    return lastPage < area.height / 5
  }

  /// Whether the heading at `blockIndex` goes to the next page with the table under it, which
  /// would otherwise start there whole (`movesWhole`) and leave the heading alone at the foot.
  func headingFollowsItsTable(headingHeight: Double) -> Bool {
    let blocks = document.blocks
    guard blockIndex + 1 < blocks.count, case .table(let table) = blocks[blockIndex + 1] else { return false }
    let after = blockIndex + 2 < blocks.count ? blocks[blockIndex + 2] : nil
    return movesWhole(
      shapes(of: table, block: blockIndex + 1), endsChapter: Flow.endsChapter(after),
      room: remaining - headingHeight)
  }

  /// A page break follows: the block is the last of its chapter.
  static func endsChapter(_ next: Block?) -> Bool {
    switch next {
    case nil, .pageBreak, .heading(level: 0, _, _, _): return true
    default: return false
    }
  }

  static func aligned(_ style: TextStyle, _ alignment: TextStyle.Alignment) -> TextStyle {
    var copy = style
    copy.alignment = alignment
    return copy
  }
}

/// A table's texts shaped at its column widths, and the heights the layout plans with.
struct TableShapes {
  let table: Table
  let widths: [Double]
  let header: [ShapedParagraph]
  let headerHeight: Double
  let caption: ShapedParagraph?
  let captionHeight: Double
  let continuedCaption: ShapedParagraph?
  let continuedRuns: [InlineRun]
  let continuedHeight: Double
  let cells: [[ShapedParagraph]]
  let details: [ShapedParagraph?]
  /// Each row's height with its detail line.
  let rowHeights: [Double]

  /// Shapes the table's texts.
  init(_ table: Table, flow: Flow, block: Int) {
    let padding = Flow.cellPadding
    let area = flow.area
    let styles = flow.styles
    let shaper = flow.shaper
    self.table = table
    if let known = flow.figureParts.tableWidths[block] {
      widths = known
    } else {
      widths = TableShapes.widths(table, flow: flow)
      flow.figureParts.tableWidths[block] = widths
    }
    let widths = self.widths
    header = table.columns.enumerated().map { index, column in
      shaper.shape(
        [InlineRun(column.title)], style: Flow.aligned(styles.tableHeader, column.alignment),
        width: widths[index] - 2 * padding)
    }
    headerHeight = (header.map { $0.lines.reduce(0) { $0 + $1.height } }.max() ?? 0) + 2 * padding
    caption = table.caption.map { shaper.shape([InlineRun($0)], style: styles.caption, width: area.width) }
    captionHeight = caption.map { $0.lines.reduce(0) { $0 + $1.height } + 4 } ?? 0
    continuedRuns = table.caption.map { [InlineRun("\($0) \(flow.document.labels.continued)")] } ?? []
    continuedCaption =
      table.caption == nil ? nil : shaper.shape(continuedRuns, style: styles.caption, width: area.width)
    continuedHeight = continuedCaption.map { $0.lines.reduce(0) { $0 + $1.height } + 4 } ?? 0
    let rowRange = table.rows.indices
    cells = table.rows.map { row in
      row.cells.enumerated().map { index, runs in
        shaper.shape(
          runs.isEmpty ? [InlineRun("—")] : runs,
          style: Flow.aligned(styles.tableText, table.columns[index].alignment),
          width: widths[index] - 2 * padding)
      }
    }
    details = rowRange.map { index in
      table.detail(index).map { shaper.shape($0, style: styles.tableDetail, width: area.width - 2 * padding) }
    }
    let cells = self.cells
    let details = self.details
    rowHeights = cells.indices.map { index in
      let cellHeight = cells[index].map { $0.lines.reduce(0) { $0 + $1.height } }.max() ?? 0
      let detailHeight = details[index].map { $0.lines.reduce(0) { $0 + $1.height } + padding / 2 } ?? 0
      return cellHeight + 2 * padding + detailHeight
    }
  }

  /// The columns' widths: their shares of the text width, except that a column too narrow for a
  /// word it must not break (a heading's word, a short word, a name, a code, a number) takes the
  /// room from the columns that have some to spare.
  static func widths(_ table: Table, flow: Flow) -> [Double] {
    let padding = Flow.cellPadding
    var widths = table.columns.map { $0.share * flow.area.width }
    var minimums = [Double](repeating: 0, count: widths.count)
    let size = flow.styles.tableHeader.size
    for (index, column) in table.columns.enumerated() {
      // Only words that might not fit are looked at (no glyph of the bundled faces is wider than
      // the type's size).
      let room = widths[index] - 2 * padding
      func mightNotFit(_ word: Substring) -> Bool {
        Double(word.utf8.count) * size > room && Double(word.count) * size > room
      }
      var words = Set(column.title.split(separator: " ").filter(mightNotFit).map(String.init))
      for row in table.rows where index < row.cells.count {
        // A cell whose whole text would fit has no word that might not (bytes ≥ characters).
        let cell = row.cells[index]
        guard Double(cell.reduce(0) { $0 + $1.text.utf8.count }) * size > room else { continue }
        // The words as the shaper will see them: bound by their no-break spaces.
        for run in Typography.apply(cell) {
          for word in run.text.split(whereSeparator: { $0 == " " || $0 == "/" })
          where mightNotFit(word) && Hyphenation.isUnbreakable(word) {
            words.insert(String(word))
          }
        }
      }
      // All the words of a style measured at once, one to a line: one shaping, not one each.
      let header = Flow.aligned(flow.styles.tableHeader, column.alignment)
      let titled = words.filter { column.title.contains($0) }
      for (group, style) in [(titled, header), (words.subtracting(titled), flow.styles.tableText)]
      where !group.isEmpty {
        let lines = flow.shaper.shape(
          [InlineRun(group.sorted().joined(separator: "\n"))], style: style, width: 10_000
        )
        .lines
        let widest = lines.map(\.width).max() ?? 0
        minimums[index] = max(minimums[index], widest + 2 * padding + 1)
      }
    }
    var missing = zip(widths, minimums).reduce(0) { $0 + max(0, $1.1 - $1.0) }
    guard missing > 0 else { return widths }
    for index in widths.indices where widths[index] < minimums[index] { widths[index] = minimums[index] }
    // Taken from the others in proportion to what they can spare.
    let spare = zip(widths, minimums).map { max(0, $0 - $1) }
    let total = spare.reduce(0, +)
    guard total > missing else { return widths }
    for index in widths.indices where spare[index] > 0 {
      let taken = missing * spare[index] / total
      widths[index] -= taken
    }
    missing = 0
    return widths
  }

  func cellRuns(_ row: Int, _ column: Int) -> [InlineRun] {
    let runs = table.rows[row].cells[column]
    return runs.isEmpty ? [InlineRun("—")] : runs
  }
}
