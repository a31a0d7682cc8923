import PlanDocument
import PlanLayout
import Testing

@Suite struct StrategicQuestionsTests {
  static let questions = [
    "¿Qué tengo?", "¿Para qué?", "¿Con quién?", "¿Hacia dónde?", "¿Por qué?", "¿Cuándo?",
  ]

  static func diagram(length: Int, unanswered: Int? = nil) -> StrategicQuestionsDiagram {
    StrategicQuestionsDiagram(
      title: "Las seis preguntas",
      tiles: questions.enumerated().map { index, question in
        .init(question: question, answer: index == unanswered ? nil : DiagramChecks.long(length, "\(index) "))
      }, unanswered: "sin respuesta")
  }

  /// Short answers in rows of three; answers so long they need a page each, one tile per row and
  /// split by lines.
  @Test(arguments: [40, 400, 3000, 12000])
  func geometryHolds(length: Int) {
    let context = DiagramChecks.context()
    let parts = StrategicQuestionsLayout.layout(Self.diagram(length: length), context: context)
    DiagramChecks.expectSound(parts, context)
    let texts = DiagramGeometry.texts(parts)
    for question in Self.questions { #expect(texts.contains(question)) }
    if length >= 3000 { #expect(parts.count > 1) }
  }

  @Test func anUnansweredQuestionSaysSo() {
    let parts = StrategicQuestionsLayout.layout(
      Self.diagram(length: 60, unanswered: 2), context: DiagramChecks.context())
    #expect(DiagramGeometry.texts(parts).filter { $0 == "sin respuesta" }.count == 1)
  }

  @Test func narrowPagesUseTwoColumns() {
    let context = DiagramChecks.context(width: 300)
    DiagramChecks.expectSound(
      StrategicQuestionsLayout.layout(Self.diagram(length: 100), context: context), context)
  }
}
