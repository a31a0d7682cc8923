/// The document to typeset, built from the plan model: blocks in reading order with their texts
/// already localized. No geometry here — the layout decides pages and positions.
public struct Document: Sendable {
  public var metadata: DocumentMetadata
  public var theme: Theme
  /// A diagonal word on every page ("BORRADOR" while the plan is a draft, "CON OBSERVACIONES" when
  /// built with --force despite errors), or `nil`.
  public var watermark: String?
  /// Texts of the running header and footer ("Página X de Y" is built by the layout from `pageOf`).
  public var runningTitle: String
  public var labels: PageLabels
  public var blocks: [Block]
  /// A norm (the bill of `plan ordenanza`): headings centred, without the rule under a chapter's
  /// title, and a lone signature centred.
  public var formal = false

  public init(
    metadata: DocumentMetadata, theme: Theme, watermark: String?, runningTitle: String, labels: PageLabels,
    blocks: [Block]
  ) {
    self.metadata = metadata
    self.theme = theme
    self.watermark = watermark
    self.runningTitle = runningTitle
    self.labels = labels
    self.blocks = blocks
  }
}

/// Localized words the layout itself needs.
public struct PageLabels: Sendable {
  /// "Página %d de %d" with two `%d`.
  public var pageOf: String
  /// "Índice".
  public var contents: String
  /// "(continúa)" after a table split across pages.
  public var continued: String
  /// "Figura" before a figure's number, and the title of the list of figures.
  public var figure: String
  public var listOfFigures: String
  public init(
    pageOf: String, contents: String, continued: String, figure: String, listOfFigures: String
  ) {
    self.pageOf = pageOf
    self.contents = contents
    self.continued = continued
    self.figure = figure
    self.listOfFigures = listOfFigures
  }
}

/// Fonts and colours: the defaults, or the city brand's palette and typography when declared.
public struct Theme: Sendable {
  public var bodyFamily: String
  public var headingFamily: String
  public var primary: Colour
  public var accent: Colour
  public var text: Colour
  public var muted: Colour
  /// Background of table header rows; text on it uses `onPrimary`.
  public var tableHeader: Colour
  public var onPrimary: Colour
  public init(
    bodyFamily: String, headingFamily: String, primary: Colour, accent: Colour, text: Colour, muted: Colour,
    tableHeader: Colour, onPrimary: Colour
  ) {
    self.bodyFamily = bodyFamily
    self.headingFamily = headingFamily
    self.primary = primary
    self.accent = accent
    self.text = text
    self.muted = muted
    self.tableHeader = tableHeader
    self.onPrimary = onPrimary
  }
}

public enum ParagraphKind: String, Sendable {
  case body, lead, small, caption, quote, note
  /// A norm's lines: centred (a heading's subtitle), flush right (place and date of a note), and
  /// lines that follow each other without a paragraph's space (an addressee).
  case centred, right, tight
}

public indirect enum Block: Sendable {
  /// The title page.
  case cover(Cover)
  /// A heading; `number` is the printed numbering ("3.2"), `anchor` its destination name.
  case heading(level: Int, text: String, number: String?, anchor: String)
  case paragraph([InlineRun], kind: ParagraphKind)
  /// A bulleted (or numbered) list; each item is a paragraph.
  case list([[InlineRun]], ordered: Bool)
  case table(Table)
  /// Label–value pairs (authorities, approval data, action sheets).
  case definitions([(term: String, value: [InlineRun])])
  /// The table of contents: filled from the headings (levels 0 and 1) after a first pass.
  case tableOfContents
  case pageBreak
  /// Signature lines for the approval block.
  case signatures([Signature])
  /// A named destination without visible content (for cross-references to items inside tables).
  case anchor(String)
  /// A numbered diagram with its caption.
  case figure(Figure)
  /// The list of figures, with their pages (filled like the table of contents).
  case listOfFigures
}

public struct Cover: Sendable {
  public var body: String
  public var city: String
  public var title: String
  public var subtitle: String
  public var details: [String]
  public var logoPath: String?
  /// The coat of arms' alternative text ("Escudo de Villa Aurora").
  public var logoDescription: String
  public init(
    body: String, city: String, title: String, subtitle: String, details: [String], logoPath: String?,
    logoDescription: String = ""
  ) {
    self.body = body
    self.city = city
    self.title = title
    self.subtitle = subtitle
    self.details = details
    self.logoPath = logoPath
    self.logoDescription = logoDescription
  }
}

public struct Table: Sendable {
  public struct Column: Sendable {
    public var title: String
    /// Share of the text width (the shares of a table add up to 1).
    public var share: Double
    public var alignment: TextStyle.Alignment
    public init(_ title: String, share: Double, alignment: TextStyle.Alignment = .left) {
      self.title = title
      self.share = share
      self.alignment = alignment
    }
  }
  public var caption: String?
  public var columns: [Column]
  /// Each row's cells; an anchor makes the row a link target (`atiende d1` → the SWOT row).
  public var rows: [(cells: [[InlineRun]], anchor: String?)]
  /// Per row, an optional line under its cells that spans every column (secondary data that would
  /// make the columns too narrow: an action's partners and indicator).
  public var details: [[InlineRun]?]
  public init(
    caption: String?, columns: [Column], rows: [(cells: [[InlineRun]], anchor: String?)],
    details: [[InlineRun]?] = []
  ) {
    self.caption = caption
    self.columns = columns
    self.rows = rows
    self.details = details
  }

  /// The spanning line of row `index`, if it has one.
  public func detail(_ index: Int) -> [InlineRun]? {
    index < details.count ? details[index] : nil
  }
}

public struct Signature: Sendable {
  public var name: String
  public var role: String
  public init(name: String, role: String) {
    self.name = name
    self.role = role
  }
}
