/// The bytes of one source file, with a line table so that byte offsets become line and column.
///
/// Columns count Unicode scalars from 1, as most editors and SARIF's `unicodeCodePoints` do.
public final class SourceText: Sendable {
  /// The path shown to people (relative to where the command ran, when possible).
  public let path: String
  /// The file's bytes, valid UTF-8 (invalid sequences were replaced before this was built).
  public let bytes: [UInt8]
  /// Byte offset at which each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]
  /// For lines longer than `checkpointStride` bytes: the column at every multiple of the stride
  /// from the line's start, so a column on a megabyte-long line costs a few kilobytes of counting.
  private let checkpoints: [Int: [Int]]
  private static let checkpointStride = 4096

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    var starts = [0]
    starts.reserveCapacity(bytes.count / 32 + 1)
    // A line ends at `\n`, `\r\n`, or a lone `\r` (old Mac files).
    let count = bytes.count
    for index in 0..<count {
      let byte = bytes[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 == count || bytes[index + 1] != 0x0A)) {
        starts.append(index + 1)
      }
    }
    self.lineStarts = starts
    var checkpoints: [Int: [Int]] = [:]
    for line in 0..<starts.count {
      let start = starts[line]
      let end = line + 1 < starts.count ? starts[line + 1] : count
      guard end - start > Self.checkpointStride else { continue }
      var columns = [1]
      var column = 1
      var mark = start + Self.checkpointStride
      bytes.withUnsafeBufferPointer { buffer in
        for index in start..<end {
          if index == mark {
            columns.append(column)
            mark += Self.checkpointStride
          }
          if buffer[index] & 0xC0 != 0x80 { column += 1 }
        }
      }
      checkpoints[line] = columns
    }
    self.checkpoints = checkpoints
  }

  public convenience init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  public var lineCount: Int { lineStarts.count }

  /// The 1-based line that contains `offset`.
  public func line(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// The 1-based line and column (in Unicode scalars) of a byte offset.
  public func position(of offset: Int) -> SourcePosition {
    let clamped = max(0, min(offset, bytes.count))
    let line = self.line(of: clamped)
    var column = 1
    var index = lineStarts[line - 1]
    if let marks = checkpoints[line - 1] {
      let mark = min((clamped - index) / Self.checkpointStride, marks.count - 1)
      column = marks[mark]
      index += mark * Self.checkpointStride
    }
    bytes.withUnsafeBufferPointer { buffer in
      while index < clamped {
        // Continuation bytes (10xxxxxx) do not start a new scalar.
        if buffer[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
      }
    }
    return SourcePosition(offset: clamped, line: line, column: column)
  }

  /// The text of a 1-based line, without its line break.
  public func lineText(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
  }

  public func text(_ range: Range<Int>) -> String {
    let lower = max(0, min(range.lowerBound, bytes.count))
    let upper = max(lower, min(range.upperBound, bytes.count))
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }

  public func range(_ offsets: Range<Int>) -> SourceRange {
    SourceRange(source: self, offsets: offsets)
  }
}

public struct SourcePosition: Hashable, Sendable, Codable {
  public var offset: Int
  public var line: Int
  public var column: Int

  public init(offset: Int, line: Int, column: Int) {
    self.offset = offset
    self.line = line
    self.column = column
  }
}

/// A span of bytes in a source file. Line and column are worked out only when asked for, so the
/// binder can keep a range for every value of a 10 MB plan cheaply.
public struct SourceRange: Hashable, Sendable {
  public let source: SourceText
  public let offsets: Range<Int>

  public init(source: SourceText, offsets: Range<Int>) {
    self.source = source
    let lower = max(0, min(offsets.lowerBound, source.bytes.count))
    self.offsets = lower..<max(lower, min(offsets.upperBound, source.bytes.count))
  }

  public var file: String { source.path }
  public var start: SourcePosition { source.position(of: offsets.lowerBound) }
  public var end: SourcePosition { source.position(of: offsets.upperBound) }

  public static func == (a: SourceRange, b: SourceRange) -> Bool {
    a.source === b.source && a.offsets == b.offsets
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(ObjectIdentifier(source))
    hasher.combine(offsets.lowerBound)
    hasher.combine(offsets.upperBound)
  }
}
