import PlanDocument
import Testing

@testable import PlanLayout

/// A one-off event (an action with a single date) is a diamond at its date, never "Sin fechas",
/// and the legend names it.
@Suite struct GanttEventTests {
  @Test func anEventIsADiamondAtItsDate() throws {
    var diagram = GanttTimelineTests.diagram(actions: 1)
    diagram.groups[0].rows.append(
      GanttDiagram.Row(id: "e1", title: "Feria", term: .short, start: nil, end: nil, event: 2027.37))
    diagram.eventName = "Evento"
    let parts = GanttTimelineTests.layout(diagram)
    DiagramChecks.expectSound(parts, GanttTimelineTests.context())
    let texts = DiagramGeometry.texts(parts)
    #expect(!texts.contains("Sin fechas"))
    #expect(texts.contains("Evento"))
    let diamonds = parts.flatMap(\.items).filter { item in
      guard case .path(let path, _, _, _, _) = item, path.elements.count == 5 else { return false }
      return abs(path.bounds.width - GanttTimelineDiagram.milestoneSize * 1.5) < 0.01
    }
    #expect(diamonds.count == 1)
  }
}
