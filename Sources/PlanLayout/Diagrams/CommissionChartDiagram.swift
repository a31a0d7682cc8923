import PlanDocument

/// The commission among the four groups of participants: two group boxes above a centre box with
/// the commission (its name, who chairs it, how many sit on it), two below, each joined to the
/// centre by a line. A group box lists its participants, one per line: a filled dot and bold for
/// those on the commission, a ring for the rest, "preside" after the chair; an empty group says
/// so in italics. Boxes in a row share their height. A box too long for a page continues on the
/// next, headed again and marked as continued, while the box beside it keeps its own height and is
/// not repeated; the connecting lines are drawn only where the centre and the boxes share a page.
public enum CommissionChartDiagram {
  /// One colour per group, all dark enough for white 8.5 pt text (WCAG AA): leadership, technical
  /// staff, civil society, political society.
  static let groupColours = [
    Colour(red: 0.55, green: 0.16, blue: 0.20),
    Colour(red: 0.04, green: 0.40, blue: 0.45),
    Colour(red: 0.16, green: 0.42, blue: 0.15),
    Colour(red: 0.40, green: 0.24, blue: 0.55),
  ]
  static let connectorColour = Colour(red: 0.55, green: 0.58, blue: 0.62)

  static let columnGap = 16.0
  static let connectorLength = 16.0
  static let padding = 6.0
  static let markerWidth = 10.0
  static let entryGap = 2.0

  public static func layout(_ diagram: CommissionDiagram, context: DiagramContext) -> [DiagramPart] {
    var chart = CommissionChart(diagram, context: context)
    let rows = stride(from: 0, to: diagram.groups.count, by: 2).map { start in
      Array(diagram.groups.indices[start..<min(start + 2, diagram.groups.count)])
    }
    if let top = rows.first { chart.boxes(top) }
    chart.centre()
    for row in rows.dropFirst() { chart.boxes(row) }
    chart.legend()
    return chart.finish()
  }

  static func colour(_ group: Int) -> Colour { groupColours[group % groupColours.count] }

  static func tint(_ colour: Colour, _ amount: Double) -> Colour {
    colour.tint(amount)
  }
}

/// The chart being drawn, part by part, top to bottom.
struct CommissionChart {
  let diagram: CommissionDiagram
  let context: DiagramContext
  let columnWidth: Double
  let entryStyle: TextStyle
  let emptyStyle: TextStyle
  let titleStyle: TextStyle

  var parts: [DiagramPart] = []
  var canvas: DiagramCanvas
  var y = 0.0
  /// Where the connecting lines start, by column, when what comes next hangs from what was just
  /// drawn on this part: the bottom of each top box (for the centre) or of the centre (for the
  /// boxes under it).
  var openBelow: [Int: Double] = [:]
  var centreDrawn = false

  init(_ diagram: CommissionDiagram, context: DiagramContext) {
    self.diagram = diagram
    self.context = context
    columnWidth = (context.width - CommissionChartDiagram.columnGap) / 2
    entryStyle = context.style(size: TypeScale.fine)
    emptyStyle = context.style(size: TypeScale.fine, italic: true, colour: context.theme.muted)
    titleStyle = context.style(size: TypeScale.small, bold: true, colour: .white)
    canvas = DiagramCanvas(context)
  }

  var isEmptyPart: Bool { canvas.items.isEmpty }
  var textWidth: Double {
    columnWidth - 2 * CommissionChartDiagram.padding - CommissionChartDiagram.markerWidth
  }

  /// The centre of each column: where the connecting lines run.
  func connectorX(_ column: Int) -> Double {
    Double(column) * (columnWidth + CommissionChartDiagram.columnGap) + columnWidth / 2
  }

  mutating func newPart() {
    parts.append(DiagramPart(size: Size(width: context.width, height: y), items: canvas.items))
    canvas = DiagramCanvas(context)
    y = 0
    openBelow = [:]
  }

  mutating func finish() -> [DiagramPart] {
    newPart()
    return parts
  }

  // MARK: - Group boxes

  struct Entry {
    var runs: [InlineRun]
    var member: Bool
    var height: Double
    var firstLine: Double
  }

  func entries(_ group: CommissionDiagram.Group) -> [Entry] {
    group.members.map { member in
      var runs = [
        InlineRun(member.name, bold: member.isCommissionMember, link: Anchor.participant(member.id))
      ]
      if member.isChair { runs.append(InlineRun(" — " + diagram.chairMark, italic: true)) }
      let lines = context.shaper.shape(runs, style: entryStyle, width: textWidth).lines
      return Entry(
        runs: runs, member: member.isCommissionMember, height: lines.reduce(0) { $0 + $1.height },
        firstLine: lines.first?.height ?? entryStyle.lineHeight)
    }
  }

