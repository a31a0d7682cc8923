#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A megabyte of raw memory that many small writes fill (cairo hands over hundreds of thousands of
/// small pieces): copied in with `memcpy`, handed on a whole chunk at a time.
final class ByteChunk {
  static let capacity = 1 << 20

  private(set) var bytes = UnsafeMutableRawPointer.allocate(byteCount: ByteChunk.capacity, alignment: 16)
  private(set) var count = 0

  deinit { bytes.deallocate() }

  var filled: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: bytes, count: count) }

  /// Copies `data` in; each time the chunk is full, `whenFull` is called, and must `empty` it or
  /// `takeBytes`.
  func append(_ data: UnsafeRawBufferPointer, whenFull: () -> Void) {
    guard let base = data.baseAddress else { return }
    var done = 0
    while done < data.count {
      let size = min(data.count - done, ByteChunk.capacity - count)
      memcpy(bytes + count, base + done, size)
      count += size
      done += size
      if count == ByteChunk.capacity { whenFull() }
    }
  }

  /// Starts again at the beginning of the same memory.
  func empty() { count = 0 }

  /// The memory filled so far, now the caller's to deallocate; the chunk starts on new memory.
  func takeBytes() -> (bytes: UnsafeMutableRawPointer, count: Int) {
    defer {
      bytes = UnsafeMutableRawPointer.allocate(byteCount: ByteChunk.capacity, alignment: 16)
      count = 0
    }
    return (bytes, count)
  }
}
