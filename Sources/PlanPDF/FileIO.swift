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

/// A new temporary file beside its destination, written in order and renamed over the destination
/// once complete (`close`): a long plan's PDF is never held in memory, and a failed build leaves
/// the previous file untouched.
final class FileSink: ArchivalOutput {
  let path: String
  let temporary: String
  private var descriptor: Int32
  /// Bytes not yet in the file, written a megabyte at a time.
  private let pending = ByteChunk()
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

  deinit { discard() }

  var offset: Int { flushed + pending.count }

  func write(_ data: UnsafeRawBufferPointer) {
    pending.append(data) { flush() }
  }

  private func flush() {
    guard pending.count > 0 else { return }
    writeAll(pending.filled)
    flushed += pending.count
    pending.empty()
  }

  /// Throws what went wrong writing the file so far, if anything did (a full disk, an I/O error).
  func check() throws(PaintError) {
    if let failure { throw .cannotWrite(path: path, reason: failure) }
  }

  /// Flushes the file to disk and renames it over the destination.
  func close() throws(PaintError) {
    flush()
    if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    if Glibc.close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
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
    Glibc.close(descriptor)
    descriptor = -1
    unlink(temporary)
    InterruptedBuild.forget()
  }

  private func writeAll(_ buffer: UnsafeRawBufferPointer) {
    guard failure == nil, let base = buffer.baseAddress else { return }
    var done = 0
    while done < buffer.count {
      let written = Glibc.write(descriptor, base + done, buffer.count - done)
      if written < 0 {
        if errno == EINTR { continue }
        failure = String(cString: strerror(errno))
        return
      }
      done += written
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
