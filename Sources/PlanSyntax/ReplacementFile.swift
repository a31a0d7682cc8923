import Glibc
import PlanDiagnostics

/// The one way `plan` replaces a file — the PDF, PNG pages, `plan fmt`, `plan init`, manual pages:
/// the bytes go to a new hidden temporary file in the same folder (`TemporaryFiles`), are flushed
/// to disk, then renamed over the target. A reader sees the old file or the new one, never half of
/// one; a failed or interrupted write leaves the old file as it was and no temporary file behind.
/// Through a symbolic link the file it points to is replaced and the link stays; the replaced file
/// keeps its permissions.
public final class ReplacementFile {
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var path: String
    /// The system's reason (`No space left on device`).
    public var reason: String
    public var description: String { "\(path): \(reason)" }
    /// What the user reads, in their language (the reason in the system's words).
    public var message: Localized {
      Localized(
        es: "no se puede escribir \(path): \(reason)", en: "cannot write \(path): \(reason)",
        pt: "não é possível gravar \(path): \(reason)")
    }
  }

  /// The file that will be replaced (links resolved).
  public let path: String
  public let temporary: String
  private var descriptor: Int32
  private var failure: String?

  /// Opens a new temporary file beside `target` (never an existing file or a link: two writers of
  /// one file never share one), after removing what killed processes left for it.
  public init(replacing target: String) throws(Failure) {
    let path = Self.target(of: target)
    self.path = path
    var mode: mode_t = 0o644
    var info = stat()
    if stat(path, &info) == 0 {
      // A device, a pipe, a socket or a folder is never replaced by a file (`-o /dev/null` run as
      // root would otherwise turn the device into a regular file for the whole machine).
      guard info.st_mode & S_IFMT == S_IFREG else {
        throw Failure(path: path, reason: Self.notRegular(info.st_mode & S_IFMT))
      }
      mode = info.st_mode & 0o7777
    }
    // What a process killed before it finished left behind (`kill -9`: no handler runs).
    TemporaryFiles.removeStale(for: path)
    var attempt = 0
    while true {
      let candidate = TemporaryFiles.path(for: path, attempt: attempt)
      // A Ctrl-C between creating the file and remembering it would leave it behind.
      let opened = InterruptedWrite.withSignalsHeld {
        let opened = open(candidate, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        if opened >= 0 { InterruptedWrite.remember(candidate) }
        return opened
      }
      if opened >= 0 {
        descriptor = opened
        temporary = candidate
        return
      }
      guard errno == EEXIST, attempt < 100 else { throw Failure(path: path, reason: Self.reason()) }
      attempt += 1
    }
  }

  deinit { discard() }

  /// Writes the whole file at once.
  public static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
    let file = try ReplacementFile(replacing: path)
    bytes.withUnsafeBytes { file.write($0) }
    try file.commit()
  }

  /// Appends bytes; a failure is remembered and reported by `check` or `commit`.
  public func write(_ buffer: UnsafeRawBufferPointer) {
    guard failure == nil, descriptor >= 0, let base = buffer.baseAddress else { return }
    var done = 0
    while done < buffer.count {
      let written = Glibc.write(descriptor, base + done, buffer.count - done)
      if written < 0 {
        if errno == EINTR { continue }
        failure = Self.reason()
        return
      }
      done += written
    }
  }

  /// Throws what went wrong writing so far, if anything did (a full disk, an I/O error).
  public func check() throws(Failure) {
    if let failure { throw Failure(path: path, reason: failure) }
  }

  /// Flushes the file to disk and renames it over the target; on any failure the temporary file
  /// is removed and the target is untouched.
  public func commit() throws(Failure) {
    guard descriptor >= 0 else { throw Failure(path: path, reason: failure ?? "closed") }
    if failure == nil, fsync(descriptor) != 0 { failure = Self.reason() }
    if Glibc.close(descriptor) != 0, failure == nil { failure = Self.reason() }
    descriptor = -1
    if failure == nil, rename(temporary, path) != 0 { failure = Self.reason() }
    InterruptedWrite.forget()
    if let failure {
      unlink(temporary)
      throw Failure(path: path, reason: failure)
    }
  }

  /// Removes the temporary file (the write failed, or was not to be kept).
  public func discard() {
    guard descriptor >= 0 else { return }
    Glibc.close(descriptor)
    descriptor = -1
    unlink(temporary)
    InterruptedWrite.forget()
  }

  /// The file a path names: itself, or, for a symbolic link, the file at the end of the links.
  public static func target(of path: String) -> String {
    var info = stat()
    guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else {
      return path
    }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func reason() -> String { String(cString: strerror(errno)) }

  /// Why a path that is not a regular file cannot be replaced, worded as `strerror` words the
  /// system's other reasons (the message around it is localized).
  private static func notRegular(_ type: mode_t) -> String {
    switch type {
    case S_IFDIR: return "Is a directory"
    case S_IFCHR, S_IFBLK: return "Is a device"
    default: return "Not a regular file"
    }
  }
}

/// The temporary file being written, if any, removed when the process is interrupted (Ctrl-C, a
/// terminated CI job): only a finished file ever takes the target's name, and an interrupted write
/// leaves nothing behind.
public enum InterruptedWrite {
  /// The temporary file's path as a C string, for the signal handler (which may only call
  /// async-signal-safe functions such as `unlink`).
  nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?

  /// Removes the temporary file on SIGINT, SIGTERM and SIGHUP, then lets the signal end the
  /// process as it would have. A signal the process was started ignoring (a background job's
  /// SIGINT) stays ignored.
  public static func removeTemporaryFileOnSignals() {
    for signal in [SIGINT, SIGTERM, SIGHUP] {
      let previous = Glibc.signal(signal) { number in
        if let path = InterruptedWrite.path { unlink(path) }
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
