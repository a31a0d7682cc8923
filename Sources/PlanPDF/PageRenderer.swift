import CCairo
import CPango
import PlanDocument
import PlanLayout

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Draws the items of a page on a cairo context: the one drawing code behind the PDF and the PNG
/// painters. Coordinates are the display list's (points, origin top-left, y down); a PNG painter
/// scales the context first. Used only while holding the shaper's lock (it draws Pango layouts).
final class PageRenderer {
  let context: OpaquePointer
  let state: ShaperState
  let pageSize: Size
  /// PDF only: where structure elements are recorded for the archival writer (other surfaces
  /// ignore tags, links and destinations anyway; skipping them keeps the PNG path free of checks).
  let structure: StructureRecord?
  var tagged: Bool { structure != nil }
  /// Whether every structure element is written (PDF/UA output); otherwise only the document
  /// element and links, which cairo needs for the link annotations.
  let structured: Bool
  /// The structure elements open, innermost last.
  private var openElements: [StructureRole] = []
  /// Whether a figure element is open (its text is drawn plainly, links and all).
  var insideFigure: Bool {
    openElements.contains {
      if case .figure = $0 { return true }
      return false
    }
  }
  /// Every anchor some page defines (links to others are not made).
  let knownAnchors: Set<String>
  /// What each anchor is (a heading's text, a figure's caption): links to it say so.
  let anchorTitles: [String: String]
  let images = ImageCache()
  private(set) var warnings: [PaintWarning] = []
  private var placedAnchors: Set<String> = []
  private var reportedMissing: Set<String> = []
  /// Recorded watermarks (see `drawWatermark`), destroyed with the renderer.
  private var watermarks: [WatermarkKey: OpaquePointer] = [:]

  init(
    context: OpaquePointer, state: ShaperState, pageSize: Size, structure: StructureRecord?,
    structured: Bool = true, knownAnchors: Set<String>, anchorTitles: [String: String] = [:]
  ) {
    self.structured = structured
    self.anchorTitles = anchorTitles
    self.context = context
    self.state = state
    self.pageSize = pageSize
    self.structure = structure
    self.knownAnchors = knownAnchors
  }

  deinit {
    for stamp in watermarks.values { cairo_surface_destroy(stamp) }
  }

  /// Watermarks first (behind everything), then the other items in their order.
  func draw(_ page: Page) throws(PaintError) {
    for case .watermark(let text, let colour) in page.items {
      drawWatermark(text, colour: colour, page: page.number)
    }
    for item in page.items {
      switch item {
      case .text(let fragment):
        if drawsLinkedText(fragment) {
          try drawLinkedText(fragment, page: page.number)
        } else {
          drawText(fragment, page: page.number)
        }
      case .rectangle(let rect, let fill, let stroke, let lineWidth):
        drawRectangle(rect, fill: fill, stroke: stroke, lineWidth: lineWidth)
      case .line(let from, let to, let colour, let width):
        drawLine(from: from, to: to, colour: colour, width: width)
      case .leader(let from, let to, let colour):
        drawLeader(from: from, to: to, colour: colour)
      case .path(let path, let fill, let stroke, let lineWidth, let dash):
        drawPath(path, fill: fill, stroke: stroke, lineWidth: lineWidth, dash: dash)
      case .link(let rect, let anchor):
        try drawLink(rect, anchor: anchor, page: page.number)
      case .anchor(let name, let point):
        try drawAnchor(name, at: point, page: page.number)
      case .image(let path, let frame):
        drawImage(path, frame: frame, page: page.number)
      case .watermark:
        break
      case .open(let role):
        try open(role, page: page.number)
      case .close:
        try close()
      }
    }
    try check()
  }

  // MARK: - Items

  func drawText(_ fragment: TextFragment, page: Int) {
    let shaped = state.layout(fragment.runs, style: fragment.style, width: fragment.width)
    noteMissingGlyphs(shaped, page: page)
    let lines = fragment.lines.clamped(to: 0..<shaped.paragraph.lines.count)
    setColour(fragment.style.colour)
    var top = fragment.origin.y
    let text = pango_layout_get_text(shaped.layout)
    for index in lines {
      let line = shaped.paragraph.lines[index]
      if shaped.justified != nil {
        for (run, x) in shaped.runs(ofLine: index) {
          cairo_move_to(context, fragment.origin.x + x, top + line.ascent)
          pango_cairo_show_glyph_item(context, text, run)
        }
      } else {
        cairo_move_to(context, fragment.origin.x + shaped.offsets[index], top + line.ascent)
        pango_cairo_show_layout_line(context, shaped.lines[index])
      }
      top += line.height
    }
    cairo_new_path(context)
  }

