import CCairo
import PlanModel
import PlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Images as cairo surfaces, loaded once per painting (a logo on every page is embedded once).
/// PNG is decoded by cairo. JPEG is not decoded: its bytes are attached to a surface of the same
/// size as cairo's `image/jpeg` MIME data, which the PDF surface embeds as it is (DCTDecode); other
/// surfaces (PNG snapshots) see that surface's own pixels, a flat grey.
final class ImageCache {
  enum Entry {
    case png(OpaquePointer, width: Double, height: Double)
    case jpeg(OpaquePointer, width: Double, height: Double)
    case unreadable
    case unsupported
  }

  private var entries: [String: Entry] = [:]

  deinit {
    for entry in entries.values {
      switch entry {
      case .png(let surface, _, _), .jpeg(let surface, _, _): cairo_surface_destroy(surface)
      case .unreadable, .unsupported: break
      }
    }
  }

  func image(_ path: String) -> Entry {
    if let known = entries[path] { return known }
    let entry = ImageCache.load(path)
    entries[path] = entry
    return entry
  }

  /// Reads the file as the checker does (a regular file under the size cap, never a FIFO or a
  /// device), checks the size its header declares against the pixel limit, and only then decodes
  /// it, from the bytes already read (the path is not opened twice).
  private static func load(_ path: String) -> Entry {
    guard case .success(let bytes) = SafeFile.read(path, limit: ImageHeader.maximumFileSize) else {
      return .unreadable
    }
    let header: ImageHeader
    switch ImageHeader.read(bytes) {
    case .success(let read): header = read
    case .failure(.notAnImage): return .unsupported
    case .failure(.damaged): return .unreadable
    }
    guard header.isWithinLimits else { return .unreadable }
    switch header.format {
    case .png:
      let reader = PNGReader(bytes)
      let surface = withExtendedLifetime(reader) {
        cairo_image_surface_create_from_png_stream(
          { closure, data, length in
            PNGReader.from(closure).read(into: data, count: Int(length))
              ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
          }, Unmanaged.passUnretained(reader).toOpaque())
      }
      guard let surface else { return .unreadable }
      guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
        cairo_surface_destroy(surface)
        return .unreadable
      }
      return .png(
        surface, width: Double(cairo_image_surface_get_width(surface)),
        height: Double(cairo_image_surface_get_height(surface)))
    case .jpeg:
      let (width, height) = (header.width, header.height)
      guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)),
        cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
      else { return .unreadable }
      let context = cairo_create(surface)
      cairo_set_source_rgb(context, 0.85, 0.85, 0.85)
      cairo_paint(context)
      cairo_destroy(context)
      guard let data = malloc(bytes.count) else {
        cairo_surface_destroy(surface)
        return .unreadable
      }
      bytes.withUnsafeBytes { _ = memcpy(data, $0.baseAddress!, bytes.count) }
      cairo_surface_set_mime_data(
        surface, CAIRO_MIME_TYPE_JPEG, data.assumingMemoryBound(to: UInt8.self), UInt(bytes.count),
        { free($0) }, data)
      return .jpeg(surface, width: Double(width), height: Double(height))
    }
  }
}

/// Hands a PNG's bytes to cairo's stream reader, a piece at a time.
private final class PNGReader {
  let bytes: [UInt8]
  var offset = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  static func from(_ closure: UnsafeMutableRawPointer?) -> PNGReader {
    Unmanaged<PNGReader>.fromOpaque(closure!).takeUnretainedValue()
  }

  func read(into data: UnsafeMutablePointer<UInt8>?, count: Int) -> Bool {
    guard let data, offset + count <= bytes.count else { return false }
    bytes.withUnsafeBufferPointer { buffer in data.update(from: buffer.baseAddress! + offset, count: count) }
    offset += count
    return true
  }
}
