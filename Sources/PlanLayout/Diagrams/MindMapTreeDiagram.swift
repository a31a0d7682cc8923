import PlanDocument

/// The brainstorm's mind map, two-sided: the central idea in the middle, the branches alternately
/// left and right of it (each on the side that is shorter so far) and every kept idea as a leaf
/// beside its branch. Each column has its own band of x: the centre's curves run in the gutter
/// between the centre and the branches, the branches' elbows in the gutter between branches and
/// leaves, so nothing crosses any text, whatever the number or length of the ideas.
///
/// A map whose full texts do not fit on one page becomes a numbered key: each leaf is a numbered
/// chip in its branch's colour, and the list under the map gives each number's idea. A map of
/// chips still too tall for a page is split by branches, the centre repeated on every part.
public enum MindMapTreeDiagram {
  /// Branch colours, all dark enough for white 8 pt text (WCAG AA), in the order branches take them.
  public static let branchColours: [Colour] = [
    Colour(hex: "#1565C0")!, Colour(hex: "#2E7D32")!, Colour(hex: "#BF360C")!, Colour(hex: "#6A1B9A")!,
    Colour(hex: "#00695C")!, Colour(hex: "#AD1457")!, Colour(hex: "#4E342E")!, Colour(hex: "#37474F")!,
  ]

  static let margin = 1.0
  static let blockGap = 10.0
  static let leafGap = 4.0
  static let leafPadding = 4.0
  static let nodePadding = 5.0
  static let centrePadding = 8.0
  static let chipGap = 3.0
  static let trayPadding = 4.0
  static let keyGap = 14.0

  /// The x bands of the five columns: leaves, branches, centre, branches, leaves.
  struct Columns {
    let width: Double
    let centreWidth: Double
    let branchWidth: Double
    let centreGutter: Double
    let leafGutter: Double
    var leafWidth: Double { (width - centreWidth - 2 * branchWidth - 2 * centreGutter - 2 * leafGutter) / 2 }

    init(width: Double) {
      self.width = width
      centreWidth = (width * 0.18).rounded()
      branchWidth = (width * 0.16).rounded()
      centreGutter = (width * 0.045).rounded()
      leafGutter = (width * 0.028).rounded()
    }

    var centreX: Double { (width - centreWidth) / 2 }
    func branchX(_ side: TwoSidedArrangement.Side) -> Double {
      side == .left ? leafWidth + leafGutter : width - leafWidth - leafGutter - branchWidth
    }
    /// Leaves of a branch with a node sit in the outer column; leaves hanging from the centre
    /// itself take the branch column too.
    func leafX(_ side: TwoSidedArrangement.Side, underNode: Bool) -> Double {
      side == .left ? 0 : underNode ? width - leafWidth : branchX(.right)
    }
    func leafWidth(underNode: Bool) -> Double { underNode ? leafWidth : leafWidth + leafGutter + branchWidth }
    /// Where a connector leaves the centre, and where a branch's elbows turn.
    func centreEdge(_ side: TwoSidedArrangement.Side) -> Double {
      side == .left ? centreX : centreX + centreWidth
    }
    func spine(_ side: TwoSidedArrangement.Side) -> Double {
      side == .left ? leafWidth + leafGutter / 2 : width - leafWidth - leafGutter / 2
    }
  }

  /// A branch, or the slice of one that fits on a part, with its leaves measured.
  struct Block {
    var label: String?
    var colour: Colour
    /// The label's style: hyphenated only if a word is wider than the node.
    var labelStyle: TextStyle
    var nodeHeight: Double
    var leaves: Leaves
    var height: Double { max(nodeHeight, leaves.height) }
  }

  struct Leaf {
    var runs: [InlineRun]
    var style: TextStyle
    var height: Double
  }

  enum Leaves {
    /// Full texts, one box each, with their styles and heights.
    case texts([Leaf], gap: Double)
    /// Numbered chips in rows, inside a tray.
    case chips([Int], perRow: Int, chip: Size)

    var height: Double {
      switch self {
      case .texts(let leaves, let gap):
        return leaves.reduce(0) { $0 + $1.height } + Double(max(0, leaves.count - 1)) * gap
      case .chips(let numbers, let perRow, let chip):
        guard !numbers.isEmpty else { return 0 }
        let rows = Double((numbers.count + perRow - 1) / perRow)
        return rows * chip.height + (rows - 1) * MindMapTreeDiagram.chipGap + 2
          * MindMapTreeDiagram.trayPadding
      }
    }
  }

