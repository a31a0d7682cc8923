/// A numbered figure: a diagram drawn from the plan model (so it can never disagree with the text),
/// its caption, and the destination the list of figures links to. The layout numbers the figures
/// in reading order and draws the diagram in the bundled fonts.
public struct Figure: Sendable {
  public var caption: String
  public var anchor: String
  public var diagram: Diagram
  /// The figure's alternative text: a sentence or two saying what it shows and its main content,
  /// for readers who cannot see it (the PDF's `/Alt`).
  public var description: String
  public init(caption: String, anchor: String, diagram: Diagram, description: String? = nil) {
    self.caption = caption
    self.anchor = anchor
    self.diagram = diagram
    self.description = description ?? caption
  }
}

/// What a figure shows: the data of one kind of diagram, texts already localized. Each kind has its
/// own file here (the data, and how the composer extracts it from the plan) and one in
/// `PlanLayout/Diagrams/` (how it is drawn).
public enum Diagram: Sendable {
  case swot(SWOTDiagram)
  case axes(AxesDiagram)
  case strategicQuestions(StrategicQuestionsDiagram)
  case toolMatrix(ToolMatrixDiagram)
  case brandSheet(BrandSheetDiagram)
  case gantt(GanttDiagram)
  case commission(CommissionDiagram)
  case mindMap(MindMapDiagram)
  case partners(PartnersDiagram)
  case environment(EnvironmentDiagram)
  case picture(PictureDiagram)
  /// The progress report's figures (`plan report`).
  case indicatorChart(IndicatorChartDiagram)
  case statusBoard(StatusBoardDiagram)
}
