import PlanSyntax

/// Where the plan stands in a monitoring year: each indicator and action with its computed status,
/// and the roll-up to objectives and axes. The rules, the progress report and its data export all
/// read this one computation.
///
/// The roll-up: on track is worth 100 points, at risk 50, off track 0; what has no data, is not due
/// or needs a person's judgement does not count. An objective scores the average of its own
/// indicators, the actions that serve it and those actions' indicators, each worth the same; an axis
/// the average of its objectives that have a score. A score of 75 or more is on track, 40 or more at
/// risk, less off track.
public struct PeriodTracking: Sendable {
  public struct IndicatorEntry: Sendable {
    public var indicator: Indicator
    /// The objective or action it measures.
    public var objective: String?
    public var action: String?
    /// The value that counts for the period: the latest measured in it, or for an indicator past
    /// its last target, the last it reached.
    public var measurement: Measurement?
    /// Every value of the indicator up to the period, in date order (for its chart).
    public var history: [Measurement]
    public var status: TrackStatus
    /// The value the trajectory expects at the period's cut-off, for numeric indicators.
    public var expected: Double?
  }

  public struct ActionEntry: Sendable {
    public var action: Action
    /// The latest progress record up to the period, and whether it is from this period.
    public var progress: ActionProgress?
    public var reportedThisPeriod: Bool
    public var status: TrackStatus
    /// Executed in this period and up to it, by currency.
    public var spentInPeriod: [String: Double]
    public var spentToDate: [String: Double]
  }

  public struct RollUp: Sendable {
    public var score: Double?
    public var status: TrackStatus
    /// How many items counted of each status.
    public var counts: [TrackStatus: Int]
  }

  public var year: Int
  public var cutoff: PlanDate
  public var thresholds: Thresholds
  public var indicators: [IndicatorEntry]
  public var actions: [ActionEntry]
  /// By objective id.
  public var objectives: [String: RollUp]
  /// In the order of `plan.axes`.
  public var axes: [RollUp]

  public init(plan: Plan, year: Int) {
    self.year = year
    let period = plan.period(year)
    cutoff = period?.cutoff ?? PlanDate(year: year, month: 12, day: 31)
    thresholds = Thresholds(plan.review)
    let horizon = plan.metadata.horizon?.value
    let moment = cutoff.fractionalYear

    // Actions first: an indicator of a cancelled or not yet started action is not due.
    var actionEntries: [ActionEntry] = []
    for action in plan.actions {
      let progress = plan.latestProgress(of: action.id, upTo: year)
      var inPeriod: [String: Double] = [:]
      var toDate: [String: Double] = [:]
      for record in plan.periodRecords where record.year <= year {
        for item in record.progress where item.action.name == action.id {
          for spent in item.spent {
            toDate[spent.currency, default: 0] += spent.amount
            if record.year == year { inPeriod[spent.currency, default: 0] += spent.amount }
          }
        }
      }
      actionEntries.append(
        ActionEntry(
          action: action, progress: progress, reportedThisPeriod: progress?.period == year,
          status: Self.status(
            of: action, progress: progress, year: year, cutoff: cutoff, thresholds: thresholds),
          spentInPeriod: inPeriod, spentToDate: toDate))
    }
    actions = actionEntries
    let actionStatus = Dictionary(actionEntries.map { ($0.action.id, $0) }, uniquingKeysWith: { a, _ in a })

    var measured: [String: [Measurement]] = [:]
    for record in plan.periodRecords where record.year <= year {
      for measurement in record.measurements {
        measured[measurement.indicator.name, default: []].append(measurement)
      }
    }
    var indicatorEntries: [IndicatorEntry] = []
    for (indicator, objective, action) in plan.allIndicators {
      let history =
        indicator.id.flatMap { measured[$0] }?.enumerated()
        .sorted { ($0.element.effectiveDate, $0.offset) < ($1.element.effectiveDate, $1.offset) }.map(
          \.element)
        ?? []
      let trajectory = IndicatorTrajectory(indicator, horizon: horizon)
      // Past its last target, what it reached keeps counting: a milestone met stays met.
      let finished = indicator.isFinished(before: year, horizon: horizon)
      let current = history.last { $0.period == year || finished }
      var status: TrackStatus
      if let current {
        status = Self.status(
          of: current, indicator: indicator, trajectory: trajectory, thresholds: thresholds)
      } else {
        let owner = action.flatMap { actionStatus[$0.id] }
        let started = action?.effectiveStart.map { $0.year } ?? nil
        let withdrawn = owner?.progress?.status.value == "cancelada" || action?.status == "cancelada"
        let due = !withdrawn && indicator.isDue(in: year, horizon: horizon, from: started)
        status = due ? .noData : .notDue
      }
      indicatorEntries.append(
        IndicatorEntry(
          indicator: indicator, objective: objective?.id, action: action?.id, measurement: current,
          history: history, status: status, expected: trajectory?.expected(at: moment)))
    }
    indicators = indicatorEntries

    var objectiveRollUps: [String: RollUp] = [:]
    for objective in plan.objectives {
      var statuses = indicatorEntries.filter { $0.objective == objective.id }.map(\.status)
      for entry in actionEntries where entry.action.objectives.contains(where: { $0.name == objective.id }) {
        statuses.append(entry.status)
        statuses += indicatorEntries.filter { $0.action == entry.action.id }.map(\.status)
      }
      objectiveRollUps[objective.id] = Self.rollUp(statuses)
    }
    objectives = objectiveRollUps
    axes = plan.axes.map { axis in
      let scores = axis.objectives.compactMap { objectiveRollUps[$0.id]?.score }
      var counts: [TrackStatus: Int] = [:]
      for objective in axis.objectives {
        for (status, count) in objectiveRollUps[objective.id]?.counts ?? [:] {
          counts[status, default: 0] += count
        }
      }
      let score = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
      return RollUp(score: score, status: TrackStatus.of(score: score), counts: counts)
    }
  }