  func titleRuns(_ group: CommissionDiagram.Group, continued: Bool) -> [InlineRun] {
    [InlineRun("\(group.title) (\(group.members.count))" + (continued ? " …" : ""))]
  }

  func titleHeight(_ groups: [Int]) -> Double {
    groups.map { index in
      let runs = titleRuns(diagram.groups[index], continued: true)
      return canvas.height(
        of: runs, style: titleStyle, width: columnWidth - 2 * CommissionChartDiagram.padding)
    }.max() ?? 0
  }

  /// One row of (up to) two group boxes, continued on further parts while members remain. Boxes
  /// that end together share their height; while one continues, each box is as tall as what it
  /// holds, and a box already finished is not repeated on the next part.
  mutating func boxes(_ groups: [Int]) {
    let padding = CommissionChartDiagram.padding
    let gap = CommissionChartDiagram.entryGap
    let lists = groups.map { entries(diagram.groups[$0]) }
    let emptyHeight = canvas.height(
      of: [InlineRun(diagram.emptyGroupLabel)], style: emptyStyle, width: textWidth)
    let bandHeight = titleHeight(groups) + 2 * 4
    var next = groups.map { _ in 0 }
    var continued = false
    if !isEmptyPart { y += CommissionChartDiagram.connectorLength }
    while true {
      // The columns drawn in this piece: all at first, then those with names left.
      let active = groups.indices.filter { !continued || next[$0] < lists[$0].count }
      let room = context.maximumHeight - y - bandHeight - 2 * padding
      var take = groups.map { _ in 0 }
      var heights = groups.map { _ in 0.0 }
      for column in active {
        while next[column] + take[column] < lists[column].count {
          let added = lists[column][next[column] + take[column]].height + (take[column] > 0 ? gap : 0)
          // A box takes at least one name, or the chart could never end.
          if heights[column] + added > room && (take[column] > 0 || !isEmptyPart) { break }
          heights[column] += added
          take[column] += 1
        }
      }
      let ends = active.allSatisfy { next[$0] + take[$0] == lists[$0].count }
      // Not even a name fits under what the part holds, or a long box would start in the little
      // room left at the bottom of a part: start a new part.
      if !isEmptyPart
        && (active.contains { take[$0] == 0 && next[$0] < lists[$0].count }
          || !ends && !continued && room < 120)
      {
        newPart()
        continue
      }
      let shared = active.map { max(heights[$0], emptyHeight) }.max() ?? emptyHeight
      var bottoms: [Int: Double] = [:]
      for column in active {
        let group = groups[column]
        let colour = CommissionChartDiagram.colour(group)
        let x = Double(column) * (columnWidth + CommissionChartDiagram.columnGap)
        let bodyHeight = ends ? shared : max(heights[column], emptyHeight)
        let box = Rect(x: x, y: y, width: columnWidth, height: bandHeight + bodyHeight + 2 * padding)
        if !continued, let from = openBelow[column] {
          canvas.line(
            from: Point(x: connectorX(column), y: from), to: Point(x: connectorX(column), y: y),
            colour: CommissionChartDiagram.connectorColour, width: 1)
        }
        canvas.shape(
          .roundedRect(box, radius: 4), fill: CommissionChartDiagram.tint(colour, 0.07), stroke: colour,
          lineWidth: 0.7)
        canvas.shape(
          .roundedRect(Rect(x: x, y: y, width: columnWidth, height: bandHeight), radius: 4), fill: colour)
        canvas.text(
          titleRuns(diagram.groups[group], continued: continued), style: titleStyle,
          at: Point(x: x + padding, y: y + 4), width: columnWidth - 2 * padding)
        var top = y + bandHeight + padding
        if lists[column].isEmpty {
          canvas.text(
            [InlineRun(diagram.emptyGroupLabel, italic: true)], style: emptyStyle,
            at: Point(x: x + padding, y: top), width: textWidth)
        }
        for index in next[column]..<(next[column] + take[column]) {
          let entry = lists[column][index]
          let dot = Rect(x: x + padding + 1, y: top + entry.firstLine / 2 - 2.25, width: 4.5, height: 4.5)
          if entry.member {
            canvas.shape(.ellipse(in: dot), fill: colour)
          } else {
            canvas.shape(.ellipse(in: dot), stroke: colour, lineWidth: 0.7)
          }
          canvas.text(
            entry.runs, style: entryStyle,
            at: Point(x: x + padding + CommissionChartDiagram.markerWidth, y: top), width: textWidth)
          top += entry.height + gap
        }
        next[column] += take[column]
        bottoms[column] = box.maxY
      }
      y = bottoms.values.max() ?? y
      // Only the top boxes, and the first ones under the centre, are joined to the centre.
      openBelow = centreDrawn ? [:] : bottoms
      if groups.indices.allSatisfy({ next[$0] >= lists[$0].count }) { break }
      continued = true
      newPart()
    }
  }

