import PlanDocument

/// The action plan as a Gantt chart. The left column names each action (its id links to its
/// sheet; the title wraps and the row grows to hold it); the right column is the time axis, with a
/// gridline per year and lighter ones per quarter or month. Bars take the colour of the action's
/// term, milestones are dark diamonds on the bar, and an elbowed arrow runs from the end of each
/// prerequisite to the start of the action that waits for it. Actions come grouped under their
/// axis. A chart taller than a page continues on the next one with the legend and the time axis
/// repeated; an arrow whose prerequisite is on another part is a short dashed stub, so that no line
/// crosses from one page to another.
public enum GanttTimelineDiagram {
  /// Colours told apart by readers with the common colour-vision deficiencies and in a greyscale
  /// print (three distinct lightnesses: 55 %, 42 % and 25 % grey), each at least 3:1 against white
  /// paper. No text is ever set on a bar.
  static let termColours: [GanttDiagram.Term: Colour] = [
    .short: Colour(hex: "#009E73")!,
    .medium: Colour(hex: "#A35A00")!,
    .long: Colour(hex: "#1D3F7A")!,
  ]
  /// Drawn as an outline on white: a bar without a term is told apart by its shape.
  static let noTermColour = Colour(hex: "#6B7280")!
  static let stripeColour = Colour(red: 0.955, green: 0.96, blue: 0.968)
  static let yearLineColour = Colour(red: 0.70, green: 0.73, blue: 0.76)
  static let minorLineColour = Colour(red: 0.86, green: 0.88, blue: 0.90)
  static let arrowColour = Colour(red: 0.36, green: 0.39, blue: 0.43)

  static let padding = 4.0
  static let barHeight = 7.0
  static let milestoneSize = 8.0
  static let minimumRowHeight = 15.0
  static let headerGap = 6.0

  public static func layout(_ diagram: GanttDiagram, context: DiagramContext) -> [DiagramPart] {
    let chart = GanttChart(diagram, context: context)
    var parts: [DiagramPart] = []
    var part = GanttPart(chart)
    for group in diagram.groups {
      for (index, row) in group.rows.enumerated() {
        let measured = chart.measure(row)
        let groupHeight =
          index == 0 || !part.hasRows ? chart.groupHeight(group.title, continued: index > 0) : 0
        // A group's heading never ends a part: it moves to the next one with the group's first row.
        if part.hasRows && part.y + groupHeight + measured.height > context.maximumHeight {
          parts.append(part.finish())
          part = GanttPart(chart)
        }
        if index == 0 || !part.hasRows { part.groupHeading(group.title, continued: index > 0) }
        part.row(row, measured)
      }
    }
    parts.append(part.finish())
    return parts
  }

  /// A light tint of `colour` (the background of group headings and of open-ended bars).
  static func tint(_ colour: Colour, _ amount: Double) -> Colour {
    colour.tint(amount)
  }

  static func colour(_ term: GanttDiagram.Term?) -> Colour {
    term.flatMap { termColours[$0] } ?? noTermColour
  }
}

/// What every part of one chart shares: the columns, the time scale, the styles and the rows'
/// measurements.
struct GanttChart {
  let diagram: GanttDiagram
  let context: DiagramContext
  /// The action column, then the time axis from `left` to `right` (a margin on both sides leaves
  /// room for the arrows that turn around before a bar that starts at the very beginning).
  let labelWidth: Double
  let left: Double
  let right: Double
  let firstYear: Double
  let endYear: Double
  let labelStyle: TextStyle
  let noteStyle: TextStyle
  let groupStyle: TextStyle
  let headStyle: TextStyle
  let yearStyle: TextStyle
  let monthStyle: TextStyle
  let legendStyle: TextStyle
  /// Every how many years a year is labelled (1, 2, 5…), so that labels never touch.
  let yearStep: Int
  /// Whether each month gets its initial under the years (short horizons), and the spacing of the
  /// light gridlines (months, quarters, or none) in months.
  let labelsMonths: Bool
  let minorStep: Int?
  /// Ids of the actions that have a bar somewhere in the chart (an arrow from one on another part
  /// becomes a stub).
  let barIds: Set<String>

