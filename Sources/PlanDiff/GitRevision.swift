import FoundationEssentials
import Glibc
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

/// Runs git without a shell, a pager or prompts (`posix_spawnp`: the library links no Foundation
/// with ICU, which the typesetting libraries' own ICU headers would clash with).
enum Git {
  /// What git printed, or `nil` when it could not run or failed.
  static func run(_ arguments: [String], in folder: String) -> [UInt8]? {
    let words = ["git", "-C", folder, "-c", "core.quotepath=off"] + arguments
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for word in argv { free(word) } }
    var inherited: [String] = []
    var index = 0
    while let entry = environ[index] {
      let text = String(cString: entry)
      if !text.hasPrefix("GIT_TERMINAL_PROMPT="), !text.hasPrefix("GIT_PAGER=") { inherited.append(text) }
      index += 1
    }
    let environment: [UnsafeMutablePointer<CChar>?] =
      (inherited + ["GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat"]).map { strdup($0) } + [nil]
    defer { for entry in environment { free(entry) } }
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    var child: pid_t = 0
    let spawned = posix_spawnp(&child, "git", &actions, nil, argv, environment)
    close(pipeEnds[1])
    defer { close(pipeEnds[0]) }
    guard spawned == 0 else { return nil }
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      output += buffer[0..<count]
    }
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0, errno == EINTR {}
    // Exited normally with 0 (`WIFEXITED` and `WEXITSTATUS`, spelt out: Swift has no C macros).
    return status & 0x7F == 0 && (status >> 8) & 0xFF == 0 ? output : nil
  }

  /// The first line of an output, without its line break.
  static func line(_ bytes: [UInt8]) -> String? {
    let text = String(decoding: bytes.prefix { $0 != 10 }, as: UTF8.self)
    return text.isEmpty ? nil : text
  }
}
