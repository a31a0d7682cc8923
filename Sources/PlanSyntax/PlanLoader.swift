import FoundationEssentials
import PlanDiagnostics
import PlanDigest

/// A plan read from disk: its root file and every file it includes, parsed and bound.
public struct LoadedPlan: Sendable {
  /// The root file first, then included files in the order they were reached.
  public var files: [SyntaxFile]
  /// The bound statements of all files, with each `incluir` replaced by the included file's statements.
  public var nodes: [BoundNode]
  public var diagnostics: [Diagnostic]
  /// The plan's language: declared in `plan { idioma … }`, or detected from its keywords.
  public var language: Language
  /// The root file's folder (absolute, links resolved): every file the plan names must lie below it.
  /// `nil` for a plan read from memory without a folder.
  public var rootFolder: String?
  /// Where the plan's files were read from, for the files named later (the crest image).
  public var fileSystem: any PlanFileSystem
  /// The absolute path of every file an `incluir` inside the plan's folder names, whether it could
  /// be read or not (`plan watch` waits for a missing one to appear).
  public var includedPaths: [String] = []
  /// Per file, the problems the lexer, parser and binder found beyond what they keep.
  public var uncollected: [String: DiagnosticCounts] = [:]
  /// The absolute path (links resolved) of each file, in the order of `files`; empty for a plan
  /// read from memory.
  public var canonicalPaths: [String] = []
  /// The SHA-256 (64 hexadecimal digits) of each file's bytes exactly as read, in the order of
  /// `files`: what `sha256sum` prints for that file, whatever repair its text needed.
  public var sourceDigests: [String] = []

  /// The absolute path of the file a source was read from.
  public func canonicalPath(of source: SourceText) -> String? {
    guard let index = files.firstIndex(where: { $0.source === source }), index < canonicalPaths.count else {
      return nil
    }
    return canonicalPaths[index]
  }

  public init(
    files: [SyntaxFile], nodes: [BoundNode], diagnostics: [Diagnostic], language: Language,
    rootFolder: String? = nil, fileSystem: any PlanFileSystem = DiskFileSystem()
  ) {
    self.files = files
    self.nodes = nodes
    self.diagnostics = diagnostics
    self.language = language
    self.rootFolder = rootFolder
    self.fileSystem = fileSystem
  }

  public func source(for path: String) -> SourceText? { files.first { $0.source.path == path }?.source }
}

/// Reads a plan and its includes. An include is resolved relative to the including file and must
/// stay inside the root file's folder; a missing file, an escape or a cycle is a located error.
public enum PlanLoader {
  /// Larger files are refused rather than exhausting memory (plans and includes; 64 MB).
  public static let maximumFileSize = 64 * 1024 * 1024

  public enum Failure: Error, Sendable {
    /// The root file could not be read (it does not exist, is a folder, or is not readable).
    case unreadable(path: String, reason: Localized)
  }

  /// Reads the plan at `path` and every file it includes.
  public static func load(path: String, fileSystem: any PlanFileSystem = DiskFileSystem()) throws(Failure)
    -> LoadedPlan
  {
    switch open(path: path, fileSystem: fileSystem) {
    case .success(let plan): return plan
    case .failure(let reason): throw .unreadable(path: path, reason: reason.reason)
    }
  }

  /// As `load(path:)`, with why the main file could not be read as a value.
  public static func open(path: String, fileSystem: any PlanFileSystem = DiskFileSystem())
    -> Result<LoadedPlan, FileReadFailure>
  {
    let current = FileManager.default.currentDirectoryPath
    let canonical = fileSystem.canonicalPath(path, relativeTo: current)
    switch fileSystem.read(canonical, limit: maximumFileSize) {
    case .success(let bytes):
      return .success(
        load(
          bytes: bytes, canonical: canonical, shownAs: displayPath(canonical, given: path),
          fileSystem: fileSystem))
    case .failure(let reason): return .failure(reason)
    }
  }

