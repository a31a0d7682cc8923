import PlanDocument

/// The environment figure: a panel per stage (internal, external), each with a tile per dimension
/// of the method. The tile says at a glance what the diagnosis holds: filled in the theme's colour
/// when the dimension is analysed, pale, hatched and dashed when it is marked without data, white
/// with a grey outline when it is not declared. Every tile has the same size, the rows of a panel
/// are centred, and a legend with the count of each state closes the figure.
public enum EnvironmentTilesDiagram {
  static let margin = 1.0
  static let panelPadding = 8.0
  static let tileGap = 6.0
  static let tilePadding = 6.0
  static let panelGap = 10.0
  static let legendGap = 10.0
  static let minimumTileWidth = 100.0
  static let swatch = Size(width: 16, height: 10)

  struct Styles {
    let title: TextStyle
    let name: [EnvironmentDiagram.State: TextStyle]
    let state: [EnvironmentDiagram.State: TextStyle]
    let legend: TextStyle
    init(_ context: DiagramContext) {
      let theme = context.theme
      title = context.style(size: TypeScale.small, bold: true, colour: theme.onPrimary)
      name = [
        .analysed: context.style(
          size: TypeScale.small, bold: true, colour: theme.onPrimary, alignment: .center),
        .noData: context.style(size: TypeScale.small, bold: true, colour: theme.text, alignment: .center),
        .missing: context.style(size: TypeScale.small, bold: true, colour: theme.muted, alignment: .center),
      ]
      state = [
        .analysed: context.style(
          size: TypeScale.fine, italic: true, colour: theme.onPrimary, alignment: .center),
        .noData: context.style(size: TypeScale.fine, italic: true, colour: theme.text, alignment: .center),
        .missing: context.style(size: TypeScale.fine, italic: true, colour: theme.muted, alignment: .center),
      ]
      legend = context.style(size: TypeScale.fine, hyphenate: false)
    }
  }

  public static func layout(_ diagram: EnvironmentDiagram, context: DiagramContext) -> [DiagramPart] {
    let styles = Styles(context)
    let canvas = DiagramCanvas(context)
    let inner = context.width - 2 * panelPadding
    let widest = max(1, diagram.groups.map(\.tiles.count).max() ?? 1)
    let columns = max(1, min(widest, Int((inner + tileGap) / (minimumTileWidth + tileGap))))
    let tileWidth = (inner - Double(columns - 1) * tileGap) / Double(columns)
    let textWidth = tileWidth - 2 * tilePadding

    // One height for every tile: the tallest name and state decide it.
    func textHeights(_ tile: EnvironmentDiagram.Tile) -> (name: Double, state: Double) {
      (
        canvas.height(
          of: [InlineRun(tile.name)],
          style: nameStyle(tile, styles: styles, width: textWidth, canvas: canvas),
          width: textWidth),
        canvas.height(
          of: [InlineRun(diagram.label(tile.state))], style: styles.state[tile.state]!, width: textWidth)
      )
    }
    let tileHeight =
      (diagram.groups.flatMap(\.tiles).map { tile in
        let heights = textHeights(tile)
        return heights.name + 2 + heights.state
      }.max() ?? 20) + 2 * tilePadding

    let titleWidth = context.width - 2 * panelPadding
    func bandHeight(_ group: EnvironmentDiagram.Group) -> Double {
      canvas.height(of: [InlineRun(group.title)], style: styles.title, width: titleWidth) + 2 * 4
    }
    func rows(_ group: EnvironmentDiagram.Group) -> Int {
      max(1, (group.tiles.count + columns - 1) / columns)
    }
    func panelHeight(_ group: EnvironmentDiagram.Group) -> Double {
      let rowCount = Double(rows(group))
      return bandHeight(group) + 2 * panelPadding + rowCount * tileHeight + (rowCount - 1) * tileGap
    }
    let legend = legendLayout(diagram, styles: styles, context: context)

    // The panels one under the other; one that would not fit under the previous starts a part.
    var parts: [DiagramPart] = []
    var part = DiagramCanvas(context)
    var y = margin
    for group in diagram.groups {
      let height = panelHeight(group)
      if y > margin && y + height + margin > context.maximumHeight {
        parts.append(part.part(height: y - panelGap + margin))
        part = DiagramCanvas(context)
        y = margin
      }
      drawPanel(
        group, at: y, height: height, band: bandHeight(group), perRow: rowLength(group, columns: columns),
        tile: Size(width: tileWidth, height: tileHeight), diagram: diagram, styles: styles, on: &part)
      y += height + panelGap
    }
    y += legendGap - panelGap
    if y > margin && y + legend.height + margin > context.maximumHeight {
      parts.append(part.part(height: y - legendGap + margin))
      part = DiagramCanvas(context)
      y = margin
    }
    drawLegend(legend, diagram: diagram, styles: styles, top: y, on: &part)
    parts.append(part.part(height: y + legend.height + margin))
    return parts
  }

