import PlanModel
import PlanSyntax

/// The strategic axis's six questions (¿Qué tengo? ¿Para qué? ¿Con quién? ¿Hacia dónde? ¿Por qué?
/// ¿Cuándo?) as six tiles with the plan's answer, in the method's order.
public struct StrategicQuestionsDiagram: Sendable {
  public struct Tile: Sendable {
    public var question: String
    /// The answer as plain text, or `nil` when the plan does not answer it.
    public var answer: String?
    public init(question: String, answer: String?) {
      self.question = question
      self.answer = answer
    }
  }

  public var title: String
  public var tiles: [Tile]
  public var unanswered: String
  public init(title: String, tiles: [Tile], unanswered: String) {
    self.title = title
    self.tiles = tiles
    self.unanswered = unanswered
  }
}

extension Composer {
  func strategicQuestionsFigure() -> Figure? {
    guard let axis = plan.axes.first(where: { $0.kind == "estrategico" }), axis.notApplicable == nil else {
      return nil
    }
    let tiles = Axis.strategicQuestions.map { key in
      StrategicQuestionsDiagram.Tile(
        question: labels.strategicQuestion(key),
        answer: axis.answers[key].map { Markup.flattened($0.value).map(\.text).joined() })
    }
    let diagram = StrategicQuestionsDiagram(
      title: axis.title.map { PrintedLength.shortened($0, to: PrintedLength.figureLabel) }
        ?? labels.capitalised(labels.word(Vocabulary.axis, "estrategico")), tiles: tiles,
      unanswered: labels.unanswered)
    return Figure(
      caption: labels.strategicQuestionsCaption,
      anchor: "figura-preguntas", diagram: .strategicQuestions(diagram))
  }
}
