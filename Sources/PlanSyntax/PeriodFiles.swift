import FoundationEssentials

/// Monitoring files found beside a plan: a `.plan` file that holds only `periodo` blocks (for
/// example `seguimiento-2027.plan`), in the main plan's folder or in its `seguimiento/` subfolder,
/// is read with the plan without an `incluir`, so each department adds its year without touching the
/// approved plan. A file the plan already includes is not read twice.
public enum PeriodFiles {
  /// The subfolder, beside the main plan, where period files are also looked for.
  public static let folderName = "seguimiento"
  /// Candidate files read per folder at most: a folder of thousands of files must not slow a check.
  static let candidatesPerFolder = 200

  /// Whether a file holds `periodo` blocks and nothing else.
  public static func isPeriodOnly(_ file: SyntaxFile) -> Bool {
    guard !file.isUnreadable, !file.statements.isEmpty else { return false }
    return file.statements.allSatisfy { statement in
      let keyword = LanguageDetection.keyword(statement, in: file)
      return keyword == "periodo" || keyword == "period"
    }
  }

  /// Whether a file can be a period file, from its first word (after blank lines and comments):
  /// `periodo`, `período` or `period`, in any case. Any other file beside the plan (another plan,
  /// a 10 MB one) is never parsed to find out.
  public static func mayBePeriodOnly(_ bytes: [UInt8]) -> Bool {
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "#"):
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        index += 1
      default:
        // «per» then «iodo», «íodo» or «iod»: the full parse decides.
        let word = bytes[index...].prefix(3).map { $0 | 0x20 }
        return word == Array("per".utf8)
      }
    }
    return false
  }

  /// The folders where the period files of a plan whose main file is in `folder` are looked for.
  public static func folders(besidePlanIn folder: String) -> [String] {
    [folder, (folder == "/" ? "" : folder) + "/" + folderName]
  }

  /// The `.plan` files directly in `folder` (not below), sorted, hidden files left out.
  static func planFiles(in folder: String, fileSystem: any PlanFileSystem) -> [String] {
    let names = fileSystem.fileNames(in: folder).filter { $0.hasSuffix(".plan") && !$0.hasPrefix(".") }
    return names.sorted().prefix(candidatesPerFolder).map { (folder == "/" ? "" : folder) + "/" + $0 }
  }
}

extension PlanFileSystem {
  /// The disk's entries of a folder; none when it cannot be listed.
  public func fileNames(in folder: String) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
  }
}

extension MemoryFileSystem {
  /// The files directly in `folder`.
  public func fileNames(in folder: String) -> [String] {
    let prefix = folder == "/" ? "/" : folder + "/"
    return files.keys.compactMap { path in
      guard path.hasPrefix(prefix) else { return nil }
      let rest = path.dropFirst(prefix.count)
      return rest.isEmpty || rest.contains("/") ? nil : String(rest)
    }
  }
}
