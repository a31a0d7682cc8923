/// The summary of a monitoring period: for each axis (and the whole plan), how many of its actions
/// and indicators are in each status, and the axis's own status from the roll-up. Each status is a
/// column headed by its shape and its word.
public struct StatusBoardDiagram: Sendable {
  public struct Row: Sendable {
    public var title: String
    /// Per status of `StatusBoardDiagram.columns`, how many items.
    public var counts: [Int]
    public var status: StatusMark
    public var statusWord: String
    /// The row that totals the others (drawn in bold).
    public var isTotal: Bool
    public init(title: String, counts: [Int], status: StatusMark, statusWord: String, isTotal: Bool = false) {
      self.title = title
      self.counts = counts
      self.status = status
      self.statusWord = statusWord
      self.isTotal = isTotal
    }
  }

  /// The status columns: their shape and word.
  public var columns: [(mark: StatusMark, word: String)]
  public var rows: [Row]
  /// "Eje", "Estado del eje".
  public var axisHeader: String
  public var statusHeader: String
  public var description: String

  public init(
    columns: [(mark: StatusMark, word: String)], rows: [Row], axisHeader: String, statusHeader: String,
    description: String
  ) {
    self.columns = columns
    self.rows = rows
    self.axisHeader = axisHeader
    self.statusHeader = statusHeader
    self.description = description
  }
}
