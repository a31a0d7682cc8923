import FoundationEssentials
import PlanCheck
import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Builds the document the executive sends to the Concejo Deliberante from a checked plan: cover,
/// authorities, version control, contents, executive summary, the ten chapters of the method, the
/// compliance annex and the approval block, every fixed word in the plan's language.
public enum DocumentBuilder {
  /// - Parameters:
  ///   - sources: the plan's files (main file, then includes) with their SHA-256; the version table
  ///     lists each with its first 16 digits, the PDF's metadata with all 64.
  ///   - date: ISO 8601 date of the build (document metadata; the cover uses the plan's `fecha` if any).
  ///   - watermark: a word for every page (`CON OBSERVACIONES` when built despite errors); when `nil`
  ///     a draft plan (`estado borrador`) gets `BORRADOR` (`DRAFT`, `RASCUNHO`).
  ///   - planVersion: version of the `plan` tool, for the PDF's creator.
  ///   - availableFamilies: font families shipped with the tool; a brand typeface outside it is ignored.
  ///   - changes: the previous version and what changed since (`plan build --comparar`).
  public static func build(
    _ result: CheckResult, sources: [DocumentSource], date: String, watermark: String? = nil,
    planVersion: String,
    availableFamilies: Set<String> = Theme.bundledFamilies, changes: DocumentChanges? = nil
  ) -> Document {
    let plan = result.plan
    let labels = Labels(plan.language)
    let theme = Theme.forBrand(plan.brand, availableFamilies: availableFamilies)
    // A copy marked despite errors lists them in an annex, and its watermark says where.
    let forced = watermark != nil && result.diagnostics.contains { $0.severity == .error }
    var composer = Composer(
      result: result, sources: sources, buildDate: date, theme: theme, forced: forced)
    composer.changes = changes
    composer.compose()
    let metadata = DocumentMetadata(
      title: composer.title, author: composer.author, subject: labels.subject(composer.horizonText),
      keywords: keywords(plan, labels), creator: labels.creator(planVersion),
      language: InstitutionWords(plan).languageTag,
      date: date, sources: sources)
    let draft = plan.metadata.status?.value == "borrador" ? labels.draftWatermark : nil
    return Document(
      metadata: metadata, theme: theme,
      watermark: forced ? watermark.map { "\($0) — \(labels.seeObservations)" } : (watermark ?? draft),
      runningTitle: composer.runningTitle,
      labels: labels.pageLabels,
      blocks: composer.writer.blocks)
  }

  static func keywords(_ plan: Plan, _ labels: Labels) -> [String] {
    var words: [String] = []
    for word in [plan.metadata.city?.value, plan.metadata.province?.value, labels.internationalization] {
      if let word, !word.isEmpty, !words.contains(word) { words.append(word) }
    }
    for axis in plan.axes where axis.notApplicable == nil {
      let word = axis.title ?? labels.word(Vocabulary.axis, axis.kind)
      if !words.contains(word) { words.append(word) }
    }
    if let brand = plan.brand?.name, !brand.isEmpty, !words.contains(brand) { words.append(brand) }
    return words
  }
}

/// Anchor names: chapters `cap-3`, sections `sec-3-2`, and one per item that others cite.
public enum Anchor {
  public static func swot(_ id: String) -> String { "foda-\(id)" }
  public static func action(_ id: String) -> String { "accion-\(id)" }
  public static func objective(_ id: String) -> String { "objetivo-\(id)" }
  public static func participant(_ id: String) -> String { "participante-\(id)" }
  public static func partner(_ id: String) -> String { "socio-\(id)" }
  public static func idea(_ id: String) -> String { "idea-\(id)" }
  public static func technology(_ id: String) -> String { "tecnologia-\(id)" }
}

/// Accumulates blocks, numbers headings and keeps anchors unique.
struct Writer {
  var blocks: [Block] = []
  private(set) var anchors: Set<String> = []
  private var chapter = 0
  private var section = 0
  private var subsection = 0

  /// A new anchor, with `-2`, `-3`… when the name is taken (a plan with duplicate identifiers).
  mutating func claim(_ anchor: String) -> String {
    var name = anchor
    var counter = 2
    while anchors.contains(name) {
      name = "\(anchor)-\(counter)"
      counter += 1
    }
    anchors.insert(name)
    return name
  }

