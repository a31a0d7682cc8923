import FoundationEssentials
import Glibc
import PlanSyntax

/// Writes a file so that readers see either the old content or the new, never a half-written one:
/// the bytes go to a temporary file in the same folder, are flushed, then renamed over the target.
public enum AtomicFile {
  public struct Failure: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
  }

  /// Takes the bytes as they are (no copy into a `Data`: a long plan's PDF is tens of megabytes).
  /// Through a symbolic link, the file it points to is replaced and the link stays.
  public static func write(_ data: [UInt8], to given: String) throws(Failure) {
    let path = target(of: given)
    // What a process killed before it finished left behind.
    TemporaryFiles.removeStale(for: path)
    let temporary = TemporaryFiles.path(for: path)
    // Keep the permissions of the file being replaced.
    var mode: mode_t = 0o644
    var info = stat()
    if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, mode)
    guard descriptor >= 0 else {
      throw Failure(path: path, reason: String(cString: strerror(errno)))
    }
    var failure: String?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        offset += written
      }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    close(descriptor)
    if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw Failure(path: path, reason: failure)
    }
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
}