  func noteMissingGlyphs(_ shaped: ShapedLayout, page: Int) {
    for text in shaped.paragraph.missingGlyphs where reportedMissing.insert(text).inserted {
      warnings.append(.missingGlyphs(page: page, text: text))
    }
  }

  /// Round dots 3 points apart (a zero-length dash with round caps is a dot).
  func drawLeader(from: Point, to: Point, colour: Colour) {
    cairo_new_path(context)
    let step = 3.0
    // Dots at whole steps from the right end, so that leaders in a column line up.
    let count = Int(((to.x - from.x) / step).rounded(.down))
    guard count > 0 else { return }
    cairo_move_to(context, to.x - Double(count) * step, from.y)
    cairo_line_to(context, to.x, to.y)
    setColour(colour)
    cairo_set_line_width(context, 0.9)
    cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
    var pattern = [0.0, step]
    cairo_set_dash(context, &pattern, 2, 0)
    cairo_stroke(context)
    cairo_set_dash(context, nil, 0, 0)
  }

  func drawRectangle(_ rect: Rect, fill: Colour?, stroke: Colour?, lineWidth: Double) {
    cairo_new_path(context)
    cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
    if let fill {
      setColour(fill)
      cairo_fill_preserve(context)
    }
    if let stroke, lineWidth > 0 {
      setColour(stroke)
      cairo_set_line_width(context, lineWidth)
      cairo_set_line_join(context, CAIRO_LINE_JOIN_MITER)
      cairo_stroke_preserve(context)
    }
    cairo_new_path(context)
  }

  func drawPath(_ path: Path, fill: Colour?, stroke: Colour?, lineWidth: Double, dash: Double) {
    cairo_new_path(context)
    for element in path.elements {
      switch element {
      case .move(let point): cairo_move_to(context, point.x, point.y)
      case .line(let point): cairo_line_to(context, point.x, point.y)
      case .curve(let a, let b, let c): cairo_curve_to(context, a.x, a.y, b.x, b.y, c.x, c.y)
      case .close: cairo_close_path(context)
      }
    }
    if let fill {
      setColour(fill)
      cairo_fill_preserve(context)
    }
    if let stroke, lineWidth > 0 {
      setColour(stroke)
      cairo_set_line_width(context, lineWidth)
      cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
      cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
      if dash > 0 {
        var pattern = [dash, dash * 0.8]
        cairo_set_dash(context, &pattern, 2, 0)
      }
      cairo_stroke_preserve(context)
      if dash > 0 { cairo_set_dash(context, nil, 0, 0) }
    }
    cairo_new_path(context)
  }

  func drawLine(from: Point, to: Point, colour: Colour, width: Double) {
    cairo_new_path(context)
    cairo_move_to(context, from.x, from.y)
    cairo_line_to(context, to.x, to.y)
    setColour(colour)
    cairo_set_line_width(context, width)
    cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
    cairo_stroke(context)
  }

  func drawLink(_ rect: Rect, anchor: String, page: Int) throws(PaintError) {
    guard tagged else { return }
    guard knownAnchors.contains(anchor) else {
      warnings.append(.unknownAnchor(page: page, anchor: anchor))
      return
    }
    let attributes =
      "dest=\(PageRenderer.quoted(anchor)) rect=[\(rect.x) \(rect.y) \(rect.width) \(rect.height)]"
    structure?.opened("Link")
    structure?.describe(link: anchor, as: anchorTitles[anchor] ?? anchor)
    cairo_tag_begin(context, CAIRO_TAG_LINK, attributes)
    cairo_tag_end(context, CAIRO_TAG_LINK)
    try check()
  }

  func drawAnchor(_ name: String, at point: Point, page: Int) throws(PaintError) {
    guard tagged else { return }
    guard placedAnchors.insert(name).inserted else {
      warnings.append(.duplicateAnchor(page: page, anchor: name))
      return
    }
    let attributes = "name=\(PageRenderer.quoted(name)) x=\(point.x) y=\(point.y)"
    cairo_tag_begin(context, CAIRO_TAG_DEST, attributes)
    cairo_tag_end(context, CAIRO_TAG_DEST)
    try check()
  }

