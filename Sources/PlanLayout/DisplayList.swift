import PlanDocument

/// The layout's output: pages of positioned boxes, pure data. Tests assert geometry on it (nothing
/// overlaps, nothing leaves the text area) without rasterising; the painter replays it on Cairo.
///
/// Units are PDF points (1/72 inch); the origin is the page's top-left corner, y grows downwards.
public struct DisplayList: Sendable {
  public var pageSize: Size
  public var pages: [Page]
  /// Bookmarks, in document order; `level` 0 is a chapter.
  public var outline: [OutlineEntry]
  public var metadata: DocumentMetadata
  /// What each anchor is, in words (a heading's numbered title, a figure's caption, a table row's
  /// first cells): what a link to it says it leads to.
  public var anchorTitles: [String: String]

  public init(
    pageSize: Size, pages: [Page], outline: [OutlineEntry], metadata: DocumentMetadata,
    anchorTitles: [String: String] = [:]
  ) {
    self.pageSize = pageSize
    self.pages = pages
    self.outline = outline
    self.metadata = metadata
    self.anchorTitles = anchorTitles
  }
}

/// A paragraph broken into lines by the shaper.
public struct ShapedParagraph: Sendable {
  public var lines: [ShapedLine]
  /// Glyphs the fonts could not draw (shown as tofu): the text they belong to, for a warning.
  public var missingGlyphs: [String]
  public init(lines: [ShapedLine], missingGlyphs: [String] = []) {
    self.lines = lines
    self.missingGlyphs = missingGlyphs
  }
}

public struct ShapedLine: Hashable, Sendable {
  /// Natural width of the ink, in points (≤ the paragraph width unless the line is overfull).
  public var width: Double
  /// Distance from the line's top to its baseline.
  public var ascent: Double
  /// Height the line takes (the style's line height).
  public var height: Double
  /// Internal links on this line: the anchor and the rectangle relative to the line's origin.
  public var links: [(anchor: String, rect: Rect)]
  /// A justified line's widest word space as a multiple of its natural width (1: natural).
  public var spaceRatio: Double

  public init(
    width: Double, ascent: Double, height: Double, links: [(anchor: String, rect: Rect)] = [],
    spaceRatio: Double = 1
  ) {
    self.width = width
    self.ascent = ascent
    self.height = height
    self.links = links
    self.spaceRatio = spaceRatio
  }

  public static func == (a: ShapedLine, b: ShapedLine) -> Bool {
    a.width == b.width && a.ascent == b.ascent && a.height == b.height
      && a.links.map(\.anchor) == b.links.map(\.anchor)
  }
  public func hash(into hasher: inout Hasher) {
    hasher.combine(width)
    hasher.combine(height)
  }
}

/// Breaks text into lines. The layout measures with it and the painter draws with the same one,
/// so what is measured is what is drawn (Pango in production; a fixed-advance fake in geometry tests).
public protocol TextShaper: Sendable {
  /// Breaks `runs` into lines no wider than `width` (justified, hyphenated, as `style` says).
  func shape(_ runs: [InlineRun], style: TextStyle, width: Double) -> ShapedParagraph
}

/// One thing drawn on a page.
public indirect enum DisplayItem: Sendable {
  /// Lines `lines` of a paragraph laid out at `width`; the first drawn line's top is at `origin`.
  case text(TextFragment)
  case rectangle(Rect, fill: Colour?, stroke: Colour?, lineWidth: Double)
  case line(from: Point, to: Point, colour: Colour, width: Double)
  /// A diagram shape: filled, stroked, or both. `dash` is the dash length (0: solid).
  case path(Path, fill: Colour?, stroke: Colour?, lineWidth: Double, dash: Double)
  /// A clickable area that jumps to a named destination.
  case link(Rect, anchor: String)
  /// A named destination at a point (headings, SWOT items, actions).
  case anchor(String, at: Point)
  case image(path: String, frame: Rect)
  /// A dotted line along a baseline (a leader in the table of contents).
  case leader(from: Point, to: Point, colour: Colour)
  /// A large diagonal word across the page ("BORRADOR").
  case watermark(String, colour: Colour)
  /// Opens a structure element: the items up to its `close` belong to it (tagged PDF).
  case open(StructureRole)
  /// Closes the structure element opened last.
  case close
}

public struct TextFragment: Sendable {
  public var runs: [InlineRun]
  public var style: TextStyle
  public var width: Double
  public var origin: Point
  /// Which lines of the shaped paragraph this fragment draws (a paragraph may span pages).
  public var lines: Range<Int>
  /// The frame the drawn lines occupy (for geometry tests).
  public var frame: Rect
  public init(
    runs: [InlineRun], style: TextStyle, width: Double, origin: Point, lines: Range<Int>, frame: Rect
  ) {
    self.runs = runs
    self.style = style
    self.width = width
    self.origin = origin
    self.lines = lines
    self.frame = frame
  }
}

public struct Page: Sendable {
  /// 1-based physical page number.
  public var number: Int
  /// The label printed and stored in the PDF's page labels (`i`, `ii` for front matter, then `1`…).
  public var label: String
  public var items: [DisplayItem]
  public init(number: Int, label: String, items: [DisplayItem]) {
    self.number = number
    self.label = label
    self.items = items
  }
}

public struct OutlineEntry: Sendable {
  public var title: String
  public var level: Int
  public var page: Int
  public var y: Double
  public var anchor: String
  public init(title: String, level: Int, page: Int, y: Double, anchor: String) {
    self.title = title
    self.level = level
    self.page = page
    self.y = y
    self.anchor = anchor
  }
}
