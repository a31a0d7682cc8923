import PlanDocument

/// Which layout draws which kind of diagram (one file per diagram in this folder).
public enum DiagramLayout {
  public static func parts(_ diagram: Diagram, context: DiagramContext) -> [DiagramPart] {
    switch diagram {
    case .swot(let swot): return SWOTMatrixDiagram.layout(swot, context: context)
    case .mindMap(let map): return MindMapTreeDiagram.layout(map, context: context)
    case .partners(let partners): return PartnersMapDiagram.layout(partners, context: context)
    case .environment(let environment): return EnvironmentTilesDiagram.layout(environment, context: context)
    }
  }
}