  struct Styles {
    let centre: TextStyle
    let node: TextStyle
    let leaf: TextStyle
    let chip: TextStyle
    let keyTitle: TextStyle
    init(_ context: DiagramContext) {
      centre = context.style(
        size: TypeScale.small, bold: true, colour: context.theme.onPrimary, alignment: .center)
      node = context.style(size: TypeScale.fine, bold: true, colour: .white, alignment: .center)
      leaf = context.style(size: TypeScale.fine)
      chip = context.style(
        size: TypeScale.fine, bold: true, colour: .white, alignment: .center, hyphenate: false)
      keyTitle = context.style(size: TypeScale.small, bold: true)
    }
  }

  public static func layout(_ diagram: MindMapDiagram, context: DiagramContext) -> [DiagramPart] {
    let columns = Columns(width: context.width)
    let styles = Styles(context)
    let canvas = DiagramCanvas(context)
    let centreTextWidth = columns.centreWidth - 2 * centrePadding
    let centreStyle = canvas.labelStyle(styles.centre, for: diagram.centre, width: centreTextWidth)
    let centre = (text: diagram.centre, style: centreStyle)
    let centreTextHeight = canvas.height(
      of: [InlineRun(centre.text)], style: centreStyle, width: centreTextWidth)
    let centreHeight = max(40, centreTextHeight + 2 * (centrePadding + 1))
    let available = context.maximumHeight - 2 * margin

    // First choice: every idea in full, on one part.
    let full = textBlocks(diagram, columns: columns, styles: styles, canvas: canvas)
    let fullHeight = max(TwoSidedArrangement(heights: full.map(\.height), gap: blockGap).height, centreHeight)
    if fullHeight <= available {
      var part = DiagramCanvas(context)
      draw(full, centre: centre, centreHeight: centreHeight, columns: columns, styles: styles, on: &part)
      return [part.part(height: fullHeight + 2 * margin)]
    }

    // Too tall: numbered chips, split by branches over parts if need be, then the key.
    let chips = chipBlocks(diagram, columns: columns, styles: styles, canvas: canvas, available: available)
    var parts: [DiagramPart] = []
    var part = DiagramCanvas(context)
    var height = 0.0
    for run in TwoSidedArrangement.runs(heights: chips.map(\.height), gap: blockGap, maximum: available) {
      if !part.items.isEmpty { parts.append(part.part(height: height)) }
      part = DiagramCanvas(context)
      let blocks = Array(chips[run])
      let band = max(TwoSidedArrangement(heights: blocks.map(\.height), gap: blockGap).height, centreHeight)
      height = band + 2 * margin
      draw(blocks, centre: centre, centreHeight: centreHeight, columns: columns, styles: styles, on: &part)
    }
    return key(
      diagram, styles: styles, context: context, after: parts, last: part, lastHeight: height)
  }

  // MARK: - Blocks

  /// One block per branch with its ideas in full; a lone group hanging from the centre is cut in
  /// two halves, one per side, so the map stays balanced.
  static func textBlocks(
    _ diagram: MindMapDiagram, columns: Columns, styles: Styles, canvas: DiagramCanvas
  ) -> [Block] {
    var blocks: [Block] = []
    for (index, branch) in diagram.branches.enumerated() {
      let colour = branchColours[index % branchColours.count]
      let width = columns.leafWidth(underNode: branch.label != nil) - 2 * leafPadding
      let leaves = branch.ideas.map { idea in
        let runs = leafRuns(idea)
        let style = canvas.labelStyle(styles.leaf, for: "\(idea.id) \(idea.text)", width: width)
        return Leaf(
          runs: runs, style: style, height: canvas.height(of: runs, style: style, width: width) + 2 * 3)
      }
      let node = nodeStyle(branch.label, styles: styles, columns: columns, canvas: canvas)
      if branch.label == nil && leaves.count > 1 {
        let half = (leaves.count + 1) / 2
        for slice in [leaves[..<half], leaves[half...]] {
          blocks.append(
            Block(
              label: nil, colour: colour, labelStyle: node.style, nodeHeight: 0,
              leaves: .texts(Array(slice), gap: leafGap)))
        }
      } else {
        blocks.append(
          Block(
            label: branch.label, colour: colour, labelStyle: node.style,
            nodeHeight: node.height,
            leaves: .texts(leaves, gap: leafGap)))
      }
    }
    return blocks
  }

