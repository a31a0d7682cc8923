import PlanModel
import PlanSyntax

/// The action plan over time: one row per action, grouped by axis; its bar from start to end in
/// the colour of its term, its dated milestones as diamonds, and an arrow from the end of each
/// action it waits for. Times are decimal years (2027.25 is the first of April 2027), so the
/// layout only maps numbers to points and never deals with calendars.
public struct GanttDiagram: Sendable {
  /// The method's three terms; a bar takes the colour of its term.
  public enum Term: Sendable, CaseIterable {
    case short, medium, long
  }

  public struct Row: Sendable {
    public var id: String
    public var title: String
    public var term: Term?
    /// Where the bar begins and ends; either may be missing (the bar then runs to the edge of the
    /// time axis and the row says which date is missing), both missing means no bar.
    public var start: Double?
    public var end: Double?
    /// The dated milestones (undated ones are only in the action sheet).
    public var milestones: [Double]
    /// Ids of the actions this one waits for.
    public var dependsOn: [String]
    /// The date of a one-off event (an action with a single date): a diamond, not a bar.
    public var event: Double?

    public init(
      id: String, title: String, term: Term?, start: Double?, end: Double?, milestones: [Double] = [],
      dependsOn: [String] = [], event: Double? = nil
    ) {
      self.event = event
      self.id = id
      self.title = title
      self.term = term
      self.start = start
      self.end = end
      self.milestones = milestones
      self.dependsOn = dependsOn
    }
  }

  /// The actions of one axis, headed by the axis.
  public struct Group: Sendable {
    public var title: String
    public var rows: [Row]
    public init(title: String, rows: [Row]) {
      self.title = title
      self.rows = rows
    }
  }

  /// The time axis runs from the first of January of `firstYear` to the end of `lastYear`.
  public var firstYear: Int
  public var lastYear: Int
  public var groups: [Group]
  /// Heading of the left column ("Acción").
  public var actionLabel: String
  /// Legend: each term's name, the name for rows without a term, milestones and dependencies.
  public var termNames: [Term: String]
  public var noTermName: String
  public var milestoneName: String
  public var dependencyName: String
  /// What a row says when it has no dates, or lacks one of them.
  public var noDatesLabel: String
  public var noStartLabel: String
  public var noEndLabel: String
  /// One letter per month, January first (for a horizon short enough to label months).
  public var monthInitials: [String]
  /// Whether the groups are the plan's programmes (else its axes).
  public var byProgramme = false
  /// The legend's name for a one-off event (a diamond in the colour of its term): `Labels.eventName`,
  /// set by the composer.
  public var eventName = ""

  public init(
    firstYear: Int, lastYear: Int, groups: [Group], actionLabel: String, termNames: [Term: String],
    noTermName: String, milestoneName: String, dependencyName: String, noDatesLabel: String,
    noStartLabel: String, noEndLabel: String, monthInitials: [String]
  ) {
    self.firstYear = firstYear
    self.lastYear = lastYear
    self.groups = groups
    self.actionLabel = actionLabel
    self.termNames = termNames
    self.noTermName = noTermName
    self.milestoneName = milestoneName
    self.dependencyName = dependencyName
    self.noDatesLabel = noDatesLabel
    self.noStartLabel = noStartLabel
    self.noEndLabel = noEndLabel
    self.monthInitials = monthInitials
  }

  public var rows: [Row] { groups.flatMap(\.rows) }
}

extension GanttDiagram {
  /// The first instant of a date: `2027-04` is 2027.25; a date without month starts the year.
  static func start(of date: PlanDate) -> Double { moment(date, fraction: 0) }

  /// The last instant of a date: `2027-04` ends at 2027.333…; a date without month ends the year.
  static func end(of date: PlanDate) -> Double { moment(date, fraction: 1) }

  /// The middle of a date (a milestone on `2027-04` sits mid-April).
  static func middle(of date: PlanDate) -> Double { moment(date, fraction: 0.5) }

