import PlanDocument

/// The table of contents and the list of figures: a `TOC` whose items (`TOCI`) are each a link
/// to the heading or figure, holding the entry's text and its page number. The number sits on the
/// baseline of the entry's last line, joined to it by a dotted leader (drawn as an artifact).
extension Flow {
  /// Where the list of figures is in the document (it follows the contents, on the same page when
  /// there is room).
  static let listOfFiguresAnchor = "indice-figuras"

  mutating func placeContents() {
    if !pageIsEmpty { newPage() }
    placeHeading(level: 0, text: document.labels.contents, number: nil, anchor: "indice", next: nil)
    var entries: [(level: Int, label: String, anchor: String)] = []
    for block in document.blocks {
      switch block {
      case .heading(let level, let text, let number, let anchor) where level <= 1:
        entries.append((level, (number.map { "\($0)  " } ?? "") + text, anchor))
      case .listOfFigures where !figures.isEmpty:
        entries.append((0, document.labels.listOfFigures, Flow.listOfFiguresAnchor))
      default:
        continue
      }
    }
    open(.contents)
    for entry in entries {
      let style = entry.level == 0 ? styles.tocChapter : styles.tocSection
      if entry.level == 0 { y += 4 }
      placeContentsEntry(entry.label, anchor: entry.anchor, style: style, indent: entry.level == 0 ? 0 : 22)
    }
    close()
  }

  /// "Índice de figuras": one entry per figure, with its page.
  mutating func placeListOfFigures() {
    guard !figures.isEmpty else { return }
    let entry = styles.tocSection.lineHeight * 2
    let heading = styles.heading(0).lineHeight + 16
    if !pageIsEmpty {
      if heading + entry + 24 > remaining { newPage() } else { y += 24 }
    }
    placeHeading(
      level: 0, text: document.labels.listOfFigures, number: nil, anchor: Flow.listOfFiguresAnchor, next: nil,
      startsPage: false)
    open(.contents)
    for (index, figure) in figures.enumerated() {
      placeContentsEntry(
        captionText(index + 1, figure), anchor: figure.anchor, style: styles.tocSection, indent: 0)
      y += 3
    }
    close()
  }

  var figures: [Figure] {
    document.blocks.compactMap { block -> Figure? in
      if case .figure(let figure) = block { return figure }
      return nil
    }
  }

  /// One entry: its text (wrapped before the page-number column), a dotted leader from its last
  /// line to the page number, on that line's baseline.
  private mutating func placeContentsEntry(_ label: String, anchor: String, style: TextStyle, indent: Double)
  {
    let numberWidth = 36.0
    let textWidth = area.width - indent - numberWidth - 8
    let runs = [InlineRun(label)]
    let shaped = shaper.shape(runs, style: style, width: textWidth)
    let height = shaped.lines.reduce(0) { $0 + $1.height }
    if height > remaining { newPage() }
    let top = y
    let page = previousPages[anchor].map(String.init) ?? ""
    var numberStyle = style
    numberStyle.alignment = .right
    let number = shaper.shape([InlineRun(page)], style: numberStyle, width: numberWidth)
    let last = shaped.lines.last
    let lastTop = top + height - (last?.height ?? 0)
    open(.contentsItem)
    open(
      .link(
        anchor: anchor, description: label,
        area: Rect(x: area.x + indent, y: top, width: area.width - indent, height: height)))
    draw(
      shaped, runs: runs, style: style, x: area.x + indent, width: textWidth, lines: 0..<shaped.lines.count)
    if !page.isEmpty {
      // Same style, same line height: the number's baseline is the last line's.
      draw(
        number, runs: [InlineRun(page)], style: numberStyle, x: area.maxX - numberWidth, width: numberWidth,
        lines: 0..<min(1, number.lines.count), advance: false, top: lastTop)
    }
    close()  // Link
    if !page.isEmpty, let last {
      let baseline = lastTop + last.ascent
      let start = area.x + indent + min(last.width, textWidth) + 4
      let end = area.maxX - (number.lines.first?.width ?? 0) - 4
      if end - start > 6 {
        items.append(
          .leader(from: Point(x: start, y: baseline), to: Point(x: end, y: baseline), colour: style.colour))
      }
    }
    close()  // TOCI
  }
}
