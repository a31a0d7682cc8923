import FoundationEssentials
import PlanDiagnostics
import PlanDiff
import PlanSyntax

/// `plan check --base OLD`: the review of a change. Each finding of the plan is marked as
/// introduced by the change or already there; the previous version's findings it fixed are
/// counted (and listed in JSON and SARIF as `absent`); and what the change took away from the plan
/// (`V001`–`V004`) is reported as findings of the change.
public struct BaseComparison {
  public let base: String
  public private(set) var introduced = 0
  public private(set) var unchanged = 0
  public private(set) var fixed: [Diagnostic] = []
  public private(set) var failures: [ExecutionFailure] = []
  /// The name of each compared version (`HEAD~1:plans/x.plan`).
  public private(set) var names: [String] = []

  public init(base: String) {
    self.base = base
  }

  /// The new version's findings marked, with the change's own findings; nil when the previous
  /// version cannot be read (recorded in `failures`).
  public mutating func compare(_ plan: LoadedPlan, result: CheckResult, findings: [Diagnostic], path: String)
    -> [Diagnostic]?
  {
    let old: LoadedPlan
    switch PlanVersions.previous(base, of: path) {
    case .success(let (loaded, name)):
      old = loaded
      names.append(name)
    case .failure(let failure):
      failures.append(ExecutionFailure(path: path, reason: failure.message))
      return nil
    }
    let previous = Checker.check(old)
    let baseline = Baseline(
      new: findings, newRoot: Self.folder(plan), old: previous.diagnostics, oldRoot: Self.folder(old))
    var change = ChangeFindings.run(old: previous.plan, new: result.plan)
    for index in change.indices { change[index].baseline = .new }
    introduced += baseline.count(.new) + change.count
    unchanged += baseline.count(.unchanged)
    fixed += baseline.fixed
    return baseline.current + change
  }

  /// The folder of a plan's main file as its findings name it.
  static func folder(_ plan: LoadedPlan) -> String? {
    guard let path = plan.files.first?.source.path, let slash = path.lastIndex(of: "/") else { return nil }
    return String(path[..<slash])
  }

  /// `Respecto de HEAD~1: 2 hallazgos nuevos, 1 corregido, 40 que ya estaban (no se muestran: --todos).`
  public func summary(showingUnchanged: Bool) -> Localized {
    let name = names.first ?? base
    let (n, f, u) = (introduced, fixed.count, unchanged)
    let hiddenEs = showingUnchanged || u == 0 ? "" : " (no se muestran; --todos los muestra)"
    let hiddenEn = showingUnchanged || u == 0 ? "" : " (not shown; --all shows them)"
    let hiddenPt = showingUnchanged || u == 0 ? "" : " (não mostrados; --todos os mostra)"
    return Localized(
      es: "Respecto de \(name): \(n) \(n == 1 ? "hallazgo nuevo" : "hallazgos nuevos"), \(f) "
        + "\(f == 1 ? "corregido" : "corregidos"), \(u) que ya \(u == 1 ? "estaba" : "estaban")\(hiddenEs).",
      en: "Compared with \(name): \(n) new \(n == 1 ? "finding" : "findings"), \(f) fixed, \(u) already there"
        + "\(hiddenEn).",
      pt: "Em relação a \(name): \(n) \(n == 1 ? "achado novo" : "achados novos"), \(f) "
        + "\(f == 1 ? "corrigido" : "corrigidos"), \(u) que já \(u == 1 ? "estava" : "estavam")\(hiddenPt).")
  }

  /// The counts and the fixed findings, for JSON.
  public func json(_ reporter: JSONReporter) -> JSONValue {
    .object([
      ("base", .string(names.first ?? base)), ("new", .integer(introduced)),
      ("unchanged", .integer(unchanged)),
      ("absent", .integer(fixed.count)), ("fixed", .array(fixed.map(reporter.entry))),
    ])
  }
}
