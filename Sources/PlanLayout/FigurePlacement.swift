import PlanDocument

/// Figures and the list of figures. A figure is numbered in reading order; its parts go one per
/// page when it is too tall for one, and its caption ("Figura 3. …") sits under its last part.
/// Diagram parts by figure anchor, shared by the passes of one layout.
final class FigurePartsCache {
  var parts: [String: [DiagramPart]] = [:]
}

extension Flow {
  var figureGap: Double { 8 }

  func captionText(_ number: Int, _ figure: Figure) -> String {
    "\(document.labels.figure) \(number). \(figure.caption)"
  }

  func diagramContext(captionHeight: Double) -> DiagramContext {
    DiagramContext(
      shaper: shaper, theme: document.theme, language: document.metadata.language, width: area.width,
      maximumHeight: area.height - captionHeight - 2 * figureGap)
  }

  /// The parts of a figure's diagram, laid out once per document (every pass of the layout and
  /// the keep-with-next check ask for them; the Gantt chart of a long plan is hundreds of bars).
  /// Each part leaves room for a caption of two lines under it.
  func parts(of figure: Figure) -> [DiagramPart] {
    if let known = figureParts.parts[figure.anchor] { return known }
    let parts = DiagramLayout.parts(
      figure.diagram, context: diagramContext(captionHeight: 2 * styles.caption.lineHeight))
    figureParts.parts[figure.anchor] = parts
    return parts
  }

  /// The room a figure needs under a heading: its first part (so that the heading never stays
  /// alone at the bottom of a page while the figure starts on the next).
  func figureStart(_ figure: Figure) -> Double {
    min(
      area.height * 0.85,
      (parts(of: figure).first?.size.height ?? 0) + styles.caption.lineHeight + 2 * figureGap)
  }

  mutating func placeFigure(_ figure: Figure) {
    figureCount += 1
    let caption = [InlineRun(captionText(figureCount, figure))]
    let shapedCaption = shaper.shape(caption, style: styles.caption, width: area.width)
    let captionHeight = shapedCaption.lines.reduce(0) { $0 + $1.height }
    let continued = [InlineRun("\(document.labels.figure) \(figureCount) \(document.labels.continued)")]
    let shapedContinued = shaper.shape(continued, style: styles.caption, width: area.width)
    let continuedHeight = shapedContinued.lines.reduce(0) { $0 + $1.height }
    let parts = parts(of: figure)
    for (index, part) in parts.enumerated() {
      let isLast = index == parts.count - 1
      let below = (isLast ? captionHeight : continuedHeight) + figureGap
      if !pageIsEmpty && part.size.height + below + figureGap > remaining { newPage() }
      if !pageIsEmpty { y += figureGap / 2 }
      if index == 0 {
        items.append(.anchor(figure.anchor, at: Point(x: area.x, y: y)))
        headingPages[figure.anchor] = pageNumber
      }
      items.append(contentsOf: part.items.map { $0.offset(area.x, y) })
      y += part.size.height + figureGap / 2
      if isLast {
        draw(
          shapedCaption, runs: caption, style: styles.caption, x: area.x, width: area.width,
          lines: 0..<shapedCaption.lines.count)
      } else {
        draw(
          shapedContinued, runs: continued, style: styles.caption, x: area.x, width: area.width,
          lines: 0..<shapedContinued.lines.count)
        newPage()
      }
    }
    y += figureGap
  }

  /// "Índice de figuras": one line per figure with its page, each a link to the figure. Nothing
  /// when the document has no figures.
  mutating func placeListOfFigures() {
    let figures = document.blocks.compactMap { block -> Figure? in
      if case .figure(let figure) = block { return figure }
      return nil
    }
    guard !figures.isEmpty else { return }
    if !pageIsEmpty { newPage() }
    placeHeading(
      level: 0, text: document.labels.listOfFigures, number: nil, anchor: "indice-figuras", next: nil)
    let numberWidth = 36.0
    for (index, figure) in figures.enumerated() {
      let label = [InlineRun(captionText(index + 1, figure))]
      let width = area.width - numberWidth - 8
      let shaped = shaper.shape(label, style: styles.tocSection, width: width)
      let height = shaped.lines.reduce(0) { $0 + $1.height }
      if height > remaining { newPage() }
      let top = y
      draw(
        shaped, runs: label, style: styles.tocSection, x: area.x, width: width, lines: 0..<shaped.lines.count)
      y += 3
      if let page = previousPages[figure.anchor].map(String.init) {
        let pageShape = shaper.shape([InlineRun(page)], style: styles.tocNumber, width: numberWidth)
        draw(
          pageShape, runs: [InlineRun(page)], style: styles.tocNumber, x: area.maxX - numberWidth,
          width: numberWidth, lines: 0..<pageShape.lines.count, advance: false,
          top: top + height - (pageShape.lines.first?.height ?? 0))
      }
      items.append(.link(Rect(x: area.x, y: top, width: area.width, height: height), anchor: figure.anchor))
    }
  }
}
