import PlanDiagnostics
import PlanSyntax
import PlanTemplates

/// Texts left as `plan init` wrote them ("Nombre Apellido", "Una fortaleza de la ciudad"): each is
/// an error where it is written (`M014`), so an unedited template cannot pass for a finished plan.
enum PlaceholderCheck {
  /// The findings, and the top-level sections that hold them (a guideline met only through
  /// example texts is not met).
  static func run(_ nodes: [BoundNode]) -> (diagnostics: [Diagnostic], sections: Set<String>) {
    var found: [Diagnostic] = []
    var sections: Set<String> = []
    for root in nodes {
      var stack = [root]
      while let node = stack.popLast() {
        stack += node.children
        for (index, value) in node.values.enumerated() {
          guard case .text(let text) = value, index < node.valueRanges.count else { continue }
          let folded = Placeholder.fold(Substring(text))
          guard let placeholder = Template.placeholders.first(where: { $0.matches(folded: folded) }) else {
            continue
          }
          sections.insert(root.key)
          found.append(ModelProblem.placeholder(placeholder.shown).diagnostic(at: node.valueRanges[index]))
        }
      }
    }
    return (found, sections)
  }
}
