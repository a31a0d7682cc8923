import FoundationEssentials
import PlanDiagnostics

/// `plan check acciones.plan` on a file that a main plan includes: the file is checked as part of
/// that plan (its references resolve, its rules apply to the whole plan) and the report keeps the
/// findings in that file; `--solo` checks it alone. The main plan is looked for in the file's
/// folder and up to `searchDepth` folders above it (never above the repository root): a `.plan`
/// file with an `incluir` that names this one, followed up to the file that has the `plan { … }`
/// block.
public struct PlanContext: Sendable {
  /// The plan to check: the main plan, or the file alone.
  public var plan: LoadedPlan
  /// The file whose findings the report keeps, when the plan is its main plan's.
  public var focus: SourceText?
  /// "acciones.plan es parte del plan villa-aurora.plan (…)": said once, before the report.
  public var note: Localized?

  public init(plan: LoadedPlan, focus: SourceText? = nil, note: Localized? = nil) {
    self.plan = plan
    self.focus = focus
    self.note = note
  }

  static let searchDepth = 3
  /// Candidate files read per folder at most (and each at most this large): a folder of thousands
  /// of plans must not make a check slow.
  static let candidatesPerFolder = 200
  static let candidateSize = 4 * 1024 * 1024

  public static func load(path: String, solo: Bool) -> Result<PlanContext, FileReadFailure> {
    let alone: LoadedPlan
    switch PlanLoader.open(path: path) {
    case .success(let plan): alone = plan
    case .failure(let reason): return .failure(reason)
    }
    guard !solo, let root = alone.files.first, !root.isUnreadable, !declaresPlan(root),
      let canonical = alone.canonicalPaths.first
    else { return .success(PlanContext(plan: alone)) }
    guard let (main, includer, line) = mainPlan(including: canonical) else {
      // A period file no plan includes belongs to the plan beside it.
      guard PeriodFiles.isPeriodOnly(root), let context = besidePlan(of: canonical, shownAs: path) else {
        return .success(PlanContext(plan: alone))
      }
      return .success(context)
    }
    guard case .success(let plan) = PlanLoader.open(path: PlanLoader.displayPath(main, given: main)),
      let index = plan.canonicalPaths.firstIndex(of: canonical)
    else { return .success(PlanContext(plan: alone)) }
    let shownMain = TerminalText.escape(plan.files[0].source.path)
    let shownFile = TerminalText.escape(path)
    let shownIncluder = TerminalText.escape(
      plan.canonicalPaths.firstIndex(of: includer).map { plan.files[$0].source.path } ?? includer)
    let note = Localized(
      es:
        "\(shownFile) es parte del plan \(shownMain) (\(shownIncluder) lo incluye en la línea \(line)): se revisa "
        + "dentro de ese plan y se muestran los hallazgos de \(shownFile); use --solo para revisarlo solo",
      en:
        "\(shownFile) is part of the plan \(shownMain) (\(shownIncluder) includes it on line \(line)): it is "
        + "checked within that plan and the findings in \(shownFile) are shown; use --solo to check it alone",
      pt:
        "\(shownFile) faz parte do plano \(shownMain) (\(shownIncluder) o inclui na linha \(line)): é verificado "
        + "dentro desse plano e são mostradas as constatações de \(shownFile); use --solo para verificá-lo sozinho"
    )
    return .success(PlanContext(plan: plan, focus: plan.files[index].source, note: note))
  }

