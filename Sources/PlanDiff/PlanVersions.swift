import FoundationEssentials
import PlanDiagnostics
import PlanSyntax

/// The two versions `plan diff` and `plan check --base` compare: the new one is a file or a folder
/// on disk; the old one a file, a folder, or a git revision of the new one's file.
public struct PlanVersions {
  public var old: LoadedPlan
  public var new: LoadedPlan
  /// How each version is named in reports: `HEAD~1:plans/x/x.plan`, `plans/x/x.plan`.
  public var oldName: String
  public var newName: String

  public enum Failure: Error, Equatable {
    /// The new version's file or folder cannot be read.
    case unreadable(path: String, reason: Localized)
    /// A folder with several main plans: which one is meant?
    case severalPlans(folder: String, plans: [String])
    /// A folder with no plan.
    case noPlan(folder: String)
    /// Neither a file, a folder nor a revision of the repository.
    case unknownOld(String)
    /// The revision has no file at the new version's path.
    case notInRevision(revision: String, path: String)

    public var message: Localized {
      switch self {
      case .unreadable(let path, let reason):
        return Localized(
          es: "\(path): \(reason.es)", en: "\(path): \(reason.en)", pt: "\(path): \(reason.text(.pt))")
      case .severalPlans(let folder, let plans):
        let list = plans.joined(separator: ", ")
        return Localized(
          es: "\(folder) tiene varios planes (\(list)); indique el archivo",
          en:
            "\(folder) holds several plans (\(list)); name the file",
          pt: "\(folder) tem vários planos (\(list)); indique o arquivo")
      case .noPlan(let folder):
        return Localized(
          es: "\(folder) no tiene ningún archivo .plan", en: "\(folder) holds no .plan file",
          pt: "\(folder) não tem nenhum arquivo .plan")
      case .unknownOld(let name):
        return Localized(
          es: "`\(name)` no es un archivo, una carpeta ni una revisión de git (por ejemplo HEAD~1, main o "
            + "una etiqueta) del repositorio del plan",
          en:
            "`\(name)` is not a file, a folder or a git revision (for example HEAD~1, main or a tag) of the "
            + "plan's repository",
          pt: "`\(name)` não é um arquivo, uma pasta nem uma revisão do git (por exemplo HEAD~1, main ou uma "
            + "etiqueta) do repositório do plano")
      case .notInRevision(let revision, let path):
        return Localized(
          es: "la revisión \(revision) no tiene el archivo \(path)",
          en: "revision \(revision) has no file \(path)",
          pt: "a revisão \(revision) não tem o arquivo \(path)")
      }
    }
  }

  /// Reads both versions. `old` is tried as a path first, then as a git revision of the repository
  /// that holds `new`.
  public static func load(old: String, new: String) -> Result<PlanVersions, Failure> {
    let newPath: String
    switch mainFile(new, preferring: nil) {
    case .success(let path): newPath = path
    case .failure(let failure): return .failure(failure)
    }
    let newPlan: LoadedPlan
    switch PlanLoader.open(path: newPath) {
    case .success(let plan): newPlan = plan
    case .failure(let reason): return .failure(.unreadable(path: newPath, reason: reason.reason))
    }
    switch previous(old, of: newPath) {
    case .success(let (oldPlan, oldName)):
      return .success(PlanVersions(old: oldPlan, new: newPlan, oldName: oldName, newName: newPath))
    case .failure(let failure): return .failure(failure)
    }
  }

  /// The previous version of the plan whose main file is `newPath`: `old` as a file or a folder
  /// when one exists there, else as a git revision of the repository that holds `newPath`.
  public static func previous(_ old: String, of newPath: String) -> Result<(LoadedPlan, String), Failure> {
    if FileManager.default.fileExists(atPath: old) {
      let name = URL(fileURLWithPath: newPath).lastPathComponent
      switch mainFile(old, preferring: name) {
      case .success(let oldPath):
        switch PlanLoader.open(path: oldPath) {
        case .success(let oldPlan): return .success((oldPlan, oldPath))
        case .failure(let reason): return .failure(.unreadable(path: oldPath, reason: reason.reason))
        }
      case .failure(let failure): return .failure(failure)
      }
    }
    let absolute = URL(fileURLWithPath: newPath).standardizedFileURL.resolvingSymlinksInPath()
    let folder = absolute.deletingLastPathComponent().path
    guard let revision = GitRevisionFileSystem(revision: old, folder: folder) else {
      return .failure(.unknownOld(old))
    }
    let relative = String(absolute.path.dropFirst(revision.top.count + 1))
    guard revision.hasFile(absolute.path) else {
      return .failure(.notInRevision(revision: old, path: relative))
    }
    // Loaded under the path the new version was given as, so both name their files alike.
    switch PlanLoader.open(path: newPath, fileSystem: RevisionAtPath(revision: revision)) {
    case .success(let oldPlan): return .success((oldPlan, "\(old):\(relative)"))
    case .failure(let reason): return .failure(.unreadable(path: "\(old):\(relative)", reason: reason.reason))
    }
  }

  /// A file as it is; a folder's one main plan (or the one called `name` when there are several).
  static func mainFile(_ path: String, preferring name: String?) -> Result<String, Failure> {
    var isFolder = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder else {
      return .success(path)
    }
    let mains = PlanDiscovery.mainPlans(in: path)
    if mains.count == 1 { return .success(mains[0]) }
    if let name, let match = mains.first(where: { $0.hasSuffix("/" + name) }) { return .success(match) }
    return mains.isEmpty
      ? .failure(.noPlan(folder: path)) : .failure(.severalPlans(folder: path, plans: mains))
  }
}

/// A revision's files under the work tree's paths, with the work tree's links resolved as the
/// disk would (a plan opened as `plans/x.plan` from a linked folder).
struct RevisionAtPath: PlanFileSystem {
  let revision: GitRevisionFileSystem

  func canonicalPath(_ path: String, relativeTo folder: String) -> String {
    let lexical = revision.canonicalPath(path, relativeTo: folder)
    if lexical.hasPrefix(revision.top + "/") { return lexical }
    // Outside the repository's top as written: resolve links the way the disk does.
    return DiskFileSystem().canonicalPath(path, relativeTo: folder)
  }

  func read(_ canonicalPath: String, limit: Int) -> Result<[UInt8], FileReadFailure> {
    revision.read(canonicalPath, limit: limit)
  }
}