  /// A numbered chapter on a new page: `1`, `2`…
  mutating func chapter(_ title: String) {
    chapter += 1
    section = 0
    subsection = 0
    blocks.append(.pageBreak)
    blocks.append(.heading(level: 0, text: title, number: "\(chapter)", anchor: claim("cap-\(chapter)")))
  }

  /// An unnumbered part (front matter, annex, approval) on a new page.
  mutating func part(_ title: String, anchor: String, newPage: Bool = true) {
    section = 0
    subsection = 0
    if newPage { blocks.append(.pageBreak) }
    blocks.append(.heading(level: 0, text: title, number: nil, anchor: claim(anchor)))
  }

  /// A numbered section: `3.2`.
  mutating func figure(_ figure: Figure) {
    var figure = figure
    figure.anchor = claim(figure.anchor)
    blocks.append(.figure(figure))
  }

  mutating func section(_ title: String) {
    section += 1
    subsection = 0
    let shown = PrintedLength.shortened(title, to: PrintedLength.heading)
    blocks.append(
      .heading(
        level: 1, text: shown, number: "\(chapter).\(section)", anchor: claim("sec-\(chapter)-\(section)")))
    fullTitle(title, shown: shown)
  }

  /// An unnumbered sub-section, with its own anchor or `sub-3-2-1`.
  mutating func subsection(_ title: String, anchor: String? = nil) {
    subsection += 1
    let name = anchor ?? "sub-\(chapter)-\(section)-\(subsection)"
    let shown = PrintedLength.shortened(title, to: PrintedLength.heading)
    blocks.append(.heading(level: 2, text: shown, number: nil, anchor: claim(name)))
    fullTitle(title, shown: shown)
  }

  /// A heading too long for its place is shortened; the whole title follows it, so nothing is lost.
  private mutating func fullTitle(_ title: String, shown: String) {
    if shown != title { paragraph(title) }
  }

  mutating func paragraph(_ runs: [InlineRun], kind: ParagraphKind = .body) {
    guard !runs.isEmpty else { return }
    blocks.append(.paragraph(runs, kind: kind))
  }

  mutating func paragraph(_ text: String, kind: ParagraphKind = .body) {
    paragraph([InlineRun(text)], kind: kind)
  }

  /// Prose with markup: paragraphs and lists.
  mutating func prose(_ text: String?, kind: ParagraphKind = .body) {
    guard let text else { return }
    blocks += Markup.blocks(text, kind: kind)
  }

  mutating func list(_ items: [[InlineRun]], ordered: Bool = false) {
    let items = items.filter { !$0.isEmpty }
    guard !items.isEmpty else { return }
    blocks.append(.list(items, ordered: ordered))
  }

  /// Label–value pairs; an empty value prints "—", or the pair is left out with `omitEmpty`.
  mutating func definitions(_ pairs: [(String, [InlineRun])], omitEmpty: Bool = false) {
    let kept = pairs.compactMap { term, value -> (term: String, value: [InlineRun])? in
      if Writer.isBlank(value) { return omitEmpty ? nil : (term, [InlineRun("—")]) }
      return (term, value)
    }
    guard !kept.isEmpty else { return }
    blocks.append(.definitions(kept))
  }

  /// A table whose shares are scaled to add up to 1 and whose empty cells print "—".
  mutating func table(
    caption: String? = nil, columns: [Table.Column], rows: [(cells: [[InlineRun]], anchor: String?)],
    details: [[InlineRun]?] = []
  ) {
    guard !rows.isEmpty else { return }
    let total = columns.reduce(0) { $0 + $1.share }
    var scaled = columns
    for index in scaled.indices { scaled[index].share = columns[index].share / total }
    let filled = rows.map { row -> (cells: [[InlineRun]], anchor: String?) in
      var cells = row.cells.map { Writer.isBlank($0) ? [InlineRun("—")] : $0 }
      while cells.count < columns.count { cells.append([InlineRun("—")]) }
      return (Array(cells.prefix(columns.count)), row.anchor.map { claim($0) })
    }
    blocks.append(.table(Table(caption: caption, columns: scaled, rows: filled, details: details)))
  }

  static func isBlank(_ runs: [InlineRun]) -> Bool {
    runs.allSatisfy { $0.text.trimmingWhitespace().isEmpty }
  }
}
