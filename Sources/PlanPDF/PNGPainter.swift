import CCairo
import PlanDocument
import PlanLayout

/// Renders one page of a `DisplayList` to a PNG (white background) through the same drawing code
/// as the PDF, for snapshot tests and previews. Links, destinations and tags do not apply.
public struct PNGPainter: Sendable {
  public let shaper: PangoShaper

  public init(shaper: PangoShaper) {
    self.shaper = shaper
  }

  /// The PNG of page `number` (1-based) at `resolution` pixels per inch (72: one pixel per point).
  public func render(_ list: DisplayList, page number: Int, resolution: Double = 72)
    throws(PaintError) -> (png: [UInt8], warnings: [PaintWarning])
  {
    guard let page = list.pages.first(where: { $0.number == number }) else {
      throw .noSuchPage(number, pages: list.pages.count)
    }
    let scale = resolution / 72
    let width = Int32((list.pageSize.width * scale).rounded())
    let height = Int32((list.pageSize.height * scale).rounded())
    let drawn: Result<([UInt8], [PaintWarning]), PaintError> = shaper.state.withLock { state in
      let sink = ByteSink()
      guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else {
        return .failure(.cairo("cairo_image_surface_create"))
      }
      defer { cairo_surface_destroy(surface) }
      guard let context = cairo_create(surface) else { return .failure(.cairo("cairo_create")) }
      defer { cairo_destroy(context) }
      cairo_set_source_rgb(context, 1, 1, 1)
      cairo_paint(context)
      cairo_scale(context, scale, scale)
      let renderer = PageRenderer(
        context: context, state: state, pageSize: list.pageSize, structure: nil, knownAnchors: [])
      do throws(PaintError) {
        try renderer.draw(page)
      } catch {
        return .failure(error)
      }
      cairo_surface_flush(surface)
      let write: cairo_write_func_t = { closure, data, length in
        if let data {
          ByteSink.from(closure).bytes.append(
            contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
      }
      let status = cairo_surface_write_to_png_stream(surface, write, sink.closure)
      guard status == CAIRO_STATUS_SUCCESS else {
        return .failure(.cairo(String(cString: cairo_status_to_string(status))))
      }
      return .success((sink.bytes, renderer.warnings))
    }
    return try drawn.get()
  }

  /// Renders page `number` and writes the PNG to `path`.
  @discardableResult
  public func paint(_ list: DisplayList, page number: Int, resolution: Double = 72, to path: String)
    throws(PaintError) -> [PaintWarning]
  {
    let (png, warnings) = try render(list, page: number, resolution: resolution)
    try FileIO.write(png, to: path)
    return warnings
  }
}
