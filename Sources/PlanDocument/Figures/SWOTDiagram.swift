import PlanModel

/// The FODA / SWOT matrix: two rows (internal, external) by two columns (favourable,
/// unfavourable), each cell the items of one quadrant with their ids; weaknesses and threats show
/// the actions that address them.
public struct SWOTDiagram: Sendable {
  public struct Item: Sendable {
    public var id: String
    public var text: String
    /// Ids of the actions that address the item (weaknesses and threats).
    public var actions: [String]
    public init(id: String, text: String, actions: [String] = []) {
      self.id = id
      self.text = text
      self.actions = actions
    }
  }

  public struct Cell: Sendable {
    public var title: String
    public var items: [Item]
    /// Whether the cell lists the actions addressing each item.
    public var showsActions: Bool
    public init(title: String, items: [Item], showsActions: Bool) {
      self.title = title
      self.items = items
      self.showsActions = showsActions
    }
  }

  /// Row and column headings: internal / external, favourable / unfavourable.
  public var internalLabel: String
  public var externalLabel: String
  public var favourableLabel: String
  public var unfavourableLabel: String
  /// "Acciones" (before the list of action ids) and what to say when an item has none.
  public var actionsLabel: String
  public var noActionLabel: String
  /// Strengths, weaknesses (internal row); opportunities, threats (external row).
  public var strengths: Cell
  public var weaknesses: Cell
  public var opportunities: Cell
  public var threats: Cell

  public init(
    internalLabel: String, externalLabel: String, favourableLabel: String, unfavourableLabel: String,
    actionsLabel: String, noActionLabel: String, strengths: Cell, weaknesses: Cell, opportunities: Cell,
    threats: Cell
  ) {
    self.internalLabel = internalLabel
    self.externalLabel = externalLabel
    self.favourableLabel = favourableLabel
    self.unfavourableLabel = unfavourableLabel
    self.actionsLabel = actionsLabel
    self.noActionLabel = noActionLabel
    self.strengths = strengths
    self.weaknesses = weaknesses
    self.opportunities = opportunities
    self.threats = threats
  }
}

extension Composer {
  func swotFigure() -> Figure {
    func cell(_ quadrant: String, showsActions: Bool) -> SWOTDiagram.Cell {
      let items = plan.swot.filter { $0.quadrant == quadrant }.map { item in
        SWOTDiagram.Item(
          id: item.id, text: item.text,
          actions: plan.actions.filter { $0.addresses.contains { $0.name == item.id } }.map(\.id))
      }
      return SWOTDiagram.Cell(title: labels.quadrant(quadrant), items: items, showsActions: showsActions)
    }
    let diagram = SWOTDiagram(
      internalLabel: labels.swotInternalRow, externalLabel: labels.swotExternalRow,
      favourableLabel: labels.favourable, unfavourableLabel: labels.unfavourable,
      actionsLabel: labels.actionsServing, noActionLabel: labels.noAction,
      strengths: cell("fortaleza", showsActions: false), weaknesses: cell("debilidad", showsActions: true),
      opportunities: cell("oportunidad", showsActions: false), threats: cell("amenaza", showsActions: true))
    return Figure(
      caption: labels.swotCaption,
      anchor: "figura-foda", diagram: .swot(diagram))
  }
}
