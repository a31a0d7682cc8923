import PlanModel

/// The mind map of the brainstorm: the central idea, the branches around it and, as leaves of each
/// branch, the ideas the plan kept (discarded ideas are in their own table, not in the map).
public struct MindMapDiagram: Sendable {
  public struct Idea: Sendable {
    public var id: String
    public var text: String
    /// The idea's row in the table of kept ideas, when the document has it.
    public var link: String?
    public init(id: String, text: String, link: String? = nil) {
      self.id = id
      self.text = text
      self.link = link
    }
  }

  public struct Branch: Sendable {
    /// `nil` for the single group of a brainstorm that nobody grouped: its ideas hang from the
    /// centre itself.
    public var label: String?
    public var ideas: [Idea]
    public init(label: String?, ideas: [Idea]) {
      self.label = label
      self.ideas = ideas
    }
  }

  public var centre: String
  public var branches: [Branch]
  /// Heading of the numbered key a crowded map falls back to ("Ideas de cada número").
  public var keyTitle: String
  /// Marks a branch continued from the previous part ("(cont.)").
  public var continuedLabel: String

  public init(centre: String, branches: [Branch], keyTitle: String, continuedLabel: String) {
    self.centre = centre
    self.branches = branches
    self.keyTitle = keyTitle
    self.continuedLabel = continuedLabel
  }
}

extension Composer {
  /// The map of the kept ideas, or `nil` without a brainstorm. The branches are the mind map's;
  /// without one, the branch each idea names (or a single group when no idea names one).
  func mindMapFigure() -> Figure? {
    guard let brainstorm = plan.brainstorm else { return nil }
    let kept = brainstorm.ideas.filter { $0.discarded == nil }
    func idea(_ idea: Idea) -> MindMapDiagram.Idea {
      let anchor = Anchor.idea(idea.id)
      return MindMapDiagram.Idea(id: idea.id, text: idea.text, link: targets.contains(anchor) ? anchor : nil)
    }
    var branches: [MindMapDiagram.Branch] = []
    var placed: Set<String> = []
    let declared: [(id: String, label: String)] =
      plan.mindMap.map { $0.branches.map { ($0.id, $0.label) } }
      ?? uniqueBranchNames(kept).map { ($0, $0) }
    for branch in declared {
      let ideas = kept.filter { $0.branch?.name == branch.id }
      placed.formUnion(ideas.map(\.id))
      branches.append(MindMapDiagram.Branch(label: branch.label, ideas: ideas.map(idea)))
    }
    let others = kept.filter { !placed.contains($0.id) }
    if !others.isEmpty {
      // Ideas that name no branch (or one the map does not have): a group of their own, or the
      // only group, hanging from the centre, when there is no grouping at all.
      let label: String? = branches.isEmpty ? nil : labels.otherIdeas
      branches.append(MindMapDiagram.Branch(label: label, ideas: others.map(idea)))
    }
    let centre = plan.mindMap?.center ?? plan.slogan?.value ?? title
    let diagram = MindMapDiagram(
      centre: centre, branches: branches,
      keyTitle: labels.ideasByNumber, continuedLabel: labels.continuedShort)
    return Figure(
      caption: labels.mindMapCaption,
      anchor: "figura-mapa-mental", diagram: .mindMap(diagram))
  }

  /// The branch names ideas give, in order of first appearance.
  private func uniqueBranchNames(_ ideas: [Idea]) -> [String] {
    var names: [String] = []
    for name in ideas.compactMap(\.branch?.name) where !names.contains(name) { names.append(name) }
    return names
  }
}