  /// Tiles per row in a group: as few rows as the columns allow, then as even as possible (five
  /// tiles in four columns make rows of three and two, not four and one).
  static func rowLength(_ group: EnvironmentDiagram.Group, columns: Int) -> Int {
    let rows = max(1, (group.tiles.count + columns - 1) / columns)
    return max(1, (group.tiles.count + rows - 1) / rows)
  }

  static func drawPanel(
    _ group: EnvironmentDiagram.Group, at top: Double, height: Double, band: Double, perRow: Int, tile: Size,
    diagram: EnvironmentDiagram, styles: Styles, on canvas: inout DiagramCanvas
  ) {
    let theme = canvas.context.theme
    let width = canvas.context.width
    let panel = Rect(x: 0, y: top, width: width, height: height)
    canvas.shape(
      .roundedRect(panel, radius: 4), fill: tint(theme.primary, 0.04), stroke: theme.primary, lineWidth: 0.6)
    let heading = Rect(x: 0, y: top, width: width, height: band)
    canvas.shape(.roundedRect(heading, radius: 4), fill: theme.tableHeader)
    // Square lower corners: the band reads as the panel's head, not as a separate box.
    canvas.shape(
      .roundedRect(Rect(x: 0, y: heading.maxY - 4, width: width, height: 4), radius: 0),
      fill: theme.tableHeader)
    canvas.text(
      [InlineRun(group.title)], style: styles.title, at: Point(x: panelPadding, y: top + 4),
      width: width - 2 * panelPadding)
    for (index, item) in group.tiles.enumerated() {
      let row = index / perRow
      let inRow = min(perRow, group.tiles.count - row * perRow)
      let rowWidth = Double(inRow) * tile.width + Double(inRow - 1) * tileGap
      let x = (width - rowWidth) / 2 + Double(index % perRow) * (tile.width + tileGap)
      let y = top + band + panelPadding + Double(row) * (tile.height + tileGap)
      let box = Rect(x: x, y: y, width: tile.width, height: tile.height)
      drawTile(item.state, in: box, on: &canvas)
      // Name and state as one block, centred in the tile.
      let textWidth = tile.width - 2 * tilePadding
      let nameStyle = nameStyle(item, styles: styles, width: textWidth, canvas: canvas)
      let stateStyle = styles.state[item.state]!
      let nameHeight = canvas.height(of: [InlineRun(item.name)], style: nameStyle, width: textWidth)
      let stateRuns = [InlineRun(diagram.label(item.state))]
      let stateHeight = canvas.height(of: stateRuns, style: stateStyle, width: textWidth)
      let textTop = y + (tile.height - nameHeight - 2 - stateHeight) / 2
      canvas.text(
        [InlineRun(item.name)], style: nameStyle, at: Point(x: x + tilePadding, y: textTop), width: textWidth)
      canvas.text(
        stateRuns, style: stateStyle, at: Point(x: x + tilePadding, y: textTop + nameHeight + 2),
        width: textWidth)
    }
  }

  /// A tile's name in its state's colours, broken between words unless a word is too wide.
  static func nameStyle(
    _ tile: EnvironmentDiagram.Tile, styles: Styles, width: Double, canvas: DiagramCanvas
  ) -> TextStyle {
    canvas.labelStyle(styles.name[tile.state]!, for: tile.name, width: width)
  }

