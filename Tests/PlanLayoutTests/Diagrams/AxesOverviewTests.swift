import PlanDocument
import PlanLayout
import Testing

@Suite struct AxesOverviewTests {
  static func diagram(objectives: Int, length: Int, notApplicable: Bool = false) -> AxesDiagram {
    let columns = ["Político", "Económico", "Cognitivo", "Social"].enumerated().map { index, kind in
      AxesDiagram.Column(
        kind: kind, title: DiagramChecks.long(length / 2, "Eje \(index) "),
        objectives: notApplicable && index == 3
          ? []
          : (0..<objectives).map {
            AxesDiagram.Objective(id: "o\(index)\($0)", title: DiagramChecks.long(length), actions: $0)
          },
        notApplicable: notApplicable && index == 3 ? "no corresponde a esta gestión" : nil,
        actions: objectives)
    }
    return AxesDiagram(
      columns: columns, actionsLabel: ("acción", "acciones"), noObjectives: "Sin objetivos",
      notApplicableLabel: "No aplica")
  }

  @Test(arguments: [(1, 30), (5, 80), (20, 200), (40, 200)])
  func geometryHolds(objectives: Int, length: Int) {
    let context = DiagramChecks.context()
    let parts = AxesOverviewDiagram.layout(
      Self.diagram(objectives: objectives, length: length), context: context)
    DiagramChecks.expectSound(parts, context)
    let texts = DiagramGeometry.texts(parts)
    for column in 0..<4 {
      for objective in 0..<objectives {
        #expect(texts.filter { $0.hasPrefix("o\(column)\(objective)  ") }.count == 1)
      }
    }
    // Every part repeats the four headers.
    for part in parts {
      #expect(DiagramGeometry.texts([part]).filter { $0.hasPrefix("Político") }.count == 1)
    }
  }

  @Test func anAxisThatDoesNotApplySaysWhy() {
    let parts = AxesOverviewDiagram.layout(
      Self.diagram(objectives: 2, length: 40, notApplicable: true), context: DiagramChecks.context())
    #expect(DiagramGeometry.texts(parts).contains("No aplica: no corresponde a esta gestión"))
    #expect(DiagramGeometry.texts(parts).contains { $0.hasSuffix("1 acción") })
  }
}
