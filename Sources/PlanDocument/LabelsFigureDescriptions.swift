import PlanDiagnostics

/// The sentences of each figure's alternative text (`Figures/FigureDescriptions.swift` counts and
/// lists what the diagram shows; these say it).
extension Labels {
  /// "A, B y C" (the last two joined by the language's "and").
  func series(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + pick(" y ", " and ", " e ") + items.last!
  }

  func swotDescription(counts: String, unaddressed: Int) -> String {
    pick(
      "Matriz FODA: \(counts); cada debilidad y amenaza muestra las acciones que la atienden"
        + (unaddressed > 0 ? " (\(unaddressed) sin acción)." : "."),
      "SWOT matrix: \(counts); each weakness and threat shows the actions that address it"
        + (unaddressed > 0 ? " (\(unaddressed) with no action)." : "."),
      "Matriz FOFA: \(counts); cada fraqueza e ameaça mostra as ações que a atendem"
        + (unaddressed > 0 ? " (\(unaddressed) sem ação)." : "."))
  }

  /// One axis of the axes figure: "Político (2 objetivos, 5 acciones)", or that it does not apply.
  func axisColumnDescription(_ name: String, objectives: Int, actions: Int) -> String {
    pick(
      "\(name) (\(objectives) \(objectives == 1 ? "objetivo" : "objetivos"), \(actions) \(actions == 1 ? "acción" : "acciones"))",
      "\(name) (\(objectives) \(objectives == 1 ? "objective" : "objectives"), \(actions) \(actions == 1 ? "action" : "actions"))",
      "\(name) (\(objectives) \(objectives == 1 ? "objetivo" : "objetivos"), \(actions) \(actions == 1 ? "ação" : "ações"))"
    )
  }
  func axisNotApplicableDescription(_ name: String) -> String {
    pick("\(name) (no aplica)", "\(name) (not applicable)", "\(name) (não se aplica)")
  }
  func axesDescription(_ columns: String) -> String {
    pick(
      "Los ejes del plan con sus objetivos y la cantidad de acciones de cada uno: \(columns).",
      "The plan's axes with their objectives and how many actions serve each: \(columns).",
      "Os eixos do plano com seus objetivos e quantas ações servem cada um: \(columns).")
  }

  func strategicQuestionsDescription(title: String, questions: String, answered: Int) -> String {
    pick(
      "\(title) del eje estratégico, en seis recuadros con su respuesta (\(questions)); el plan responde \(answered) de 6.",
      "\(title) of the strategic axis, six boxes with their answers (\(questions)); the plan answers \(answered) of 6.",
      "\(title) do eixo estratégico, seis quadros com suas respostas (\(questions)); o plano responde \(answered) de 6."
    )
  }

  func toolMatrixDescription(tools: Int, columns: String, used: Int) -> String {
    pick(
      "Las \(tools) herramientas de internacionalización por eje (\(columns)), con las acciones que usan cada una; \(used) herramientas tienen acciones.",
      "The \(tools) internationalization tools by axis (\(columns)), with the actions that use each; \(used) tools have actions.",
      "As \(tools) ferramentas de internacionalização por eixo (\(columns)), com as ações que usam cada uma; \(used) ferramentas têm ações."
    )
  }
  /// After the tools' sentence: the tool the most actions use.
  func mostUsedToolDescription(_ tool: String, actions: Int) -> String {
    pick(
      " La más usada: \(tool), en \(actions) acciones.", " The most used: \(tool), in \(actions) actions.",
      " A mais usada: \(tool), em \(actions) ações.")
  }

  func brandSheetDescription(
    name: String, colourCount: Int, colours: String, faces: String, attributes: Int, audiences: Int
  ) -> String {
    pick(
      "Ficha de la marca «\(name)»: paleta de \(colourCount) colores (\(colours)), tipografías \(faces), \(attributes) atributos y \(audiences) públicos.",
      "Brand sheet «\(name)»: a palette of \(colourCount) colours (\(colours)), typefaces \(faces), \(attributes) attributes and \(audiences) audiences.",
      "Ficha da marca «\(name)»: paleta de \(colourCount) cores (\(colours)), tipografias \(faces), \(attributes) atributos e \(audiences) públicos."
    )
  }