  /// A tile's shape in its state's look (also used, small, as the legend's swatches).
  static func drawTile(_ state: EnvironmentDiagram.State, in box: Rect, on canvas: inout DiagramCanvas) {
    let theme = canvas.context.theme
    let radius = min(4, box.height / 4)
    switch state {
    case .analysed:
      canvas.shape(.roundedRect(box, radius: radius), fill: theme.primary)
    case .noData:
      canvas.shape(.roundedRect(box, radius: radius), fill: tint(theme.primary, 0.1))
      hatch(box, colour: tint(theme.primary, 0.28), on: &canvas)
      canvas.shape(.roundedRect(box, radius: radius), stroke: theme.primary, lineWidth: 0.8, dash: 2.5)
    case .missing:
      canvas.shape(.roundedRect(box, radius: radius), fill: .white, stroke: theme.muted, lineWidth: 0.6)
    }
  }

  /// Pale diagonal lines across `box` (kept off its rounded corners), the usual sign of a gap.
  static func hatch(_ box: Rect, colour: Colour, on canvas: inout DiagramCanvas) {
    let inset = Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4)
    guard inset.width > 0, inset.height > 0 else { return }
    let spacing = 5.0
    // Lines x + y = c, clipped to the inset rectangle.
    var c = inset.x + inset.y + spacing
    while c < inset.maxX + inset.maxY {
      let startX = max(inset.x, c - inset.maxY)
      let endX = min(inset.maxX, c - inset.y)
      if endX > startX {
        canvas.line(
          from: Point(x: startX, y: c - startX), to: Point(x: endX, y: c - endX), colour: colour, width: 0.5)
      }
      c += spacing
    }
  }

  // MARK: - Legend

  struct Legend {
    var items: [(state: EnvironmentDiagram.State, x: Double, row: Int, width: Double)]
    var rowHeight: Double
    var rows: Int
    var height: Double { Double(rows) * rowHeight }
  }

  static func legendText(_ diagram: EnvironmentDiagram, _ state: EnvironmentDiagram.State) -> String {
    let count = diagram.groups.flatMap(\.tiles).filter { $0.state == state }.count
    return "\(diagram.label(state)) (\(count))"
  }

  static func legendLayout(_ diagram: EnvironmentDiagram, styles: Styles, context: DiagramContext) -> Legend {
    let rowHeight = max(swatch.height, styles.legend.lineHeight) + 3
    var x = 0.0
    var row = 0
    var items: [(state: EnvironmentDiagram.State, x: Double, row: Int, width: Double)] = []
    for state in EnvironmentDiagram.State.allCases {
      let shaped = context.shaper.shape(
        [InlineRun(legendText(diagram, state))], style: styles.legend, width: context.width)
      let textWidth = min((shaped.lines.map(\.width).max() ?? 0) + 1, context.width - swatch.width - 5)
      let itemWidth = swatch.width + 5 + textWidth
      if x > 0 && x + itemWidth > context.width {
        row += 1
        x = 0
      }
      items.append((state, x, row, textWidth))
      x += itemWidth + 16
    }
    return Legend(items: items, rowHeight: rowHeight, rows: row + 1)
  }

  static func drawLegend(
    _ legend: Legend, diagram: EnvironmentDiagram, styles: Styles, top: Double, on canvas: inout DiagramCanvas
  ) {
    for item in legend.items {
      let y = top + Double(item.row) * legend.rowHeight
      let lineTop = y + (legend.rowHeight - styles.legend.lineHeight) / 2
      drawTile(
        item.state,
        in: Rect(
          x: item.x, y: y + (legend.rowHeight - swatch.height) / 2, width: swatch.width, height: swatch.height
        ),
        on: &canvas)
      canvas.text(
        [InlineRun(legendText(diagram, item.state))], style: styles.legend,
        at: Point(x: item.x + swatch.width + 5, y: lineTop), width: item.width)
    }
  }

  static func tint(_ colour: Colour, _ amount: Double) -> Colour {
    colour.tint(amount)
  }
}
