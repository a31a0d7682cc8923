/// The twelve guidelines ("pautas principales") of the source method, G01–G12, in order.
enum GuidelineRules {
  static let all: [any Rule.Type] = [
    G07Difusion.self
  ]
}
