import Glibc

/// The temporary files `plan` writes beside a file it replaces (`plan fmt`, `plan init`, the PDF
/// of `plan build`): `.name.PID.tmp` (or `.name.PID.N.tmp`), hidden, in the same folder, renamed
/// over the file when complete. A process killed before the rename (`kill -9`, a power cut) leaves
/// its temporary file; the next write of the same file removes it.
public enum TemporaryFiles {
  /// `folder/.name.PID.tmp`, or `folder/.name.PID.N.tmp` for a later attempt.
  public static func path(for target: String, process: Int32 = getpid(), attempt: Int = 0) -> String {
    let (folder, name) = split(target)
    return folder + ".\(name).\(process)" + (attempt == 0 ? "" : ".\(attempt)") + ".tmp"
  }

  /// Removes the temporary files that earlier processes left for `target`: only names of exactly
  /// this pattern, only regular files (never a link) owned by this user, only when the process that
  /// wrote it no longer exists. Returns what it removed.
  @discardableResult
  public static func removeStale(for target: String) -> [String] {
    let (folder, name) = split(target)
    let prefix = ".\(name)."
    guard let directory = opendir(folder.isEmpty ? "." : folder) else { return [] }
    defer { closedir(directory) }
    var removed: [String] = []
    while let entry = readdir(directory) {
      let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard entryName.hasPrefix(prefix), entryName.hasSuffix(".tmp"),
        let process = Self.process(inSuffix: entryName.dropFirst(prefix.count).dropLast(4))
      else { continue }
      // A process that still runs (another build of the same file) keeps its file.
      if process == getpid() || kill(process, 0) == 0 || errno != ESRCH { continue }
      let path = folder + entryName
      var info = stat()
      guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == getuid() else {
        continue
      }
      if unlink(path) == 0 { removed.append(path) }
    }
    return removed
  }

  /// `PID` or `PID.N` (digits only) → the process number.
  static func process(inSuffix suffix: Substring) -> Int32? {
    let parts = suffix.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let process = Int32(parts[0]), process > 0
    else { return nil }
    return process
  }

  /// The folder (with its trailing `/`, or empty) and the file name.
  private static func split(_ path: String) -> (String, String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    return (String(path[...slash]), String(path[path.index(after: slash)...]))
  }
}
