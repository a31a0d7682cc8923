import PlanSyntax

/// Where something stands in a monitoring period: computed from the plan and its records, never
/// typed by hand.
public enum TrackStatus: String, Sendable, CaseIterable {
  /// At or above the expected progress (`en_camino` of it, 90 % by default).
  case onTrack = "en_camino"
  /// Behind, but at least `en_riesgo` of the expected progress (60 % by default).
  case atRisk = "en_riesgo"
  /// Further behind, or past its end without being done.
  case offTrack = "desviado"
  /// Due, but nothing was recorded for the period.
  case noData = "sin_datos"
  /// Not due yet (an action that starts later, an indicator measured every other year).
  case notDue = "no_corresponde"
  /// A written (qualitative) value that is not the target: a person judges it.
  case judgement = "requiere_juicio"

  /// The points a status is worth in a roll-up; nil when it does not count.
  public var score: Double? {
    switch self {
    case .onTrack: return 100
    case .atRisk: return 50
    case .offTrack: return 0
    case .noData, .notDue, .judgement: return nil
    }
  }

  /// The status a roll-up's score stands for: 75 or more on track, 40 or more at risk.
  public static func of(score: Double?) -> TrackStatus {
    guard let score else { return .noData }
    return score >= 75 ? .onTrack : score >= 40 ? .atRisk : .offTrack
  }
}

/// The thresholds of `revision { umbral … }`, as shares (0–1), with the defaults where not declared.
public struct Thresholds: Sendable, Equatable {
  public var onTrack = 0.9
  public var atRisk = 0.6
  /// How far an indicator to maintain may move from its reference, as a share of it.
  public var tolerance = 0.05

  public init() {}

  public init(_ review: ReviewSettings) {
    if let value = review.thresholds["en_camino"]?.value { onTrack = value / 100 }
    if let value = review.thresholds["en_riesgo"]?.value { atRisk = value / 100 }
    if let value = review.thresholds["tolerancia"]?.value { tolerance = value / 100 }
  }

  /// The status of a share of the expected progress.
  func status(ofShare share: Double) -> TrackStatus {
    share >= onTrack - 1e-9 ? .onTrack : share >= atRisk - 1e-9 ? .atRisk : .offTrack
  }
}

extension Measure {
  /// The number a value stands for, when it is one (texts are not).
  public var numericValue: Double? {
    switch self {
    case .number(let value), .percentage(let value), .amount(let value, _): return value
    case .text: return nil
    }
  }

  /// Whether two values can be compared: both numbers, both percentages, amounts in one currency,
  /// or both texts.
  public func isComparable(with other: Measure) -> Bool {
    switch (self, other) {
    case (.number, .number), (.percentage, .percentage), (.text, .text): return true
    case (.amount(_, let a), .amount(_, let b)): return a == b
    default: return false
    }
  }
}

extension PlanDate {
  /// The date as a year with its fraction; a year or month alone stands for its end (a target
  /// "(2027)" is to be reached by the end of 2027).
  public var fractionalYear: Double {
    guard let month else { return Double(year + 1) }
    guard let day else { return Double(year) + Double(month) / 12 }
    return Double(year) + (Double(month - 1) + Double(day) / 31) / 12
  }

  /// The last day of the year, month or day it names.
  public var endOfPeriod: PlanDate {
    guard let month else { return PlanDate(year: year, month: 12, day: 31) }
    guard day != nil else {
      let days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][max(0, min(11, month - 1))]
      let leap = month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
      return PlanDate(year: year, month: month, day: leap ? 29 : days)
    }
    return self
  }
}