  init(_ diagram: GanttDiagram, context: DiagramContext) {
    self.diagram = diagram
    self.context = context
    labelWidth = max(110, (context.width * 0.36).rounded())
    left = labelWidth + 10
    right = context.width - 8
    firstYear = Double(diagram.firstYear)
    endYear = Double(max(diagram.firstYear, diagram.lastYear) + 1)
    labelStyle = context.style(size: TypeScale.fine)
    noteStyle = context.style(size: TypeScale.fine, italic: true, colour: context.theme.muted)
    groupStyle = context.style(size: TypeScale.fine, bold: true, colour: context.theme.primary)
    headStyle = context.style(
      size: TypeScale.fine, bold: true, colour: context.theme.onPrimary, hyphenate: false)
    let yearStyle = context.style(
      size: TypeScale.fine, bold: true, colour: context.theme.onPrimary, alignment: .center, hyphenate: false)
    let monthStyle = context.style(
      size: TypeScale.fine, colour: context.theme.text, alignment: .center, hyphenate: false)
    self.yearStyle = yearStyle
    self.monthStyle = monthStyle
    legendStyle = context.style(size: TypeScale.fine, hyphenate: false)

    let yearWidth = (right - left) / (endYear - firstYear)
    let widest =
      (diagram.firstYear...max(diagram.firstYear, diagram.lastYear)).map {
        Self.width(of: [InlineRun(String($0))], style: yearStyle, context: context)
      }.max() ?? 0
    yearStep = [1, 2, 5, 10, 20, 50, 100].first { Double($0) * yearWidth >= widest + 4 } ?? 1000
    let monthWidth = yearWidth / 12
    let initial =
      diagram.monthInitials.map {
        Self.width(of: [InlineRun($0)], style: monthStyle, context: context)
      }.max() ?? 0
    labelsMonths = diagram.monthInitials.count == 12 && monthWidth >= max(10, initial + 3)
    minorStep = monthWidth >= 8 ? 1 : monthWidth * 3 >= 8 ? 3 : nil
    barIds = Set(diagram.rows.filter { $0.start != nil || $0.end != nil || $0.event != nil }.map(\.id))
  }

  /// The x of a time, kept on the axis.
  func x(_ time: Double) -> Double {
    left + (min(max(time, firstYear), endYear) - firstYear) / (endYear - firstYear) * (right - left)
  }

  static func width(of runs: [InlineRun], style: TextStyle, context: DiagramContext) -> Double {
    context.shaper.shape(runs, style: style, width: 10_000).lines.map(\.width).max() ?? 0
  }

  struct MeasuredRow {
    var runs: [InlineRun]
    var height: Double
    /// The middle of the label's first line: the bar sits there, level with the id.
    var barMiddle: Double
  }

  func labelRuns(_ row: GanttDiagram.Row) -> [InlineRun] {
    var runs = [InlineRun(row.id, bold: true, link: Anchor.action(row.id)), InlineRun("  " + row.title)]
    switch (row.start, row.end) {
    case (nil, .some): runs.append(InlineRun(" — " + diagram.noStartLabel, italic: true))
    case (.some, nil): runs.append(InlineRun(" — " + diagram.noEndLabel, italic: true))
    default: break
    }
    return runs
  }

  func measure(_ row: GanttDiagram.Row) -> MeasuredRow {
    let runs = labelRuns(row)
    let shaped = context.shaper.shape(
      runs, style: labelStyle, width: labelWidth - 2 * GanttTimelineDiagram.padding)
    let textHeight = shaped.lines.reduce(0) { $0 + $1.height }
    let firstLine = shaped.lines.first?.height ?? labelStyle.lineHeight
    let height = max(GanttTimelineDiagram.minimumRowHeight, textHeight + 2 * GanttTimelineDiagram.padding)
    let middle =
      textHeight + 2 * GanttTimelineDiagram.padding > GanttTimelineDiagram.minimumRowHeight
      ? GanttTimelineDiagram.padding + firstLine / 2 : height / 2
    return MeasuredRow(runs: runs, height: height, barMiddle: middle)
  }

