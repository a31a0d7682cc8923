import PlanModel

/// The internal (stage B) and external (stage C) environment at a glance: one tile per dimension
/// of the method, saying whether the plan analysed it, marked it without data, or left it out.
public struct EnvironmentDiagram: Sendable {
  public enum State: Sendable, CaseIterable {
    /// The plan writes the dimension's analysis.
    case analysed
    /// The plan marks it `sin_datos`, with a reason.
    case noData
    /// The plan does not declare it.
    case missing
  }

  public struct Tile: Sendable {
    public var name: String
    public var state: State
    public init(name: String, state: State) {
      self.name = name
      self.state = state
    }
  }

  public struct Group: Sendable {
    public var title: String
    public var tiles: [Tile]
    public init(title: String, tiles: [Tile]) {
      self.title = title
      self.tiles = tiles
    }
  }

  public var groups: [Group]
  /// Each state's words ("con análisis", "sin datos", "no declarado").
  public var stateLabels: [State: String]

  public init(groups: [Group], stateLabels: [State: String]) {
    self.groups = groups
    self.stateLabels = stateLabels
  }

  public func label(_ state: State) -> String { stateLabels[state] ?? "\(state)" }
}

extension Composer {
  /// The dimensions of stages B and C as tiles, or `nil` when the plan declares none of them (the
  /// chapter then says "No declarado" and a figure of empty tiles would add nothing).
  func environmentFigure() -> Figure? {
    guard let diagnosis = plan.diagnosis,
      !diagnosis.internalDimensions.isEmpty || !diagnosis.externalDimensions.isEmpty
    else { return nil }
    func tiles(_ keys: [String], _ declared: [String: Dimension], name: (String) -> String)
      -> [EnvironmentDiagram.Tile]
    {
      keys.map { key in
        let state: EnvironmentDiagram.State
        // The same reading as the chapter's definitions: a reason means "sin datos", a text an
        // analysis, anything else is not declared.
        if declared[key]?.noData != nil {
          state = .noData
        } else if declared[key]?.text != nil {
          state = .analysed
        } else {
          state = .missing
        }
        return EnvironmentDiagram.Tile(name: name(key), state: state)
      }
    }
    let diagram = EnvironmentDiagram(
      groups: [
        EnvironmentDiagram.Group(
          title: labels.internalAnalysis,
          tiles: tiles(Diagnosis.internalKeys, diagnosis.internalDimensions, name: labels.internalDimension)),
        EnvironmentDiagram.Group(
          title: labels.externalAnalysis,
          tiles: tiles(Diagnosis.externalKeys, diagnosis.externalDimensions, name: labels.externalDimension)),
      ],
      stateLabels: [
        .analysed: labels.analysedState, .noData: labels.noDataState, .missing: labels.undeclaredState,
      ])
    return Figure(
      caption: labels.environmentCaption,
      anchor: "figura-entorno", diagram: .environment(diagram))
  }
}