  /// One block per branch with its ideas as numbered chips (numbered in reading order across the
  /// map); a branch with more chips than a part holds continues in further blocks.
  static func chipBlocks(
    _ diagram: MindMapDiagram, columns: Columns, styles: Styles, canvas: DiagramCanvas, available: Double
  ) -> [Block] {
    let chip = chipSize(diagram, styles: styles, canvas: canvas)
    var blocks: [Block] = []
    var number = 0
    for (index, branch) in diagram.branches.enumerated() {
      let colour = branchColours[index % branchColours.count]
      let room = columns.leafWidth(underNode: branch.label != nil) - 2 * trayPadding
      let perRow = max(1, Int((room + chipGap) / (chip.width + chipGap)))
      let rowsPerBlock = max(1, Int((available - 2 * trayPadding + chipGap) / (chip.height + chipGap)))
      let numbers = Array((number + 1)..<(number + 1 + branch.ideas.count))
      number += branch.ideas.count
      var slices = stride(from: 0, to: numbers.count, by: perRow * rowsPerBlock).map {
        Array(numbers.dropFirst($0).prefix(perRow * rowsPerBlock))
      }
      if slices.isEmpty { slices = [[]] }
      if branch.label == nil && slices.count == 1 && numbers.count > 1 {
        let half = (numbers.count + 1) / 2
        slices = [Array(numbers.prefix(half)), Array(numbers.dropFirst(half))]
      }
      for (sliceIndex, slice) in slices.enumerated() {
        let label = branch.label.map { sliceIndex == 0 ? $0 : "\($0) \(diagram.continuedLabel)" }
        let node = nodeStyle(label, styles: styles, columns: columns, canvas: canvas)
        blocks.append(
          Block(
            label: label, colour: colour, labelStyle: node.style, nodeHeight: node.height,
            leaves: .chips(slice, perRow: perRow, chip: chip)))
      }
    }
    return blocks
  }

  static func leafRuns(_ idea: MindMapDiagram.Idea) -> [InlineRun] {
    [InlineRun(idea.id, bold: true, link: idea.link), InlineRun("  " + idea.text)]
  }

  /// A branch node's style and height (none for leaves hanging from the centre).
  static func nodeStyle(_ label: String?, styles: Styles, columns: Columns, canvas: DiagramCanvas)
    -> (style: TextStyle, height: Double)
  {
    guard let label else { return (styles.node, 0) }
    let width = columns.branchWidth - 2 * nodePadding
    let style = canvas.labelStyle(styles.node, for: label, width: width)
    return (
      style, max(24, canvas.height(of: [InlineRun(label)], style: style, width: width) + 2 * nodePadding)
    )
  }

  /// Every chip as wide as the widest number, so that the rows line up.
  static func chipSize(_ diagram: MindMapDiagram, styles: Styles, canvas: DiagramCanvas) -> Size {
    let count = max(1, diagram.branches.reduce(0) { $0 + $1.ideas.count })
    let shaped = canvas.context.shaper.shape([InlineRun(String(count))], style: styles.chip, width: 200)
    let width = (shaped.lines.map(\.width).max() ?? 8) + 2 * 4
    let height = shaped.lines.reduce(0) { $0 + $1.height } + 2 * 2
    return Size(width: max(width, height + 2), height: height)
  }

  // MARK: - Drawing the map

