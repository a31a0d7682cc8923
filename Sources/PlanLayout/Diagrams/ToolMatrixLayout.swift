import PlanDocument

/// Tools × axes: a grid with a row per tool and a column per motivation axis; each cell holds the
/// number of actions, on a disc whose shade grows with the number (empty cells stay blank), and a
/// last row adds up each column. Rows continue on the next part with the header repeated.
public enum ToolMatrixLayout {
  static let padding = 5.0

  public static func layout(_ diagram: ToolMatrixDiagram, context: DiagramContext) -> [DiagramPart] {
    let theme = context.theme
    let headStyle = context.style(
      size: TypeScale.fine, bold: true, colour: theme.onPrimary, alignment: .center, hyphenate: false)
    let toolStyle = context.style(size: TypeScale.fine)
    let numberStyle = context.style(size: TypeScale.fine, bold: true, alignment: .center, hyphenate: false)
    let lightNumberStyle = context.style(
      size: TypeScale.fine, bold: true, colour: .white, alignment: .center, hyphenate: false)
    let totalStyle = context.style(size: TypeScale.fine, bold: true)
    let toolWidth = min(200, context.width * 0.36)
    let columnWidth = (context.width - toolWidth) / Double(max(1, diagram.columns.count))
    let measure = DiagramCanvas(context)
    let headHeight =
      ([diagram.toolHeading] + diagram.columns).map { text in
        measure.height(
          of: [InlineRun(text)], style: headStyle,
          width: (text == diagram.toolHeading ? toolWidth : columnWidth) - 2 * padding)
      }.max()! + 2 * padding
    let disc = 17.0
    let rowHeights = diagram.rows.map { row in
      max(
        disc + 2 * 3,
        measure.height(of: [InlineRun(row.tool)], style: toolStyle, width: toolWidth - 2 * padding) + 2
          * padding)
    }
    let maximum = max(1, diagram.rows.flatMap(\.counts).max() ?? 1)
    let totals = diagram.columns.indices.map { column in diagram.rows.reduce(0) { $0 + $1.counts[column] } }
    let totalHeight = max(
      disc + 6,
      measure.height(of: [InlineRun(diagram.totalLabel)], style: totalStyle, width: toolWidth - 2 * padding)
        + 2 * padding)

    var parts: [DiagramPart] = []
    var canvas = DiagramCanvas(context)
    var y = 0.0
    func header() {
      let box = Rect(x: 0, y: 0, width: context.width, height: headHeight)
      canvas.shape(.roundedRect(box, radius: 3), fill: theme.tableHeader)
      canvas.text(
        [InlineRun(diagram.toolHeading)], style: headStyle,
        centredIn: Rect(x: 0, y: 0, width: toolWidth, height: headHeight),
        padding: padding)
      for (index, title) in diagram.columns.enumerated() {
        let cell = Rect(
          x: toolWidth + Double(index) * columnWidth, y: 0, width: columnWidth, height: headHeight)
        canvas.text([InlineRun(title)], style: headStyle, centredIn: cell, padding: padding)
      }
      y = headHeight
    }
    func row(label: String, style: TextStyle, counts: [Int], height: Double, shaded: Bool, striped: Bool) {
      if striped {
        canvas.shape(
          .roundedRect(Rect(x: 0, y: y, width: context.width, height: height), radius: 0),
          fill: Colour(red: 0.955, green: 0.96, blue: 0.97))
      }
      canvas.text(
        [InlineRun(label)], style: style,
        at: Point(
          x: padding,
          y: y
            + (height - measure.height(of: [InlineRun(label)], style: style, width: toolWidth - 2 * padding))
            / 2),
        width: toolWidth - 2 * padding)
      for (index, count) in counts.enumerated() where count > 0 {
        let centre = Point(x: toolWidth + (Double(index) + 0.5) * columnWidth, y: y + height / 2)
        let box = Rect(x: centre.x - disc / 2, y: centre.y - disc / 2, width: disc, height: disc)
        // Darker with more actions; the lightest shade still shows the number in dark text.
        let share = shaded ? Double(count) / Double(maximum) : 0
        let fill = mix(theme.primary, share: 0.15 + 0.85 * share)
        canvas.shape(.ellipse(in: box), fill: fill)
        let light = Contrast.ratio(fill, .white) >= Contrast.minimum
        canvas.text(
          [InlineRun("\(count)")], style: light ? lightNumberStyle : numberStyle, centredIn: box, padding: 0)
      }
      y += height
      canvas.line(
        from: Point(x: 0, y: y), to: Point(x: context.width, y: y),
        colour: Colour(red: 0.8, green: 0.82, blue: 0.85), width: 0.5)
    }
    header()
    for (index, entry) in diagram.rows.enumerated() {
      let last = index == diagram.rows.count - 1
      let needed = rowHeights[index] + (last ? totalHeight : 0)
      if y + needed > context.maximumHeight && y > headHeight + 0.01 {
        parts.append(canvas.part(height: y))
        canvas = DiagramCanvas(context)
        header()
      }
      row(
        label: entry.tool, style: toolStyle, counts: entry.counts, height: rowHeights[index], shaded: true,
        striped: index % 2 == 1)
    }
    row(
      label: diagram.totalLabel, style: totalStyle, counts: totals, height: totalHeight, shaded: false,
      striped: false)
    parts.append(canvas.part(height: y))
    return parts
  }

  /// `colour` laid over white with opacity `share`.
  static func mix(_ colour: Colour, share: Double) -> Colour {
    colour.tint(share)
  }
}
