import PlanDocument

/// One page's worth of a diagram: its size and its items, with the origin at the part's top-left
/// corner. A diagram too tall for a page comes in several parts (the Gantt chart, a long SWOT).
public struct DiagramPart: Sendable {
  public var size: Size
  public var items: [DisplayItem]
  public init(size: Size, items: [DisplayItem]) {
    self.size = size
    self.items = items
  }
}

/// What every diagram draws with: the shaper (the same Pango the painter uses), the document's
/// theme and language, and the room a part may take on a page.
public struct DiagramContext: Sendable {
  public var shaper: any TextShaper
  public var theme: Theme
  public var language: String
  /// The width of the text area and the most height one part may take.
  public var width: Double
  public var maximumHeight: Double

  public init(shaper: any TextShaper, theme: Theme, language: String, width: Double, maximumHeight: Double) {
    self.shaper = shaper
    self.theme = theme
    self.language = language
    self.width = width
    self.maximumHeight = maximumHeight
  }

  /// A sans-serif style for diagram labels.
  public func style(
    size: Double, bold: Bool = false, italic: Bool = false, colour: Colour? = nil,
    alignment: TextStyle.Alignment = .left, hyphenate: Bool = true
  ) -> TextStyle {
    TextStyle(
      family: theme.headingFamily, size: size, bold: bold, italic: italic, colour: colour ?? theme.text,
      lineHeight: size * 1.28, alignment: alignment, hyphenate: hyphenate, language: language)
  }
}

/// Collects the items of one diagram part. Text is measured when it is placed, so a shape can be
/// made as tall as its text needs: text wraps, and never leaves its box.
public struct DiagramCanvas {
  public let context: DiagramContext
  public private(set) var items: [DisplayItem] = []

  public init(_ context: DiagramContext) { self.context = context }

  /// The height `runs` need at `width` (all lines).
  public func height(of runs: [InlineRun], style: TextStyle, width: Double) -> Double {
    context.shaper.shape(runs, style: style, width: width).lines.reduce(0) { $0 + $1.height }
  }

  /// Draws `runs` wrapped inside `width` with its top at `origin`; returns the height used.
  @discardableResult
  public mutating func text(_ runs: [InlineRun], style: TextStyle, at origin: Point, width: Double) -> Double
  {
    text(runs, style: style, at: origin, width: width, lines: nil)
  }

  /// Draws only `lines` of the wrapped text (a text that continues on the next part), or all of
  /// them when `lines` is `nil`; returns the height used.
  @discardableResult
  public mutating func text(
    _ runs: [InlineRun], style: TextStyle, at origin: Point, width: Double, lines: Range<Int>?
  ) -> Double {
    let full = context.shaper.shape(runs, style: style, width: width)
    let range = (lines ?? 0..<full.lines.count).clamped(to: 0..<full.lines.count)
    let shaped = ShapedParagraph(lines: Array(full.lines[range]))
    let height = shaped.lines.reduce(0) { $0 + $1.height }
    let inkWidth = min(width, shaped.lines.map(\.width).max() ?? 0)
    let left: Double
    switch style.alignment {
    case .center: left = origin.x + (width - inkWidth) / 2
    case .right: left = origin.x + width - inkWidth
    default: left = origin.x
    }
    items.append(
      .text(
        TextFragment(
          runs: runs, style: style, width: width, origin: origin, lines: range,
          frame: Rect(x: left, y: origin.y, width: inkWidth, height: height))))
    for line in shaped.lines.indices {
      let top = origin.y + shaped.lines[..<line].reduce(0) { $0 + $1.height }
      for link in shaped.lines[line].links {
        items.append(
          .link(
            Rect(x: origin.x + link.rect.x, y: top, width: link.rect.width, height: link.rect.height),
            anchor: link.anchor))
      }
    }
    return height
  }

  /// Draws `runs` centred vertically in `box` (inset by `padding`); returns the height the text needs.
  @discardableResult
  public mutating func text(_ runs: [InlineRun], style: TextStyle, centredIn box: Rect, padding: Double)
    -> Double
  {
    let width = box.width - 2 * padding
    let needed = height(of: runs, style: style, width: width)
    text(
      runs, style: style, at: Point(x: box.x + padding, y: box.y + max(padding, (box.height - needed) / 2)),
      width: width)
    return needed
  }

  public mutating func shape(
    _ path: Path, fill: Colour? = nil, stroke: Colour? = nil, lineWidth: Double = 0.75, dash: Double = 0
  ) {
    items.append(.path(path, fill: fill, stroke: stroke, lineWidth: lineWidth, dash: dash))
  }

  public mutating func line(from: Point, to: Point, colour: Colour, width: Double = 0.75) {
    items.append(.line(from: from, to: to, colour: colour, width: width))
  }

  public mutating func anchor(_ name: String, at point: Point) {
    items.append(.anchor(name, at: point))
  }

  public func part(height: Double) -> DiagramPart {
    DiagramPart(size: Size(width: context.width, height: height), items: items)
  }
}

extension DisplayItem {
  /// The item moved by `dx`, `dy` (to place a diagram part on its page).
  public func offset(_ dx: Double, _ dy: Double) -> DisplayItem {
    func move(_ rect: Rect) -> Rect {
      Rect(x: rect.x + dx, y: rect.y + dy, width: rect.width, height: rect.height)
    }
    func move(_ point: Point) -> Point { Point(x: point.x + dx, y: point.y + dy) }
    switch self {
    case .text(var fragment):
      fragment.origin = move(fragment.origin)
      fragment.frame = move(fragment.frame)
      return .text(fragment)
    case .rectangle(let rect, let fill, let stroke, let lineWidth):
      return .rectangle(move(rect), fill: fill, stroke: stroke, lineWidth: lineWidth)
    case .line(let from, let to, let colour, let width):
      return .line(from: move(from), to: move(to), colour: colour, width: width)
    case .leader(let from, let to, let colour):
      return .leader(from: move(from), to: move(to), colour: colour)
    case .path(let path, let fill, let stroke, let lineWidth, let dash):
      return .path(path.offset(dx, dy), fill: fill, stroke: stroke, lineWidth: lineWidth, dash: dash)
    case .link(let rect, let anchor):
      return .link(move(rect), anchor: anchor)
    case .anchor(let name, let point):
      return .anchor(name, at: move(point))
    case .image(let path, let frame):
      return .image(path: path, frame: move(frame))
    case .watermark, .open, .close:
      return self
    }
  }

  /// The rectangle the item covers (for geometry tests); `nil` for items without extent.
  public var bounds: Rect? {
    switch self {
    case .text(let fragment): return fragment.frame
    case .rectangle(let rect, _, _, _): return rect
    case .line(let from, let to, _, _), .leader(let from, let to, _):
      return Rect(
        x: min(from.x, to.x), y: min(from.y, to.y), width: abs(to.x - from.x), height: abs(to.y - from.y))
    case .path(let path, _, _, _, _): return path.bounds
    case .link(let rect, _): return rect
    case .image(_, let frame): return frame
    case .anchor, .watermark, .open, .close: return nil
    }
  }
}
