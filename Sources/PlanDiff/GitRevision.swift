import Foundation
import PlanSyntax

/// The files of a git revision (`HEAD~1`, a tag, a commit), read with `git ls-tree` and
/// `git cat-file`: nothing in the work tree or the index is touched. Paths are the work tree's
/// (absolute, below the repository's top folder), so a plan loads as if its old version were on disk.
public struct GitRevisionFileSystem: PlanFileSystem {
  /// The repository's top folder (absolute, links resolved).
  public let top: String
  /// The full commit id the revision names.
  public let commit: String
  /// Path below `top` → (blob id, size).
  private let blobs: [String: (object: String, size: Int)]
  private let folders: Set<String>

  /// Reads the tree of `revision` in the repository that holds `folder`; `nil` when `folder` is not
  /// in a git repository or `revision` names no commit there.
  public init?(revision: String, folder: String) {
    guard !revision.hasPrefix("-"),
      let top = Git.run(["rev-parse", "--show-toplevel"], in: folder).flatMap(Git.line),
      let commit = Git.run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: folder).flatMap(
        Git.line),
      let listing = Git.run(["ls-tree", "-r", "-l", "-z", "--full-tree", commit], in: folder)
    else { return nil }
    self.top = URL(fileURLWithPath: top).resolvingSymlinksInPath().path
    self.commit = commit
    var blobs: [String: (String, Int)] = [:]
    var folders: Set<String> = []
    // `<mode> SP <type> SP <object> SP+ <size> TAB <path> NUL`
    for entry in listing.split(separator: 0) {
      guard let tab = entry.firstIndex(of: 9) else { continue }
      let fields = entry[..<tab].split(separator: 32)
      let path = String(decoding: entry[(tab + 1)...], as: UTF8.self)
      guard fields.count == 4, String(decoding: fields[1], as: UTF8.self) == "blob",
        let size = Int(String(decoding: fields[3], as: UTF8.self))
      else { continue }
      blobs[path] = (String(decoding: fields[2], as: UTF8.self), size)
      var parts = path.split(separator: "/").dropLast()
      while !parts.isEmpty {
        folders.insert(parts.joined(separator: "/"))
        parts = parts.dropLast()
      }
    }
    self.blobs = blobs
    self.folders = folders
  }

  public func canonicalPath(_ path: String, relativeTo folder: String) -> String {
    MemoryFileSystem(files: [:]).canonicalPath(path, relativeTo: folder)
  }

  public func read(_ canonicalPath: String, limit: Int) -> Result<[UInt8], FileReadFailure> {
    guard canonicalPath.hasPrefix(top + "/") else { return .failure(.missing) }
    let path = String(canonicalPath.dropFirst(top.count + 1))
    guard let blob = blobs[path] else { return .failure(folders.contains(path) ? .folder : .missing) }
    if blob.size > limit { return .failure(.tooLarge(size: blob.size, limit: limit)) }
    guard let bytes = Git.run(["cat-file", "blob", blob.object], in: top) else {
      return .failure(.unreadable)
    }
    return .success(bytes)
  }

  /// Whether the revision has a file at this absolute work-tree path.
  public func hasFile(_ canonicalPath: String) -> Bool {
    canonicalPath.hasPrefix(top + "/") && blobs[String(canonicalPath.dropFirst(top.count + 1))] != nil
  }

  /// The short form of the commit (`3f2a1bc`).
  public var shortCommit: String { String(commit.prefix(7)) }
}

/// Runs git without a shell, without a pager and without prompts.
enum Git {
  static func run(_ arguments: [String], in folder: String) -> [UInt8]? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-c", "core.quotepath=off"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder, isDirectory: true)
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["GIT_PAGER"] = "cat"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? [UInt8](data) : nil
  }

  /// The first line of an output, without its line break.
  static func line(_ bytes: [UInt8]) -> String? {
    let text = String(decoding: bytes.prefix { $0 != 10 }, as: UTF8.self)
    return text.isEmpty ? nil : text
  }
}
