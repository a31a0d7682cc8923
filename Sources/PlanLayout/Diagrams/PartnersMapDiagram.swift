import PlanDocument

/// The partners map: the city in the middle, a box per kind of partner on either side of it (each
/// on the side that is shorter so far), joined to the city by a curve in the gutter between them.
/// Every partner shows its name and, on the line under it, a dot in its status's colour, the
/// status's word and its country or level. A legend of the statuses the map uses closes each part.
/// A group longer than a page continues in another box, the city repeated on every part; a map of
/// a single kind splits it in two boxes, one per side, so that it stays balanced.
public enum PartnersMapDiagram {
  /// Status colours: distinct for the colour-blind too (green, orange, blue, grey, red), and at
  /// least 3:1 against white, as WCAG asks of graphics.
  public static func colour(_ status: PartnersDiagram.Status) -> Colour {
    switch status {
    case .inForce: return Colour(hex: "#2E7D32")!
    case .negotiating: return Colour(hex: "#E65100")!
    case .proposed: return Colour(hex: "#1565C0")!
    case .expired: return Colour(hex: "#757575")!
    case .suspended: return Colour(hex: "#C62828")!
    case .undeclared: return Colour(hex: "#858585")!
    }
  }

  static let margin = 1.0
  static let blockGap = 10.0
  static let padding = 6.0
  static let entryGap = 5.0
  static let dot = 6.0
  static let legendGap = 10.0

  struct Styles {
    let city: TextStyle
    let title: TextStyle
    let name: TextStyle
    let status: TextStyle
    let legendTitle: TextStyle
    init(_ context: DiagramContext) {
      city = context.style(
        size: TypeScale.body, bold: true, colour: context.theme.onPrimary, alignment: .center)
      title = context.style(size: TypeScale.fine, bold: true, colour: context.theme.onPrimary)
      name = context.style(size: TypeScale.fine)
      status = context.style(size: TypeScale.fine, colour: context.theme.muted)
      legendTitle = context.style(size: TypeScale.fine, bold: true)
    }
  }

  /// A partner measured: its name's and its status line's heights.
  struct Entry {
    var partner: PartnersDiagram.Partner
    /// The name's style: hyphenated only if a word is wider than the box.
    var nameStyle: TextStyle
    var nameHeight: Double
    var statusHeight: Double
    var height: Double { nameHeight + 1 + statusHeight }
  }

  /// A group, or the slice of one that fits on a part.
  struct Block {
    var title: String
    var titleHeight: Double
    var entries: [Entry]
    var bandHeight: Double { titleHeight + 2 * 4 }
    var height: Double {
      bandHeight + 2 * padding + entries.reduce(0) { $0 + $1.height }
        + Double(max(0, entries.count - 1)) * entryGap
    }
  }

