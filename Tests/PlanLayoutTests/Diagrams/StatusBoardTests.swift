import PlanDocument
import PlanLayout
import Testing

/// The report's summary board: sound geometry, every count written, every status with its shape.
@Suite struct StatusBoardTests {
  static func board(rows: Int, length: Int) -> StatusBoardDiagram {
    let marks: [StatusMark] = [.onTrack, .atRisk, .offTrack, .none]
    return StatusBoardDiagram(
      columns: marks.map { ($0, "\($0.rawValue) palabra") },
      rows: (0..<rows).map { index in
        StatusBoardDiagram.Row(
          title: DiagramChecks.long(length, "Eje \(index) "),
          counts: [index, index + 10, index + 20, index + 30],
          status: marks[index % 4], statusWord: "estado \(index)", isTotal: index == rows - 1)
      }, axisHeader: "Eje", statusHeader: "Estado del eje", description: "")
  }

  @Test(arguments: [(1, 10), (5, 60), (8, 200)])
  func geometryHolds(rows: Int, length: Int) {
    let context = DiagramChecks.context()
    let parts = StatusBoardLayout.layout(Self.board(rows: rows, length: length), context: context)
    DiagramChecks.expectSound(parts, context)
    let texts = DiagramGeometry.texts(parts)
    for row in 0..<rows {
      for count in [row, row + 10, row + 20, row + 30] { #expect(texts.contains(String(count))) }
      #expect(texts.contains("estado \(row)"))
    }
  }

  /// A shape per status column and one per row: no status is told by colour alone.
  @Test func everyStatusHasItsShape() throws {
    let part = try #require(
      StatusBoardLayout.layout(Self.board(rows: 3, length: 10), context: DiagramChecks.context()).first)
    let marks = part.items.filter { item in
      if case .path(let path, _, _, _, _) = item { return path.bounds.width < 8 }
      return false
    }
    #expect(marks.count == 4 + 3)
  }
}
