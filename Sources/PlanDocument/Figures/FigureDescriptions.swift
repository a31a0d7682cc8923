/// Each figure's alternative text (the PDF's `/Alt`, what a screen reader says in its place):
/// what the diagram shows and its main content, in a sentence or two made from the same data the
/// diagram is drawn from.
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

  /// "A, B y C" (the last two joined by the language's "and").
  func series(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + pick(" y ", " and ", " e ") + items.last!
  }

  private func describe(_ swot: SWOTDiagram) -> String {
    let cells = [swot.strengths, swot.weaknesses, swot.opportunities, swot.threats]
    let counts = series(
      cells.map { "\($0.items.count) \($0.title.lowercased().split(separator: " ").first ?? "")" })
    let unaddressed = [swot.weaknesses, swot.threats].flatMap(\.items).filter(\.actions.isEmpty).count
    return pick(
      "Matriz FODA: \(counts); cada debilidad y amenaza muestra las acciones que la atienden"
        + (unaddressed > 0 ? " (\(unaddressed) sin acción)." : "."),
      "SWOT matrix: \(counts); each weakness and threat shows the actions that address it"
        + (unaddressed > 0 ? " (\(unaddressed) with no action)." : "."),
      "Matriz FOFA: \(counts); cada fraqueza e ameaça mostra as ações que a atendem"
        + (unaddressed > 0 ? " (\(unaddressed) sem ação)." : "."))
  }

  private func describe(_ axes: AxesDiagram) -> String {
    let columns = axes.columns.map { column -> String in
      let name = column.title ?? column.kind
      if column.notApplicable != nil {
        return pick("\(name) (no aplica)", "\(name) (not applicable)", "\(name) (não se aplica)")
      }
      let objectives = column.objectives.count
      let actions = column.actions
      return pick(
        "\(name) (\(objectives) \(objectives == 1 ? "objetivo" : "objetivos"), \(actions) \(actions == 1 ? "acción" : "acciones"))",
        "\(name) (\(objectives) \(objectives == 1 ? "objective" : "objectives"), \(actions) \(actions == 1 ? "action" : "actions"))",
        "\(name) (\(objectives) \(objectives == 1 ? "objetivo" : "objetivos"), \(actions) \(actions == 1 ? "ação" : "ações"))"
      )
    }
    return pick(
      "Los ejes del plan con sus objetivos y la cantidad de acciones de cada uno: \(series(columns)).",
      "The plan's axes with their objectives and how many actions serve each: \(series(columns)).",
      "Os eixos do plano com seus objetivos e quantas ações servem cada um: \(series(columns)).")
  }

  private func describe(_ questions: StrategicQuestionsDiagram) -> String {
    let answered = questions.tiles.filter { $0.answer != nil }.count
    let list = series(questions.tiles.map(\.question))
    return pick(
      "\(questions.title) del eje estratégico, en seis recuadros con su respuesta (\(list)); el plan responde \(answered) de 6.",
      "\(questions.title) of the strategic axis, six boxes with their answers (\(list)); the plan answers \(answered) of 6.",
      "\(questions.title) do eixo estratégico, seis quadros com suas respostas (\(list)); o plano responde \(answered) de 6."
    )
  }

  private func describe(_ matrix: ToolMatrixDiagram) -> String {
    let totals = matrix.rows.map { ($0.tool, $0.counts.reduce(0, +)) }.filter { $0.1 > 0 }
    let most = totals.max { $0.1 < $1.1 }
    let lead =
      most.map {
        pick(
          " La más usada: \($0.0), en \($0.1) acciones.", " The most used: \($0.0), in \($0.1) actions.",
          " A mais usada: \($0.0), em \($0.1) ações.")
      } ?? ""
    return pick(
      "Las \(matrix.rows.count) herramientas de internacionalización por eje (\(series(matrix.columns))), con las acciones que usan cada una; \(totals.count) herramientas tienen acciones.",
      "The \(matrix.rows.count) internationalization tools by axis (\(series(matrix.columns))), with the actions that use each; \(totals.count) tools have actions.",
      "As \(matrix.rows.count) ferramentas de internacionalização por eixo (\(series(matrix.columns))), com as ações que usam cada uma; \(totals.count) ferramentas têm ações."
    )
      + lead
  }

  private func describe(_ sheet: BrandSheetDiagram) -> String {
    let colours = series(
      sheet.swatches.map { $0.label.split(separator: "·").last.map { $0.trimmingWhitespace() } ?? $0.hex })
    let faces = series(sheet.typefaces.map(\.family))
    return pick(
      "Ficha de la marca «\(sheet.name)»: paleta de \(sheet.swatches.count) colores (\(colours)), tipografías \(faces), \(sheet.attributes.count) atributos y \(sheet.audiences.count) públicos.",
      "Brand sheet «\(sheet.name)»: a palette of \(sheet.swatches.count) colours (\(colours)), typefaces \(faces), \(sheet.attributes.count) attributes and \(sheet.audiences.count) audiences.",
      "Ficha da marca «\(sheet.name)»: paleta de \(sheet.swatches.count) cores (\(colours)), tipografias \(faces), \(sheet.attributes.count) atributos e \(sheet.audiences.count) públicos."
    )
  }

  private func describe(_ chart: GanttDiagram) -> String {
    let rows = chart.groups.flatMap(\.rows)
    let terms = [GanttDiagram.Term.short, .medium, .long].map { term in
      "\(rows.filter { $0.term == term }.count) \(chart.termNames[term]?.lowercased() ?? "")"
    }
    let milestones = rows.reduce(0) { $0 + $1.milestones.count }
    let dependencies = rows.reduce(0) { $0 + $1.dependsOn.count }
    let events = rows.filter { $0.event != nil }.count
    if chart.byProgramme || events > 0 {
      let by = chart.byProgramme ? pick("programa", "programme", "programa") : pick("eje", "axis", "eixo")
      return pick(
        "Cronograma de las \(rows.count) acciones de \(chart.firstYear) a \(chart.lastYear), agrupadas por \(by): \(series(terms)); \(events) eventos de un día, \(milestones) hitos y \(dependencies) dependencias entre acciones.",
        "Timeline of the \(rows.count) actions from \(chart.firstYear) to \(chart.lastYear), grouped by \(by): \(series(terms)); \(events) one-day events, \(milestones) milestones and \(dependencies) dependencies between actions.",
        "Cronograma das \(rows.count) ações de \(chart.firstYear) a \(chart.lastYear), agrupadas por \(by): \(series(terms)); \(events) eventos de um dia, \(milestones) marcos e \(dependencies) dependências entre ações."
      )
    }
    return pick(
      "Cronograma de las \(rows.count) acciones de \(chart.firstYear) a \(chart.lastYear), agrupadas por eje: \(series(terms)); \(milestones) hitos y \(dependencies) dependencias entre acciones.",
      "Timeline of the \(rows.count) actions from \(chart.firstYear) to \(chart.lastYear), grouped by axis: \(series(terms)); \(milestones) milestones and \(dependencies) dependencies between actions.",
      "Cronograma das \(rows.count) ações de \(chart.firstYear) a \(chart.lastYear), agrupadas por eixo: \(series(terms)); \(milestones) marcos e \(dependencies) dependências entre ações."
    )
  }

  private func describe(_ commission: CommissionDiagram) -> String {
    let groups = series(commission.groups.map { "\($0.title) \($0.members.count)" })
    let members = commission.groups.flatMap(\.members).filter(\.isCommissionMember).count
    let chair =
      commission.chair.map { pick(", presidida por \($0),", ", chaired by \($0),", ", presidida por \($0),") }
      ?? ""
    guard commission.hasCommission else {
      return pick(
        "Los participantes del plan en los cuatro grupos del método: \(groups); el plan no declara comisión.",
        "The plan's participants in the method's four groups: \(groups); the plan declares no commission.",
        "Os participantes do plano nos quatro grupos do método: \(groups); o plano não declara comissão.")
    }
    return pick(
      "\(commission.title)\(chair) con \(members) integrantes, y los participantes del plan en los cuatro grupos del método: \(groups).",
      "\(commission.title)\(chair) with \(members) members, and the plan's participants in the method's four groups: \(groups).",
      "\(commission.title)\(chair) com \(members) integrantes, e os participantes do plano nos quatro grupos do método: \(groups)."
    )
  }

  private func describe(_ map: MindMapDiagram) -> String {
    let ideas = map.branches.reduce(0) { $0 + $1.ideas.count }
    let branches = series(map.branches.compactMap(\.label))
    return pick(
      "Mapa mental de la lluvia de ideas alrededor de «\(map.centre)»: \(ideas) ideas conservadas en \(map.branches.count) ramas"
        + (branches.isEmpty ? "." : " (\(branches))."),
      "Mind map of the brainstorm around «\(map.centre)»: \(ideas) kept ideas in \(map.branches.count) branches"
        + (branches.isEmpty ? "." : " (\(branches))."),
      "Mapa mental da chuva de ideias em torno de «\(map.centre)»: \(ideas) ideias mantidas em \(map.branches.count) ramos"
        + (branches.isEmpty ? "." : " (\(branches))."))
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
    let groups = series(partners.groups.map(\.title))
    return pick(
      "Los \(all.count) socios externos de \(partners.city) por tipo (\(groups)), con el estado de cada vínculo: \(series(counts)).",
      "The \(all.count) external partners of \(partners.city) by kind (\(groups)), with the status of each tie: \(series(counts)).",
      "Os \(all.count) parceiros externos de \(partners.city) por tipo (\(groups)), com a situação de cada vínculo: \(series(counts))."
    )
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
    return pick(
      "Las \(tiles.count) dimensiones del diagnóstico interno y externo: \(series(counts)).",
      "The \(tiles.count) dimensions of the internal and external diagnosis: \(series(counts)).",
      "As \(tiles.count) dimensões do diagnóstico interno e externo: \(series(counts)).")
  }
}