  func groupRuns(_ title: String, continued: Bool) -> [InlineRun] {
    [InlineRun(continued ? title + " …" : title)]
  }

  func groupHeight(_ title: String, continued: Bool) -> Double {
    context.shaper.shape(
      groupRuns(title, continued: continued), style: groupStyle,
      width: context.width - 2 * GanttTimelineDiagram.padding
    ).lines.reduce(0) { $0 + $1.height } + 2 * 3
  }
}

/// One part of the chart being drawn: the legend and the time axis on top, then rows. It draws in
/// layers, bottom to top: row stripes, gridlines, dependency arrows, then headings and labels, then
/// bars and milestones. So an arrow passes under the group headings (never across their text) and
/// under the bars it crosses, and the gridlines under everything but the stripes.
struct GanttPart {
  let chart: GanttChart
  var stripes: DiagramCanvas
  var grid: DiagramCanvas
  var links: DiagramCanvas
  var back: DiagramCanvas
  var front: DiagramCanvas
  var y = 0.0
  var hasRows = false
  /// Where this part's rows are, for the gridlines (group headings interrupt them) and the arrows.
  var rowSpans: [(top: Double, bottom: Double)] = []
  var bars: [String: (start: Double, end: Double, middle: Double, top: Double, bottom: Double)] = [:]
  var waiting: [(row: GanttDiagram.Row, start: Double, middle: Double, top: Double, bottom: Double)] = []
  /// Alternate rows of a group are striped.
  var stripe = false

  init(_ chart: GanttChart) {
    self.chart = chart
    stripes = DiagramCanvas(chart.context)
    grid = DiagramCanvas(chart.context)
    links = DiagramCanvas(chart.context)
    back = DiagramCanvas(chart.context)
    front = DiagramCanvas(chart.context)
    legend()
    timeAxis()
  }

  var context: DiagramContext { chart.context }

  /// The terms' colours, and milestones and dependencies when the chart has any, on one line (or
  /// more, on a narrow page).
  mutating func legend() {
    enum Marker { case swatch(Colour), milestone, event, arrow }
    let rows = chart.diagram.rows
    var entries: [(Marker, String)] = GanttDiagram.Term.allCases.map { term in
      (.swatch(GanttTimelineDiagram.colour(term)), chart.diagram.termNames[term] ?? "")
    }
    if rows.contains(where: { $0.term == nil && ($0.start != nil || $0.end != nil) }) {
      entries.append((.swatch(GanttTimelineDiagram.noTermColour), chart.diagram.noTermName))
    }
    if rows.contains(where: { !$0.milestones.isEmpty && ($0.start != nil || $0.end != nil) }) {
      entries.append((.milestone, chart.diagram.milestoneName))
    }
    if rows.contains(where: { $0.event != nil }) {
      entries.append((.event, chart.diagram.eventName))
    }
    if rows.contains(where: { !$0.dependsOn.isEmpty }) {
      entries.append((.arrow, chart.diagram.dependencyName))
    }
    let lineHeight = chart.legendStyle.lineHeight
    let markerWidth = 14.0
    var x = 0.0
    for (marker, name) in entries {
      let textWidth = min(
        GanttChart.width(of: [InlineRun(name)], style: chart.legendStyle, context: context) + 2,
        context.width - markerWidth - 4)
      if x > 0 && x + markerWidth + 4 + textWidth > context.width {
        x = 0
        y += lineHeight + 2
      }
      let middle = y + lineHeight / 2
      switch marker {
      case .swatch(let colour):
        let swatch = Rect(x: x, y: middle - 3.5, width: markerWidth, height: 7)
        if colour == GanttTimelineDiagram.noTermColour {
          back.shape(.roundedRect(swatch, radius: 1.5), fill: .white, stroke: colour, lineWidth: 1)
        } else {
          back.shape(.roundedRect(swatch, radius: 1.5), fill: colour)
        }
      case .milestone:
        back.shape(
          .diamond(
            centre: Point(x: x + markerWidth / 2, y: middle), size: GanttTimelineDiagram.milestoneSize),
          fill: context.theme.text)
      case .event:
        back.shape(
          .diamond(
            centre: Point(x: x + markerWidth / 2, y: middle), size: GanttTimelineDiagram.milestoneSize),
          fill: GanttTimelineDiagram.noTermColour, stroke: context.theme.text, lineWidth: 0.6)
      case .arrow:
        back.line(
          from: Point(x: x, y: middle), to: Point(x: x + markerWidth - 4, y: middle),
          colour: GanttTimelineDiagram.arrowColour, width: 0.6)
        back.shape(
          arrowHead(at: Point(x: x + markerWidth, y: middle)), fill: GanttTimelineDiagram.arrowColour)
      }
      back.text(
        [InlineRun(name)], style: chart.legendStyle, at: Point(x: x + markerWidth + 4, y: y), width: textWidth
      )
      x += markerWidth + 4 + textWidth + 12
    }
    y += lineHeight + GanttTimelineDiagram.headerGap
  }

