import PlanModel
import PlanSyntax

/// Which internationalization tools serve which motivation axes: a row per tool, a column per
/// axis, and in each cell the number of actions that use the tool for an objective of the axis.
public struct ToolMatrixDiagram: Sendable {
  public struct Row: Sendable {
    public var tool: String
    /// Action counts, one per column.
    public var counts: [Int]
    public init(tool: String, counts: [Int]) {
      self.tool = tool
      self.counts = counts
    }
  }

  public var toolHeading: String
  public var columns: [String]
  public var rows: [Row]
  /// The row of totals' label ("Total de acciones").
  public var totalLabel: String
  public init(toolHeading: String, columns: [String], rows: [Row], totalLabel: String) {
    self.toolHeading = toolHeading
    self.columns = columns
    self.rows = rows
    self.totalLabel = totalLabel
  }
}

extension Composer {
  func toolMatrixFigure() -> Figure? {
    // A thematic axis counts in the motivation it serves; those that serve none share a column.
    func column(_ axis: Axis) -> String? {
      axis.servedMotivation ?? (axis.kind == "tematico" ? "tematico" : nil)
    }
    let kinds = (Axis.motivationKinds + ["tematico"]).filter { kind in
      plan.axes.contains { column($0) == kind && (kind != "tematico" || !$0.objectives.isEmpty) }
    }
    // Declared tools first, in the plan's order, then tools only actions name.
    var tools = plan.tools.map(\.kind)
    for action in plan.actions {
      if let tool = action.tool?.value, !tools.contains(tool) { tools.append(tool) }
    }
    guard !kinds.isEmpty, !tools.isEmpty else { return nil }
    func axisKinds(_ action: Action) -> Set<String> {
      Set(
        action.objectives.compactMap { reference in
          plan.axes.first { $0.objectives.contains { $0.id == reference.name } }.flatMap(column)
        })
    }
    let rows = tools.map { tool in
      let using = plan.actions.filter { $0.tool?.value == tool }
      return ToolMatrixDiagram.Row(
        tool: labels.capitalised(labels.word(Vocabulary.tool, tool)),
        counts: kinds.map { kind in using.filter { axisKinds($0).contains(kind) }.count })
    }
    let diagram = ToolMatrixDiagram(
      toolHeading: labels.tool,
      columns: kinds.map { labels.capitalised(labels.word(Vocabulary.axis, $0)) }, rows: rows,
      totalLabel: labels.totalActions)
    return Figure(
      caption: labels.toolMatrixCaption,
      anchor: "figura-herramientas", diagram: .toolMatrix(diagram))
  }
}
