import PlanDocument

/// What a stretch of a page is, for the tagged PDF's structure tree (ISO 32000-1, 14.8.4): the
/// display list opens and closes these around the items they hold, in reading order. Whatever is
/// drawn outside every leaf element (running heads, footers, rules, backgrounds, the watermark)
/// becomes an artifact. A leaf never spans a page break: a paragraph split across pages is a `P`
/// holding one `Span` per page.
public enum StructureRole: Hashable, Sendable {
  case document
  case section
  /// `H1`…`H6`.
  case heading(Int)
  case paragraph
  case span
  case caption
  case list
  case listItem
  case label
  case listBody
  case table
  case tableHead
  case tableBody
  case tableRow
  /// A header cell of a column (or of a row, in a key–value table).
  case headerCell(rowHeader: Bool)
  /// A data cell spanning `columns` columns.
  case dataCell(columns: Int)
  case contents
  case contentsItem
  /// A figure and its alternative text.
  case figure(alternative: String)
  /// A link to a named destination; its visible text is inside, its annotation carries
  /// `description` (what the link leads to) and covers `area` (or the text drawn inside).
  case link(anchor: String, description: String, area: Rect? = nil)

  /// The standard structure type.
  public var name: String {
    switch self {
    case .document: return "Document"
    case .section: return "Sect"
    case .heading(let level): return "H\(min(max(level, 1), 6))"
    case .paragraph: return "P"
    case .span: return "Span"
    case .caption: return "Caption"
    case .list: return "L"
    case .listItem: return "LI"
    case .label: return "Lbl"
    case .listBody: return "LBody"
    case .table: return "Table"
    case .tableHead: return "THead"
    case .tableBody: return "TBody"
    case .tableRow: return "TR"
    case .headerCell: return "TH"
    case .dataCell: return "TD"
    case .contents: return "TOC"
    case .contentsItem: return "TOCI"
    case .figure: return "Figure"
    case .link: return "Link"
    }
  }
}
