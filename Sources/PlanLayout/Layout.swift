import PlanDocument

/// Turns a document into pages. Text is measured by the same shaper the painter draws with.
/// The table of contents needs the pages of the headings, which depend on the contents' own
/// length: the layout runs until the page numbers stop changing (two passes in practice), and the
/// shaper's cache makes the second pass cheap.
public enum Layout {
  public static func layout(
    _ document: Document, shaper: any TextShaper, settings: LayoutSettings = LayoutSettings()
  ) -> DisplayList {
    var headingPages: [String: Int] = [:]
    let figureParts = FigurePartsCache()
    if let splittable = shaper as? any SplittableShaper, splittable.splits, document.blocks.count > 1 {
      preshape(document, shaper: splittable, settings: settings, figureParts: figureParts)
    }
    var flow = Flow(
      document: document, shaper: shaper, settings: settings, headingPages: headingPages,
      figureParts: figureParts)
    for _ in 0..<4 {
      flow = Flow(
        document: document, shaper: shaper, settings: settings, headingPages: headingPages,
        figureParts: figureParts)
      flow.run()
      if flow.headingPages == headingPages { break }
      headingPages = flow.headingPages
    }
    return DisplayList(
      pageSize: settings.pageSize, pages: flow.decoratedPages(), outline: flow.outline,
      metadata: document.metadata)
  }
}

/// The state of one pass: the current page and how far down it is filled.
struct Flow {
  let document: Document
  let shaper: any TextShaper
  let settings: LayoutSettings
  let styles: Styles
  let area: Rect
  /// Pages of the headings, from the previous pass (for the table of contents).
  let previousPages: [String: Int]

  var pages: [[DisplayItem]] = []
  var items: [DisplayItem] = []
  var y: Double
  var outline: [OutlineEntry] = []
  var headingPages: [String: Int] = [:]
  /// Figures placed so far (their numbers).
  var figureCount = 0
  /// Pages that carry no running header and footer (the cover).
  var plainPages: Set<Int> = []

  let figureParts: FigurePartsCache

  init(
    document: Document, shaper: any TextShaper, settings: LayoutSettings, headingPages: [String: Int],
    figureParts: FigurePartsCache
  ) {
    self.figureParts = figureParts
    self.document = document
    self.shaper = shaper
    self.settings = settings
    self.styles = Styles(theme: document.theme, language: document.metadata.language, settings: settings)
    self.area = settings.textArea
    self.previousPages = headingPages
    self.y = settings.textArea.y
  }

  var pageNumber: Int { pages.count + 1 }
  var pageIsEmpty: Bool { !items.contains { if case .anchor = $0 { return false } else { return true } } }
  var remaining: Double { area.maxY - y }

  mutating func newPage() {
    pages.append(items)
    items = []
    y = area.y
  }

  mutating func run() {
    for (index, block) in document.blocks.enumerated() {
      place(block, next: index + 1 < document.blocks.count ? document.blocks[index + 1] : nil)
    }
    if !items.isEmpty || pages.isEmpty { newPage() }
  }

  // MARK: - Blocks

  mutating func place(_ block: Block, next: Block?) {
    switch block {
    case .cover(let cover):
      placeCover(cover)
    case .heading(let level, let text, let number, let anchor):
      placeHeading(level: level, text: text, number: number, anchor: anchor, next: next)
    case .paragraph(let runs, let kind):
      let style = styles.paragraph(kind)
      placeParagraph(runs, style: style, x: area.x, width: area.width)
      y += style.lineHeight * 0.55
    case .list(let entries, let ordered):
      for (index, entry) in entries.enumerated() {
        let marker = ordered ? "\(index + 1)." : "•"
        placeParagraph(entry, style: styles.body, x: area.x + 16, width: area.width - 16, marker: marker)
        y += 2
      }
      y += styles.body.lineHeight * 0.45
    case .table(let table):
      placeTable(table)
    case .definitions(let pairs):
      placeDefinitions(pairs)
    case .tableOfContents:
      placeContents()
    case .pageBreak:
      if !pageIsEmpty { newPage() }
    case .signatures(let signatures):
      placeSignatures(signatures)
    case .anchor(let name):
      items.append(.anchor(name, at: Point(x: area.x, y: y)))
    case .figure(let figure):
      placeFigure(figure)
    case .listOfFigures:
      placeListOfFigures()
    }
  }

