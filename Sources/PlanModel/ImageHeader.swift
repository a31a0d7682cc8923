/// What a PNG or JPEG file says about itself before any pixel is decoded: its format and size.
/// Read from the first bytes only, so an image that claims 20000 × 20000 pixels is refused before
/// anything allocates them.
public struct ImageHeader: Hashable, Sendable {
  public enum Format: String, Sendable {
    case png = "PNG"
    case jpeg = "JPEG"
  }

  public var format: Format
  public var width: Int
  public var height: Int

  /// An image larger than this many pixels is refused (4096 × 4096: 64 MB decoded; a crest is
  /// printed 3.4 cm wide).
  public static let maximumPixels = 4096 * 4096
  /// Nor may a side be longer than this (cairo's own limit is 32767).
  public static let maximumSide = 16384
  /// A crest file larger than this is refused before it is read.
  public static let maximumFileSize = 10 * 1024 * 1024

  public var pixels: Int { width * height }
  public var isWithinLimits: Bool {
    width > 0 && height > 0 && width <= Self.maximumSide && height <= Self.maximumSide
      && pixels <= Self.maximumPixels
  }

  public enum Problem: Error, Equatable, Sendable {
    /// Neither PNG nor JPEG (by its first bytes).
    case notAnImage
    /// PNG or JPEG, but its header is cut or damaged.
    case damaged(Format)
  }

  public static func read(_ bytes: [UInt8]) -> Result<ImageHeader, Problem> {
    if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
      // The first chunk is IHDR: length (4), "IHDR" (4), width (4), height (4).
      guard bytes.count >= 24, bytes[12..<16].elementsEqual(Array("IHDR".utf8)) else {
        return .failure(.damaged(.png))
      }
      let width = bigEndian(bytes, 16, 4)
      let height = bigEndian(bytes, 20, 4)
      guard width > 0, height > 0 else { return .failure(.damaged(.png)) }
      return .success(ImageHeader(format: .png, width: width, height: height))
    }
    if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
      guard let (width, height) = jpegSize(bytes), width > 0, height > 0 else {
        return .failure(.damaged(.jpeg))
      }
      return .success(ImageHeader(format: .jpeg, width: width, height: height))
    }
    return .failure(.notAnImage)
  }

  private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
    bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
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
      if marker == 0xD9 || marker == 0xDA || length < 2 { return nil }
      index += 2 + length
    }
    return nil
  }
}