  static func rollUp(_ statuses: [TrackStatus]) -> RollUp {
    var counts: [TrackStatus: Int] = [:]
    for status in statuses { counts[status, default: 0] += 1 }
    let scores = statuses.compactMap(\.score)
    let score = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    return RollUp(score: score, status: TrackStatus.of(score: score), counts: counts)
  }

  /// A measured value against the indicator's path.
  public static func status(
    of measurement: Measurement, indicator: Indicator, trajectory: IndicatorTrajectory?,
    thresholds: Thresholds
  ) -> TrackStatus {
    if case .text(let written) = measurement.value {
      let reached = indicator.targets.contains {
        if case .text(let target) = $0.value { return Keywords.fold(target) == Keywords.fold(written) }
        return false
      }
      return reached ? .onTrack : .judgement
    }
    let reference = indicator.targets.first?.value ?? indicator.baseline?.value
    guard let trajectory, let number = measurement.value.numericValue,
      reference.map({ measurement.value.isComparable(with: $0) }) ?? true
    else { return .judgement }
    return trajectory.status(of: number, at: measurement.effectiveDate.fractionalYear, thresholds: thresholds)
  }

  /// An action's status at a cut-off, from its latest record: done is on track; cancelled or not
  /// started yet does not count; past its end without being done is off track; otherwise its
  /// percentage against the share of its time elapsed, or the word recorded.
  public static func status(
    of action: Action, progress: ActionProgress?, year: Int, cutoff: PlanDate, thresholds: Thresholds
  ) -> TrackStatus {
    let word = progress?.status.value ?? Self.progressWord(planned: action.status)
    if word == "cumplida" { return .onTrack }
    if word == "cancelada" { return .notDue }
    let now = cutoff.fractionalYear
    let start = action.effectiveStart?.beginningFractionalYear
    let end = action.effectiveEnd?.fractionalYear
    if let end, now > end { return .offTrack }
    // A cut-off on the 31st of December is the very moment an action starting in January begins:
    // nothing of it is due yet.
    if let start, now <= start, word == nil || word == "no_iniciada" { return .notDue }
    guard let progress, progress.period == year else {
      // Due, but not reported this period.
      return start.map { now > $0 } ?? true ? .noData : .notDue
    }
    switch word {
    case "demorada", "pausada": return .atRisk
    case "no_iniciada": return .atRisk
    default:
      guard let percent = progress.percent?.value, let start, let end, end > start else { return .onTrack }
      let elapsed = min(1, max(0, (now - start) / (end - start)))
      guard elapsed > 0 else { return .onTrack }
      return thresholds.status(ofShare: percent / 100 / elapsed)
    }
  }

  /// The progress word an action's planned `estado` stands for, before any record.
  static func progressWord(planned: String?) -> String? {
    switch planned {
    case "cumplida": return "cumplida"
    case "cancelada": return "cancelada"
    default: return nil
    }
  }
}
