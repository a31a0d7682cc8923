import PlanModel
import PlanSyntax

/// The four motivation axes side by side: each with its title, its objectives and how many actions
/// serve each one (an axis the plan declares not applicable says so).
public struct AxesDiagram: Sendable {
  public struct Objective: Sendable {
    public var id: String
    public var title: String
    public var actions: Int
    public init(id: String, title: String, actions: Int) {
      self.id = id
      self.title = title
      self.actions = actions
    }
  }

  public struct Column: Sendable {
    /// The axis kind, localized ("Político"), and the plan's title for it.
    public var kind: String
    public var title: String?
    public var objectives: [Objective]
    /// The reason the axis does not apply, when the plan says so.
    public var notApplicable: String?
    /// Distinct actions serving the axis's objectives.
    public var actions: Int
    public init(kind: String, title: String?, objectives: [Objective], notApplicable: String?, actions: Int) {
      self.kind = kind
      self.title = title
      self.objectives = objectives
      self.notApplicable = notApplicable
      self.actions = actions
    }
  }

  public var columns: [Column]
  /// "acciones" / "acción" and the words for an axis without objectives or not applicable.
  public var actionsLabel: (one: String, many: String)
  public var noObjectives: String
  public var notApplicableLabel: String

  public init(
    columns: [Column], actionsLabel: (one: String, many: String), noObjectives: String,
    notApplicableLabel: String
  ) {
    self.columns = columns
    self.actionsLabel = actionsLabel
    self.noObjectives = noObjectives
    self.notApplicableLabel = notApplicableLabel
  }
}

extension Composer {
  /// The axes the figure and the chapter show, motivation by motivation: every axis that works a
  /// motivation (several of one motivation each get their column), then thematic axes that serve
  /// none. A line declared not applicable is left out when another axis works its motivation.
  var motivationAxes: [(motivation: String?, axis: Axis)] {
    var shown: [(motivation: String?, axis: Axis)] = []
    for kind in Axis.motivationKinds {
      let serving = plan.axes.filter { $0.servedMotivation == kind }
      let applicable = serving.filter { $0.notApplicable == nil }
      for axis in applicable.isEmpty ? Array(serving.prefix(1)) : applicable { shown.append((kind, axis)) }
    }
    for axis in plan.axes where axis.kind == "tematico" && axis.servedMotivation == nil {
      shown.append((nil, axis))
    }
    return shown
  }

  func axesFigure() -> Figure? {
    let columns = motivationAxes.map { motivation, axis -> AxesDiagram.Column in
      let objectives = axis.objectives.map { objective in
        var title = PrintedLength.shortened(objective.title, to: PrintedLength.figureLabel)
        // The programmes that pursue the objective, under it.
        let programmes = plan.programmes.filter { $0.objectives.contains { $0.name == objective.id } }
        if !programmes.isEmpty {
          title += "\n" + programmes.map { labels.programmeName($0.title) }.joined(separator: ", ")
        }
        return AxesDiagram.Objective(
          id: objective.id, title: title, actions: actions(serving: objective.id).count)
      }
      let serving = Set(axis.objectives.flatMap { actions(serving: $0.id).map(\.id) })
      return AxesDiagram.Column(
        kind: labels.capitalised(labels.word(Vocabulary.axis, motivation ?? axis.kind)),
        title: axis.title.map { PrintedLength.shortened($0, to: PrintedLength.figureLabel) },
        objectives: objectives,
        notApplicable: axis.notApplicable?.value, actions: serving.count)
    }
    guard !columns.isEmpty else { return nil }
    let diagram = AxesDiagram(
      columns: columns,
      actionsLabel: labels.actionCountWords, noObjectives: labels.noObjectives,
      notApplicableLabel: labels.notApplicable)
    return Figure(
      caption: labels.axesCaption,
      anchor: "figura-ejes", diagram: .axes(diagram))
  }
}