  // MARK: - Centre

  /// The commission: name, chair, facts, other members; white on the theme's colour. Without a
  /// commission, a pale dashed box that says so.
  mutating func centre() {
    let padding = 8.0
    let width = (context.width * 0.62).rounded()
    let x = (context.width - width) / 2
    let inner = width - 2 * padding
    let ink: Colour = diagram.hasCommission ? .white : context.theme.muted
    // A name is not hyphenated: "Vi-lla Aurora" would read badly in the one box everyone looks at.
    let name = context.style(
      size: TypeScale.small, bold: diagram.hasCommission, italic: !diagram.hasCommission, colour: ink,
      alignment: .center,
      hyphenate: false)
    let line = context.style(size: TypeScale.fine, colour: ink, alignment: .center)
    let small = context.style(size: TypeScale.fine, colour: ink, alignment: .center)
    var blocks: [(runs: [InlineRun], style: TextStyle)] = [([InlineRun(diagram.title)], name)]
    if let chair = diagram.chair {
      blocks.append(([InlineRun(diagram.chairLabel + ": ", bold: true), InlineRun(chair)], line))
    }
    if !diagram.details.isEmpty {
      blocks.append(([InlineRun(diagram.details.joined(separator: " · "))], small))
    }
    if !diagram.otherMembers.isEmpty {
      blocks.append(
        (
          [
            InlineRun(diagram.otherMembersLabel + ": ", italic: true),
            InlineRun(diagram.otherMembers.joined(separator: "; ")),
          ], small
        ))
    }
    let heights = blocks.map { canvas.height(of: $0.runs, style: $0.style, width: inner) }
    let height = heights.reduce(0, +) + Double(blocks.count - 1) * 3 + 2 * padding
    let gap = isEmptyPart ? 0 : CommissionChartDiagram.connectorLength
    if !isEmptyPart && y + gap + height > context.maximumHeight { newPart() }
    y += isEmptyPart ? 0 : CommissionChartDiagram.connectorLength
    for (column, from) in openBelow.sorted(by: { $0.key < $1.key }) {
      canvas.line(
        from: Point(x: connectorX(column), y: from), to: Point(x: connectorX(column), y: y),
        colour: CommissionChartDiagram.connectorColour, width: 1)
    }
    let box = Rect(x: x, y: y, width: width, height: height)
    if diagram.hasCommission {
      canvas.shape(.roundedRect(box, radius: 6), fill: context.theme.primary)
    } else {
      canvas.shape(
        .roundedRect(box, radius: 6), fill: CommissionChartDiagram.tint(context.theme.muted, 0.08),
        stroke: context.theme.muted, lineWidth: 0.8, dash: 3)
    }
    var top = y + padding
    for (block, height) in zip(blocks, heights) {
      canvas.text(block.runs, style: block.style, at: Point(x: x + padding, y: top), width: inner)
      top += height + 3
    }
    y += height
    openBelow = Dictionary(uniqueKeysWithValues: (0..<min(2, diagram.groups.count)).map { ($0, y) })
    centreDrawn = true
  }

  // MARK: - Legend

  /// What the dot and the ring mean (only when there is a commission to belong to).
  mutating func legend() {
    guard diagram.hasCommission else { return }
    let style = context.style(size: TypeScale.fine, colour: context.theme.muted, hyphenate: false)
    let height = style.lineHeight
    if y + 8 + height > context.maximumHeight { newPart() }
    y += isEmptyPart ? 0 : 8
    var x = 0.0
    for (member, label) in [(true, diagram.memberLegend), (false, diagram.participantLegend)] {
      let dot = Rect(x: x + 1, y: y + height / 2 - 2.25, width: 4.5, height: 4.5)
      if member {
        canvas.shape(.ellipse(in: dot), fill: context.theme.muted)
      } else {
        canvas.shape(.ellipse(in: dot), stroke: context.theme.muted, lineWidth: 0.7)
      }
      let width = min(
        context.width - x - CommissionChartDiagram.markerWidth,
        (context.shaper.shape([InlineRun(label, bold: member)], style: style, width: 10_000).lines.map(
          \.width
        )
        .max() ?? 0) + 2)
      canvas.text(
        [InlineRun(label, bold: member)], style: style,
        at: Point(x: x + CommissionChartDiagram.markerWidth, y: y),
        width: width)
      x += CommissionChartDiagram.markerWidth + width + 14
    }
    y += height
  }
}
