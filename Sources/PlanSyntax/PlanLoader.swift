import FoundationEssentials
import PlanDiagnostics

/// A plan read from disk: its root file and every file it includes, parsed and bound.
public struct LoadedPlan: Sendable {
  /// The root file first, then included files in the order they were reached.
  public var files: [SyntaxFile]
  /// The bound statements of all files, with each `incluir` replaced by the included file's statements.
  public var nodes: [BoundNode]
  public var diagnostics: [Diagnostic]
  /// The plan's language: declared in `plan { idioma … }`, or detected from its keywords.
  public var language: Language
  /// The absolute path of every file an `incluir` inside the plan's folder names, whether it could
  /// be read or not (`plan watch` waits for a missing one to appear).
  public var includedPaths: [String] = []

  public func source(for path: String) -> SourceText? { files.first { $0.source.path == path }?.source }
}

/// Reads a plan and its includes. An include is resolved relative to the including file and must
/// stay inside the root file's folder; a missing file, an escape or a cycle is a located error.
public enum PlanLoader {
  /// Larger files are refused rather than exhausting memory.
  public static let maximumFileSize = 64 * 1024 * 1024

  public enum Failure: Error, Sendable {
    /// The root file could not be read (it does not exist, is a folder, or is not readable).
    case unreadable(path: String, reason: Localized)
  }

  public static func load(path: String) throws(Failure) -> LoadedPlan {
    let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    let bytes: [UInt8]
    switch read(url) {
    case .success(let data): bytes = data
    case .failure(let reason): throw .unreadable(path: path, reason: reason.localized)
    }
    return load(bytes: bytes, url: url, shownAs: displayPath(url.path, given: path))
  }

  /// Reads a plan whose main file is held in memory (an editor's unsaved buffer, standard input)
  /// as if it were the file at `path`: its `incluir` lines are read from disk relative to that
  /// file's folder, and every location names `path`.
  public static func load(bytes: [UInt8], path: String) -> LoadedPlan {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    return load(bytes: bytes, url: url, shownAs: displayPath(url.path, given: path))
  }

  private static func load(bytes: [UInt8], url: URL, shownAs path: String) -> LoadedPlan {
    let rootFolder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
    var state = LoadState(rootFolder: rootFolder)
    let root = Parser.parse(path: path, bytes: bytes)
    let language = LanguageDetection.declaredLanguage(root) ?? LanguageDetection.detect(root)
    state.language = language
    let nodes = state.expand(root, url: url)
    var loaded = LoadedPlan(
      files: state.files, nodes: nodes, diagnostics: state.diagnostics + repeatedTopLevel(nodes),
      language: language)
    loaded.includedPaths = state.includedPaths
    return loaded
  }

  /// Parses and binds text held in memory (no includes are followed).
  public static func load(text: String, path: String = "plan.plan") -> LoadedPlan {
    let file = Parser.parse(path: path, text: text)
    let language = LanguageDetection.declaredLanguage(file) ?? LanguageDetection.detect(file)
    if file.isUnreadable {
      return LoadedPlan(files: [file], nodes: [], diagnostics: file.diagnostics, language: language)
    }
    var binder = Binder(source: file.source, language: language)
    let nodes = binder.bind(file)
    return LoadedPlan(
      files: [file], nodes: nodes,
      diagnostics: file.diagnostics + binder.diagnostics + repeatedTopLevel(nodes),
      language: language)
  }

  /// A section that the plan has once (`vision`, `foda`…) written twice, maybe in two files.
  static func repeatedTopLevel(_ nodes: [BoundNode]) -> [Diagnostic] {
    var first: [String: SourceRange] = [:]
    var found: [Diagnostic] = []
    for node in nodes where !node.construct.repeatable {
      if let earlier = first[node.key] {
        found.append(
          SchemaProblem.repeated(node.range.source.text(node.range.offsets)).diagnostic(
            at: node.range,
            notes: [Note(Localized(es: "la primera vez está aquí", en: "first written here"), at: earlier)]))
      } else {
        first[node.key] = node.range
      }
    }
    return found
  }

  enum ReadFailure: Error {
    case missing, folder, tooLarge(Int), unreadable

    var localized: Localized {
      switch self {
      case .missing:
        return Localized(
          es: "el archivo no existe", en: "the file does not exist", pt: "o arquivo não existe")
      case .folder:
        return Localized(
          es: "es una carpeta, no un archivo", en: "it is a folder, not a file",
          pt: "é uma pasta, não um arquivo")
      case .tooLarge(let size):
        let megabytes = size / 1_048_576
        return Localized(
          es: "el archivo es demasiado grande (\(megabytes) MB; máximo 64 MB)",
          en: "the file is too large (\(megabytes) MB; at most 64 MB)",
          pt: "o arquivo é grande demais (\(megabytes) MB; máximo 64 MB)")
      case .unreadable:
        return Localized(
          es: "no se puede leer el archivo (revise sus permisos)",
          en: "the file cannot be read (check its permissions)",
          pt: "não é possível ler o arquivo (verifique suas permissões)")
      }
    }