  /// The lines a block needs at least at the bottom of a page to sit under a heading.
  func minimumStart(of block: Block?) -> Double {
    switch block {
    case .paragraph(_, let kind): return styles.paragraph(kind).lineHeight * 2
    case .list: return styles.body.lineHeight * 2
    case .table(let table): return (table.caption == nil ? 0 : 14) + 3 * styles.tableText.lineHeight + 16
    case .definitions: return styles.body.lineHeight * 2
    case .heading(let level, _, _, _):
      return styles.heading(level).lineHeight * 2 + styles.body.lineHeight * 2
    case .signatures: return 90
    case .figure(let figure): return figureStart(figure)
    default: return 0
    }
  }

  mutating func placeHeading(level: Int, text: String, number: String?, anchor: String, next: Block?) {
    let style = styles.heading(level)
    let label = number.map { "\($0)  \(text)" } ?? text
    let shaped = shaper.shape([InlineRun(label)], style: style, width: area.width)
    let height = shaped.lines.reduce(0) { $0 + $1.height }
    let before = level == 0 ? 0 : (level == 1 ? 14.0 : 9.0)
    let after = level == 0 ? 16.0 : 5.0
    if level == 0 {
      if !pageIsEmpty { newPage() }
    } else {
      // Keep with next: the heading never ends a page.
      if !pageIsEmpty && before + height + after + minimumStart(of: next) > remaining { newPage() }
      if !pageIsEmpty { y += before }
    }
    items.append(.anchor(anchor, at: Point(x: area.x, y: y)))
    headingPages[anchor] = pageNumber
    if level <= 2 {
      outline.append(OutlineEntry(title: label, level: level, page: pageNumber, y: y, anchor: anchor))
    }
    draw(
      shaped, runs: [InlineRun(label)], style: style, x: area.x, width: area.width,
      lines: 0..<shaped.lines.count)
    if level == 0 {
      // A rule under chapter titles.
      items.append(
        .line(
          from: Point(x: area.x, y: y + 4), to: Point(x: area.maxX, y: y + 4), colour: document.theme.accent,
          width: 1.2))
      y += 4
    }
    y += after
  }

  /// Places a paragraph, splitting it across pages with at least two lines on each side.
  mutating func placeParagraph(
    _ runs: [InlineRun], style: TextStyle, x: Double, width: Double, marker: String? = nil
  ) {
    let shaped = shaper.shape(runs, style: style, width: width)
    let lines = shaped.lines
    var start = 0
    var markerDrawn = false
    while start < lines.count {
      var fit = 0
      var height = 0.0
      while start + fit < lines.count, height + lines[start + fit].height <= remaining + 0.01 {
        height += lines[start + fit].height
        fit += 1
      }
      let left = lines.count - start
      if fit < left {
        // Orphans and widows: two lines at least at the foot and at the head of a page.
        if left - fit < 2 { fit = left - 2 }
        if fit < min(2, left) {
          if pageIsEmpty {
            fit = max(1, min(fit, left))
          } else {
            newPage()
            continue
          }
        }
      }
      fit = max(1, min(fit, left))
      if let marker, !markerDrawn {
        let markerStyle = TextStyle(
          family: style.family, size: style.size, bold: style.bold, colour: document.theme.accent,
          lineHeight: style.lineHeight, language: style.language)
        let markerShape = shaper.shape([InlineRun(marker)], style: markerStyle, width: x - area.x)
        draw(
          markerShape, runs: [InlineRun(marker)], style: markerStyle, x: area.x, width: x - area.x,
          lines: 0..<min(1, markerShape.lines.count), advance: false)
        markerDrawn = true
      }
      draw(shaped, runs: runs, style: style, x: x, width: width, lines: start..<(start + fit))
      start += fit
      if start < lines.count { newPage() }
    }
  }

