import CCairo
import PlanDocument
import PlanLayout

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Renders a `DisplayList` to PDF with cairo: the pages and their items, the nested outline,
/// metadata and the tagged structure, streamed through the archival writer (`ArchivalWriter`),
/// which turns cairo's output into the published file: PDF/A-2b and PDF/UA-1 as `standard` asks,
/// with object streams.
///
/// The same display list, fonts and libraries give byte-identical files: every date comes from
/// `metadata.date`, and the file identifier is a hash of the content.
public struct PDFPainter: Sendable {
  public let shaper: PangoShaper
  public var standard: PDFStandard
  /// Whether the shaper's layouts are given back as the pages are painted (`LayoutRelease`): for
  /// a process that paints once and ends; `plan watch` keeps them for its next build.
  public var releasesLayouts = false

  public init(shaper: PangoShaper, standard: PDFStandard = .default) {
    self.shaper = shaper
    self.standard = standard
  }

  /// The finished PDF, in memory, and what could not be drawn as asked.
  public func render(_ list: DisplayList) throws(PaintError) -> (pdf: [UInt8], warnings: [PaintWarning]) {
    let output = MemoryOutput()
    let warnings = try draw(list, to: output)
    return (output.bytes, warnings)
  }

  /// Renders and writes the PDF to `path`, streaming it to a temporary file that replaces `path`
  /// only once the whole file is ready (an existing PDF is left untouched by a failed build).
  @discardableResult
  public func paint(_ list: DisplayList, to path: String) throws(PaintError) -> [PaintWarning] {
    let sink = try FileSink(replacing: path)
    return try draw(list, to: sink)
  }

  /// Draws the document with cairo, whose output the archival writer turns into the file in
  /// `output`, and returns what could not be drawn as asked.
  private func draw(_ list: DisplayList, to output: any ArchivalOutput) throws(PaintError) -> [PaintWarning] {
    var warnings: [PaintWarning] = []
    var date: PDFDate
    if let parsed = PDFDate(iso8601: list.metadata.date) {
      date = parsed
    } else {
      warnings.append(.invalidDate(list.metadata.date))
      date = PDFPainter.sourceDateEpoch() ?? PDFDate(epochSeconds: 0)
    }
    date = date.withTimeAndZone
    let structure = StructureRecord()
    let settings = ArchivalSettings(
      standard: standard, metadata: list.metadata, date: date, pageLabels: list.pages.map(\.label),
      visibleOutlineEntries: PDFPainter.visibleEntries(list.outline), structure: structure)
    let pipeline = ArchivalPipeline(writer: ArchivalWriter(settings: settings, output: output))
    let drawn: Result<[PaintWarning], PaintError> = shaper.state.withLock { state in
      do throws(PaintError) {
        return .success(
          try PDFPainter.draw(
            list, date: date, state: state, structure: structure, standard: standard,
            release: releasesLayouts ? LayoutRelease(list) : nil, into: pipeline))
      } catch {
        return .failure(error)
      }
    }
    switch drawn {
    case .success(let drawnWarnings):
      try pipeline.finish(commit: true)
      return warnings + drawnWarnings
    case .failure(let error):
      try? pipeline.finish(commit: false)
      throw error
    }
  }

  /// cairo compresses page contents itself unless `CAIRO_DEBUG_PDF` is set when a surface is made;
  /// the archival writer must read them (to mark artifacts) and compresses them anyway, on its own
  /// thread. Set once for the process, never unset (setenv is not safe beside other threads).
  private static let uncompressedContents: Void = {
    setenv("CAIRO_DEBUG_PDF", "1", 0)
  }()

  private static func draw(
    _ list: DisplayList, date: PDFDate, state: ShaperState, structure: StructureRecord,
    standard: PDFStandard, release: LayoutRelease?, into pipeline: ArchivalPipeline
  ) throws(PaintError) -> [PaintWarning] {
    _ = uncompressedContents
    let write: cairo_write_func_t = { closure, data, length in
      if let data {
        ArchivalPipeline.from(closure).write(UnsafeBufferPointer(start: data, count: Int(length)))
      }
      return CAIRO_STATUS_SUCCESS
    }
    guard
      let surface = cairo_pdf_surface_create_for_stream(
        write, pipeline.closure, list.pageSize.width, list.pageSize.height)
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
      context: context, state: state, pageSize: list.pageSize, structure: structure,
      structured: standard.accessible, knownAnchors: anchors, anchorTitles: list.anchorTitles)
    // The whole document is one structure element: cairo 1.16 then writes /MarkInfo, and links
    // get their structure parents (without it, each link leaves a dangling object number).
    if !list.pages.isEmpty { try renderer.open(.document) }
    for (index, page) in list.pages.enumerated() {
      if index > 0 { cairo_show_page(context) }
      try renderer.draw(page)
      release?.release(afterPage: index, from: state)
    }
    if !list.pages.isEmpty { try renderer.close() }
    try renderer.check()
    addOutline(list.outline, pages: list.pages.count, anchors: anchors, to: surface)
    cairo_show_page(context)
    cairo_surface_finish(surface)
    try status(of: surface)
    return renderer.warnings
  }

  /// How many bookmarks show when the file opens: the chapters (open) and their sections (closed).
  static func visibleEntries(_ outline: [OutlineEntry]) -> Int {
    var parents: [(level: Int, showsChildren: Bool)] = []
    var visible = 0
    for entry in outline {
      while let last = parents.last, last.level >= entry.level { parents.removeLast() }
      let shown = parents.last?.showsChildren ?? true
      if shown { visible += 1 }
      parents.append((entry.level, shown && entry.level == 0))
    }
    return visible
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
