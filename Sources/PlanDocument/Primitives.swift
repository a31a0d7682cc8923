/// Geometry, colours and text styles shared by the document, the layout and the painter. Units are
/// PDF points (1/72 inch).

public struct Size: Hashable, Sendable {
  public var width: Double
  public var height: Double
  public init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }
  /// ISO A4 in points.
  public static let a4 = Size(width: 595.276, height: 841.89)
}

public struct Rect: Hashable, Sendable {
  public var x: Double
  public var y: Double
  public var width: Double
  public var height: Double
  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }
  public var maxX: Double { x + width }
  public var maxY: Double { y + height }
  public func intersects(_ other: Rect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }
  public func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
    other.x >= x - tolerance && other.y >= y - tolerance && other.maxX <= maxX + tolerance
      && other.maxY <= maxY + tolerance
  }
}

/// An sRGB colour, components 0…1.
public struct Colour: Hashable, Sendable {
  public var red: Double
  public var green: Double
  public var blue: Double
  public var alpha: Double
  public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
    self.red = red
    self.green = green
    self.blue = blue
    self.alpha = alpha
  }
  /// `#1A5276` → colour; `nil` when malformed.
  public init?(hex: String) {
    let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
    guard digits.count == 6 || digits.count == 8, let value = UInt64(digits, radix: 16) else { return nil }
    let shift = digits.count == 8 ? 8 : 0
    red = Double((value >> (16 + shift)) & 0xFF) / 255
    green = Double((value >> (8 + shift)) & 0xFF) / 255
    blue = Double((value >> shift) & 0xFF) / 255
    alpha = digits.count == 8 ? Double(value & 0xFF) / 255 : 1
  }
  /// The colour laid over white paper with opacity `share` (0: white, 1: the colour itself): the
  /// light tints behind text in tables and diagrams.
  public func tint(_ share: Double) -> Colour {
    Colour(red: 1 - (1 - red) * share, green: 1 - (1 - green) * share, blue: 1 - (1 - blue) * share)
  }

  public static let black = Colour(red: 0, green: 0, blue: 0)
  public static let white = Colour(red: 1, green: 1, blue: 1)
}

/// How a piece of text looks. `family` must name a font shipped in `fonts/` exactly.
public struct TextStyle: Hashable, Sendable {
  public enum Alignment: String, Sendable { case left, right, center, justify }
  public var family: String
  public var size: Double
  public var bold: Bool
  public var italic: Bool
  public var colour: Colour
  /// Baseline-to-baseline distance, in points.
  public var lineHeight: Double
  public var alignment: Alignment
  /// Insert hyphenation points (libhyphen) for the `language` before breaking lines.
  public var hyphenate: Bool
  /// BCP 47 tag of the text (`es`, `en`, `pt`): hyphenation dictionary and PDF `/Lang`.
  public var language: String

  public init(
    family: String, size: Double, bold: Bool = false, italic: Bool = false, colour: Colour = .black,
    lineHeight: Double? = nil, alignment: Alignment = .left, hyphenate: Bool = false, language: String = "es"
  ) {
    self.family = family
    self.size = size
    self.bold = bold
    self.italic = italic
    self.colour = colour
    self.lineHeight = lineHeight ?? size * 1.35
    self.alignment = alignment
    self.hyphenate = hyphenate
    self.language = language
  }
}

/// A stretch of text with light inline markup.
public struct InlineRun: Hashable, Sendable {
  /// Words a redline marks: added ones are underlined, removed ones struck through (the text
  /// carries its own brackets too, so neither colour nor the line is the only sign).
  public enum Mark: String, Hashable, Sendable { case inserted, deleted }

  public var text: String
  public var bold: Bool
  public var italic: Bool
  /// An internal link target (an anchor name), or `nil`.
  public var link: String?
  public var mark: Mark?
  public init(
    _ text: String, bold: Bool = false, italic: Bool = false, link: String? = nil, mark: Mark? = nil
  ) {
    self.text = text
    self.bold = bold
    self.italic = italic
    self.link = link
    self.mark = mark
  }
}

public struct Point: Hashable, Sendable {
  public var x: Double
  public var y: Double
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

public struct DocumentMetadata: Sendable {
  public var title: String
  public var author: String
  public var subject: String
  public var keywords: [String]
  public var creator: String
  /// BCP 47 language of the document (`es-AR`).
  public var language: String
  /// ISO 8601 date written as creation and modification date (from the plan or SOURCE_DATE_EPOCH).
  public var date: String
  /// The plan's source files with their SHA-256, written in full into the PDF's metadata.
  public var sources: [DocumentSource]
  public init(
    title: String, author: String, subject: String, keywords: [String], creator: String, language: String,
    date: String, sources: [DocumentSource] = []
  ) {
    self.title = title
    self.author = author
    self.subject = subject
    self.keywords = keywords
    self.creator = creator
    self.language = language
    self.date = date
    self.sources = sources
  }

  /// The sources as `sha256sum` prints them (`digest  name`, one per line): saved to a file beside
  /// the plan, `sha256sum -c` verifies them.
  public var sourceChecksums: String {
    sources.map { "\($0.sha256)  \($0.name)" }.joined(separator: "\n")
  }
}

/// One file the document was generated from: its path relative to the main plan's folder and the
/// SHA-256 of its bytes (64 hexadecimal digits).
public struct DocumentSource: Sendable, Equatable {
  public var name: String
  public var sha256: String
  public init(name: String, sha256: String) {
    self.name = name
    self.sha256 = sha256
  }
}
