import PlanDocument

/// An indicator's chart: its status (shape and word) on top; a plot with the value axis at the
/// left, the expected path as a dashed line with the targets marked, and the measured values as a
/// solid line with dots, the latest one drawn as its status shape; under the plot, one column per
/// year with the year, the expected value and the measured one.
public enum IndicatorChartLayout {
  static let labelColumn = 64.0
  static let rightMargin = 10.0
  static let plotHeight = 104.0
  static let gap = 6.0

  public static func layout(_ chart: IndicatorChartDiagram, context: DiagramContext) -> [DiagramPart] {
    let theme = context.theme
    var canvas = DiagramCanvas(context)
    let width = context.width
    let fineRight = context.style(
      size: TypeScale.fine, colour: theme.muted, alignment: .right, hyphenate: false)
    let rowLabel = context.style(size: TypeScale.fine, bold: true, hyphenate: false)
    let centred = context.style(size: TypeScale.fine, alignment: .center)
    let centredBold = context.style(size: TypeScale.fine, bold: true, alignment: .center, hyphenate: false)
    let statusStyle = context.style(size: TypeScale.small, bold: true)

    // The status line.
    let markSize = 9.0
    let statusWidth = width - markSize - 6
    let statusHeight = canvas.height(
      of: [InlineRun(chart.statusText)], style: statusStyle, width: statusWidth)
    StatusShapes.draw(
      chart.status, centre: Point(x: markSize / 2, y: max(markSize, statusHeight) / 2), size: markSize,
      on: &canvas)
    canvas.text(
      [InlineRun(chart.statusText)], style: statusStyle, at: Point(x: markSize + 6, y: 0), width: statusWidth)

    // The plot.
    let plotTop = max(markSize, statusHeight) + gap + 6
    let plotLeft = labelColumn
    let plotWidth = width - labelColumn - rightMargin
    let columns = max(1, chart.years.count)
    let columnWidth = plotWidth / Double(columns)
    let firstYear = chart.years.first?.year ?? 0
    let span = chart.highest - chart.lowest
    func x(_ at: Double) -> Double {
      let position = plotLeft + (at - Double(firstYear + 1) + 0.5) * columnWidth
      return min(plotLeft + plotWidth, max(plotLeft, position))
    }
    func y(_ value: Double) -> Double {
      guard span > 0 else { return plotTop + plotHeight / 2 }
      let share = (chart.highest - value) / span
      return plotTop + min(1, max(0, share)) * plotHeight
    }
    for tick in chart.ticks {
      let level = y(tick.value)
      canvas.line(
        from: Point(x: plotLeft, y: level), to: Point(x: plotLeft + plotWidth, y: level),
        colour: theme.muted.tint(0.7), width: 0.4)
      let height = canvas.height(of: [InlineRun(tick.label)], style: fineRight, width: labelColumn - 8)
      canvas.text(
        [InlineRun(tick.label)], style: fineRight, at: Point(x: 0, y: level - height / 2),
        width: labelColumn - 8)
    }
    canvas.line(
      from: Point(x: plotLeft, y: plotTop), to: Point(x: plotLeft, y: plotTop + plotHeight),
      colour: theme.muted,
      width: 0.6)
    canvas.line(
      from: Point(x: plotLeft, y: plotTop + plotHeight),
      to: Point(x: plotLeft + plotWidth, y: plotTop + plotHeight), colour: theme.muted, width: 0.6)

    // The expected path, dashed, with each target marked by a hollow square.
    if let first = chart.expected.first {
      var elements: [Path.Element] = [.move(Point(x: x(first.at), y: y(first.value)))]
      for (from, to) in zip(chart.expected, chart.expected.dropFirst()) {
        if chart.stepwise { elements.append(.line(Point(x: x(to.at), y: y(from.value)))) }
        elements.append(.line(Point(x: x(to.at), y: y(to.value))))
      }
      if chart.expected.count > 1 { canvas.shape(Path(elements), stroke: theme.muted, lineWidth: 1, dash: 3) }
      for point in chart.expected.dropFirst() {
        let side = 6.0
        canvas.shape(
          Path.roundedRect(
            Rect(x: x(point.at) - side / 2, y: y(point.value) - side / 2, width: side, height: side),
            radius: 0),
          stroke: theme.text, lineWidth: 0.8)
      }
    }

    // The measured values, solid, the latest as its status shape.
    if let first = chart.measured.first {
      var elements: [Path.Element] = [.move(Point(x: x(first.at), y: y(first.value)))]
      for point in chart.measured.dropFirst() {
        elements.append(.line(Point(x: x(point.at), y: y(point.value))))
      }
      if chart.measured.count > 1 { canvas.shape(Path(elements), stroke: theme.primary, lineWidth: 1.4) }
      for point in chart.measured.dropLast() {
        let dot = 4.0
        canvas.shape(
          Path.ellipse(
            in: Rect(x: x(point.at) - dot / 2, y: y(point.value) - dot / 2, width: dot, height: dot)),
          fill: theme.primary)
      }
      if let last = chart.measured.last {
        StatusShapes.draw(
          chart.status, centre: Point(x: x(last.at), y: y(last.value)), size: markSize, on: &canvas)
      }
    }

    // The years, and the values written out under them.
    // Below a status shape drawn on the axis.
    var top = plotTop + plotHeight + markSize / 2 + 3
    let inner = columnWidth - 2
    let rows: [(label: String, style: TextStyle, texts: [String])] = [
      ("", centredBold, chart.years.map { String($0.year) }),
      (chart.expectedLabel, centred, chart.years.map(\.expected)),
      (chart.measuredLabel, centred, chart.years.map(\.measured)),
    ]
    for row in rows {
      let height =
        ([canvas.height(of: [InlineRun(row.label)], style: rowLabel, width: labelColumn - 8)]
        + row.texts.map { canvas.height(of: [InlineRun($0)], style: row.style, width: inner) }).max() ?? 0
      if !row.label.isEmpty {
        canvas.text([InlineRun(row.label)], style: rowLabel, at: Point(x: 0, y: top), width: labelColumn - 8)
      }
      for (index, text) in row.texts.enumerated() where !text.isEmpty {
        canvas.text(
          [InlineRun(text)], style: row.style,
          at: Point(x: plotLeft + Double(index) * columnWidth + 1, y: top),
          width: inner)
      }
      top += height + 2
    }
    return [canvas.part(height: top)]
  }
}