  /// `fraction` of the way through the date's smallest written unit (year, month or day).
  private static func moment(_ date: PlanDate, fraction: Double) -> Double {
    guard let month = date.month.map({ min(12, max(1, $0)) }) else { return Double(date.year) + fraction }
    let days = daysIn(month: month, year: date.year)
    let dayPart = date.day.map { (Double(min(days, max(1, $0)) - 1) + fraction) / Double(days) } ?? fraction
    return Double(date.year) + (Double(month - 1) + dayPart) / 12
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

extension Composer {
  /// The Gantt chart of the actions, or `nil` when the plan has no actions or nothing to place
  /// them in time (neither a horizon nor a single date).
  func ganttFigure() -> Figure? {
    guard !plan.actions.isEmpty else { return nil }
    // The horizon, widened to the dates the actions use (at most five years either way, so that a
    // mistyped year cannot squeeze the whole plan into a sliver).
    let years = plan.actions.flatMap { action in
      [action.start?.value, action.end?.value, action.date?.value] + action.milestones.map(\.date)
    }.compactMap { $0?.year }
    let firstYear: Int
    let lastYear: Int
    if let horizon = plan.metadata.horizon?.value {
      firstYear = max(horizon.lowerBound - 5, min(horizon.lowerBound, years.min() ?? horizon.lowerBound))
      lastYear = min(horizon.upperBound + 5, max(horizon.upperBound, years.max() ?? horizon.upperBound))
    } else if let earliest = years.min(), let latest = years.max() {
      firstYear = earliest
      lastYear = min(latest, earliest + 19)
    } else {
      return nil
    }

    func term(_ word: String?) -> GanttDiagram.Term? {
      switch word {
      case "corto": return .short
      case "mediano": return .medium
      case "largo": return .long
      default: return nil
      }
    }
    func row(_ action: Action) -> GanttDiagram.Row {
      GanttDiagram.Row(
        id: action.id, title: PrintedLength.shortened(action.title, to: PrintedLength.figureLabel),
        term: term(self.term(action)),
        start: action.start.map { GanttDiagram.start(of: $0.value) },
        end: action.end.map { GanttDiagram.end(of: $0.value) },
        milestones: action.milestones.compactMap { $0.date.map(GanttDiagram.middle(of:)) },
        dependsOn: action.dependsOn.map(\.name),
        event: action.start == nil && action.end == nil
          ? action.date.map { GanttDiagram.middle(of: $0.value) } : nil)
    }

    // Axes in the order of the axes chapter (motivation first, then territorial and strategic); an
    // action belongs to the axis of its first objective that is declared.
    let kindOrder = Axis.motivationKinds + ["territorial", "estrategico"]
    let axes = plan.axes.enumerated().sorted { a, b in
      let (x, y) = (
        kindOrder.firstIndex(of: a.element.kind) ?? 99, kindOrder.firstIndex(of: b.element.kind) ?? 99
      )
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
    func axisIndex(_ action: Action) -> Int? {
      for reference in action.objectives {
        if let index = axes.firstIndex(where: { $0.objectives.contains { $0.id == reference.name } }) {
          return index
        }
      }
      return nil
    }
    // A plan with programmes groups its actions by programme; the rest by axis, as without.
    var groups: [GanttDiagram.Group] = []
    for programme in plan.programmes {
      let rows = plan.actions.filter { $0.programme?.name == programme.id }.map(row)
      guard !rows.isEmpty else { continue }
      let title = PrintedLength.shortened(programme.title, to: PrintedLength.figureLabel)
      groups.append(GanttDiagram.Group(title: labels.programmeName(title), rows: rows))
    }
    let grouped = Set(groups.flatMap { $0.rows.map(\.id) })
    let placed = plan.actions.filter { !grouped.contains($0.id) }.map { (action: $0, axis: axisIndex($0)) }
    for (index, axis) in axes.enumerated() {
      let rows = placed.filter { $0.axis == index }.map { row($0.action) }
      guard !rows.isEmpty else { continue }
      let kind = labels.capitalised(labels.word(Vocabulary.axis, axis.kind))
      let title = axis.title.map { PrintedLength.shortened($0, to: PrintedLength.figureLabel) }
      groups.append(GanttDiagram.Group(title: labels.axisHeading(kind, title), rows: rows))
    }
    let unplaced = placed.filter { $0.axis == nil }.map { row($0.action) }
    if !unplaced.isEmpty {
      groups.append(
        GanttDiagram.Group(
          title: labels.actionsWithoutAxis, rows: unplaced))
    }

    var diagram = GanttDiagram(
      firstYear: firstYear, lastYear: lastYear, groups: groups,
      actionLabel: labels.actionColumn,
      termNames: [
        .short: labels.capitalised(labels.word(Vocabulary.term, "corto")),
        .medium: labels.capitalised(labels.word(Vocabulary.term, "mediano")),
        .long: labels.capitalised(labels.word(Vocabulary.term, "largo")),
      ],
      noTermName: labels.noTerm, milestoneName: labels.milestone, dependencyName: labels.dependsOn,
      noDatesLabel: labels.noDates, noStartLabel: labels.noStartDate, noEndLabel: labels.noEndDate,
      monthInitials: labels.monthInitials)
    diagram.byProgramme = !plan.programmes.isEmpty
    diagram.eventName = labels.eventName
    return Figure(
      caption: labels.timelineCaption(byProgramme: diagram.byProgramme), anchor: "figura-cronograma",
      diagram: .gantt(diagram))
  }
}