  /// The timeline grouped by axis; grouped by programme or with one-day events, it says so.
  func timelineDescription(
    actions rows: Int, from first: Int, to last: Int, terms: String, events: Int, milestones: Int,
    dependencies: Int, byProgramme: Bool
  ) -> String {
    if byProgramme || events > 0 {
      let by = byProgramme ? pick("programa", "programme", "programa") : pick("eje", "axis", "eixo")
      return pick(
        "Cronograma de las \(rows) acciones de \(first) a \(last), agrupadas por \(by): \(terms); \(events) eventos de un día, \(milestones) hitos y \(dependencies) dependencias entre acciones.",
        "Timeline of the \(rows) actions from \(first) to \(last), grouped by \(by): \(terms); \(events) one-day events, \(milestones) milestones and \(dependencies) dependencies between actions.",
        "Cronograma das \(rows) ações de \(first) a \(last), agrupadas por \(by): \(terms); \(events) eventos de um dia, \(milestones) marcos e \(dependencies) dependências entre ações."
      )
    }
    return pick(
      "Cronograma de las \(rows) acciones de \(first) a \(last), agrupadas por eje: \(terms); \(milestones) hitos y \(dependencies) dependencias entre acciones.",
      "Timeline of the \(rows) actions from \(first) to \(last), grouped by axis: \(terms); \(milestones) milestones and \(dependencies) dependencies between actions.",
      "Cronograma das \(rows) ações de \(first) a \(last), agrupadas por eixo: \(terms); \(milestones) marcos e \(dependencies) dependências entre ações."
    )
  }

  /// ", presidida por …," after the commission's name.
  func chairedByDescription(_ chair: String) -> String {
    pick(", presidida por \(chair),", ", chaired by \(chair),", ", presidida por \(chair),")
  }
  func participantsDescription(groups: String) -> String {
    pick(
      "Los participantes del plan en los cuatro grupos del método: \(groups); el plan no declara comisión.",
      "The plan's participants in the method's four groups: \(groups); the plan declares no commission.",
      "Os participantes do plano nos quatro grupos do método: \(groups); o plano não declara comissão.")
  }
  func commissionDescription(title: String, chair: String, members: Int, groups: String) -> String {
    pick(
      "\(title)\(chair) con \(members) integrantes, y los participantes del plan en los cuatro grupos del método: \(groups).",
      "\(title)\(chair) with \(members) members, and the plan's participants in the method's four groups: \(groups).",
      "\(title)\(chair) com \(members) integrantes, e os participantes do plano nos quatro grupos do método: \(groups)."
    )
  }

  func mindMapDescription(centre: String, ideas: Int, branchCount: Int, branches: String) -> String {
    pick(
      "Mapa mental de la lluvia de ideas alrededor de «\(centre)»: \(ideas) ideas conservadas en \(branchCount) ramas"
        + (branches.isEmpty ? "." : " (\(branches))."),
      "Mind map of the brainstorm around «\(centre)»: \(ideas) kept ideas in \(branchCount) branches"
        + (branches.isEmpty ? "." : " (\(branches))."),
      "Mapa mental da chuva de ideias em torno de «\(centre)»: \(ideas) ideias mantidas em \(branchCount) ramos"
        + (branches.isEmpty ? "." : " (\(branches))."))
  }

  func partnersDescription(partners: Int, city: String, groups: String, statuses: String) -> String {
    pick(
      "Los \(partners) socios externos de \(city) por tipo (\(groups)), con el estado de cada vínculo: \(statuses).",
      "The \(partners) external partners of \(city) by kind (\(groups)), with the status of each tie: \(statuses).",
      "Os \(partners) parceiros externos de \(city) por tipo (\(groups)), com a situação de cada vínculo: \(statuses)."
    )
  }

  func environmentDescription(dimensions: Int, states: String) -> String {
    pick(
      "Las \(dimensions) dimensiones del diagnóstico interno y externo: \(states).",
      "The \(dimensions) dimensions of the internal and external diagnosis: \(states).",
      "As \(dimensions) dimensões do diagnóstico interno e externo: \(states).")
  }
}