  /// Reads a plan whose main file is held in memory (an editor's unsaved buffer, standard input)
  /// as if it were the file at `path`: its `incluir` lines are read from disk relative to that
  /// file's folder, and every location names `path`.
  public static func load(bytes: [UInt8], path: String, fileSystem: any PlanFileSystem = DiskFileSystem())
    -> LoadedPlan
  {
    let current = FileManager.default.currentDirectoryPath
    let absolute = path.hasPrefix("/") ? path : current + "/" + path
    // The file itself need not exist; its folder, links resolved, is where includes are read.
    let folder = fileSystem.canonicalPath(PlanLoader.folder(of: absolute), relativeTo: current)
    let name = absolute.split(separator: "/").last.map(String.init) ?? path
    let canonical = (folder == "/" ? "" : folder) + "/" + name
    return load(
      bytes: bytes, canonical: canonical, shownAs: displayPath(canonical, given: path), fileSystem: fileSystem
    )
  }

  private static func load(
    bytes: [UInt8], canonical: String, shownAs path: String, fileSystem: any PlanFileSystem
  )
    -> LoadedPlan
  {
    let rootFolder = folder(of: canonical)
    var state = LoadState(rootFolder: rootFolder, fileSystem: fileSystem)
    let root = Parser.parse(path: path, bytes: bytes)
    state.digests.append(SHA256.hex(of: bytes))
    let language = LanguageDetection.declaredLanguage(root) ?? LanguageDetection.detect(root)
    state.language = language
    var nodes = state.expand(root, path: canonical)
    // A main plan also reads the period files beside it.
    if PlanContext.declaresPlan(root) { nodes += state.periodFiles(besidePlanIn: rootFolder) }
    var plan = LoadedPlan(
      files: state.files, nodes: nodes, diagnostics: state.diagnostics + repeatedTopLevel(nodes),
      language: language, rootFolder: rootFolder, fileSystem: fileSystem)
    plan.uncollected = state.uncollected
    plan.canonicalPaths = state.paths
    plan.sourceDigests = state.digests
    plan.includedPaths = state.includedPaths
    return plan
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
    var plan = LoadedPlan(
      files: [file], nodes: nodes,
      diagnostics: file.diagnostics + binder.diagnostics + repeatedTopLevel(nodes),
      language: language)
    let uncollected = file.uncollected + binder.uncollected
    if !uncollected.isEmpty { plan.uncollected[path] = uncollected }
    return plan
  }

  /// The folder of an absolute path (`/` for a file at the root).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }

