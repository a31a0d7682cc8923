import PlanDocument

/// Turns a document into pages. Text is measured by the same shaper the painter draws with.
/// The table of contents needs the pages of the headings, which depend on the contents' own
/// length: the layout runs until the page numbers stop changing (two passes in practice), and the
/// shaper's cache makes the second pass cheap.
public enum Layout {
  /// How many passes the last layout took (for PLAN_TIMINGS).
  nonisolated(unsafe) public static var lastPasses = 0

  public static func layout(
    _ document: Document, shaper: any TextShaper, settings: LayoutSettings = LayoutSettings()
  ) -> DisplayList {
    var headingPages: [String: Int] = [:]
    var passes = 0
    defer { Layout.lastPasses = passes }
    let figureParts = FigurePartsCache()
    if let splittable = shaper as? any SplittableShaper, splittable.splits, document.blocks.count > 1 {
      preshape(document, shaper: splittable, settings: settings, figureParts: figureParts)
    }
    var flow = Flow(
      document: document, shaper: shaper, settings: settings, headingPages: headingPages,
      figureParts: figureParts)
    for pass in 0..<4 {
      passes = pass + 1
      flow = Flow(
        document: document, shaper: shaper, settings: settings, headingPages: headingPages,
        figureParts: figureParts)
      flow.run()
      if flow.headingPages == headingPages { break }
      headingPages = flow.headingPages
    }
    return DisplayList(
      pageSize: settings.pageSize, pages: flow.decoratedPages(), outline: flow.outline,
      metadata: document.metadata, anchorTitles: flow.anchorTitles)
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
  /// The chapters' titles and the pages they start on, for the running head.
  var chapterStarts: [(page: Int, title: String)] = []
  /// The last heading placed under a chapter: the title a key–value block repeats when it
  /// continues on the next page.
  var lastHeading: String?
  /// The block being placed (its index in the document).
  var blockIndex = 0
  /// The level of the last heading tagged (`H1` = 1; the cover's title is the first).
  var headingLevel = 1
  /// What each anchor placed so far is, in words.
  var anchorTitles: [String: String] = [:]

  let figureParts: FigurePartsCache

  init(
    document: Document, shaper: any TextShaper, settings: LayoutSettings, headingPages: [String: Int],
    figureParts: FigurePartsCache
  ) {
    self.figureParts = figureParts
    self.document = document
    self.shaper = shaper
    self.settings = settings
    self.styles = Styles(
      theme: document.theme, language: document.metadata.language, settings: settings, formal: document.formal
    )
    self.area = settings.textArea
    self.previousPages = headingPages
    self.y = settings.textArea.y
  }

  var pageNumber: Int { pages.count + 1 }
  var pageIsEmpty: Bool {
    !items.contains {
      switch $0 {
      case .anchor, .open, .close: return false
      default: return true
      }
    }
  }
  var remaining: Double { area.maxY - y }

  mutating func newPage() {
    pages.append(items)
    items = []
    y = area.y
  }

  mutating func run() {
    for (index, block) in document.blocks.enumerated() {
      blockIndex = index
      let previous = index > 0 ? document.blocks[index - 1] : nil
      place(
        block, previous: previous, next: index + 1 < document.blocks.count ? document.blocks[index + 1] : nil)
    }
    if !items.isEmpty || pages.isEmpty { newPage() }
  }

  // MARK: - Blocks

  mutating func place(_ block: Block, previous: Block?, next: Block?) {
    switch block {
    case .cover(let cover):
      placeCover(cover)
    case .heading(let level, let text, let number, let anchor):
      placeHeading(level: level, text: text, number: number, anchor: anchor, next: next)
    case .paragraph(let runs, let kind):
      let style = styles.paragraph(kind)
      placeParagraph(runs, style: style, x: area.x, width: area.width)
      y += kind == .tight ? 0 : style.lineHeight * 0.55
    case .list(let entries, let ordered):
      open(.list)
      for (index, entry) in entries.enumerated() {
        let marker = ordered ? "\(index + 1)." : "•"
        placeListItem(entry, marker: marker, style: styles.body, x: area.x + 16, width: area.width - 16)
        y += 2
      }
      close()
      y += styles.body.lineHeight * 0.45
    case .table(let table):
      placeTable(table, next: next)
    case .definitions(let pairs):
      var title: String?
      if case .heading = previous { title = lastHeading }
      placeDefinitions(pairs, title: title)
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
    case .table(let table): return tableStart(table, block: blockIndex + 1) + 16
    case .definitions: return styles.body.lineHeight * 2
    case .heading(let level, _, _, _):
      return styles.heading(level).lineHeight * 2 + styles.body.lineHeight * 2
    case .signatures: return 90
    case .figure(let figure): return figureStart(figure)
    default: return 0
    }
  }

  /// A heading (`H1` for a chapter, `H2`, `H3`), kept with what follows it. A chapter heading
  /// starts a page (unless `startsPage` is false) and names the chapter in the running head.
  mutating func placeHeading(
    level: Int, text: String, number: String?, anchor: String, next: Block?, startsPage: Bool = true
  ) {
    let style = styles.heading(level)
    let label = number.map { "\($0)  \(text)" } ?? text
    let shaped = shaper.shape([InlineRun(label)], style: style, width: area.width)
    let height = shaped.lines.reduce(0) { $0 + $1.height }
    let before = level == 0 ? 0 : (level == 1 ? 14.0 : 9.0)
    let after = level == 0 ? 16.0 : 5.0
    if level == 0 && startsPage {
      if !pageIsEmpty { newPage() }
    } else {
      // Keep with next: the heading never ends a page.
      if !pageIsEmpty
        && (before + height + after + minimumStart(of: next) > remaining
          || headingFollowsItsTable(headingHeight: before + height + after))
      {
        newPage()
      }
      if !pageIsEmpty { y += before }
    }
    items.append(.anchor(anchor, at: Point(x: area.x, y: y)))
    headingPages[anchor] = pageNumber
    anchorTitles[anchor] = label
    if level <= 2 {
      outline.append(OutlineEntry(title: label, level: level, page: pageNumber, y: y, anchor: anchor))
    }
    if level == 0 {
      chapterStarts.append((pageNumber, label))
      lastHeading = nil
    } else {
      lastHeading = label
    }
    // H1 for chapters, then one level deeper at a time: a sheet's heading right under a chapter is
    // an H2, never an H3 that skips a level (PDF/UA 7.4.2).
    let tagLevel = min(level + 1, headingLevel + 1)
    headingLevel = tagLevel
    drawElement(
      .heading(tagLevel), shaped, runs: [InlineRun(label)], style: style, x: area.x, width: area.width)
    if level == 0 && !document.formal {
      // A rule under chapter titles.
      items.append(
        .line(
          from: Point(x: area.x, y: y + 4), to: Point(x: area.maxX, y: y + 4), colour: document.theme.accent,
          width: 1.2))
      y += 4
    }
    y += after
  }

  // MARK: - Special pages

  /// The title page: the issuing body in a band of the brand's colour, the coat of arms, the city,
  /// the title (the document's first heading), the horizon and, at the foot, status, version and
  /// date.
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
    y = 70
    let bodyStyle = TextStyle(
      family: theme.headingFamily, size: TypeScale.subheading, bold: true, colour: theme.onPrimary,
      lineHeight: 17, alignment: .left, language: language)
    coverLine(cover.body, style: bodyStyle, role: .paragraph)
    if let logo = cover.logoPath {
      open(.figure(alternative: cover.logoDescription))
      items.append(
        .image(path: logo, frame: Rect(x: area.x + (width - 96) / 2, y: 200, width: 96, height: 96)))
      close()
    }
    y = 330
    let cityStyle = TextStyle(
      family: theme.headingFamily, size: TypeScale.subheading, colour: theme.accent, lineHeight: 18,
      alignment: .center, language: language)
    coverLine(cover.city.uppercased(), style: cityStyle, role: .paragraph)
    y += 10
    let titleStyle = TextStyle(
      family: theme.headingFamily, size: TypeScale.display, bold: true, colour: theme.primary, lineHeight: 34,
      alignment: .center, language: language)
    coverLine(cover.title, style: titleStyle, role: .heading(1))
    y += 12
    let subtitleStyle = TextStyle(
      family: theme.bodyFamily, size: TypeScale.subheading, italic: true, colour: theme.text, lineHeight: 18,
      alignment: .center, language: language)
    coverLine(cover.subtitle, style: subtitleStyle, role: .paragraph)
    // Details at the foot of the page.
    let detailStyle = TextStyle(
      family: theme.headingFamily, size: TypeScale.small, colour: theme.muted, lineHeight: 14,
      alignment: .center, language: language)
    let bottom =
      area.maxY
      - cover.details.reduce(0) { total, detail in
        total
          + shaper.shape([InlineRun(detail)], style: detailStyle, width: width).lines.reduce(0) {
            $0 + $1.height
          }
      }
    items.append(
      .line(
        from: Point(x: area.x + width * 0.3, y: bottom - 12),
        to: Point(x: area.maxX - width * 0.3, y: bottom - 12),
        colour: theme.accent, width: 1))
    y = bottom
    for detail in cover.details { coverLine(detail, style: detailStyle, role: .paragraph) }
    newPage()
  }

