import CZlib

/// Flate compression (zlib) of the streams the archival writer makes: page contents, object
/// streams, the cross-reference stream, the colour profile.
enum Deflate {
  /// zlib's default level, the one cairo uses for the page contents it compresses itself.
  static let level: Int32 = 6

  /// `bytes` compressed as one zlib stream.
  static func compress(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
    var stream = z_stream()
    guard deflateInit_(&stream, level, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      fatalError("zlib: deflateInit failed")
    }
    defer { deflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
    var empty: UInt8 = 0
    let written = output.withUnsafeMutableBytes { target -> Int in
      withUnsafeMutablePointer(to: &empty) { nothing in
        stream.next_in =
          bytes.baseAddress.map { UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: Bytef.self)) }
          ?? nothing
        stream.avail_in = uInt(bytes.count)
        stream.next_out = target.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(target.count)
        // deflateBound leaves room for the whole result: one call finishes.
        guard deflate(&stream, Z_FINISH) == Z_STREAM_END else { fatalError("zlib: deflate did not finish") }
        return Int(stream.total_out)
      }
    }
    // A new array of the exact size: `output` keeps the capacity of the input's bound, and object
    // streams stay in memory until the end of the file.
    return Array(output[..<written])
  }

  static func compress(_ bytes: [UInt8]) -> [UInt8] {
    bytes.withUnsafeBytes { compress($0) }
  }
}
