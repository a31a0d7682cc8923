import PlanDocument

/// Label–value pairs (authorities, approval data, the action sheets): a list whose items are a
/// label (`Lbl`) and its value (`LBody`). A pair moves whole to the next page when it does not fit;
/// when the block continues on a new page under a heading (an action's sheet), the page starts
/// with that heading marked as continued, drawn as an artifact, so that a reader of a printed copy
/// knows which sheet the rows belong to.
extension Flow {
  mutating func placeDefinitions(_ pairs: [(term: String, value: [InlineRun])], title: String?) {
    let termWidth = area.width * 0.3
    let gap = 10.0
    var termStyle = styles.body
    termStyle.bold = true
    termStyle.alignment = .left
    termStyle.family = document.theme.headingFamily
    termStyle.size = styles.small.size
    var valueStyle = styles.body
    valueStyle.alignment = .left
    open(.list)
    for pair in pairs {
      let valueRuns = pair.value.isEmpty ? [InlineRun("—")] : pair.value
      let term = shaper.shape([InlineRun(pair.term)], style: termStyle, width: termWidth - gap)
      let value = shaper.shape(valueRuns, style: valueStyle, width: area.width - termWidth)
      let height = max(term.lines.reduce(0) { $0 + $1.height }, value.lines.reduce(0) { $0 + $1.height })
      if height > remaining && !pageIsEmpty {
        newPage()
        continueTitle(title)
      }
      let top = y
      open(.listItem)
      drawElement(
        .label, term, runs: [InlineRun(pair.term)], style: termStyle, x: area.x, width: termWidth - gap,
        advance: false, top: top)
      if height <= area.height {
        drawElement(
          .listBody, value, runs: valueRuns, style: valueStyle, x: area.x + termWidth,
          width: area.width - termWidth, advance: false, top: top)
        y = top + height + 5
      } else {
        // A value taller than the page continues as a paragraph.
        open(.listBody)
        placeParagraph(pair.value, style: valueStyle, x: area.x + termWidth, width: area.width - termWidth)
        close()
        y += 5
      }
      close()  // LI
    }
    close()  // L
    y += 6
  }

  /// "Title (continúa)" at the top of a page, as an artifact.
  mutating func continueTitle(_ title: String?) {
    guard let title else { return }
    var style = styles.heading(2)
    style.colour = document.theme.muted
    let runs = [InlineRun("\(title) \(document.labels.continued)")]
    let shaped = shaper.shape(runs, style: style, width: area.width)
    draw(shaped, runs: runs, style: style, x: area.x, width: area.width, lines: 0..<shaped.lines.count)
    y += 5
  }
}
