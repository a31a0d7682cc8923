import PlanSyntax

extension Action {
  /// The action's term: as declared (`plazo`), or else read from when it ends within the plan's
  /// horizon — an action that ends in the horizon's first third is short term, in the second
  /// medium term, later long term. A one-off event (`fecha`) has the term of its date. Nil when
  /// neither the term nor the dates and horizon are known.
  public func effectiveTerm(horizon: ClosedRange<Int>?) -> String? {
    if let term { return term.value }
    guard let horizon, let end = effectiveEnd else { return nil }
    return Action.term(of: end, in: horizon)
  }

  /// Whether the term was read from the dates rather than declared.
  public var termIsInferred: Bool { term == nil }

  static func term(of date: PlanDate, in horizon: ClosedRange<Int>) -> String {
    let span = Double(horizon.upperBound - horizon.lowerBound + 1)
    let position = (Double(date.year - horizon.lowerBound) + Double((date.month ?? 12) - 1) / 12) / span
    switch position {
    case ..<(1.0 / 3): return "corto"
    case ..<(2.0 / 3): return "mediano"
    default: return "largo"
    }
  }
}
