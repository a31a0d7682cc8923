import CCairo

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

  private static func load(_ path: String) -> Entry {
    guard let bytes = FileIO.read(path), bytes.count > 8 else { return .unreadable }
    if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
      guard let surface = cairo_image_surface_create_from_png(path) else { return .unreadable }
      guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
        cairo_surface_destroy(surface)
        return .unreadable
      }
      return .png(
        surface, width: Double(cairo_image_surface_get_width(surface)),
        height: Double(cairo_image_surface_get_height(surface)))
    }
    if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
      guard let (width, height) = jpegSize(bytes), width > 0, height > 0 else { return .unreadable }
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
    return .unsupported
  }

  /// Width and height from a JPEG's start-of-frame segment.
  static func jpegSize(_ bytes: [UInt8]) -> (Int, Int)? {
    var index = 2
    while index + 9 < bytes.count {
      guard bytes[index] == 0xFF else { return nil }
      let marker = bytes[index + 1]
      if marker == 0xFF {
        index += 1
        continue
      }
      let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
      // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC).
      if (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC {
        let height = Int(bytes[index + 5]) << 8 | Int(bytes[index + 6])
        let width = Int(bytes[index + 7]) << 8 | Int(bytes[index + 8])
        return (width, height)
      }
      if marker == 0xD9 || marker == 0xDA { return nil }
      index += 2 + length
    }
    return nil
  }
}