  /// The image scaled to fit inside `frame` (aspect ratio kept, centred); a grey box when it
  /// cannot be drawn.
  func drawImage(_ path: String, frame: Rect, page: Int) {
    let surface: OpaquePointer
    let width: Double
    let height: Double
    switch images.image(path) {
    case .png(let image, let w, let h):
      (surface, width, height) = (image, w, h)
    case .jpeg(let image, let w, let h):
      (surface, width, height) = (image, w, h)
      if !tagged { warnings.append(.jpegNotRasterised(page: page, path: path)) }
    case .unreadable:
      warnings.append(.unreadableImage(page: page, path: path))
      drawRectangle(frame, fill: Colour(red: 0.9, green: 0.9, blue: 0.9), stroke: .black, lineWidth: 0.5)
      return
    case .unsupported:
      warnings.append(.unsupportedImage(page: page, path: path))
      drawRectangle(frame, fill: Colour(red: 0.9, green: 0.9, blue: 0.9), stroke: .black, lineWidth: 0.5)
      return
    }
    let scale = min(frame.width / width, frame.height / height)
    guard scale.isFinite, scale > 0 else { return }
    cairo_save(context)
    cairo_translate(
      context, frame.x + (frame.width - width * scale) / 2, frame.y + (frame.height - height * scale) / 2)
    cairo_scale(context, scale, scale)
    cairo_set_source_surface(context, surface, 0, 0)
    // PDF/A forbids asking viewers to interpolate images (cairo writes `/Interpolate true` for
    // the smoother filters); a PNG snapshot is smoothed.
    cairo_pattern_set_filter(cairo_get_source(context), tagged ? CAIRO_FILTER_FAST : CAIRO_FILTER_GOOD)
    cairo_rectangle(context, 0, 0, width, height)
    cairo_fill(context)
    cairo_restore(context)
  }

  /// A large word along the page's rising diagonal, centred, at about 60% of the diagonal's length.
  /// It is drawn as glyph outlines, not text: text extraction, search and screen readers see the
  /// page's content without "BORRADOR" cut into pieces in the middle of it.
  ///
  /// The outlines are recorded once and painted on every page after the first: in the PDF that is
  /// one form XObject each page references, instead of some two hundred curves written (and
  /// compressed) again on every page. The first page draws them directly because cairo 1.16
  /// writes a recorded surface when the first page that uses it ends, and then resets its
  /// structure-tag state to where that page began: on the first page (which opens the
  /// `Document` element) that reset corrupts the tags; on a later page it is harmless.
  func drawWatermark(_ text: String, colour: Colour, page: Int) {
    guard page > 1, let stamp = watermarkStamp(text, colour: colour) else {
      if let outline = watermarkOutline(text) { drawOutline(outline, colour: colour, on: context) }
      return
    }
    cairo_save(context)
    cairo_set_source_surface(context, stamp, 0, 0)
    cairo_paint(context)
    cairo_restore(context)
  }

  /// The watermark's glyphs, shaped to fill about 60% of the page's diagonal.
  private func watermarkOutline(_ text: String) -> (layout: ShapedLayout, line: ShapedLine)? {
    let family = state.fonts.resolve(family: "Noto Sans")
    let probe = TextStyle(family: family, size: 100, bold: true, lineHeight: 120)
    let probeWidth = state.layout([InlineRun(text)], style: probe, width: 0).paragraph.lines.first?.width ?? 0
    guard probeWidth > 0 else { return nil }
    let diagonal = (pageSize.width * pageSize.width + pageSize.height * pageSize.height).squareRoot()
    let size = min(200, (100 * 0.6 * diagonal / probeWidth).rounded())
    let style = TextStyle(family: family, size: size, bold: true, lineHeight: size * 1.2)
    let shaped = state.layout([InlineRun(text)], style: style, width: 0)
    guard let line = shaped.paragraph.lines.first else { return nil }
    return (shaped, line)
  }

