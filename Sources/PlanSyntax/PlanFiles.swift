import FoundationEssentials
import Glibc
import PlanDiagnostics

/// Where a plan's files come from: the disk, or (for tests and the fuzzer) a folder held in memory.
/// Every file a plan names — the root, its includes, the crest image — is read through one of these,
/// so the same rules hold for all of them: regular files only, a size cap, and paths confined to the
/// plan's folder after symbolic links are resolved.
public protocol PlanFileSystem: Sendable {
  /// The absolute path of `path` (relative to `folder`, an absolute path, when it is not absolute),
  /// with `.`, `..` and symbolic links resolved as far as the file system allows.
  func canonicalPath(_ path: String, relativeTo folder: String) -> String
  /// At most `limit` bytes of a regular file; never waits on a FIFO or a device.
  func read(_ canonicalPath: String, limit: Int) -> Result<[UInt8], FileReadFailure>
  /// The names of the entries directly in a folder (to find the period files beside a plan).
  func fileNames(in folder: String) -> [String]
}

/// Why a file could not be read.
public enum FileReadFailure: Error, Sendable, Equatable {
  case missing
  case folder
  /// A FIFO, a device, a socket: reading it could wait for ever or never end.
  case notRegularFile
  /// Larger than the cap (the size found, at least `limit + 1`).
  case tooLarge(size: Int, limit: Int)
  case unreadable

  /// Says what happened, for messages ("no se puede incluir `x`: …").
  public var reason: Localized {
    switch self {
    case .missing:
      return Localized(es: "el archivo no existe", en: "the file does not exist", pt: "o arquivo não existe")
    case .folder:
      return Localized(
        es: "es una carpeta, no un archivo", en: "it is a folder, not a file",
        pt: "é uma pasta, não um arquivo")
    case .notRegularFile:
      return Localized(
        es: "no es un archivo común (es un dispositivo, una tubería o un socket)",
        en: "it is not a regular file (it is a device, a pipe or a socket)",
        pt: "não é um arquivo comum (é um dispositivo, um pipe ou um socket)")
    case .tooLarge(let size, let limit):
      let sizeText = FileReadFailure.megabytes(size)
      let limitText = FileReadFailure.megabytes(limit)
      return Localized(
        es: "el archivo es demasiado grande (\(sizeText) MB; el máximo es \(limitText) MB)",
        en: "the file is too large (\(sizeText) MB; at most \(limitText) MB)",
        pt: "o arquivo é grande demais (\(sizeText) MB; o máximo é \(limitText) MB)")
    case .unreadable:
      return Localized(
        es: "no se puede leer el archivo (revise sus permisos)",
        en: "the file cannot be read (check its permissions)",
        pt: "não é possível ler o arquivo (verifique as permissões)")
    }
  }

  /// Megabytes (2²⁰ bytes) with as many decimals as it takes to tell a size just over the cap from
  /// the cap itself: `64`, `64.000001`.
  static func megabytes(_ bytes: Int) -> String {
    let whole = bytes / 1_048_576
    var remainder = bytes % 1_048_576
    guard remainder > 0 else { return String(whole) }
    var digits = ""
    while remainder > 0, digits.count < 6 {
      remainder *= 10
      digits += String(remainder / 1_048_576)
      remainder %= 1_048_576
    }
    if remainder > 0, let last = digits.last, last != "9" {
      // Rounded up, so a size over the cap never prints as the cap.
      digits = String(digits.dropLast()) + String(Int(String(last))! + 1)
    }
    while digits.hasSuffix("0") { digits.removeLast() }
    return digits.isEmpty ? String(whole) : "\(whole).\(digits)"
  }
}

/// The real file system.
public struct DiskFileSystem: PlanFileSystem {
  public init() {}

  public func canonicalPath(_ path: String, relativeTo folder: String) -> String {
    let base = URL(fileURLWithPath: folder, isDirectory: true)
    return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.resolvingSymlinksInPath().path
  }

  public func read(_ canonicalPath: String, limit: Int) -> Result<[UInt8], FileReadFailure> {
    SafeFile.read(canonicalPath, limit: limit)
  }
}

/// A folder held in memory: absolute paths → bytes. No symbolic links, no special files.
public struct MemoryFileSystem: PlanFileSystem {
  public var files: [String: [UInt8]]

  public init(files: [String: [UInt8]]) {
    self.files = files
  }

  public func canonicalPath(_ path: String, relativeTo folder: String) -> String {
    let joined = path.hasPrefix("/") ? path : folder + "/" + path
    var parts: [Substring] = []
    for part in joined.split(separator: "/") where part != "." {
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
      } else {
        parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  public func read(_ canonicalPath: String, limit: Int) -> Result<[UInt8], FileReadFailure> {
    guard let bytes = files[canonicalPath] else {
      let folder = canonicalPath + "/"
      return files.keys.contains { $0.hasPrefix(folder) } ? .failure(.folder) : .failure(.missing)
    }
    if bytes.count > limit { return .failure(.tooLarge(size: bytes.count, limit: limit)) }
    return .success(bytes)
  }
}

/// Reading a file from disk without trusting it.
public enum SafeFile {
  /// The bytes of a regular file of at most `limit` bytes. The file is opened without blocking (a
  /// FIFO would otherwise wait for a writer), checked with `fstat` on the open descriptor (not the
  /// path, which could change in between), and read up to one byte past the cap (a file that grows
  /// while it is read is still refused).
  public static func read(_ path: String, limit: Int) -> Result<[UInt8], FileReadFailure> {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      switch errno {
      case ENOENT, ENOTDIR: return .failure(.missing)
      case EISDIR: return .failure(.folder)
      case ENXIO: return .failure(.notRegularFile)
      default: return .failure(.unreadable)
      }
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable) }
    let type = info.st_mode & S_IFMT
    if type == S_IFDIR { return .failure(.folder) }
    guard type == S_IFREG else { return .failure(.notRegularFile) }
    let size = Int(info.st_size)
    if size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
    // Reads are blocking again: a regular file never makes them wait for long.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    let capacity = min(size, limit) + 1
    var bytes = [UInt8](repeating: 0, count: capacity)
    var count = 0
    var failed = false
    bytes.withUnsafeMutableBytes { buffer in
      while count < capacity {
        let got = Glibc.read(descriptor, buffer.baseAddress! + count, capacity - count)
        if got < 0 {
          if errno == EINTR { continue }
          failed = true
          return
        }
        if got == 0 { return }
        count += got
      }
    }
    if failed { return .failure(.unreadable) }
    // The file grew past the cap while it was read.
    if count > limit { return .failure(.tooLarge(size: count, limit: limit)) }
    bytes.removeLast(capacity - count)
    return .success(bytes)
  }
}
