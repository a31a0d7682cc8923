import PlanDocument

/// Which layout draws which kind of diagram (one file per diagram in this folder).
public enum DiagramLayout {
  public static func parts(_ diagram: Diagram, context: DiagramContext) -> [DiagramPart] {
    switch diagram {
    case .swot(let swot): return SWOTMatrixDiagram.layout(swot, context: context)
    case .axes(let axes): return AxesOverviewDiagram.layout(axes, context: context)
    case .strategicQuestions(let questions):
      return StrategicQuestionsLayout.layout(questions, context: context)
    case .toolMatrix(let matrix): return ToolMatrixLayout.layout(matrix, context: context)
    case .brandSheet(let brand): return BrandSheetLayout.layout(brand, context: context)
    case .gantt(let gantt): return GanttTimelineDiagram.layout(gantt, context: context)
    case .commission(let commission): return CommissionChartDiagram.layout(commission, context: context)
    case .mindMap(let map): return MindMapTreeDiagram.layout(map, context: context)
    case .partners(let partners): return PartnersMapDiagram.layout(partners, context: context)
    case .environment(let environment): return EnvironmentTilesDiagram.layout(environment, context: context)
    case .picture(let picture): return PictureLayout.layout(picture, context: context)
    case .indicatorChart(let chart): return IndicatorChartLayout.layout(chart, context: context)
    case .statusBoard(let board): return StatusBoardLayout.layout(board, context: context)
    }
  }
}
