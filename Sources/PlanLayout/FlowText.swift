import PlanDocument

/// Text on the page and the structure elements around it: paragraphs split across pages (with
/// their orphans and widows), and the tagged-PDF elements the painter writes.
extension Flow {
  /// Opens a structure element for the items that follow.
  mutating func open(_ role: StructureRole) {
    items.append(.open(role))
  }

  mutating func close() {
    items.append(.close)
  }

  /// Places a paragraph as a `role` element (a `P`, a heading…), splitting it across pages with
  /// at least two lines on each side. A paragraph split across pages holds one `Span` per page,
  /// so that no element that holds text directly spans a page break (the running head and the
  /// footer of the page between are drawn outside it, as artifacts). `start` runs once, on the
  /// page of the first line and before it (a list item's label).
  mutating func placeParagraph(
    _ runs: [InlineRun], style: TextStyle, x: Double, width: Double, role: StructureRole = .paragraph,
    start: ((inout Flow) -> Void)? = nil
  ) {
    let shaped = shaper.shape(runs, style: style, width: width)
    let lines = shaped.lines
    var first = 0
    var split = false
    var opened = false
    while first < lines.count {
      var fit = 0
      var height = 0.0
      while first + fit < lines.count, height + lines[first + fit].height <= remaining + 0.01 {
        height += lines[first + fit].height
        fit += 1
      }
      let left = lines.count - first
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
      if !opened {
        start?(&self)
        open(role)
        opened = true
        split = fit < left
      }
      if split { open(.span) }
      draw(shaped, runs: runs, style: style, x: x, width: width, lines: first..<(first + fit))
      if split { close() }
      first += fit
      if first < lines.count { newPage() }
    }
    if opened { close() }
  }

  /// A paragraph with a leading label in the margin to its left (a list's bullet or number): an
  /// `LI` with its `Lbl` and its `LBody`.
  mutating func placeListItem(
    _ runs: [InlineRun], marker: String, style: TextStyle, x: Double, width: Double
  ) {
    let markerStyle = TextStyle(
      family: style.family, size: style.size, bold: style.bold, colour: document.theme.accent,
      lineHeight: style.lineHeight, language: style.language)
    let markerShape = shaper.shape([InlineRun(marker)], style: markerStyle, width: x - area.x)
    let markerX = area.x
    placeParagraph(runs, style: style, x: x, width: width) { flow in
      flow.open(.listItem)
      flow.open(.label)
      flow.draw(
        markerShape, runs: [InlineRun(marker)], style: markerStyle, x: markerX, width: x - markerX,
        lines: 0..<min(1, markerShape.lines.count), advance: false)
      flow.close()
      flow.open(.listBody)
    }
    close()  // LBody
    close()  // LI
  }

  /// Adds the text item for some lines of a shaped paragraph at the current position and moves
  /// down (unless `advance` is false). Links inside the text are drawn by the painter, as link
  /// elements around their words.
  mutating func draw(
    _ shaped: ShapedParagraph, runs: [InlineRun], style: TextStyle, x: Double, width: Double,
    lines: Range<Int>,
    advance: Bool = true, top: Double? = nil
  ) {
    guard !lines.isEmpty else { return }
    let origin = Point(x: x, y: top ?? y)
    var lineTop = origin.y
    for index in lines { lineTop += shaped.lines[index].height }
    let frame = Rect(x: x, y: origin.y, width: width, height: lineTop - origin.y)
    items.append(
      .text(TextFragment(runs: runs, style: style, width: width, origin: origin, lines: lines, frame: frame)))
    if advance && top == nil { y = lineTop }
  }

  /// Draws `lines` of a shaped paragraph as one `role` element, at `top` (or the current
  /// position), on the current page.
  mutating func drawElement(
    _ role: StructureRole, _ shaped: ShapedParagraph, runs: [InlineRun], style: TextStyle, x: Double,
    width: Double, lines: Range<Int>? = nil, advance: Bool = true, top: Double? = nil
  ) {
    let range = lines ?? 0..<shaped.lines.count
    guard !range.isEmpty else { return }
    open(role)
    draw(shaped, runs: runs, style: style, x: x, width: width, lines: range, advance: advance, top: top)
    close()
  }
}