  public static func layout(_ diagram: PartnersDiagram, context: DiagramContext) -> [DiagramPart] {
    let styles = Styles(context)
    let canvas = DiagramCanvas(context)
    let centreWidth = (context.width * 0.19).rounded()
    let gutter = (context.width * 0.05).rounded()
    let boxWidth = (context.width - centreWidth - 2 * gutter) / 2
    let textWidth = boxWidth - 2 * padding
    let cityStyle = canvas.labelStyle(styles.city, for: diagram.city, width: centreWidth - 2 * 8)
    let cityHeight = canvas.height(
      of: [InlineRun(diagram.city)], style: cityStyle, width: centreWidth - 2 * 8)
    let centreHeight = max(36, cityHeight + 2 * 9)

    let used = PartnersDiagram.Status.allCases.filter { status in
      diagram.groups.contains { $0.partners.contains { $0.status == status } }
    }
    let legend = legendRows(diagram, statuses: used, styles: styles, context: context)
    let available = context.maximumHeight - 2 * margin - legendGap - legend.height

    func entry(_ partner: PartnersDiagram.Partner) -> Entry {
      let nameStyle = canvas.labelStyle(styles.name, for: partner.name, width: textWidth)
      return Entry(
        partner: partner, nameStyle: nameStyle,
        nameHeight: canvas.height(of: nameRuns(partner), style: nameStyle, width: textWidth),
        statusHeight: max(
          dot,
          canvas.height(of: statusRuns(partner, diagram), style: styles.status, width: textWidth - dot - 3)))
    }
    func titleHeight(_ title: String) -> Double {
      canvas.height(of: [InlineRun(title)], style: styles.title, width: textWidth)
    }

    // Groups cut into blocks that fit a part; a lone group in two halves, one per side.
    var blocks: [Block] = []
    for group in diagram.groups {
      let entries = group.partners.map(entry)
      var slices: [[Entry]] = []
      var current: [Entry] = []
      let continuedTitle = "\(group.title) \(diagram.continuedLabel)"
      for entry in entries {
        let title = slices.isEmpty ? group.title : continuedTitle
        let candidate = Block(title: title, titleHeight: titleHeight(title), entries: current + [entry])
        if !current.isEmpty && candidate.height > available {
          slices.append(current)
          current = []
        }
        current.append(entry)
      }
      if !current.isEmpty { slices.append(current) }
      if diagram.groups.count == 1 && slices.count == 1 && entries.count > 1 {
        let half = (entries.count + 1) / 2
        slices = [Array(entries.prefix(half)), Array(entries.dropFirst(half))]
      }
      for (index, slice) in slices.enumerated() {
        let title = index == 0 ? group.title : continuedTitle
        blocks.append(Block(title: title, titleHeight: titleHeight(title), entries: slice))
      }
    }

    var parts: [DiagramPart] = []
    let runs =
      blocks.isEmpty
      ? [0..<0] : TwoSidedArrangement.runs(heights: blocks.map(\.height), gap: blockGap, maximum: available)
    for run in runs {
      var part = DiagramCanvas(context)
      let run = Array(blocks[run])
      let arrangement = TwoSidedArrangement(heights: run.map(\.height), gap: blockGap)
      let band = max(arrangement.height, centreHeight)
      let middle = margin + band / 2
      let centre = Rect(
        x: (context.width - centreWidth) / 2, y: middle - centreHeight / 2, width: centreWidth,
        height: centreHeight)
      var boxes: [(block: Block, box: Rect)] = []
      for placement in arrangement.placements {
        let block = run[placement.block]
        let sideHeight = placement.side == .left ? arrangement.leftHeight : arrangement.rightHeight
        let top = margin + TwoSidedArrangement.offset(sideHeight, in: band) + placement.top
        let x = placement.side == .left ? 0 : context.width - boxWidth
        let box = Rect(x: x, y: top, width: boxWidth, height: block.height)
        boxes.append((block, box))
        // The curve reaches the box at its heading, where the kind is named.
        let start = Point(x: placement.side == .left ? centre.x : centre.maxX, y: middle)
        let end = Point(x: placement.side == .left ? box.maxX : box.x, y: top + block.bandHeight / 2)
        part.shape(.connector(from: start, to: end), stroke: context.theme.primary, lineWidth: 1.2)
      }
      part.shape(.roundedRect(centre, radius: 10), fill: context.theme.primary)
      part.text([InlineRun(diagram.city)], style: cityStyle, centredIn: centre, padding: 8)
      for (block, box) in boxes {
        drawBox(block, in: box, diagram: diagram, styles: styles, on: &part)
      }
      let legendTop = margin + band + legendGap
      drawLegend(legend, diagram: diagram, styles: styles, top: legendTop, on: &part)
      parts.append(part.part(height: legendTop + legend.height + margin))
    }
    return parts
  }

  static func nameRuns(_ partner: PartnersDiagram.Partner) -> [InlineRun] {
    [InlineRun(partner.name, link: partner.link)]
  }

  static func statusRuns(_ partner: PartnersDiagram.Partner, _ diagram: PartnersDiagram) -> [InlineRun] {
    var runs = [InlineRun(diagram.label(partner.status), italic: true)]
    if let detail = partner.detail, !detail.isEmpty { runs.append(InlineRun(" · \(detail)")) }
    return runs
  }

  /// A status dot: filled in its colour, or only outlined when the plan gives no status.
  static func drawDot(_ status: PartnersDiagram.Status, at origin: Point, on canvas: inout DiagramCanvas) {
    let rect = Rect(x: origin.x, y: origin.y, width: dot, height: dot)
    if status == .undeclared {
      canvas.shape(.ellipse(in: rect), fill: .white, stroke: colour(status), lineWidth: 1)
    } else {
      canvas.shape(.ellipse(in: rect), fill: colour(status))
    }
  }