  /// Whether a canonical path lies inside a folder (below it, not the folder itself).
  static func isInside(_ path: String, folder: String) -> Bool {
    folder == "/" ? path.count > 1 : path.hasPrefix(folder + "/")
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
            notes: [
              Note(
                Localized(
                  es: "la primera vez está aquí", en: "first written here", pt: "a primeira vez está aqui"),
                at: earlier)
            ]))
      } else {
        first[node.key] = node.range
      }
    }
    return found
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
  let fileSystem: any PlanFileSystem
  var language: Language = .es
  var files: [SyntaxFile] = []
  var diagnostics: [Diagnostic] = []
  /// Absolute paths of the files being expanded, to find cycles.
  var stack: [String] = []
  var loaded: Set<String> = []
  var uncollected: [String: DiagnosticCounts] = [:]
  /// The absolute path of each file in `files`.
  var paths: [String] = []
  /// The SHA-256 of each file in `files`, appended when its bytes are read.
  var digests: [String] = []
  var includedPaths: [String] = []

  init(rootFolder: String, fileSystem: any PlanFileSystem) {
    self.rootFolder = rootFolder
    self.fileSystem = fileSystem
  }

  mutating func expand(_ file: SyntaxFile, path: String) -> [BoundNode] {
    files.append(file)
    paths.append(path)
    diagnostics += file.diagnostics
    stack.append(path)
    loaded.insert(path)
    defer { stack.removeLast() }
    if file.isUnreadable { return [] }
    var binder = Binder(source: file.source, language: language)
    let nodes = binder.bind(file)
    diagnostics += binder.diagnostics
    let counted = file.uncollected + binder.uncollected
    if !counted.isEmpty { uncollected[file.source.path, default: DiagnosticCounts()] += counted }
    var expanded: [BoundNode] = []
    for node in nodes {
      guard node.key == "incluir" else {
        expanded.append(node)
        continue
      }
      guard case .text(let relative) = node.values.first, let range = node.valueRanges.first else { continue }
      expanded += include(relative, from: path, at: range)
    }
    return expanded
  }

  /// The period-only files in the plan's folder and its `seguimiento/` subfolder that no `incluir`
  /// read, in path order.
  mutating func periodFiles(besidePlanIn folder: String) -> [BoundNode] {
    var nodes: [BoundNode] = []
    for candidate in PeriodFiles.folders(besidePlanIn: folder).flatMap({
      PeriodFiles.planFiles(in: $0, fileSystem: fileSystem)
    }) {
      let target = fileSystem.canonicalPath(candidate, relativeTo: folder)
      guard !loaded.contains(target), PlanLoader.isInside(target, folder: rootFolder),
        case .success(let bytes) = fileSystem.read(target, limit: PlanLoader.maximumFileSize),
        PeriodFiles.mayBePeriodOnly(bytes)
      else { continue }
      let file = Parser.parse(path: PlanLoader.displayPath(target, given: target), bytes: bytes)
      if PeriodFiles.isPeriodOnly(file) { nodes += expand(file, path: target) }
    }
    return nodes
  }

  private mutating func include(_ relative: String, from including: String, at range: SourceRange)
    -> [BoundNode]
  {
    func fail(_ code: String, _ message: Localized, _ help: Localized? = nil, severity: Severity = .error)
      -> [BoundNode]
    {
      diagnostics.append(
        Diagnostic(code: code, severity: severity, message: message, range: range, help: help))
      return []
    }
    if relative.isEmpty {
      return fail(
        "F002",
        Localized(
          es: "la ruta a incluir está vacía", en: "the path to include is empty",
          pt: "o caminho a incluir está vazio"))
    }
    let target = fileSystem.canonicalPath(relative, relativeTo: PlanLoader.folder(of: including))
    guard PlanLoader.isInside(target, folder: rootFolder) else {
      return fail(
        "F003",
        Localized(
          es: "`\(relative)` está fuera de la carpeta del plan",
          en: "`\(relative)` is outside the plan's folder",
          pt: "`\(relative)` está fora da pasta do plano"),
        Localized(
          es: "sólo se pueden incluir archivos de la carpeta del plan o de sus subcarpetas",
          en: "only files in the plan's folder or its subfolders can be included",
          pt: "só é possível incluir arquivos da pasta do plano ou de suas subpastas"))
    }
    if stack.contains(target) {
      let chain = (stack + [target]).map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(
        separator: " → ")
      return fail(
        "F004",
        Localized(
          es: "inclusión circular: \(chain)", en: "circular include: \(chain)",
          pt: "inclusão circular: \(chain)"),
        Localized(
          es: "quite uno de los `incluir` del ciclo", en: "remove one of the `include`s in the cycle",
          pt: "remova um dos `incluir` do ciclo")
      )
    }
    if loaded.contains(target) {
      return fail(
        "F005",
        Localized(
          es: "`\(relative)` ya fue incluido antes", en: "`\(relative)` was already included",
          pt: "`\(relative)` já foi incluído antes"),
        Localized(
          es: "quite este `incluir` repetido", en: "remove this repeated `include`",
          pt: "remova este `incluir` repetido"),
        severity: .warning)
    }
    includedPaths.append(target)
    switch fileSystem.read(target, limit: PlanLoader.maximumFileSize) {
    case .failure(let reason):
      return fail(
        "F002",
        Localized(
          es: "no se puede incluir `\(relative)`: \(reason.reason.es)",
          en: "cannot include `\(relative)`: \(reason.reason.en)",
          pt: "não é possível incluir `\(relative)`: \(reason.reason.text(.pt))"))
    case .success(let bytes):
      let file = Parser.parse(path: PlanLoader.displayPath(target, given: target), bytes: bytes)
      digests.append(SHA256.hex(of: bytes))
      return expand(file, path: target)
    }
  }
}