  /// The heading band: "Acción" over the left column, the years over the axis (and the months'
  /// initials under them when there is room).
  mutating func timeAxis() {
    let padding = GanttTimelineDiagram.padding
    let yearHeight = chart.yearStyle.lineHeight + 2 * 3
    let band = Rect(x: 0, y: y, width: context.width, height: yearHeight)
    back.shape(.roundedRect(band, radius: 2), fill: context.theme.tableHeader)
    back.text(
      [InlineRun(chart.diagram.actionLabel)], style: chart.headStyle, at: Point(x: padding, y: y + 3),
      width: chart.labelWidth - 2 * padding)
    for year in chart.diagram.firstYear..<Int(chart.endYear) {
      guard (year - chart.diagram.firstYear) % chart.yearStep == 0 else { continue }
      let start = chart.x(Double(year))
      if chart.yearStep == 1 {
        // Centred in its year.
        let width = chart.x(Double(year + 1)) - start
        back.text(
          [InlineRun(String(year))], style: chart.yearStyle, at: Point(x: start, y: y + 3), width: width)
      } else {
        // Sparse labels start at their gridline, so none reaches the left column.
        let width = min(chart.right, chart.x(Double(year + chart.yearStep))) - start - 2
        let needed = GanttChart.width(of: [InlineRun(String(year))], style: chart.yearStyle, context: context)
        guard width >= needed else { continue }
        var style = chart.yearStyle
        style.alignment = .left
        back.text([InlineRun(String(year))], style: style, at: Point(x: start + 2, y: y + 3), width: width)
      }
    }
    y += yearHeight
    if chart.labelsMonths {
      let monthHeight = chart.monthStyle.lineHeight + 2
      back.shape(
        .roundedRect(
          Rect(x: chart.left - 2, y: y, width: chart.right - chart.left + 4, height: monthHeight), radius: 0),
        fill: GanttTimelineDiagram.tint(context.theme.tableHeader, 0.14))
      for year in chart.diagram.firstYear..<Int(chart.endYear) {
        for (month, initial) in chart.diagram.monthInitials.enumerated() {
          let start = chart.x(Double(year) + Double(month) / 12)
          let end = chart.x(Double(year) + Double(month + 1) / 12)
          back.text(
            [InlineRun(initial)], style: chart.monthStyle, at: Point(x: start, y: y + 1), width: end - start)
        }
      }
      y += monthHeight
    }
    y += 2
  }

