import PlanDocument

/// The FODA / SWOT matrix: a 2×2 grid, internal and external analysis in rows, favourable and
/// unfavourable in columns, each cell headed by its quadrant in its colour. Every item shows its
/// id; weaknesses and threats end with the actions that address them (linked), or "sin acción".
/// A matrix taller than a page continues on the next with its headings repeated.
public enum SWOTMatrixDiagram {
  /// Quadrant colours, dark enough for white 8.5 pt text (WCAG AA), and the tints behind items.
  static let strengthColour = Colour(red: 0.08, green: 0.50, blue: 0.24)
  static let weaknessColour = Colour(red: 0.66, green: 0.29, blue: 0.02)
  static let opportunityColour = Colour(red: 0.11, green: 0.31, blue: 0.72)
  static let threatColour = Colour(red: 0.69, green: 0.11, blue: 0.11)

  static let gap = 4.0
  static let padding = 6.0
  static let headerColumn = 70.0

  public static func layout(_ diagram: SWOTDiagram, context: DiagramContext) -> [DiagramPart] {
    let cellWidth = (context.width - headerColumn - 2 * gap) / 2
    let itemWidth = cellWidth - 2 * padding
    let itemStyle = context.style(size: TypeScale.fine)
    let titleStyle = context.style(size: TypeScale.small, bold: true, colour: .white)
    let headStyle = context.style(
      size: TypeScale.small, bold: true, colour: context.theme.onPrimary, alignment: .center, hyphenate: false
    )
    let canvas = DiagramCanvas(context)
    let headHeight =
      canvas.height(of: [InlineRun(diagram.unfavourableLabel)], style: headStyle, width: cellWidth) + 2
      * padding
    let titleHeight = canvas.height(of: [InlineRun("Ag")], style: titleStyle, width: itemWidth) + 2 * 4

    // Each item as a paragraph, measured once.
    func runs(_ item: SWOTDiagram.Item, showsActions: Bool) -> [InlineRun] {
      var runs = [InlineRun(item.id, bold: true), InlineRun("  " + item.text)]
      guard showsActions else { return runs }
      if item.actions.isEmpty {
        runs.append(InlineRun("  — \(diagram.noActionLabel)", italic: true))
      } else {
        runs.append(InlineRun("  · \(diagram.actionsLabel): ", italic: true))
        for (index, action) in item.actions.enumerated() {
          if index > 0 { runs.append(InlineRun(", ")) }
          runs.append(InlineRun(action, bold: true, link: Anchor.action(action)))
        }
      }
      return runs
    }
    struct Entry {
      var runs: [InlineRun]
      var height: Double
    }
    func entries(_ cell: SWOTDiagram.Cell) -> [Entry] {
      cell.items.map { item in
        let text = runs(item, showsActions: cell.showsActions)
        return Entry(runs: text, height: canvas.height(of: text, style: itemStyle, width: itemWidth))
      }
    }
    let itemGap = 3.0
    let rows: [(label: String, cells: [(cell: SWOTDiagram.Cell, colour: Colour, entries: [Entry])])] = [
      (
        diagram.internalLabel,
        [
          (diagram.strengths, strengthColour, entries(diagram.strengths)),
          (diagram.weaknesses, weaknessColour, entries(diagram.weaknesses)),
        ]
      ),
      (
        diagram.externalLabel,
        [
          (diagram.opportunities, opportunityColour, entries(diagram.opportunities)),
          (diagram.threats, threatColour, entries(diagram.threats)),
        ]
      ),
    ]

    var parts: [DiagramPart] = []
    var current = DiagramCanvas(context)
    var y = 0.0
    func startPart() {
      current = DiagramCanvas(context)
      // Column headings: favourable, unfavourable.
      for (column, label) in [diagram.favourableLabel, diagram.unfavourableLabel].enumerated() {
        let box = Rect(
          x: headerColumn + gap + Double(column) * (cellWidth + gap), y: 0, width: cellWidth,
          height: headHeight)
        current.shape(.roundedRect(box, radius: 3), fill: context.theme.tableHeader)
        current.text([InlineRun(label)], style: headStyle, centredIn: box, padding: padding)
      }
      y = headHeight + gap
    }
    func finishPart() {
      parts.append(current.part(height: y - gap))
    }

    startPart()
    for row in rows {
      var next = [0, 0]
      var continued = false
      while true {
        // How many items of each cell fit in what is left of this part.
        let room = context.maximumHeight - y - titleHeight - 2 * padding
        var take = [0, 0]
        var heights = [0.0, 0.0]
        for column in 0..<2 {
          let cell = row.cells[column]
          while next[column] + take[column] < cell.entries.count {
            let entry = cell.entries[next[column] + take[column]]
            let added = entry.height + (take[column] > 0 ? itemGap : 0)
            if heights[column] + added > room && take[column] > 0 { break }
            if heights[column] + added > room && y > headHeight + gap + 0.01 { break }
            heights[column] += added
            take[column] += 1
          }
        }
        let remainingItems = (0..<2).contains { next[$0] < row.cells[$0].entries.count }
        // Nothing fits under what this part already holds: continue on a new part.
        if remainingItems && take == [0, 0] && y > headHeight + gap + 0.01 {
          finishPart()
          startPart()
          continue
        }
        let bodyHeight = max(
          heights.max() ?? 0, canvas.height(of: [InlineRun("—")], style: itemStyle, width: itemWidth))
        let rowHeight = titleHeight + bodyHeight + 2 * padding
        // Row heading on the left.
        let labelBox = Rect(x: 0, y: y, width: headerColumn, height: rowHeight)
        current.shape(.roundedRect(labelBox, radius: 3), fill: context.theme.tableHeader)
        current.text([InlineRun(row.label)], style: headStyle, centredIn: labelBox, padding: 4)
        for column in 0..<2 {
          let cell = row.cells[column]
          let x = headerColumn + gap + Double(column) * (cellWidth + gap)
          let box = Rect(x: x, y: y, width: cellWidth, height: rowHeight)
          current.shape(
            .roundedRect(box, radius: 3), fill: tint(cell.colour), stroke: cell.colour, lineWidth: 0.6)
          let band = Rect(x: x, y: y, width: cellWidth, height: titleHeight)
          current.shape(.roundedRect(band, radius: 3), fill: cell.colour)
          let title = cell.cell.title + " (\(cell.entries.count))" + (continued ? " …" : "")
          current.text(
            [InlineRun(title)], style: titleStyle, at: Point(x: x + padding, y: y + 4), width: itemWidth)
          var itemTop = y + titleHeight + padding
          if cell.entries.isEmpty {
            current.text(
              [InlineRun("—")], style: itemStyle, at: Point(x: x + padding, y: itemTop), width: itemWidth)
          }
          for index in next[column]..<(next[column] + take[column]) {
            let entry = cell.entries[index]
            current.text(
              entry.runs, style: itemStyle, at: Point(x: x + padding, y: itemTop), width: itemWidth)
            itemTop += entry.height + itemGap
          }
          next[column] += take[column]
        }
        y += rowHeight + gap
        if !(0..<2).contains(where: { next[$0] < row.cells[$0].entries.count }) { break }
        continued = true
        finishPart()
        startPart()
      }
    }
    finishPart()
    return parts
  }

  /// A light tint of a quadrant colour for the cell's background.
  static func tint(_ colour: Colour) -> Colour {
    colour.tint(0.08)
  }
}
