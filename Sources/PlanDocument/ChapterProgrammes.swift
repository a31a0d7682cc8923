import PlanModel
import PlanSyntax

/// The programmes (or lines of work) between objectives and actions, in the action plan chapter:
/// one sub-section each, with what it pursues, who leads it, its actions and what they cost.
extension Composer {
  static func programmeAnchor(_ id: String) -> String { "programa-\(id)" }

  mutating func programmesSection() {
    writer.section(labels.programmes)
    writer.paragraph(labels.programmesIntro)
    for programme in plan.programmes {
      writer.subsection(
        labels.programmeName(programme.title),
        anchor: Composer.programmeAnchor(programme.id))
      writer.prose(programme.description)
      let members = plan.actions.filter { $0.programme?.name == programme.id }
      writer.definitions(
        [
          (labels.objectives, objectiveRuns(programme.objectives)),
          (labels.owner, programme.owner.map { [nameRun($0)] } ?? []),
          (labels.actionsCount, linkedList(members.map(\.id), anchor: Anchor.action)),
          (labels.budget, text(BudgetTotals(members.flatMap(\.budgets)).text(format))),
        ], omitEmpty: true)
    }
  }

  /// The programme's name, linked to its sub-section.
  func programmeRuns(_ action: Action) -> [InlineRun] {
    guard let reference = action.programme else { return [] }
    guard let programme = plan.programme(reference.name) else { return [InlineRun(reference.name)] }
    return [InlineRun(programme.title, link: Composer.programmeAnchor(programme.id))]
  }
}