  static func drawBox(
    _ block: Block, in box: Rect, diagram: PartnersDiagram, styles: Styles, on canvas: inout DiagramCanvas
  ) {
    let theme = canvas.context.theme
    canvas.shape(
      .roundedRect(box, radius: 4), fill: tint(theme.primary), stroke: theme.primary, lineWidth: 0.6)
    // The heading band: rounded at the top only (a square strip covers its lower corners).
    let band = Rect(x: box.x, y: box.y, width: box.width, height: block.bandHeight)
    canvas.shape(.roundedRect(band, radius: 4), fill: theme.primary)
    canvas.shape(
      .roundedRect(Rect(x: band.x, y: band.maxY - 4, width: band.width, height: 4), radius: 0),
      fill: theme.primary)
    canvas.text(
      [InlineRun(block.title)], style: styles.title, at: Point(x: box.x + padding, y: box.y + 4),
      width: box.width - 2 * padding)
    var y = band.maxY + padding
    let x = box.x + padding
    let width = box.width - 2 * padding
    for (index, entry) in block.entries.enumerated() {
      if index > 0 {
        // A hairline halfway through the gap keeps neighbouring partners apart.
        let rule = y - entryGap / 2
        canvas.line(
          from: Point(x: x, y: rule), to: Point(x: x + width, y: rule), colour: separator(theme.primary),
          width: 0.4)
      }
      canvas.text(nameRuns(entry.partner), style: entry.nameStyle, at: Point(x: x, y: y), width: width)
      let statusTop = y + entry.nameHeight + 1
      let firstLine = min(entry.statusHeight, styles.status.lineHeight)
      drawDot(entry.partner.status, at: Point(x: x, y: statusTop + (firstLine - dot) / 2), on: &canvas)
      canvas.text(
        statusRuns(entry.partner, diagram), style: styles.status, at: Point(x: x + dot + 3, y: statusTop),
        width: width - dot - 3)
      y += entry.height + entryGap
    }
  }

  // MARK: - Legend

  /// The legend laid out in rows: its title, then each status (dot and word) as far as the width
  /// allows.
  struct Legend {
    var items: [(status: PartnersDiagram.Status, x: Double, row: Int, width: Double)]
    var titleWidth: Double
    var rowHeight: Double
    var rows: Int
    var height: Double { Double(rows) * rowHeight }
  }

  static func legendRows(
    _ diagram: PartnersDiagram, statuses: [PartnersDiagram.Status], styles: Styles, context: DiagramContext
  ) -> Legend {
    func width(_ text: String, _ style: TextStyle) -> Double {
      context.shaper.shape([InlineRun(text)], style: style, width: context.width).lines.map(\.width).max()
        ?? 0
    }
    let style = legendStyle(styles)
    let rowHeight = max(dot, style.lineHeight) + 2
    let titleWidth = min(width(diagram.legendTitle + ":", styles.legendTitle) + 1, context.width)
    var x = titleWidth + 8
    var row = 0
    var items: [(status: PartnersDiagram.Status, x: Double, row: Int, width: Double)] = []
    for status in statuses {
      let textWidth = min(width(diagram.label(status), style) + 1, context.width - dot - 4)
      let itemWidth = dot + 4 + textWidth
      if x + itemWidth > context.width && x > 0 {
        row += 1
        x = 0
      }
      items.append((status, x, row, textWidth))
      x += itemWidth + 12
    }
    return Legend(items: items, titleWidth: titleWidth, rowHeight: rowHeight, rows: row + 1)
  }

  static func legendStyle(_ styles: Styles) -> TextStyle {
    var style = styles.status
    style.hyphenate = false
    return style
  }

  static func drawLegend(
    _ legend: Legend, diagram: PartnersDiagram, styles: Styles, top: Double, on canvas: inout DiagramCanvas
  ) {
    canvas.text(
      [InlineRun(diagram.legendTitle + ":")], style: styles.legendTitle, at: Point(x: 0, y: top + 1),
      width: legend.titleWidth)
    let style = legendStyle(styles)
    for item in legend.items {
      let y = top + Double(item.row) * legend.rowHeight + 1
      drawDot(item.status, at: Point(x: item.x, y: y + (style.lineHeight - dot) / 2), on: &canvas)
      canvas.text(
        [InlineRun(diagram.label(item.status))], style: style, at: Point(x: item.x + dot + 4, y: y),
        width: item.width)
    }
  }

  static func tint(_ colour: Colour) -> Colour {
    colour.tint(0.06)
  }

  static func separator(_ colour: Colour) -> Colour {
    colour.tint(0.3)
  }
}