  static func draw(
    _ blocks: [Block], centre: (text: String, style: TextStyle), centreHeight: Double, columns: Columns,
    styles: Styles,
    on canvas: inout DiagramCanvas
  ) {
    let arrangement = TwoSidedArrangement(heights: blocks.map(\.height), gap: blockGap)
    let band = max(arrangement.height, centreHeight)
    let middle = margin + band / 2
    let centreBox = Rect(
      x: columns.centreX, y: middle - centreHeight / 2, width: columns.centreWidth, height: centreHeight)

    // Connectors first, so that the nodes and leaves are drawn over their ends.
    var nodes: [(block: Block, side: TwoSidedArrangement.Side, node: Rect?, leaves: [Rect])] = []
    for placement in arrangement.placements {
      let block = blocks[placement.block]
      let side = placement.side
      let sideHeight = side == .left ? arrangement.leftHeight : arrangement.rightHeight
      let top = margin + TwoSidedArrangement.offset(sideHeight, in: band) + placement.top
      let leavesTop = top + (block.height - block.leaves.height) / 2
      let leafX = columns.leafX(side, underNode: block.label != nil)
      let leafWidth = columns.leafWidth(underNode: block.label != nil)
      var leafRects: [Rect] = []
      switch block.leaves {
      case .texts(let leaves, let gap):
        var y = leavesTop
        for leaf in leaves {
          leafRects.append(Rect(x: leafX, y: y, width: leafWidth, height: leaf.height))
          y += leaf.height + gap
        }
      case .chips(let numbers, let perRow, let chip):
        if !numbers.isEmpty {
          // The tray hugs the side of the column nearest the branch.
          let across = Double(min(perRow, numbers.count))
          let width = across * chip.width + (across - 1) * chipGap + 2 * trayPadding
          let x = side == .left ? leafX + leafWidth - width : leafX
          leafRects.append(Rect(x: x, y: leavesTop, width: width, height: block.leaves.height))
        }
      }
      var node: Rect?
      if block.label != nil {
        let box = Rect(
          x: columns.branchX(side), y: top + (block.height - block.nodeHeight) / 2,
          width: columns.branchWidth,
          height: block.nodeHeight)
        node = box
        let nodeInner = side == .left ? box.maxX : box.x
        let nodeOuter = side == .left ? box.x : box.maxX
        canvas.shape(
          .connector(
            from: Point(x: columns.centreEdge(side), y: middle),
            to: Point(x: nodeInner, y: box.y + box.height / 2)),
          stroke: block.colour, lineWidth: 1.4)
        for leaf in leafRects {
          let leafInner = side == .left ? leaf.maxX : leaf.x
          canvas.shape(
            .elbow(
              from: Point(x: nodeOuter, y: box.y + box.height / 2),
              to: Point(x: leafInner, y: leaf.y + leaf.height / 2),
              spineX: columns.spine(side)),
            stroke: block.colour, lineWidth: 0.8)
        }
      } else {
        for leaf in leafRects {
          let leafInner = side == .left ? leaf.maxX : leaf.x
          canvas.shape(
            .connector(
              from: Point(x: columns.centreEdge(side), y: middle),
              to: Point(x: leafInner, y: leaf.y + leaf.height / 2)),
            stroke: block.colour, lineWidth: 0.8)
        }
      }
      nodes.append((block, side, node, leafRects))
    }

    canvas.shape(.roundedRect(centreBox, radius: 10), fill: canvas.context.theme.primary)
    canvas.text([InlineRun(centre.text)], style: centre.style, centredIn: centreBox, padding: centrePadding)
    for (block, _, node, leafRects) in nodes {
      if let node, let label = block.label {
        canvas.shape(.roundedRect(node, radius: 4), fill: block.colour)
        canvas.text([InlineRun(label)], style: block.labelStyle, centredIn: node, padding: nodePadding)
      }
      switch block.leaves {
      case .texts(let leaves, _):
        for (leaf, rect) in zip(leaves, leafRects) {
          canvas.shape(
            .roundedRect(rect, radius: 3), fill: tint(block.colour), stroke: block.colour, lineWidth: 0.5)
          canvas.text(
            leaf.runs, style: leaf.style, at: Point(x: rect.x + leafPadding, y: rect.y + 3),
            width: rect.width - 2 * leafPadding)
        }
      case .chips(let numbers, let perRow, let chip):
        guard let tray = leafRects.first else { break }
        canvas.shape(
          .roundedRect(tray, radius: 4), fill: tint(block.colour), stroke: block.colour, lineWidth: 0.5)
        for (index, number) in numbers.enumerated() {
          let box = Rect(
            x: tray.x + trayPadding + Double(index % perRow) * (chip.width + chipGap),
            y: tray.y + trayPadding + Double(index / perRow) * (chip.height + chipGap), width: chip.width,
            height: chip.height)
          canvas.shape(.roundedRect(box, radius: chip.height / 2), fill: block.colour)
          canvas.text([InlineRun(String(number))], style: styles.chip, centredIn: box, padding: 2)
        }
      }
    }
  }

