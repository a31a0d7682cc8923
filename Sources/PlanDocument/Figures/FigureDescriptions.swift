/// Each figure's alternative text (the PDF's `/Alt`, what a screen reader says in its place):
/// what the diagram shows and its main content, in a sentence or two made from the same data the
/// diagram is drawn from. The sentences are in `LabelsFigureDescriptions`; here, what they count.
extension Composer {
  /// Places a figure with its description.
  mutating func placeFigure(_ figure: Figure) {
    var figure = figure
    figure.description = labels.describe(figure.diagram, caption: figure.caption)
    writer.figure(figure)
  }
}

extension Labels {
  func describe(_ diagram: Diagram, caption: String) -> String {
    switch diagram {
    case .swot(let swot): return describe(swot)
    case .axes(let axes): return describe(axes)
    case .strategicQuestions(let questions): return describe(questions)
    case .toolMatrix(let matrix): return describe(matrix)
    case .brandSheet(let sheet): return describe(sheet)
    case .gantt(let chart): return describe(chart)
    case .commission(let commission): return describe(commission)
    case .mindMap(let map): return describe(map)
    case .partners(let partners): return describe(partners)
    case .environment(let environment): return describe(environment)
    case .picture: return caption
    case .indicatorChart(let chart): return chart.description
    case .statusBoard(let board): return board.description
    }
  }

  private func describe(_ swot: SWOTDiagram) -> String {
    let cells = [swot.strengths, swot.weaknesses, swot.opportunities, swot.threats]
    let counts = series(
      cells.map { "\($0.items.count) \($0.title.lowercased().split(separator: " ").first ?? "")" })
    let unaddressed = [swot.weaknesses, swot.threats].flatMap(\.items).filter(\.actions.isEmpty).count
    return swotDescription(counts: counts, unaddressed: unaddressed)
  }

  private func describe(_ axes: AxesDiagram) -> String {
    let columns = axes.columns.map { column -> String in
      let name = column.title ?? column.kind
      if column.notApplicable != nil { return axisNotApplicableDescription(name) }
      return axisColumnDescription(name, objectives: column.objectives.count, actions: column.actions)
    }
    return axesDescription(series(columns))
  }

  private func describe(_ questions: StrategicQuestionsDiagram) -> String {
    strategicQuestionsDescription(
      title: questions.title, questions: series(questions.tiles.map(\.question)),
      answered: questions.tiles.filter { $0.answer != nil }.count)
  }

  private func describe(_ matrix: ToolMatrixDiagram) -> String {
    let totals = matrix.rows.map { ($0.tool, $0.counts.reduce(0, +)) }.filter { $0.1 > 0 }
    let sentence = toolMatrixDescription(
      tools: matrix.rows.count, columns: series(matrix.columns), used: totals.count)
    guard let most = totals.max(by: { $0.1 < $1.1 }) else { return sentence }
    return sentence + mostUsedToolDescription(most.0, actions: most.1)
  }

  private func describe(_ sheet: BrandSheetDiagram) -> String {
    let colours = series(
      sheet.swatches.map { $0.label.split(separator: "·").last.map { $0.trimmingWhitespace() } ?? $0.hex })
    return brandSheetDescription(
      name: sheet.name, colourCount: sheet.swatches.count, colours: colours,
      faces: series(sheet.typefaces.map(\.family)), attributes: sheet.attributes.count,
      audiences: sheet.audiences.count)
  }

  private func describe(_ chart: GanttDiagram) -> String {
    let rows = chart.groups.flatMap(\.rows)
    let terms = [GanttDiagram.Term.short, .medium, .long].map { term in
      "\(rows.filter { $0.term == term }.count) \(chart.termNames[term]?.lowercased() ?? "")"
    }
    return timelineDescription(
      actions: rows.count, from: chart.firstYear, to: chart.lastYear, terms: series(terms),
      events: rows.filter { $0.event != nil }.count,
      milestones: rows.reduce(0) { $0 + $1.milestones.count },
      dependencies: rows.reduce(0) { $0 + $1.dependsOn.count }, byProgramme: chart.byProgramme)
  }

  private func describe(_ commission: CommissionDiagram) -> String {
    let groups = series(commission.groups.map { "\($0.title) \($0.members.count)" })
    guard commission.hasCommission else { return participantsDescription(groups: groups) }
    var chair = ""
    if let name = commission.chair { chair = chairedByDescription(name) }
    return commissionDescription(
      title: commission.title, chair: chair,
      members: commission.groups.flatMap(\.members).filter(\.isCommissionMember).count, groups: groups)
  }

  private func describe(_ map: MindMapDiagram) -> String {
    mindMapDescription(
      centre: map.centre, ideas: map.branches.reduce(0) { $0 + $1.ideas.count },
      branchCount: map.branches.count, branches: series(map.branches.compactMap(\.label)))
  }

  private func describe(_ partners: PartnersDiagram) -> String {
    let all = partners.groups.flatMap(\.partners)
    var counts: [String] = []
    for status in [
      PartnersDiagram.Status.inForce, .negotiating, .proposed, .expired, .suspended, .undeclared,
    ] {
      let count = all.filter { $0.status == status }.count
      if count > 0 { counts.append("\(count) \(partners.statusLabels[status] ?? "")") }
    }
    return partnersDescription(
      partners: all.count, city: partners.city, groups: series(partners.groups.map(\.title)),
      statuses: series(counts))
  }

  private func describe(_ environment: EnvironmentDiagram) -> String {
    let tiles = environment.groups.flatMap(\.tiles)
    var counts: [String] = []
    for state in [EnvironmentDiagram.State.analysed, .noData, .missing] {
      let names = tiles.filter { $0.state == state }.map(\.name)
      if !names.isEmpty {
        let label = environment.stateLabels[state] ?? ""
        counts.append(
          state == .analysed ? "\(names.count) \(label)" : "\(names.count) \(label) (\(series(names)))")
      }
    }
    return environmentDescription(dimensions: tiles.count, states: series(counts))
  }
}
