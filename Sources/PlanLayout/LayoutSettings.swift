import PlanDocument

/// Page geometry and the typographic scale. One place, so the whole document keeps one rhythm.
public struct LayoutSettings: Sendable {
  public var pageSize = Size.a4
  /// Margins: top, bottom, inner (left) and outer (right), in points (≈ 25, 25, 25, 22 mm).
  public var top = 72.0
  public var bottom = 76.0
  public var left = 70.0
  public var right = 64.0
  /// The running header sits this far above the text area; the footer this far below it.
  public var headerGap = 26.0
  public var footerGap = 30.0
  public var bodySize = 10.5
  public var bodyLeading = 14.5

  public init() {}

  public var textArea: Rect {
    Rect(x: left, y: top, width: pageSize.width - left - right, height: pageSize.height - top - bottom)
  }
}

/// The six type sizes the whole document uses, diagrams included (a typographer's scale, not a
/// size per purpose): fine print, small, body, subheading, heading and display.
public enum TypeScale {
  /// Running heads and footers, table detail lines, diagram labels.
  public static let fine = 7.5
  /// Tables, captions, notes, labels of key–value blocks.
  public static let small = 9.0
  /// Body text, third-level headings, the table of contents.
  public static let body = 10.5
  /// Second-level headings, lead paragraphs, the cover's lines.
  public static let subheading = 13.0
  /// Chapter headings.
  public static let heading = 19.0
  /// The cover's title.
  public static let display = 28.0

  public static let sizes = [fine, small, body, subheading, heading, display]
}

/// The styles of each kind of text, from the theme and the document's language.
struct Styles {
  let body: TextStyle
  let lead: TextStyle
  let small: TextStyle
  let caption: TextStyle
  let quote: TextStyle
  let headings: [TextStyle]
  let tableText: TextStyle
  let tableHeader: TextStyle
  let tableDetail: TextStyle
  let header: TextStyle
  let footer: TextStyle
  let tocChapter: TextStyle
  let tocSection: TextStyle

  /// Headings centred in a norm (`Document.formal`).
  let formal: Bool

  init(theme: Theme, language: String, settings: LayoutSettings, formal: Bool = false) {
    self.formal = formal
    let size = settings.bodySize
    let leading = settings.bodyLeading
    body = TextStyle(
      family: theme.bodyFamily, size: size, colour: theme.text, lineHeight: leading, alignment: .justify,
      hyphenate: true, language: language)
    lead = TextStyle(
      family: theme.bodyFamily, size: TypeScale.subheading, italic: true, colour: theme.text,
      lineHeight: 17.5, alignment: .left, hyphenate: true, language: language)
    small = TextStyle(
      family: theme.bodyFamily, size: TypeScale.small, colour: theme.text, lineHeight: 12.5, alignment: .left,
      hyphenate: true, language: language)
    caption = TextStyle(
      family: theme.headingFamily, size: TypeScale.small, italic: true, colour: theme.muted, lineHeight: 12,
      language: language)
    quote = TextStyle(
      family: theme.bodyFamily, size: size, italic: true, colour: theme.text, lineHeight: leading,
      alignment: .justify, hyphenate: true, language: language)
    headings = [
      TextStyle(
        family: theme.headingFamily, size: TypeScale.heading, bold: true, colour: theme.primary,
        lineHeight: 24,
        language: language),
      TextStyle(
        family: theme.headingFamily, size: TypeScale.subheading, bold: true, colour: theme.primary,
        lineHeight: 17, language: language),
      TextStyle(
        family: theme.headingFamily, size: TypeScale.body, bold: true, colour: theme.text, lineHeight: 14.5,
        language: language),
    ]
    tableText = TextStyle(
      family: theme.headingFamily, size: TypeScale.small, colour: theme.text, lineHeight: 11.5,
      alignment: .left, hyphenate: true, language: language)
    tableHeader = TextStyle(
      family: theme.headingFamily, size: TypeScale.small, bold: true, colour: theme.onPrimary,
      lineHeight: 11.5,
      language: language)
    tableDetail = TextStyle(
      family: theme.headingFamily, size: TypeScale.fine, colour: theme.text, lineHeight: 10, alignment: .left,
      hyphenate: true, language: language)
    header = TextStyle(
      family: theme.headingFamily, size: TypeScale.fine, colour: theme.muted, lineHeight: 10,
      language: language)
    footer = TextStyle(
      family: theme.headingFamily, size: TypeScale.fine, colour: theme.muted, lineHeight: 10,
      alignment: .center,
      language: language)
    tocChapter = TextStyle(
      family: theme.headingFamily, size: TypeScale.body, bold: true, colour: theme.text, lineHeight: 16,
      language: language)
    tocSection = TextStyle(
      family: theme.bodyFamily, size: TypeScale.body, colour: theme.text, lineHeight: 14, language: language)
  }

  func heading(_ level: Int) -> TextStyle {
    var style = headings[min(level, headings.count - 1)]
    if formal { style.alignment = .center }
    return style
  }

  static func aligned(_ style: TextStyle, _ alignment: TextStyle.Alignment) -> TextStyle {
    var style = style
    style.alignment = alignment
    return style
  }

  func paragraph(_ kind: ParagraphKind) -> TextStyle {
    switch kind {
    case .body: return body
    case .lead: return lead
    case .small, .note: return small
    case .caption: return caption
    case .quote: return quote
    case .centred: return Self.aligned(body, .center)
    case .right: return Self.aligned(body, .right)
    case .tight: return Self.aligned(body, .left)
    }
  }
}
