import FoundationEssentials

/// Finds plans in a folder: every `.plan` file below it, and among them the main plans — the files
/// no other file includes — so that `plan check carpeta/` checks each plan once, from its top.
public enum PlanDiscovery {
  /// Every `.plan` file below `folder`, sorted, as paths that start with `folder`. Hidden files and
  /// folders (`.git`, `.build`) are skipped; links to folders are not followed.
  public static func planFiles(in folder: String) -> [String] {
    var found: [String] = []
    walk(folder.hasSuffix("/") ? String(folder.dropLast()) : folder, depth: 0, into: &found)
    return found.sorted()
  }

  /// Folders nested deeper than this are not searched (a plan's folder is a few levels at most).
  static let maximumDepth = 16

  private static func walk(_ folder: String, depth: Int, into found: inout [String]) {
    guard depth <= maximumDepth,
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "/" : folder)
    else { return }
    for name in names where !name.hasPrefix(".") {
      let path = folder + "/" + name
      // Symbolic links to folders are not followed: no loops, no leaving the folder.
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
        let type = attributes[.type] as? FileAttributeType
      else { continue }
      if type == .typeDirectory {
        walk(path, depth: depth + 1, into: &found)
      } else if name.hasSuffix(".plan"), type == .typeRegular || isRegularFile(path) {
        found.append(path)
      }
    }
  }

  /// A symbolic link to a regular file counts as a plan file.
  private static func isRegularFile(_ path: String) -> Bool {
    var isDirectory = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory
  }

  /// The main plans below `folder`: the `.plan` files that no other `.plan` file of the folder
  /// includes and that are not period files (which their plan reads beside it). When every file is
  /// included by another (a cycle), the first of them in path order stands for the plan, so nothing
  /// is left unchecked; a folder of period files alone has them as its plans.
  public static func mainPlans(in folder: String) -> [String] {
    let files = planFiles(in: folder)
    var included = Set<String>()
    var periodOnly = Set<String>()
    for file in files {
      let read = contents(of: file)
      for target in read.includes where target != canonical(file) { included.insert(target) }
      if read.periodOnly { periodOnly.insert(file) }
    }
    let notIncluded = files.filter { !included.contains(canonical($0)) }
    let mains = notIncluded.filter { !periodOnly.contains($0) }
    if mains.isEmpty, !notIncluded.isEmpty { return notIncluded }
    if mains.isEmpty, let first = files.first { return [first] }
    return mains
  }

  /// The absolute, symlink-free paths a file's `incluir` lines name (unreadable files include
  /// nothing).
  static func includes(of path: String) -> [String] { contents(of: path).includes }

  /// What a file includes, and whether it holds only `periodo` blocks.
  static func contents(of path: String) -> (includes: [String], periodOnly: Bool) {
    let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    guard case .success(let bytes) = SafeFile.read(url.path, limit: PlanLoader.maximumFileSize) else {
      return ([], false)
    }
    let file = Parser.parse(path: path, bytes: bytes)
    if file.isUnreadable { return ([], false) }
    if PeriodFiles.isPeriodOnly(file) { return ([], true) }
    let language = LanguageDetection.declaredLanguage(file) ?? LanguageDetection.detect(file)
    var binder = Binder(source: file.source, language: language)
    // Only the top-level `incluir` statements are bound: the rest does not say what the file includes
    // (and the plan's loader binds it all again).
    let includes = file.items.compactMap { item -> String? in
      guard case .statement(let statement) = item, !statement.isMissingKeyword,
        binder.key(of: statement, in: nil) == "incluir",
        let node = binder.bindStatement(statement, context: nil),
        case .text(let relative) = node.values.first, !relative.isEmpty
      else {
        return nil
      }
      return URL(fileURLWithPath: relative, relativeTo: url.deletingLastPathComponent())
        .standardizedFileURL.resolvingSymlinksInPath().path
    }
    return (includes, false)
  }

  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
