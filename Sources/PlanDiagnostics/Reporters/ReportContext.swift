import FoundationEssentials

/// What every reporter needs besides the diagnostics: who is reporting, in which language, which
/// rules exist, which files were checked, and where the repository root is, so that paths come out
/// relative to it (GitHub matches annotations and code-scanning alerts by repository-relative path).
public struct ReportContext: Sendable {
  /// The `plan` version, e.g. `0.1.0` (SARIF `semanticVersion`, JSON `tool.version`).
  public var toolVersion: String
  /// The language of the messages.
  public var language: Language
  /// Looks up the source of a file (by `SourceRange.file`) for the text report's snippets.
  public var sources: @Sendable (String) -> SourceText?
  /// Every rule and code the tool knows: SARIF lists them as `rules`, JSON lists the ones used.
  public var rules: [RuleDescriptor]
  /// The root files that were checked, as the user gave them.
  public var files: [String]
  /// How many files were read, roots and the files they include (the summary line counts these).
  public var fileCount: Int
  /// Absolute path that output paths are made relative to: the repository root.
  public var baseDirectory: String
  /// Absolute path that relative paths in diagnostics are relative to: where the command ran.
  public var currentDirectory: String
  /// Why some input could not be checked (a missing file, a folder with no plan): the run did not
  /// complete, and the machine formats must not read as a clean run.
  public var failures: [ExecutionFailure] = []

  /// - Parameters:
  ///   - fileCount: defaults to `files.count`.
  ///   - currentDirectory: defaults to the process's current directory.
  ///   - baseDirectory: defaults to the repository root above `currentDirectory`
  ///     (see `repositoryRoot(from:)`).
  public init(
    toolVersion: String, language: Language,
    sources: @escaping @Sendable (String) -> SourceText? = { _ in nil },
    rules: [RuleDescriptor] = [], files: [String] = [], fileCount: Int? = nil,
    baseDirectory: String? = nil, currentDirectory: String? = nil
  ) {
    let current = PathText.normalize(currentDirectory ?? FileManager.default.currentDirectoryPath)
    self.toolVersion = toolVersion
    self.language = language
    self.sources = sources
    self.rules = rules
    self.files = files
    self.fileCount = fileCount ?? files.count
    self.currentDirectory = current
    self.baseDirectory = PathText.normalize(
      baseDirectory.map { PathText.absolute($0, from: current) } ?? Self.repositoryRoot(from: current))
  }

  /// The first folder, from `directory` upwards, that contains `.git` (a folder, or a file in a
  /// worktree or submodule); `directory` itself when there is none. A relative `directory` is taken
  /// from the current directory.
  public static func repositoryRoot(from directory: String) -> String {
    let start = PathText.normalize(
      PathText.absolute(directory, from: FileManager.default.currentDirectoryPath))
    var folder = start
    while true {
      let marker = folder == "/" ? "/.git" : folder + "/.git"
      if FileManager.default.fileExists(atPath: marker) { return folder }
      guard folder != "/", let slash = folder.lastIndex(of: "/") else { return start }
      folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
    }
  }

  /// The repository root above the process's current directory.
  public static func currentRepositoryRoot() -> String {
    repositoryRoot(from: FileManager.default.currentDirectoryPath)
  }

  /// `path` (relative to `currentDirectory`, or absolute) relative to `baseDirectory`, with `/`
  /// separators and no `.` or `..`; the normalized absolute path when the file lies outside.
  public func relativePath(_ path: String) -> String {
    let absolute = PathText.normalize(PathText.absolute(path, from: currentDirectory))
    if baseDirectory == "/" { return String(absolute.dropFirst()) }
    if absolute.hasPrefix(baseDirectory + "/") {
      return String(absolute.dropFirst(baseDirectory.count + 1))
    }
    return absolute
  }

  /// Whether `relativePath(path)` is inside `baseDirectory`.
  public func isInsideBase(_ path: String) -> Bool {
    !relativePath(path).hasPrefix("/")
  }

  /// The descriptor for a code, if the tool knows it.
  public func rule(_ id: String) -> RuleDescriptor? {
    rules.first { $0.id == id }
  }
}

/// An input `plan` could not check, and why, in every language.
public struct ExecutionFailure: Sendable, Hashable {
  /// The path as the user gave it, when the failure is about one.
  public var path: String?
  public var reason: Localized

  public init(path: String?, reason: Localized) {
    self.path = path
    self.reason = reason
  }

  /// `path: reason`, or the reason alone.
  public func text(_ language: Language) -> String {
    (path.map { "\($0): " } ?? "") + reason.text(language)
  }
}

/// Path arithmetic on strings: no file-system access, no symbolic links resolved, so the same
/// input always gives the same output.
public enum PathText {
  public static func absolute(_ path: String, from directory: String) -> String {
    if path.hasPrefix("/") { return path }
    return directory + "/" + path
  }

  /// Removes empty and `.` components and resolves `..`; the result starts with `/`.
  public static func normalize(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }
}

/// Diagnostics in report order: `sortedForOutput()`, with ties (same file, start, code and English
/// message) broken by everything else a report shows, so shuffled input gives the same bytes.
extension Array where Element == Diagnostic {
  func sortedForReport() -> [Diagnostic] {
    let sorted = sortedForOutput()
    var result: [Diagnostic] = []
    result.reserveCapacity(sorted.count)
    var start = 0
    while start < sorted.count {
      var end = start + 1
      while end < sorted.count, Self.sameOutputKey(sorted[start], sorted[end]) { end += 1 }
      if end - start == 1 {
        result.append(sorted[start])
      } else {
        let run = sorted[start..<end].map { ($0, Self.fingerprint($0)) }
        result += run.sorted { $0.1 < $1.1 }.map(\.0)
      }
      start = end
    }
    return result
  }

  private static func sameOutputKey(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    a.range.file == b.range.file && a.range.offsets.lowerBound == b.range.offsets.lowerBound
      && a.code == b.code && a.message.en == b.message.en
  }

  /// Every field of a diagnostic, in a fixed order, as one string.
  private static func fingerprint(_ d: Diagnostic) -> String {
    func range(_ r: SourceRange?) -> JSONValue {
      guard let r else { return .null }
      return [.string(r.file), .integer(r.offsets.lowerBound), .integer(r.offsets.upperBound)]
    }
    func text(_ l: Localized?) -> JSONValue {
      guard let l else { return .null }
      return [.string(l.es), .string(l.en), .string(l.pt)]
    }
    let value: JSONValue = [
      .string(d.severity.rawValue), range(d.range), text(d.message), text(d.help),
      .array(d.notes.map { [text($0.message), range($0.range)] }),
      .array(d.fixIts.map { [range($0.range), .string($0.replacement)] }),
    ]
    return value.compact()
  }
}