  /// Adds the text item for some lines of a shaped paragraph at the current position, with the
  /// links those lines carry, and moves down (unless `advance` is false).
  mutating func draw(
    _ shaped: ShapedParagraph, runs: [InlineRun], style: TextStyle, x: Double, width: Double,
    lines: Range<Int>,
    advance: Bool = true, top: Double? = nil
  ) {
    guard !lines.isEmpty else { return }
    let origin = Point(x: x, y: top ?? y)
    var lineTop = origin.y
    var widest = 0.0
    for index in lines {
      let line = shaped.lines[index]
      for link in line.links {
        items.append(
          .link(
            Rect(
              x: x + link.rect.x, y: lineTop + link.rect.y, width: link.rect.width, height: link.rect.height),
            anchor: link.anchor))
      }
      widest = max(widest, min(line.width, width))
      lineTop += line.height
    }
    let frame = Rect(x: x, y: origin.y, width: width, height: lineTop - origin.y)
    items.append(
      .text(TextFragment(runs: runs, style: style, width: width, origin: origin, lines: lines, frame: frame)))
    if advance && top == nil { y = lineTop }
  }

  // MARK: - Tables

  mutating func placeTable(_ table: Table) {
    let padding = 4.0
    let widths = table.columns.map { $0.share * area.width }
    let header = table.columns.enumerated().map { index, column in
      shaper.shape(
        [InlineRun(column.title)], style: Flow.aligned(styles.tableHeader, column.alignment),
        width: widths[index] - 2 * padding)
    }
    let headerHeight = (header.map { $0.lines.reduce(0) { $0 + $1.height } }.max() ?? 0) + 2 * padding
    if let caption = table.caption {
      let shaped = shaper.shape([InlineRun(caption)], style: styles.caption, width: area.width)
      let captionHeight = shaped.lines.reduce(0) { $0 + $1.height } + 4
      if !pageIsEmpty && captionHeight + headerHeight + 3 * styles.tableText.lineHeight > remaining {
        newPage()
      }
      draw(
        shaped, runs: [InlineRun(caption)], style: styles.caption, x: area.x, width: area.width,
        lines: 0..<shaped.lines.count)
      y += 4
    } else if !pageIsEmpty && headerHeight + 3 * styles.tableText.lineHeight > remaining {
      newPage()
    }
    func drawHeader(_ flow: inout Flow) {
      flow.items.append(
        .rectangle(
          Rect(x: flow.area.x, y: flow.y, width: flow.area.width, height: headerHeight),
          fill: flow.document.theme.tableHeader, stroke: nil, lineWidth: 0))
      var x = flow.area.x
      for (index, shaped) in header.enumerated() {
        let column = table.columns[index]
        flow.draw(
          shaped, runs: [InlineRun(column.title)],
          style: Flow.aligned(flow.styles.tableHeader, column.alignment),
          x: x + padding, width: widths[index] - 2 * padding, lines: 0..<shaped.lines.count, advance: false,
          top: flow.y + padding)
        x += widths[index]
      }
      flow.y += headerHeight
    }
    drawHeader(&self)
    for (rowIndex, row) in table.rows.enumerated() {
      let cells = row.cells.enumerated().map { index, runs in
        shaper.shape(
          runs.isEmpty ? [InlineRun("—")] : runs,
          style: Flow.aligned(styles.tableText, table.columns[index].alignment),
          width: widths[index] - 2 * padding)
      }
      // The spanning line under the cells, drawn with the row's last part.
      let detailRuns = table.detail(rowIndex)
      let detail = detailRuns.map {
        shaper.shape($0, style: styles.tableDetail, width: area.width - 2 * padding)
      }
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
        // A row moves whole to the next page when it can; it splits only when taller than a page.
        let rowHeight =
          cells.enumerated().map { index, cell in
            cell.lines[next[index]...].reduce(0) { $0 + $1.height }
          }.max() ?? 0
        let rest = wholeRowFits ? detailHeight : 0
        let fits = wholeRowFits && height + 2 * padding + rest <= remaining + 0.01
        if !fits
          && (rowHeight + 2 * padding + detailHeight + headerHeight <= area.height
            || take.allSatisfy { $0 == 0 })
        {
          newPage()
          drawHeader(&self)
          continue
        }
        let top = y
        if first, let anchor = row.anchor { items.append(.anchor(anchor, at: Point(x: area.x, y: top))) }
        // The detail goes with the row's last part, when there is room for it on this page.
        let withDetail =
          wholeRowFits && height + 2 * padding + detailHeight <= remaining + 0.01 ? detailHeight : 0
        if rowIndex % 2 == 1 {
          items.append(
            .rectangle(
              Rect(x: area.x, y: top, width: area.width, height: height + 2 * padding + withDetail),
              fill: Colour(red: 0.955, green: 0.96, blue: 0.97), stroke: nil, lineWidth: 0))
        }
        var x = area.x
        for (index, cell) in cells.enumerated() {
          draw(
            cell, runs: row.cells[index].isEmpty ? [InlineRun("—")] : row.cells[index],
            style: Flow.aligned(styles.tableText, table.columns[index].alignment), x: x + padding,
            width: widths[index] - 2 * padding, lines: next[index]..<(next[index] + take[index]),
            advance: false,
            top: top + padding)
          next[index] += take[index]
          x += widths[index]
        }
        y = top + height + 2 * padding
        if let detail, let detailRuns, wholeRowFits {
          if withDetail == 0 {
            // Only when a row is taller than a page: its detail starts the next one.
            newPage()
            drawHeader(&self)
            y += padding
          }
          draw(
            detail, runs: detailRuns, style: styles.tableDetail, x: area.x + padding,
            width: area.width - 2 * padding,
            lines: 0..<detail.lines.count, advance: false, top: y - padding)
          y += detailHeight
        }
        items.append(
          .line(
            from: Point(x: area.x, y: y), to: Point(x: area.maxX, y: y),
            colour: Colour(red: 0.8, green: 0.82, blue: 0.85), width: 0.5))
        first = false
        if zip(next, cells).contains(where: { $0 < $1.lines.count }) {
          newPage()
          drawHeader(&self)
        }
      }
    }
    y += 12
  }

  static func aligned(_ style: TextStyle, _ alignment: TextStyle.Alignment) -> TextStyle {
    var copy = style
    copy.alignment = alignment
    return copy
  }

  mutating func placeDefinitions(_ pairs: [(term: String, value: [InlineRun])]) {
    let termWidth = area.width * 0.3
    let gap = 10.0
    var termStyle = styles.body
    termStyle.bold = true
    termStyle.alignment = .left
    termStyle.family = document.theme.headingFamily
    termStyle.size = styles.body.size - 1
    var valueStyle = styles.body
    valueStyle.alignment = .left
    for pair in pairs {
      let term = shaper.shape([InlineRun(pair.term)], style: termStyle, width: termWidth - gap)
      let value = shaper.shape(
        pair.value.isEmpty ? [InlineRun("—")] : pair.value, style: valueStyle, width: area.width - termWidth)
      let height = max(term.lines.reduce(0) { $0 + $1.height }, value.lines.reduce(0) { $0 + $1.height })
      if height > remaining && !pageIsEmpty { newPage() }
      let top = y
      draw(
        term, runs: [InlineRun(pair.term)], style: termStyle, x: area.x, width: termWidth - gap,
        lines: 0..<term.lines.count, advance: false, top: top)
      // A value taller than the page continues as a paragraph.
      if height <= area.height {
        draw(
          value, runs: pair.value.isEmpty ? [InlineRun("—")] : pair.value, style: valueStyle,
          x: area.x + termWidth,
          width: area.width - termWidth, lines: 0..<value.lines.count, advance: false, top: top)
        y = top + height + 5
      } else {
        placeParagraph(pair.value, style: valueStyle, x: area.x + termWidth, width: area.width - termWidth)
        y += 5
      }
    }
    y += 6
  }

  // MARK: - Special pages

  mutating func placeCover(_ cover: Cover) {
    if !pageIsEmpty { newPage() }
    plainPages.insert(pageNumber)
    let theme = document.theme
    let language = document.metadata.language
    let width = area.width
    // A band of the primary colour across the top.
    items.append(
      .rectangle(
        Rect(x: 0, y: 0, width: settings.pageSize.width, height: 150), fill: theme.primary, stroke: nil,
        lineWidth: 0))
    var bodyStyle = TextStyle(
      family: theme.headingFamily, size: 12, bold: true, colour: theme.onPrimary, lineHeight: 16,
      alignment: .left,
      language: language)
    y = 70
    let body = shaper.shape([InlineRun(cover.body)], style: bodyStyle, width: width)
    draw(
      body, runs: [InlineRun(cover.body)], style: bodyStyle, x: area.x, width: width,
      lines: 0..<body.lines.count)
    bodyStyle.bold = false
    bodyStyle.size = 10
    if let logo = cover.logoPath {
      items.append(
        .image(path: logo, frame: Rect(x: area.x + (width - 96) / 2, y: 200, width: 96, height: 96)))
    }
    y = 330
    let cityStyle = TextStyle(
      family: theme.headingFamily, size: 14, colour: theme.accent, lineHeight: 18, alignment: .center,
      language: language)
    let city = shaper.shape([InlineRun(cover.city.uppercased())], style: cityStyle, width: width)
    draw(
      city, runs: [InlineRun(cover.city.uppercased())], style: cityStyle, x: area.x, width: width,
      lines: 0..<city.lines.count)
    y += 10
    let titleStyle = TextStyle(
      family: theme.headingFamily, size: 28, bold: true, colour: theme.primary, lineHeight: 34,
      alignment: .center,
      language: language)
    let title = shaper.shape([InlineRun(cover.title)], style: titleStyle, width: width)
    draw(
      title, runs: [InlineRun(cover.title)], style: titleStyle, x: area.x, width: width,
      lines: 0..<title.lines.count)
    y += 12
    let subtitleStyle = TextStyle(
      family: theme.bodyFamily, size: 13, italic: true, colour: theme.text, lineHeight: 18,
      alignment: .center,
      language: language)
    let subtitle = shaper.shape([InlineRun(cover.subtitle)], style: subtitleStyle, width: width)
    draw(
      subtitle, runs: [InlineRun(cover.subtitle)], style: subtitleStyle, x: area.x, width: width,
      lines: 0..<subtitle.lines.count)
    // Details at the foot of the page.
    let detailStyle = TextStyle(
      family: theme.headingFamily, size: 9.5, colour: theme.muted, lineHeight: 14, alignment: .center,
      language: language)
    let details = cover.details.map { [InlineRun($0)] }
    var bottom = area.maxY
    var shapedDetails: [ShapedParagraph] = []
    for runs in details.reversed() {
      let shaped = shaper.shape(runs, style: detailStyle, width: width)
      bottom -= shaped.lines.reduce(0) { $0 + $1.height }
      shapedDetails.insert(shaped, at: 0)
    }
    items.append(
      .line(
        from: Point(x: area.x + width * 0.3, y: bottom - 12),
        to: Point(x: area.maxX - width * 0.3, y: bottom - 12),
        colour: theme.accent, width: 1))
    y = bottom
    for (index, shaped) in shapedDetails.enumerated() {
      draw(
        shaped, runs: details[index], style: detailStyle, x: area.x, width: width,
        lines: 0..<shaped.lines.count)
    }
    newPage()
  }

  mutating func placeContents() {
    if !pageIsEmpty { newPage() }
    let anchor = "indice"
    placeHeading(level: 0, text: document.labels.contents, number: nil, anchor: anchor, next: nil)
    let numberWidth = 36.0
    for block in document.blocks {
      guard case .heading(let level, let text, let number, let anchor) = block, level <= 1 else { continue }
      let style = level == 0 ? styles.tocChapter : styles.tocSection
      let indent = level == 0 ? 0.0 : 22.0
      let label = (number.map { "\($0)  " } ?? "") + text
      let shaped = shaper.shape(
        [InlineRun(label)], style: style, width: area.width - indent - numberWidth - 8)
      let height = shaped.lines.reduce(0) { $0 + $1.height }
      if height > remaining { newPage() }
      if level == 0 { y += 4 }
      let top = y
      draw(
        shaped, runs: [InlineRun(label)], style: style, x: area.x + indent,
        width: area.width - indent - numberWidth - 8, lines: 0..<shaped.lines.count)
      let page = previousPages[anchor].map(String.init) ?? ""
      let pageShape = shaper.shape([InlineRun(page)], style: styles.tocNumber, width: numberWidth)
      if !page.isEmpty {
        draw(
          pageShape, runs: [InlineRun(page)], style: styles.tocNumber, x: area.maxX - numberWidth,
          width: numberWidth,
          lines: 0..<pageShape.lines.count, advance: false,
          top: top + height - (pageShape.lines.first?.height ?? 0))
      }
      items.append(
        .link(Rect(x: area.x + indent, y: top, width: area.width - indent, height: height), anchor: anchor))
    }
  }

  mutating func placeSignatures(_ signatures: [Signature]) {
    let columnWidth = (area.width - 40) / 2
    let nameStyle = TextStyle(
      family: document.theme.headingFamily, size: 10, bold: true, colour: document.theme.text, lineHeight: 13,
      alignment: .center, language: document.metadata.language)
    var roleStyle = nameStyle
    roleStyle.bold = false
    roleStyle.size = 9
    roleStyle.colour = document.theme.muted
    for pairStart in stride(from: 0, to: signatures.count, by: 2) {
      let pair = signatures[pairStart..<min(pairStart + 2, signatures.count)]
      let blockHeight = 100.0
      if blockHeight > remaining { newPage() }
      let lineY = y + 60
      for (offset, signature) in pair.enumerated() {
        let x = area.x + Double(offset) * (columnWidth + 40)
        items.append(
          .line(
            from: Point(x: x + 10, y: lineY), to: Point(x: x + columnWidth - 10, y: lineY),
            colour: document.theme.text, width: 0.6))
        let name = shaper.shape([InlineRun(signature.name)], style: nameStyle, width: columnWidth)
        draw(
          name, runs: [InlineRun(signature.name)], style: nameStyle, x: x, width: columnWidth,
          lines: 0..<min(name.lines.count, 2), advance: false, top: lineY + 5)
        let role = shaper.shape([InlineRun(signature.role)], style: roleStyle, width: columnWidth)
        draw(
          role, runs: [InlineRun(signature.role)], style: roleStyle, x: x, width: columnWidth,
          lines: 0..<min(role.lines.count, 2), advance: false, top: lineY + 20)
      }
      y += blockHeight
    }
  }

  // MARK: - Header, footer, watermark

  /// "Página %d de %d" with its two numbers.
  static func fill(_ template: String, _ first: Int, _ second: Int) -> String {
    var out = ""
    var numbers = [first, second][...]
    var rest = Substring(template)
    while let range = rest.firstRange(of: "%d"), let number = numbers.popFirst() {
      out += rest[..<range.lowerBound] + String(number)
      rest = rest[range.upperBound...]
    }
    return out + rest
  }

  /// The pages with running header, "Página X de Y" footer and the watermark.
  func decoratedPages() -> [Page] {
    let total = pages.count
    return pages.enumerated().map { index, content in
      let number = index + 1
      var items: [DisplayItem] = []
      if let watermark = document.watermark {
        items.append(.watermark(watermark, colour: Colour(red: 0.85, green: 0.85, blue: 0.87, alpha: 0.55)))
      }
      items += content
      if !plainPages.contains(number) {
        let headerTop = area.y - settings.headerGap
        let header = shaper.shape([InlineRun(document.runningTitle)], style: styles.header, width: area.width)
        items.append(
          .text(
            TextFragment(
              runs: [InlineRun(document.runningTitle)], style: styles.header, width: area.width,
              origin: Point(x: area.x, y: headerTop), lines: 0..<min(1, header.lines.count),
              frame: Rect(x: area.x, y: headerTop, width: area.width, height: header.lines.first?.height ?? 0)
            )))
        items.append(
          .line(
            from: Point(x: area.x, y: area.y - 10), to: Point(x: area.maxX, y: area.y - 10),
            colour: Colour(red: 0.75, green: 0.77, blue: 0.8), width: 0.4))
        let text = Flow.fill(document.labels.pageOf, number, total)
        let footerTop = area.maxY + settings.footerGap - styles.footer.lineHeight
        let footer = shaper.shape([InlineRun(text)], style: styles.footer, width: area.width)
        items.append(
          .text(
            TextFragment(
              runs: [InlineRun(text)], style: styles.footer, width: area.width,
              origin: Point(x: area.x, y: footerTop),
              lines: 0..<min(1, footer.lines.count),
              frame: Rect(x: area.x, y: footerTop, width: area.width, height: footer.lines.first?.height ?? 0)
            )))
      }
      return Page(number: number, label: String(number), items: items)
    }
  }
}
