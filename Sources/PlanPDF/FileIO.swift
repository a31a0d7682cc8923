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
    bytes.withUnsafeBufferPointer { sink.write($0) }
    try sink.commit(appending: [])
  }
}

/// Collects what cairo writes through a stream callback. A sink is filled by cairo on the thread
/// that paints, while the shaper's lock is held, and read afterwards by that same thread: it is
/// never used from two threads at once.
class ByteSink: @unchecked Sendable {
  var bytes: [UInt8] = []
  var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
  static func from(_ closure: UnsafeMutableRawPointer?) -> ByteSink {
    Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue()
  }

  func write(_ data: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: data) }
}

/// Cairo's PDF written straight to a temporary file beside its destination, hashed for the file
/// identifier on the way, then completed (`PDFFixup`) and renamed over the destination: a long
/// plan's PDF is never held in memory, and a failed build leaves the previous file untouched.
/// (`FileIO.write` writes other files, PNG pages, the same way.)
final class FileSink: ByteSink, PDFSource {
  let path: String
  let temporary: String
  let identifier = IdentifierHash()
  private var descriptor: Int32
  /// Bytes not yet in the file: cairo hands over hundreds of thousands of small pieces, copied
  /// here with `memcpy` and written a megabyte at a time.
  private let pending = UnsafeMutablePointer<UInt8>.allocate(capacity: FileSink.chunk)
  private var pendingCount = 0
  /// Bytes already in the file.
  private var flushed = 0
  private var failure: String?

  /// Opens a new temporary file, hidden, beside `path` (never an existing file or a link: two
  /// builds never share one); the file being replaced keeps its permissions.
  init(replacing path: String) throws(PaintError) {
    self.path = path
    var mode: mode_t = 0o644
    var info = stat()
    if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
    // What a build killed before it finished left behind (`kill -9`: no handler runs).
    TemporaryFiles.removeStale(for: path)
    var attempt = 0
    while true {
      let candidate = TemporaryFiles.path(for: path, attempt: attempt)
      // A Ctrl-C between creating the file and remembering it would leave it behind.
      let opened = InterruptedBuild.withSignalsHeld {
        let opened = open(candidate, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        if opened >= 0 { InterruptedBuild.remember(candidate) }
        return opened
      }
      if opened >= 0 {
        descriptor = opened
        temporary = candidate
        break
      }
      guard errno == EEXIST, attempt < 100 else {
        throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
      }
      attempt += 1
    }
  }

  deinit {
    discard()
    pending.deallocate()
  }

  static let chunk = 1 << 20

  override func write(_ data: UnsafeBufferPointer<UInt8>) {
    guard let base = data.baseAddress else { return }
    var offset = 0
    while offset < data.count {
      let size = min(data.count - offset, FileSink.chunk - pendingCount)
      memcpy(pending + pendingCount, base + offset, size)
      pendingCount += size
      offset += size
      if pendingCount == FileSink.chunk { flush() }
    }
  }

  var count: Int { flushed + pendingCount }

  /// Hashes and writes what is pending.
  func flush() {
    guard pendingCount > 0 else { return }
    let bytes = UnsafeBufferPointer(start: pending, count: pendingCount)
    identifier.add(bytes)
    writeAll(UnsafeRawBufferPointer(bytes))
    flushed += pendingCount
    pendingCount = 0
  }

  func bytes(_ range: Range<Int>) -> [UInt8] {
    flush()
    var result = [UInt8](repeating: 0, count: range.count)
    var done = 0
    result.withUnsafeMutableBytes { buffer in
      while done < range.count {
        let read = pread(
          descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
        if read < 0 && errno == EINTR { continue }
        guard read > 0 else {
          if failure == nil { failure = read < 0 ? String(cString: strerror(errno)) : "short read" }
          break
        }
        done += read
      }
    }
    return Array(result.prefix(done))
  }

  /// Throws what went wrong writing or reading the file so far, if anything did (a full disk, an
  /// I/O error): the user is told that, not that the PDF came out malformed.
  func check() throws(PaintError) {
    if let failure { throw .cannotWrite(path: path, reason: failure) }
  }

  /// Appends `update` (not part of the hashed bytes), flushes the file to disk and renames it over
  /// the destination.
  func commit(appending update: [UInt8]) throws(PaintError) {
    flush()
    update.withUnsafeBytes { writeAll($0) }
    if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
    descriptor = -1
    if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    InterruptedBuild.forget()
    if let failure {
      unlink(temporary)
      throw .cannotWrite(path: path, reason: failure)
    }
  }

  /// Removes the temporary file (when the build failed, or was not committed).
  func discard() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
    unlink(temporary)
    InterruptedBuild.forget()
  }

  private func writeAll(_ buffer: UnsafeRawBufferPointer) {
    guard failure == nil, let base = buffer.baseAddress else { return }
    var offset = 0
    while offset < buffer.count {
      let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        failure = String(cString: strerror(errno))
        return
      }
      offset += written
    }
  }
}

/// The temporary PDF being written, if any, removed when the build is interrupted (Ctrl-C, a
/// terminated CI job): only a finished file ever takes the destination's name, and an interrupted
/// one leaves nothing behind.
public enum InterruptedBuild {
  /// The temporary file's path as a C string, for the signal handler (which may only call
  /// async-signal-safe functions such as `unlink`).
  nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?

  /// Removes the temporary file on SIGINT, SIGTERM and SIGHUP, then lets the signal end the
  /// process as it would have. A signal the process was started ignoring (a background job's
  /// SIGINT) stays ignored.
  public static func removeTemporaryFileOnSignals() {
    for signal in [SIGINT, SIGTERM, SIGHUP] {
      let previous = Glibc.signal(signal) { number in
        if let path = InterruptedBuild.path { unlink(path) }
        Glibc.signal(number, SIG_DFL)
        raise(number)
      }
      let ignored = unsafeBitCast(SIG_IGN, to: Int.self)
      if let previous, unsafeBitCast(previous, to: Int.self) == ignored { Glibc.signal(signal, SIG_IGN) }
    }
  }

  /// Runs `body` with the signals that remove the file held back, delivered when it returns.
  static func withSignalsHeld<T>(_ body: () -> T) -> T {
    var held = sigset_t()
    sigemptyset(&held)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&held, signal) }
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &held, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return body()
  }

  static func remember(_ temporary: String) {
    forget()
    path = strdup(temporary)
  }

  static func forget() {
    let previous = path
    path = nil
    free(previous)
  }
}
