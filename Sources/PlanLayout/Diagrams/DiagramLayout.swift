import PlanDocument

/// Which layout draws which kind of diagram (one file per diagram in this folder).
public enum DiagramLayout {
  public static func parts(_ diagram: Diagram, context: DiagramContext) -> [DiagramPart] {
    switch diagram {
    case .swot(let swot): return SWOTMatrixDiagram.layout(swot, context: context)
    case .gantt(let gantt): return GanttTimelineDiagram.layout(gantt, context: context)
    case .commission(let commission): return CommissionChartDiagram.layout(commission, context: context)
    }
  }
}