    func text(_ language: Language) -> String { localized.text(language) }
  }

  static func read(_ url: URL) -> Result<[UInt8], ReadFailure> {
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      return .failure(.missing)
    }
    if isDirectory { return .failure(.folder) }
    if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
      let size = attributes[.size] as? Int, size > maximumFileSize
    {
      return .failure(.tooLarge(size))
    }
    guard let data = FileManager.default.contents(atPath: url.path) else { return .failure(.unreadable) }
    return .success([UInt8](data))
  }

  /// A path as people should see it: relative to the current folder when the file is below it.
  static func displayPath(_ absolute: String, given: String) -> String {
    if !given.hasPrefix("/") && given.firstRange(of: "..") == nil {
      return given.hasPrefix("./") ? String(given.dropFirst(2)) : given
    }
    let current = FileManager.default.currentDirectoryPath
    if absolute.hasPrefix(current + "/") { return String(absolute.dropFirst(current.count + 1)) }
    return absolute
  }
}

private struct LoadState {
  let rootFolder: String
  var language: Language = .es
  var files: [SyntaxFile] = []
  var diagnostics: [Diagnostic] = []
  /// Absolute paths of the files being expanded, to find cycles.
  var stack: [String] = []
  var loaded: Set<String> = []
  var includedPaths: [String] = []

  init(rootFolder: String) { self.rootFolder = rootFolder }

  mutating func expand(_ file: SyntaxFile, url: URL) -> [BoundNode] {
    files.append(file)
    diagnostics += file.diagnostics
    stack.append(url.path)
    loaded.insert(url.path)
    defer { stack.removeLast() }
    if file.isUnreadable { return [] }
    var binder = Binder(source: file.source, language: language)
    let nodes = binder.bind(file)
    diagnostics += binder.diagnostics
    var expanded: [BoundNode] = []
    for node in nodes {
      guard node.key == "incluir" else {
        expanded.append(node)
        continue
      }
      guard case .text(let relative) = node.values.first, let range = node.valueRanges.first else { continue }
      expanded += include(relative, from: url, at: range)
    }
    return expanded
  }

  private mutating func include(_ relative: String, from url: URL, at range: SourceRange) -> [BoundNode] {
    func fail(_ code: String, _ message: Localized, _ help: Localized? = nil, severity: Severity = .error)
      -> [BoundNode]
    {
      diagnostics.append(
        Diagnostic(code: code, severity: severity, message: message, range: range, help: help))
      return []
    }
    if relative.isEmpty {
      return fail("F002", Localized(es: "la ruta a incluir está vacía", en: "the path to include is empty"))
    }
    let target = URL(fileURLWithPath: relative, relativeTo: url.deletingLastPathComponent())
      .standardizedFileURL.resolvingSymlinksInPath()
    guard target.path.hasPrefix(rootFolder + "/") else {
      return fail(
        "F003",
        Localized(
          es: "`\(relative)` está fuera de la carpeta del plan",
          en: "`\(relative)` is outside the plan's folder"),
        Localized(
          es: "sólo se pueden incluir archivos de la carpeta del plan o de sus subcarpetas",
          en: "only files in the plan's folder or its subfolders can be included"))
    }
    if stack.contains(target.path) {
      let chain = (stack + [target.path]).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(
        separator: " → ")
      return fail(
        "F004",
        Localized(es: "inclusión circular: \(chain)", en: "circular include: \(chain)"),
        Localized(es: "quite uno de los `incluir` del ciclo", en: "remove one of the `include`s in the cycle")
      )
    }
    if loaded.contains(target.path) {
      return fail(
        "F005",
        Localized(es: "`\(relative)` ya fue incluido antes", en: "`\(relative)` was already included"),
        Localized(es: "quite este `incluir` repetido", en: "remove this repeated `include`"),
        severity: .warning)
    }
    includedPaths.append(target.path)
    switch PlanLoader.read(target) {
    case .failure(let reason):
      return fail(
        "F002",
        Localized(
          es: "no se puede incluir `\(relative)`: \(reason.text(.es))",
          en: "cannot include `\(relative)`: \(reason.text(.en))",
          pt: "não é possível incluir `\(relative)`: \(reason.text(.pt))"))
    case .success(let bytes):
      let file = Parser.parse(path: PlanLoader.displayPath(target.path, given: target.path), bytes: bytes)
      return expand(file, url: target)
    }
  }
}
