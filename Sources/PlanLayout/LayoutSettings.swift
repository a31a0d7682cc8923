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
  let tocNumber: TextStyle

  init(theme: Theme, language: String, settings: LayoutSettings) {
    let size = settings.bodySize
    let leading = settings.bodyLeading
    body = TextStyle(
      family: theme.bodyFamily, size: size, colour: theme.text, lineHeight: leading, alignment: .justify,
      hyphenate: true, language: language)
    lead = TextStyle(
      family: theme.bodyFamily, size: size + 1.5, italic: true, colour: theme.text, lineHeight: leading + 2,
      alignment: .left, hyphenate: true, language: language)
    small = TextStyle(
      family: theme.bodyFamily, size: size - 1.5, colour: theme.text, lineHeight: leading - 2,
      alignment: .left,
      hyphenate: true, language: language)
    caption = TextStyle(
      family: theme.headingFamily, size: 8.5, italic: true, colour: theme.muted, lineHeight: 11.5,
      language: language)
    quote = TextStyle(
      family: theme.bodyFamily, size: size, italic: true, colour: theme.text, lineHeight: leading,
      alignment: .justify, hyphenate: true, language: language)
    headings = [
      TextStyle(
        family: theme.headingFamily, size: 19, bold: true, colour: theme.primary, lineHeight: 24,
        language: language),
      TextStyle(
        family: theme.headingFamily, size: 13, bold: true, colour: theme.primary, lineHeight: 17,
        language: language),
      TextStyle(
        family: theme.headingFamily, size: 11, bold: true, colour: theme.text, lineHeight: 14.5,
        language: language),
    ]
    tableText = TextStyle(
      family: theme.headingFamily, size: 8.5, colour: theme.text, lineHeight: 11, alignment: .left,
      hyphenate: true,
      language: language)
    tableHeader = TextStyle(
      family: theme.headingFamily, size: 8.5, bold: true, colour: theme.onPrimary, lineHeight: 11,
      language: language)
    tableDetail = TextStyle(
      family: theme.headingFamily, size: 8, colour: theme.text, lineHeight: 10.5, alignment: .left,
      hyphenate: true, language: language)
    header = TextStyle(
      family: theme.headingFamily, size: 8, colour: theme.muted, lineHeight: 10, language: language)
    footer = TextStyle(
      family: theme.headingFamily, size: 8, colour: theme.muted, lineHeight: 10, alignment: .center,
      language: language)
    tocChapter = TextStyle(
      family: theme.headingFamily, size: 10.5, bold: true, colour: theme.text, lineHeight: 16,
      language: language)
    tocSection = TextStyle(
      family: theme.bodyFamily, size: 10, colour: theme.text, lineHeight: 14, language: language)
    tocNumber = TextStyle(
      family: theme.headingFamily, size: 10, colour: theme.text, lineHeight: 14, alignment: .right,
      language: language)
  }

  func heading(_ level: Int) -> TextStyle { headings[min(level, headings.count - 1)] }

  func paragraph(_ kind: ParagraphKind) -> TextStyle {
    switch kind {
    case .body: return body
    case .lead: return lead
    case .small, .note: return small
    case .caption: return caption
    case .quote: return quote
    }
  }
}
