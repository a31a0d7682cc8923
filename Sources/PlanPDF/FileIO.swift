import PlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file writes with the C library (the renderer does not need Foundation).
enum FileIO {
  /// Writes through a new temporary file beside `path`, renamed over it when complete (as the
  /// PDF is): a reader never sees half a file, and a failed write leaves the old one alone.
  static func write(_ bytes: [UInt8], to path: String) throws(PaintError) {
    let sink = try FileSink(replacing: path)
    sink.write(bytes)
    try sink.close()
  }
}

/// Collects what cairo writes through a stream callback (the PNG painter's image).
final class ByteSink {
  var bytes: [UInt8] = []
  var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
  static func from(_ closure: UnsafeMutableRawPointer?) -> ByteSink {
    Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue()
  }
}

/// The PDF being written: `ReplacementFile` (a temporary file beside the destination, renamed over
/// it once complete), fed a megabyte at a time — a long plan's PDF is never held in memory, and a
/// failed build leaves the previous file untouched.
final class FileSink: ArchivalOutput {
  private let file: ReplacementFile
  /// Bytes not yet in the file.
  private let pending = ByteChunk()
  /// Bytes already in the file.
  private var flushed = 0

  init(replacing path: String) throws(PaintError) {
    do throws(ReplacementFile.Failure) {
      file = try ReplacementFile(replacing: path)
    } catch {
      throw .cannotWrite(path: error.path, reason: error.reason)
    }
  }

  var offset: Int { flushed + pending.count }

  func write(_ data: UnsafeRawBufferPointer) {
    pending.append(data) { flush() }
  }

  private func flush() {
    guard pending.count > 0 else { return }
    file.write(pending.filled)
    flushed += pending.count
    pending.empty()
  }

  /// Throws what went wrong writing the file so far, if anything did (a full disk, an I/O error).
  func check() throws(PaintError) {
    do throws(ReplacementFile.Failure) { try file.check() } catch {
      throw .cannotWrite(path: error.path, reason: error.reason)
    }
  }

  /// Flushes the file to disk and renames it over the destination.
  func close() throws(PaintError) {
    flush()
    do throws(ReplacementFile.Failure) { try file.commit() } catch {
      throw .cannotWrite(path: error.path, reason: error.reason)
    }
  }

  /// Removes the temporary file (when the build failed, or was not committed).
  func discard() { file.discard() }
}
