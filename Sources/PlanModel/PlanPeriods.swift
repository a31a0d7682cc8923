import PlanDiagnostics
import PlanSyntax

/// One `periodo` block: what was measured, done and spent in a year of the plan. A year may have
/// several blocks (one file per department); `Plan.period(_:)` joins them.
public struct PeriodRecord: Sendable {
  public var year: Int
  /// Where the year is written (findings about the period point here).
  public var yearRange: SourceRange
  /// What the period reports up to, when declared (else the end of the year).
  public var cutoff: Located<PlanDate>?
  public var measurements: [Measurement]
  public var progress: [ActionProgress]
  public var range: SourceRange
}

/// A measured value of an indicator.
public struct Measurement: Sendable {
  public var indicator: Reference
  public var value: Measure
  public var valueRange: SourceRange
  public var date: Located<PlanDate>?
  public var source: String?
  public var note: String?
  /// The year of the period it is recorded in.
  public var period: Int
  public var range: SourceRange

  /// When it was measured: its date, or else the end of its period.
  public var effectiveDate: PlanDate { date?.value ?? PlanDate(year: period, month: 12, day: 31) }
}

/// Where an action stands in a period.
public struct ActionProgress: Sendable {
  public var action: Reference
  /// A word of `Vocabulary.progressStatus` (`no_iniciada` … `cancelada`).
  public var status: Located<String>
  /// Percentage of progress, 0–100, when declared.
  public var percent: Located<Double>?
  public var narrative: String?
  /// Budget executed in the period, by currency and source.
  public var spent: [Budget]
  public var period: Int
  public var range: SourceRange
}

/// A year of monitoring with every block of that year joined.
public struct Period: Sendable {
  public var year: Int
  public var cutoff: PlanDate
  public var measurements: [Measurement]
  public var progress: [ActionProgress]
  /// The blocks it was joined from, in reading order.
  public var records: [PeriodRecord]
}

extension Plan {
  /// The years with monitoring records, in order.
  public var periodYears: [Int] { Array(Set(periodRecords.map(\.year))).sorted() }

  /// Every block of a year joined; nil when the plan records nothing for that year.
  public func period(_ year: Int) -> Period? {
    let records = periodRecords.filter { $0.year == year }
    guard !records.isEmpty else { return nil }
    let cutoff =
      records.compactMap { $0.cutoff?.value }.max() ?? PlanDate(year: year, month: 12, day: 31)
    return Period(
      year: year, cutoff: cutoff, measurements: records.flatMap(\.measurements),
      progress: records.flatMap(\.progress), records: records)
  }

  /// The latest period the plan records, if any.
  public var lastPeriod: Period? { periodYears.last.flatMap { period($0) } }

  /// Every indicator with the objective or action it measures, in plan order.
  public var allIndicators: [(indicator: Indicator, objective: Objective?, action: Action?)] {
    objectives.flatMap { objective in objective.indicators.map { ($0, objective, nil) } }
      + actions.flatMap { action in action.indicators.map { ($0, nil, action) } }
  }

  /// The indicator an id names, with what it measures.
  public func indicator(_ id: String) -> (indicator: Indicator, objective: Objective?, action: Action?)? {
    allIndicators.first { $0.indicator.id == id }
  }

  /// The latest progress record of an action up to a year (inclusive).
  public func latestProgress(of action: String, upTo year: Int) -> ActionProgress? {
    periodRecords.filter { $0.year <= year }.sorted { $0.year < $1.year }
      .flatMap(\.progress).last { $0.action.name == action }
  }
}
