import PlanDiagnostics
import PlanSyntax
import PlanTemplates

/// Texts left as `plan init` wrote them ("Nombre Apellido", "Una fortaleza de la ciudad"): each is
/// an error where it is written (`M014`), so an unedited template cannot pass for a finished plan.
/// A short example name («Cámara de Comercio») counts only where the plan still holds longer
/// template texts: alone, it is more likely the real name of a real chamber.
enum PlaceholderCheck {
  /// Longer template texts a plan must still hold for its short example names to count.
  static let shortNamesNeed = 2

  /// The findings, and the top-level sections that hold them (a guideline met only through
  /// example texts is not met).
  static func run(_ nodes: [BoundNode]) -> (diagnostics: [Diagnostic], sections: Set<String>) {
    var found: [(diagnostic: Diagnostic, section: String, short: Bool)] = []
    for root in nodes {
      var stack = [root]
      while let node = stack.popLast() {
        stack += node.children
        for (index, value) in node.values.enumerated() {
          guard case .text(let text) = value, index < node.valueRanges.count else { continue }
          let folded = Placeholder.fold(Substring(text))
          guard let placeholder = Template.placeholder(matchingFolded: folded) else {
            continue
          }
          found.append(
            (
              ModelProblem.placeholder(placeholder.shown).diagnostic(at: node.valueRanges[index]), root.key,
              placeholder.isShortName
            ))
        }
      }
    }
    let longer = found.filter { !$0.short }.count
    let kept = longer >= shortNamesNeed ? found : found.filter { !$0.short }
    return (kept.map(\.diagnostic), Set(kept.map(\.section)))
  }
}
