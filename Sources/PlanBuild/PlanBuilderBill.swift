import PlanCheck
import PlanCommandLine
import PlanDiagnostics
import PlanDocument
import PlanLayout
import PlanPDF
import PlanSyntax

/// `plan ordenanza`: the bill (or the sanctioned ordinance) followed by the plan as Anexo I. The
/// two documents are laid out apart — each keeps its own running head, page numbers and contents —
/// and the plan's display list is appended to the bill's, its pages labelled «Anexo I-1»…
extension PlanBuilder {
  /// Which document a build writes.
  public enum Product: Sendable, Equatable {
    /// The plan (`plan build`).
    case plan
    /// The bill that submits it with the plan as Anexo I (`plan ordenanza`); the sanctioned text
    /// when the plan records its approval, unless `draft` (`--proyecto`).
    case bill(draft: Bool)
  }

  /// `plans/x/ciudad.plan` → `plans/x/ciudad-ordenanza.pdf`.
  public static func defaultBillOutput(for path: String) -> String {
    (path.hasSuffix(".plan") ? String(path.dropLast(5)) : path) + "-ordenanza.pdf"
  }

  /// The bill's and the plan's documents, and their pages one after the other.
  static func bill(
    for result: CheckResult, loaded: LoadedPlan, options: Options, draft: Bool, shaper: PangoShaper
  ) -> (bill: Document, plan: Document, list: DisplayList) {
    let families = Set(shaper.fonts.families)
    var plan = document(for: result, loaded: loaded, options: options, families: families)
    plan.runningTitle = BillBuilder.annexRunningTitle(result.plan)
    let errors = result.diagnostics.count(of: .error)
    let bill = BillBuilder.build(
      result, sources: SourceFingerprint.sources(of: loaded),
      date: DocumentDate.of(result, environment: options.environment), sanctioned: !draft,
      watermark: errors == 0 ? nil : BuildWords.withObservations.text(loaded.language),
      planVersion: planVersion,
      availableFamilies: families)
    let list = Layout.layout(bill, shaper: shaper).appending(
      annex: Layout.layout(plan, shaper: shaper), labelPrefix: BillWords(result.plan).annexPagePrefix)
    return (bill, plan, list)
  }
}