  mutating func groupHeading(_ title: String, continued: Bool) {
    let height = chart.groupHeight(title, continued: continued)
    let band = Rect(x: 0, y: y, width: context.width, height: height)
    back.shape(.roundedRect(band, radius: 2), fill: GanttTimelineDiagram.tint(context.theme.primary, 0.12))
    back.text(
      chart.groupRuns(title, continued: continued), style: chart.groupStyle,
      at: Point(x: GanttTimelineDiagram.padding, y: y + 3),
      width: context.width - 2 * GanttTimelineDiagram.padding)
    y += height
    stripe = false
  }

  mutating func row(_ row: GanttDiagram.Row, _ measured: GanttChart.MeasuredRow) {
    let padding = GanttTimelineDiagram.padding
    let top = y
    let bottom = y + measured.height
    if stripe {
      stripes.shape(
        .roundedRect(Rect(x: 0, y: top, width: context.width, height: measured.height), radius: 0),
        fill: GanttTimelineDiagram.stripeColour)
    }
    stripe.toggle()
    back.text(
      measured.runs, style: chart.labelStyle, at: Point(x: padding, y: top + padding),
      width: chart.labelWidth - 2 * padding)
    let middle = top + measured.barMiddle
    if row.start == nil && row.end == nil, let event = row.event {
      self.event(row, at: event, middle: middle, top: top, bottom: bottom)
    } else if row.start == nil && row.end == nil {
      back.text(
        [InlineRun(chart.diagram.noDatesLabel)], style: chart.noteStyle,
        at: Point(x: chart.left + 2, y: middle - chart.noteStyle.lineHeight / 2),
        width: chart.right - chart.left - 2)
    } else {
      bar(row, middle: middle, top: top, bottom: bottom)
    }
    if let last = rowSpans.last, abs(last.bottom - top) < 0.01 {
      rowSpans[rowSpans.count - 1].bottom = bottom
    } else {
      rowSpans.append((top, bottom))
    }
    y = bottom
    hasRows = true
  }

  /// The bar (dashed and pale at an end that is not known, running to the edge of the axis) and
  /// the milestones on it.
  mutating func bar(_ row: GanttDiagram.Row, middle: Double, top: Double, bottom: Double) {
    let colour = GanttTimelineDiagram.colour(row.term)
    let from = row.start ?? chart.firstYear
    let to = row.end ?? chart.endYear
    var start = chart.x(min(from, to))
    var end = chart.x(max(from, to))
    if end - start < 2 {
      // Too short to see (or outside the axis): two points wide, kept on the axis.
      end = min(chart.right, start + 2)
      start = end - 2
    }
    let rect = Rect(
      x: start, y: middle - GanttTimelineDiagram.barHeight / 2, width: end - start,
      height: GanttTimelineDiagram.barHeight)
    if row.start == nil || row.end == nil {
      front.shape(
        .roundedRect(rect, radius: 1.5), fill: GanttTimelineDiagram.tint(colour, 0.35), stroke: colour,
        lineWidth: 0.8, dash: 2)
    } else if row.term == nil {
      front.shape(.roundedRect(rect, radius: 1.5), fill: .white, stroke: colour, lineWidth: 1)
    } else {
      front.shape(.roundedRect(rect, radius: 1.5), fill: colour)
    }
    for milestone in row.milestones where milestone >= chart.firstYear && milestone <= chart.endYear {
      front.shape(
        .diamond(centre: Point(x: chart.x(milestone), y: middle), size: GanttTimelineDiagram.milestoneSize),
        fill: context.theme.text, stroke: .white, lineWidth: 0.6)
    }
    if bars[row.id] == nil { bars[row.id] = (start, end, middle, top, bottom) }
    if !row.dependsOn.isEmpty { waiting.append((row, start, middle, top, bottom)) }
  }

