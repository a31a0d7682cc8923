import PlanDocument

/// Figures and the list of figures. A figure is numbered in reading order; its parts go one per
/// page when it is too tall for one, and its caption ("Figura 3. …") sits under its last part.
/// What the passes of one layout work out once: diagram parts by figure anchor, and the column
/// widths of each table (by block index).
final class FigurePartsCache {
  var parts: [String: [DiagramPart]] = [:]
  var tableWidths: [Int: [Double]] = [:]
  /// Tables shaped at their widths, by block index (the same in every pass).
  var tables: [Int: TableShapes] = [:]
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
        anchorTitles[figure.anchor] = captionText(figureCount, figure)
      }
      // The drawing is one figure element with its alternative text; its links (to the actions,
      // the SWOT items…) follow it, as links of their own.
      let placed = part.items.map { $0.offset(area.x, y) }
      let description =
        index == 0
        ? figure.description : "\(document.labels.figure) \(figureCount) \(document.labels.continued)"
      open(.figure(alternative: description))
      items.append(contentsOf: placed.filter { !$0.isLink })
      close()
      items.append(contentsOf: placed.filter(\.isLink))
      y += part.size.height + figureGap / 2
      if isLast {
        drawElement(
          .caption, shapedCaption, runs: caption, style: styles.caption, x: area.x, width: area.width)
      } else {
        drawElement(
          .caption, shapedContinued, runs: continued, style: styles.caption, x: area.x, width: area.width)
        newPage()
      }
    }
    y += figureGap
  }
}

extension DisplayItem {
  var isLink: Bool {
    if case .link = self { return true }
    return false
  }
}