  // MARK: - The numbered key

  /// The list of numbered ideas under the map, by branch, continuing on further parts as needed.
  static func key(
    _ diagram: MindMapDiagram, styles: Styles, context: DiagramContext, after parts: [DiagramPart],
    last: DiagramCanvas, lastHeight: Double
  ) -> [DiagramPart] {
    let measure = DiagramCanvas(context)
    let chip = chipSize(diagram, styles: styles, canvas: measure)
    let textX = chip.width + 6
    let textWidth = context.width - textX
    let entryGap = 3.0
    // The idea's first line sits level with the middle of its chip.
    let textOffset = max(0, (chip.height - styles.leaf.lineHeight) / 2)
    enum Line {
      case title(String)
      case branch(String, Colour)
      case idea(Int, MindMapDiagram.Idea, Colour)
    }
    var lines: [Line] = [.title(diagram.keyTitle)]
    var number = 0
    for (index, branch) in diagram.branches.enumerated() {
      let colour = branchColours[index % branchColours.count]
      if let label = branch.label, !branch.ideas.isEmpty { lines.append(.branch(label, colour)) }
      for idea in branch.ideas {
        number += 1
        lines.append(.idea(number, idea, colour))
      }
    }
    func style(_ line: Line) -> TextStyle {
      switch line {
      case .title: return styles.keyTitle
      case .branch(_, let colour): return context.style(size: TypeScale.fine, bold: true, colour: colour)
      case .idea(_, let idea, _):
        return measure.labelStyle(styles.leaf, for: "\(idea.id) \(idea.text)", width: textWidth)
      }
    }
    func runs(_ line: Line) -> [InlineRun] {
      switch line {
      case .title(let text), .branch(let text, _): return [InlineRun(text)]
      case .idea(_, let idea, _): return leafRuns(idea)
      }
    }
    func height(_ line: Line) -> Double {
      switch line {
      case .title, .branch:
        return measure.height(of: runs(line), style: style(line), width: context.width) + 2
      case .idea:
        let text = measure.height(of: runs(line), style: style(line), width: textWidth)
        return max(chip.height, textOffset + text) + entryGap
      }
    }
    let available = context.maximumHeight - margin
    var parts = parts
    var canvas = last
    var y = lastHeight + keyGap
    var currentBranch: Line?
    for (index, line) in lines.enumerated() {
      var needed = height(line)
      // A heading never ends a part: it goes with the first idea under it.
      if case .idea = line {} else if index + 1 < lines.count { needed += height(lines[index + 1]) }
      if y + needed > available && y > 0 {
        parts.append(canvas.part(height: y))
        canvas = DiagramCanvas(context)
        y = 0
        // A part that starts inside the key says so, and which branch it is in.
        var headings: [Line] = []
        if case .title = line {
        } else {
          headings.append(.title("\(diagram.keyTitle) \(diagram.continuedLabel)"))
        }
        if case .idea = line, case .branch(let label, let colour) = currentBranch {
          headings.append(.branch("\(label) \(diagram.continuedLabel)", colour))
        }
        for heading in headings {
          canvas.text(runs(heading), style: style(heading), at: Point(x: 0, y: y), width: context.width)
          y += height(heading)
        }
      }
      switch line {
      case .title, .branch:
        if case .branch = line { currentBranch = line }
        canvas.text(runs(line), style: style(line), at: Point(x: 0, y: y), width: context.width)
      case .idea(let number, _, let colour):
        let box = Rect(x: 0, y: y, width: chip.width, height: chip.height)
        canvas.shape(.roundedRect(box, radius: chip.height / 2), fill: colour)
        canvas.text([InlineRun(String(number))], style: styles.chip, centredIn: box, padding: 2)
        canvas.text(runs(line), style: style(line), at: Point(x: textX, y: y + textOffset), width: textWidth)
      }
      y += height(line)
    }
    parts.append(canvas.part(height: y))
    return parts
  }

  /// A light tint of a branch colour behind its leaves.
  static func tint(_ colour: Colour) -> Colour {
    colour.tint(0.1)
  }
}
