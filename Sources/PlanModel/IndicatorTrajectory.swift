import PlanSyntax

/// The path an indicator is expected to follow: from its baseline to each target in turn, in a
/// straight line between them. A measured value is scored against the point of that path on its
/// date. An indicator that only counts a milestone (from 0 to 1: "agreement signed") is not done in
/// parts: it is expected by its target's date, and nothing before.
public struct IndicatorTrajectory: Sendable {
  /// When (fractional year) and what: the baseline first when there is one, then the targets.
  public var points: [(at: Double, value: Double)]
  /// Whether the baseline is the first point.
  public var hasBaseline: Bool
  /// `aumentar`, `reducir` or `mantener`: declared, or read from the baseline and the last target.
  public var direction: String
  /// Whether the path moves in whole steps of one (a milestone), not along a line.
  public var stepwise: Bool

  /// The trajectory of a numeric indicator; nil when neither baseline nor target is a number. A
  /// baseline without a year stands at the horizon's start, a target without one at its end.
  public init?(_ indicator: Indicator, horizon: ClosedRange<Int>?) {
    func point(_ value: IndicatorValue, defaultYear: Int?) -> (at: Double, value: Double)? {
      guard let number = value.value.numericValue, let year = value.year ?? defaultYear else { return nil }
      return (Double(year + 1), number)
    }
    let baseline = indicator.baseline.flatMap { point($0, defaultYear: horizon.map { $0.lowerBound - 1 }) }
    let targets = indicator.targets.compactMap { point($0, defaultYear: horizon?.upperBound) }
      .sorted { $0.at < $1.at }
    guard baseline != nil || !targets.isEmpty else { return nil }
    points = (baseline.map { [$0] } ?? []) + targets
    hasBaseline = baseline != nil
    stepwise =
      points.count > 1 && points.allSatisfy { $0.value == $0.value.rounded() }
      && zip(points, points.dropFirst()).allSatisfy { abs($1.value - $0.value) <= 1 }
    if let declared = indicator.direction {
      direction = declared
    } else if let first = baseline?.value, let last = targets.last?.value {
      direction = last > first ? "aumentar" : last < first ? "reducir" : "mantener"
    } else {
      direction = "aumentar"
    }
  }

  /// The value expected at a moment: on the line between the points around it; the first point
  /// before it, the last after it.
  public func expected(at moment: Double) -> Double {
    guard let first = points.first, let last = points.last else { return 0 }
    if moment <= first.at { return first.value }
    if moment >= last.at { return last.value }
    for (from, to) in zip(points, points.dropFirst()) where moment <= to.at {
      if stepwise { return moment >= to.at ? to.value : from.value }
      let span = to.at - from.at
      guard span > 0 else { return to.value }
      return from.value + (to.value - from.value) * (moment - from.at) / span
    }
    return last.value
  }

  /// How a measured number stands against the path on its date.
  public func status(of measured: Double, at moment: Double, thresholds: Thresholds) -> TrackStatus {
    let expected = expected(at: moment)
    if direction == "mantener" {
      let deviation =
        abs(expected) > 1e-12 ? abs(measured - expected) / abs(expected) : abs(measured - expected)
      return deviation <= thresholds.tolerance + 1e-12
        ? .onTrack : deviation <= 2 * thresholds.tolerance + 1e-12 ? .atRisk : .offTrack
    }
    let rising = direction != "reducir"
    guard hasBaseline, let base = points.first?.value else {
      // Without a baseline, the value is measured against the expected one alone.
      if rising { return expected > 0 ? thresholds.status(ofShare: measured / expected) : .onTrack }
      return measured > 0 ? thresholds.status(ofShare: expected / measured) : .onTrack
    }
    let wanted = expected - base
    if abs(wanted) < 1e-12 {
      // No progress expected yet: on track unless it moved the wrong way.
      let wrongWay = rising ? measured < base : measured > base
      return wrongWay ? .atRisk : .onTrack
    }
    return thresholds.status(ofShare: (measured - base) / wanted)
  }
}

extension Indicator {
  /// The years an indicator is due to be measured: after its baseline's year, up to its last
  /// target's year (the horizon's ends when not written), as often as its frequency says — every
  /// year unless it is measured every two years or once.
  public func isDue(in year: Int, horizon: ClosedRange<Int>?, from earliest: Int? = nil) -> Bool {
    let first = (baseline?.year ?? horizon.map { $0.lowerBound - 1 }).map { $0 + 1 }
    let last = targets.compactMap(\.year).max() ?? horizon?.upperBound
    guard let first, let last else { return false }
    let start = max(first, earliest ?? first)
    guard year >= start, year <= last else { return false }
    switch frequency {
    case "bienal": return (year - (first - 1)) % 2 == 0
    case "unica": return year == last
    default: return true
    }
  }
}

extension PlanDate {
  /// The date as a year with its fraction, taken at its beginning (an action `desde 2026-07`
  /// starts on the first of July).
  public var beginningFractionalYear: Double {
    guard let month else { return Double(year) }
    guard let day else { return Double(year) + Double(month - 1) / 12 }
    return Double(year) + (Double(month - 1) + Double(day - 1) / 31) / 12
  }
}

extension Indicator {
  /// Whether a year comes after the indicator's last target (the horizon's end when none has a
  /// year): nothing more is due, and its last value is what it achieved.
  public func isFinished(before year: Int, horizon: ClosedRange<Int>?) -> Bool {
    guard let last = targets.compactMap(\.year).max() ?? horizon?.upperBound else { return false }
    return year > last
  }
}