  private mutating func coverLine(_ text: String, style: TextStyle, role: StructureRole) {
    guard !text.isEmpty else { return }
    let runs = [InlineRun(text)]
    let shaped = shaper.shape(runs, style: style, width: area.width)
    drawElement(role, shaped, runs: runs, style: style, x: area.x, width: area.width)
  }

  mutating func placeSignatures(_ signatures: [Signature]) {
    let columnWidth = (area.width - 40) / 2
    let nameStyle = TextStyle(
      family: document.theme.headingFamily, size: TypeScale.body, bold: true, colour: document.theme.text,
      lineHeight: 13, alignment: .center, language: document.metadata.language)
    var roleStyle = nameStyle
    roleStyle.bold = false
    roleStyle.size = TypeScale.small
    roleStyle.colour = document.theme.muted
    for pairStart in stride(from: 0, to: signatures.count, by: 2) {
      let pair = signatures[pairStart..<min(pairStart + 2, signatures.count)]
      // Names and roles wrap, never cut: the block grows with the longest of the pair.
      let shaped = pair.map { signature in
        (
          name: shaper.shape([InlineRun(signature.name)], style: nameStyle, width: columnWidth),
          role: shaper.shape([InlineRun(signature.role)], style: roleStyle, width: columnWidth)
        )
      }
      var extra = 0.0
      for (name, role) in shaped {
        let nameExtra: Double = Double(max(0, name.lines.count - 1)) * nameStyle.lineHeight
        let roleExtra: Double = Double(max(0, role.lines.count - 2)) * roleStyle.lineHeight
        extra = max(extra, nameExtra + roleExtra)
      }
      let blockHeight = 100.0 + extra
      if blockHeight > remaining { newPage() }
      let lineY = y + 60
      // A norm's lone signature (the executive's) is centred under the text.
      let indent = document.formal && signatures.count == 1 ? (area.width - columnWidth) / 2 : 0
      for (offset, signature) in pair.enumerated() {
        let x = area.x + indent + Double(offset) * (columnWidth + 40)
        items.append(
          .line(
            from: Point(x: x + 10, y: lineY), to: Point(x: x + columnWidth - 10, y: lineY),
            colour: document.theme.text, width: 0.6))
        let (name, role) = shaped[offset]
        drawElement(
          .paragraph, name, runs: [InlineRun(signature.name)], style: nameStyle, x: x, width: columnWidth,
          lines: 0..<name.lines.count, advance: false, top: lineY + 5)
        drawElement(
          .paragraph, role, runs: [InlineRun(signature.role)], style: roleStyle, x: x, width: columnWidth,
          lines: 0..<role.lines.count, advance: false,
          top: lineY + 20 + Double(max(0, name.lines.count - 1)) * nameStyle.lineHeight)
      }
      y += blockHeight
    }
    // In a norm, what follows the signatures (the promulgation) stands apart from them.
    if document.formal { y += styles.body.lineHeight }
  }
}