  /// A period file checked within the main plan of its folder, or of the folder above (the plan of a
  /// `seguimiento/` subfolder): the plan reads it without an `incluir`.
  static func besidePlan(of canonical: String, shownAs path: String) -> PlanContext? {
    let folder = PlanLoader.folder(of: canonical)
    for candidate in [folder, PlanLoader.folder(of: folder)] {
      guard let main = planDeclaring(in: candidate),
        case .success(let plan) = PlanLoader.open(path: PlanLoader.displayPath(main, given: main)),
        let index = plan.canonicalPaths.firstIndex(of: canonical)
      else { continue }
      let shownMain = TerminalText.escape(plan.files[0].source.path)
      let shownFile = TerminalText.escape(path)
      let note = Localized(
        es:
          "\(shownFile) es un archivo de seguimiento del plan \(shownMain), que lo lee junto a él: se revisa "
          + "dentro de ese plan y se muestran los hallazgos de \(shownFile); use --solo para revisarlo solo",
        en:
          "\(shownFile) is a monitoring file of the plan \(shownMain), which reads it beside it: it is "
          + "checked within that plan and the findings in \(shownFile) are shown; use --solo to check it alone",
        pt:
          "\(shownFile) é um arquivo de acompanhamento do plano \(shownMain), que o lê junto a ele: é "
          + "verificado dentro desse plano e são mostradas as constatações de \(shownFile); use --solo para "
          + "verificá-lo sozinho")
      return PlanContext(plan: plan, focus: plan.files[index].source, note: note)
    }
    return nil
  }

  /// The first `.plan` file of a folder (in name order) with the `plan { … }` block.
  static func planDeclaring(in folder: String) -> String? {
    let disk = DiskFileSystem()
    for candidate in PeriodFiles.planFiles(in: folder, fileSystem: disk) {
      guard case .success(let bytes) = disk.read(candidate, limit: candidateSize) else { continue }
      if declaresPlan(Parser.parse(path: candidate, bytes: bytes)) { return candidate }
    }
    return nil
  }

  /// The diagnostics to report: all of them, or the ones in the focus file.
  public func kept(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    guard let focus else { return diagnostics }
    return diagnostics.filter { $0.range.source === focus }
  }

  /// What is counted but not listed, for the focus file only (held-back findings are the plan's).
  public func kept(_ omissions: Omissions) -> Omissions {
    guard let focus else { return omissions }
    return Omissions(
      uncollected: omissions.uncollected.filter { $0.key == focus.path }, heldBack: omissions.heldBack)
  }

  /// Whether the file has the `plan { … }` block: then it is a main plan itself.
  static func declaresPlan(_ file: SyntaxFile) -> Bool {
    file.statements.contains { LanguageDetection.means(LanguageDetection.keyword($0, in: file), "plan") }
  }

  /// The main plan that includes `canonical` (directly or through other included files), the file
  /// that includes it directly, and the line of that `incluir`.
  static func mainPlan(including canonical: String) -> (main: String, includer: String, line: Int)? {
    var target = canonical
    var direct: (String, Int)?
    var visited: Set<String> = [canonical]
    // Each step finds who includes `target`; a file with the plan block ends the search.
    for _ in 0..<8 {
      guard let (includer, line, isMain) = includer(of: target), visited.insert(includer).inserted else {
        return nil
      }
      if direct == nil { direct = (includer, line) }
      if isMain, let (first, firstLine) = direct { return (includer, first, firstLine) }
      target = includer
    }
    return nil
  }

  /// A `.plan` file, in the folder of `target` or above, with an `incluir` that names it.
  static func includer(of target: String) -> (path: String, line: Int, isMain: Bool)? {
    let disk = DiskFileSystem()
    var folder = PlanLoader.folder(of: target)
    for _ in 0...searchDepth {
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".plan") }.sorted().prefix(candidatesPerFolder)
      for name in names {
        let candidate = folder == "/" ? "/" + name : folder + "/" + name
        guard candidate != target, case .success(let bytes) = disk.read(candidate, limit: candidateSize)
        else {
          continue
        }
        let file = Parser.parse(path: candidate, bytes: bytes)
        for statement in file.statements {
          let keyword = LanguageDetection.keyword(statement, in: file)
          guard LanguageDetection.means(keyword, "incluir"),
            case .token(let token) = statement.values.first, token.kind == .string
          else { continue }
          let relative = TextLiterals.decodeString(file.source.text(of: token))
          if disk.canonicalPath(relative, relativeTo: folder) == target {
            return (candidate, file.source.line(of: statement.keyword.start), declaresPlan(file))
          }
        }
      }
      // The repository root is as far as a plan reaches.
      if folder == "/" || FileManager.default.fileExists(atPath: folder + "/.git") { break }
      folder = PlanLoader.folder(of: folder)
    }
    return nil
  }
}