  /// Fills the watermark's glyph outlines, rotated about the page's centre, on `target`.
  private func drawOutline(
    _ outline: (layout: ShapedLayout, line: ShapedLine), colour: Colour, on target: OpaquePointer
  ) {
    cairo_save(target)
    cairo_translate(target, pageSize.width / 2, pageSize.height / 2)
    cairo_rotate(target, -atan2(pageSize.height, pageSize.width))
    cairo_set_source_rgba(target, colour.red, colour.green, colour.blue, colour.alpha)
    cairo_new_path(target)
    cairo_move_to(target, -outline.line.width / 2, -outline.line.height / 2 + outline.line.ascent)
    pango_cairo_layout_line_path(target, outline.layout.lines[0])
    cairo_fill(target)
    cairo_restore(target)
  }

  /// The watermark recorded once for this text and colour, to be painted on later pages.
  private func watermarkStamp(_ text: String, colour: Colour) -> OpaquePointer? {
    let key = WatermarkKey(text: text, colour: colour)
    if let known = watermarks[key] { return known }
    guard let outline = watermarkOutline(text) else { return nil }
    var extents = cairo_rectangle_t(x: 0, y: 0, width: pageSize.width, height: pageSize.height)
    guard let stamp = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents) else { return nil }
    guard let recorder = cairo_create(stamp) else {
      cairo_surface_destroy(stamp)
      return nil
    }
    drawOutline(outline, colour: colour, on: recorder)
    cairo_destroy(recorder)
    watermarks[key] = stamp
    return stamp
  }

  // MARK: - Helpers

  func setColour(_ colour: Colour) {
    cairo_set_source_rgba(context, colour.red, colour.green, colour.blue, colour.alpha)
  }

  /// Opens a structure element (and records it for the archival writer, with the entries cairo
  /// cannot write).
  func open(_ role: StructureRole, page: Int = 0) throws(PaintError) {
    var role = role
    if case .link(let anchor, _, _) = role, !knownAnchors.contains(anchor) {
      if tagged { warnings.append(.unknownAnchor(page: page, anchor: anchor)) }
      role = .span
    }
    openElements.append(role)
    guard let structure, writes(role) else { return }
    structure.opened(role.name, extras: role.pdfEntries)
    if case .link(let anchor, let description, let area) = role {
      structure.describe(link: anchor, as: description)
      var attributes = "dest=\(PageRenderer.quoted(anchor))"
      if let area { attributes += " rect=[\(area.x) \(area.y) \(area.width) \(area.height)]" }
      cairo_tag_begin(context, CAIRO_TAG_LINK, attributes)
    } else {
      cairo_tag_begin(context, role.name, "")
    }
    try check()
  }

  func close() throws(PaintError) {
    guard let role = openElements.popLast() else { throw .cairo("structure element closed twice") }
    guard tagged, writes(role) else { return }
    cairo_tag_end(context, role.name)
    try check()
  }

  /// Whether `role` becomes an element of the file.
  private func writes(_ role: StructureRole) -> Bool {
    if structured { return true }
    switch role {
    case .document, .link: return true
    default: return false
    }
  }

  func check() throws(PaintError) {
    let status = cairo_status(context)
    guard status == CAIRO_STATUS_SUCCESS else {
      throw .cairo(String(cString: cairo_status_to_string(status)))
    }
  }

  /// A cairo attribute string value: single quotes, with `\` and `'` escaped.
  static func quoted(_ value: String) -> String {
    // Anchors are identifiers: almost never anything to escape.
    if !value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "'") }) {
      return "'" + value + "'"
    }
    var text = "'"
    for character in value {
      if character == "\\" || character == "'" { text.append("\\") }
      text.append(character)
    }
    return text + "'"
  }
}

/// A watermark's text and colour: what its recording depends on (the page size is the renderer's).
private struct WatermarkKey: Hashable {
  var text: String
  var colour: Colour
}

extension StructureRole {
  /// The entries cairo 1.16 cannot write for the element (its attributes and alternative text),
  /// added by the archival writer.
  var pdfEntries: String {
    switch self {
    case .figure(let alternative): return "/Alt \(PDFText.literal(alternative))"
    case .headerCell(let rowHeader): return "/A << /O /Table /Scope /\(rowHeader ? "Row" : "Column") >>"
    case .dataCell(let columns) where columns > 1: return "/A << /O /Table /ColSpan \(columns) >>"
    default: return ""
    }
  }
}
