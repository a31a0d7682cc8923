import PlanDiagnostics
import PlanSyntax

/// A programme or line of work: the level between objectives and actions that many real plans
/// have ("Programa", "Línea de trabajo").
public struct Programme: Sendable {
  public var id: String
  public var title: String
  public var objectives: [Reference]
  public var owner: Reference?
  public var description: String?
  public var range: SourceRange
}

public struct Action: Sendable {
  public var id: String
  public var title: String
  /// The objectives it serves: its own, or else its programme's.
  public var objectives: [Reference]
  public var tool: Located<String>?
  public var owner: Reference?
  public var partners: [Reference]
  public var term: Located<String>?
  public var start: Located<PlanDate>?
  public var end: Located<PlanDate>?
  public var budgets: [Budget]
  public var noCost: Located<String?>?
  public var indicators: [Indicator]
  public var addresses: [Reference]
  public var sdgTargets: [Located<String>]
  public var dependsOn: [Reference]
  public var status: String?
  public var milestones: [Milestone]
  public var uses: [Reference]
  public var ideas: [Reference]
  public var description: String?
  /// The programme or line of work it belongs to.
  public var programme: Reference?
  /// Owners besides the lead `owner`.
  public var coOwners: [Reference] = []
  /// The single date of a one-off event (instead of `from` and `until`).
  public var date: Located<PlanDate>?
  public var range: SourceRange

  /// When it starts: `from`, or the date of a one-off event.
  public var effectiveStart: PlanDate? { start?.value ?? date?.value }
  /// When it ends: `until`, or the date of a one-off event.
  public var effectiveEnd: PlanDate? { end?.value ?? date?.value }
}

public struct Budget: Sendable {
  public var amount: Double
  public var currency: String
  public var source: String?
  /// The year the amount belongs to, when the budget is split by year.
  public var year: Located<Int>?
  public var range: SourceRange
}

public struct Milestone: Sendable {
  public var title: String
  public var date: PlanDate?
  public var range: SourceRange
}

public struct Indicator: Sendable {
  public var id: String?
  public var name: String
  public var baseline: IndicatorValue?
  public var targets: [IndicatorValue]
  public var measure: String?
  public var source: String?
  public var frequency: String?
  public var unit: String?
  /// `aumentar`, `reducir` or `mantener`, when declared.
  public var direction: String?
  public var range: SourceRange
}

public struct IndicatorValue: Sendable {
  public var value: Measure
  public var year: Int?
  public var range: SourceRange
}