  /// A one-off event: a diamond at its date, in the colour of its term, larger than a milestone.
  mutating func event(_ row: GanttDiagram.Row, at date: Double, middle: Double, top: Double, bottom: Double) {
    let x = chart.x(min(max(date, chart.firstYear), chart.endYear))
    front.shape(
      .diamond(centre: Point(x: x, y: middle), size: GanttTimelineDiagram.milestoneSize * 1.5),
      fill: GanttTimelineDiagram.colour(row.term), stroke: context.theme.text, lineWidth: 0.6)
    if bars[row.id] == nil { bars[row.id] = (x, x, middle, top, bottom) }
    if !row.dependsOn.isEmpty { waiting.append((row, x, middle, top, bottom)) }
  }

  /// A small filled triangle pointing right, its tip at `tip`.
  func arrowHead(at tip: Point) -> Path {
    .polygon([tip, Point(x: tip.x - 4, y: tip.y - 2.3), Point(x: tip.x - 4, y: tip.y + 2.3)])
  }

  /// The dependency arrows of this part: from the end of the prerequisite's bar, a little to the
  /// right, down (or up) to the dependent row and into the start of its bar. When the dependent
  /// starts before that point, the arrow turns back along the edge of the dependent's row.
  mutating func arrows() {
    let colour = GanttTimelineDiagram.arrowColour
    for dependent in waiting {
      for id in dependent.row.dependsOn where id != dependent.row.id {
        let tip = Point(x: dependent.start, y: dependent.middle)
        guard let prerequisite = bars[id] else {
          // On another part: a short dashed stub into the bar says "after something elsewhere".
          guard chart.barIds.contains(id) else { continue }
          let tail = max(0, tip.x - 11)
          links.shape(
            Path([.move(Point(x: tail, y: tip.y)), .line(Point(x: tip.x - 4, y: tip.y))]), stroke: colour,
            lineWidth: 0.6, dash: 1.5)
          links.shape(arrowHead(at: tip), fill: colour)
          continue
        }
        let elbow = min(prerequisite.end + 5, context.width - 2)
        var points = [
          Point(x: prerequisite.end, y: prerequisite.middle), Point(x: elbow, y: prerequisite.middle),
        ]
        if tip.x - elbow >= 6 {
          points.append(Point(x: elbow, y: tip.y))
        } else {
          let below = dependent.top >= prerequisite.bottom - 0.01
          let edge = below ? dependent.top : dependent.bottom
          let approach = max(0, tip.x - 7)
          points += [Point(x: elbow, y: edge), Point(x: approach, y: edge), Point(x: approach, y: tip.y)]
        }
        points.append(Point(x: tip.x - 4, y: tip.y))
        links.shape(
          Path([.move(points[0])] + points.dropFirst().map { .line($0) }), stroke: colour, lineWidth: 0.6)
        links.shape(arrowHead(at: tip), fill: colour)
      }
    }
  }

  /// Gridlines down the rows (not across group headings): years strong, quarters or months light.
  mutating func gridlines() {
    for span in rowSpans {
      if let step = chart.minorStep {
        for year in chart.diagram.firstYear..<Int(chart.endYear) {
          for month in stride(from: step, to: 12, by: step) {
            let x = chart.x(Double(year) + Double(month) / 12)
            grid.line(
              from: Point(x: x, y: span.top), to: Point(x: x, y: span.bottom),
              colour: GanttTimelineDiagram.minorLineColour, width: 0.3)
          }
        }
      }
      for year in chart.diagram.firstYear...Int(chart.endYear) {
        let x = chart.x(Double(year))
        grid.line(
          from: Point(x: x, y: span.top), to: Point(x: x, y: span.bottom),
          colour: GanttTimelineDiagram.yearLineColour, width: 0.5)
      }
    }
  }

  mutating func finish() -> DiagramPart {
    gridlines()
    arrows()
    if hasRows {
      grid.line(
        from: Point(x: 0, y: y), to: Point(x: context.width, y: y),
        colour: GanttTimelineDiagram.yearLineColour,
        width: 0.5)
    }
    return DiagramPart(
      size: Size(width: context.width, height: y),
      items: stripes.items + grid.items + links.items + back.items + front.items)
  }
}
