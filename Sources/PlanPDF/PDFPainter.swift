import CCairo
import PlanDocument
import PlanLayout

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Renders a `DisplayList` to PDF with cairo: the pages and their items, the nested outline, page
/// labels, metadata and a tagged structure (`Document` › `P` / `Figure` / `Link`), then the
/// post-processing step that fixes what cairo 1.16 writes wrong (`PDFFixup`).
///
/// The same display list, fonts and libraries give byte-identical files: every date comes from
/// `metadata.date`, and the file identifier is a hash of the content.
public struct PDFPainter: Sendable {
  public let shaper: PangoShaper

  public init(shaper: PangoShaper) {
    self.shaper = shaper
  }

  /// The finished PDF, in memory, and what could not be drawn as asked.
  public func render(_ list: DisplayList) throws(PaintError) -> (pdf: [UInt8], warnings: [PaintWarning]) {
    let sink = ByteSink()
    let (date, warnings) = try draw(list, into: sink)
    var pdf = sink.bytes
    sink.bytes = []
    try PDFFixup.apply(to: &pdf, language: list.metadata.language, date: date)
    return (pdf, warnings)
  }

  /// Renders and writes the PDF to `path`, streaming it to a temporary file that replaces `path`
  /// only once the whole file is ready (an existing PDF is left untouched by a failed build).
  @discardableResult
  public func paint(_ list: DisplayList, to path: String) throws(PaintError) -> [PaintWarning] {
    let sink = try FileSink(replacing: path)
    let (date, warnings) = try draw(list, into: sink)
    sink.flush()
    try sink.check()
    let update: [UInt8]
    do throws(PaintError) {
      update = try PDFFixup.update(
        for: sink, identifier: sink.identifier.hex, language: list.metadata.language, date: date)
    } catch {
      // A file that could not be read back is reported as such, not as a malformed PDF.
      try sink.check()
      throw error
    }
    try sink.commit(appending: update)
    return warnings
  }

  /// Draws the document into `sink` (cairo's file, before the fix-up) and returns the date it
  /// carries and what could not be drawn as asked.
  private func draw(_ list: DisplayList, into sink: ByteSink) throws(PaintError) -> (PDFDate, [PaintWarning])
  {
    var warnings: [PaintWarning] = []
    let date: PDFDate
    if let parsed = PDFDate(iso8601: list.metadata.date) {
      date = parsed
    } else {
      warnings.append(.invalidDate(list.metadata.date))
      date = PDFPainter.sourceDateEpoch() ?? PDFDate(epochSeconds: 0)
    }
    let drawn: Result<[PaintWarning], PaintError> = shaper.state.withLock { state in
      do throws(PaintError) {
        return .success(try PDFPainter.draw(list, date: date, state: state, into: sink))
      } catch {
        return .failure(error)
      }
    }
    warnings += try drawn.get()
    return (date, warnings)
  }

  private static func draw(_ list: DisplayList, date: PDFDate, state: ShaperState, into sink: ByteSink)
    throws(PaintError) -> [PaintWarning]
  {
    let write: cairo_write_func_t = { closure, data, length in
      if let data {
        ByteSink.from(closure).write(UnsafeBufferPointer(start: data, count: Int(length)))
      }
      return CAIRO_STATUS_SUCCESS
    }
    guard
      let surface = cairo_pdf_surface_create_for_stream(
        write, sink.closure, list.pageSize.width, list.pageSize.height)
    else { throw .cairo("cairo_pdf_surface_create_for_stream") }
    defer { cairo_surface_destroy(surface) }
    try status(of: surface)

    let metadata = list.metadata
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
    cairo_pdf_surface_set_metadata(
      surface, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", "))
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.iso8601)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date.iso8601)

    let anchors = Set(
      list.pages.flatMap { page in
        page.items.compactMap { item -> String? in
          if case .anchor(let name, _) = item { return name } else { return nil }
        }
      })
    guard let context = cairo_create(surface) else { throw .cairo("cairo_create") }
    defer { cairo_destroy(context) }
    let renderer = PageRenderer(
      context: context, state: state, pageSize: list.pageSize, tagged: true, knownAnchors: anchors)
    // The whole document is one structure element: cairo 1.16 then writes /MarkInfo, and links
    // get their structure parents (without it, each link leaves a dangling object number).
    cairo_tag_begin(context, "Document", "")
    for (index, page) in list.pages.enumerated() {
      if index > 0 { cairo_show_page(context) }
      cairo_pdf_surface_set_page_label(surface, page.label)
      try renderer.draw(page)
    }
    cairo_tag_end(context, "Document")
    try renderer.check()
    addOutline(list.outline, pages: list.pages.count, anchors: anchors, to: surface)
    cairo_show_page(context)
    cairo_surface_finish(surface)
    try status(of: surface)
    return renderer.warnings
  }

  /// Bookmarks nested by level: an entry's parent is the nearest earlier entry of a lower level.
  /// Each jumps to its anchor when a page defines it, else to its page and height.
  static func addOutline(
    _ outline: [OutlineEntry], pages: Int, anchors: Set<String>, to surface: OpaquePointer
  ) {
    var parents: [(level: Int, id: Int32)] = []
    for entry in outline {
      while let last = parents.last, last.level >= entry.level { parents.removeLast() }
      let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
      let target: String
      if anchors.contains(entry.anchor) {
        target = "dest=\(PageRenderer.quoted(entry.anchor))"
      } else {
        target = "page=\(min(max(entry.page, 1), max(pages, 1))) pos=[0 \(entry.y)]"
      }
      let flags = entry.level == 0 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
      let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, target, flags)
      parents.append((entry.level, id))
    }
  }

  static func status(of surface: OpaquePointer) throws(PaintError) {
    let status = cairo_surface_status(surface)
    guard status == CAIRO_STATUS_SUCCESS else {
      throw .cairo(String(cString: cairo_status_to_string(status)))
    }
  }

  /// `SOURCE_DATE_EPOCH` (reproducible builds) as a date, when set and valid.
  static func sourceDateEpoch() -> PDFDate? {
    guard let value = getenv("SOURCE_DATE_EPOCH"), let seconds = Int64(String(cString: value)) else {
      return nil
    }
    return PDFDate(epochSeconds: seconds)
  }
}
