import PlanCheck
import PlanDiagnostics

/// The words of chapters 4–6: axes, tools, actions.
extension Labels {
  // MARK: - 4. Axes

  public func axisHeading(_ kindLabel: String, _ title: String?) -> String {
    guard let title, !title.isEmpty else { return kindLabel }
    return "\(kindLabel): \(title)"
  }
  public var sponsor: String { pick("Líder", "Sponsor", "Líder") }
  public var owner: String { pick("Responsable", "Owner", "Responsável") }
  public var values: String { pick("Valores", "Values", "Valores") }
  public var term: String { pick("Plazo", "Term", "Prazo") }
  public var sdg: String { pick("Metas ODS", "SDG targets", "Metas ODS") }
  public var indicators: String { pick("Indicadores", "Indicators", "Indicadores") }
  public var actionsServing: String { pick("Acciones", "Actions", "Ações") }
  public var noObjectives: String {
    pick("El eje no declara objetivos.", "The axis declares no objectives.", "O eixo não declara objetivos.")
  }
  public var actors: String {
    pick("Actores del territorio", "Actors of the territory", "Atores do território")
  }
  public func strategicQuestion(_ key: String) -> String {
    switch key {
    case "que_tengo": return pick("¿Qué tengo?", "What do we have?", "O que temos?")
    case "para_que": return pick("¿Para qué?", "What for?", "Para quê?")
    case "con_quien": return pick("¿Con quién?", "With whom?", "Com quem?")
    case "hacia_donde": return pick("¿Hacia dónde?", "Where to?", "Para onde?")
    case "por_que": return pick("¿Por qué?", "Why?", "Por quê?")
    case "cuando": return pick("¿Cuándo?", "When?", "Quando?")
    default: return key
    }
  }
  /// `0 (2025) a 60 (2026)`: a word, not an arrow — the bundled fonts have no arrows.
  public func baselineToTargets(_ baseline: String, _ targets: String) -> String {
    "\(baseline) \(pick("a", "to", "a")) \(targets)"
  }
  public var baselineWord: String { pick("base", "baseline", "base") }
  public var targetWord: String { pick("meta", "target", "meta") }

  // MARK: - 5. Tools

  public var toolColumn: String { pick("Herramienta", "Tool", "Ferramenta") }
  public var useInPlanColumn: String { pick("Uso en el plan", "Use in the plan", "Uso no plano") }
  public var toolsIntro: String {
    pick(
      "Herramientas de internacionalización del método que el plan declara usar.",
      "The method's internationalization tools that the plan declares it uses.",
      "Ferramentas de internacionalização do método que o plano declara usar.")
  }

  // MARK: - 6. Actions

  public var actionsTable: String { pick("Cuadro de acciones", "Table of actions", "Quadro de ações") }
  public var actionSheets: String { pick("Fichas de las acciones", "Action sheets", "Fichas das ações") }
  public func actionsIntro(_ count: Int) -> String {
    count == 1
      ? pick("El plan tiene 1 acción.", "The plan has 1 action.", "O plano tem 1 ação.")
      : pick(
        "El plan tiene \(count) acciones.", "The plan has \(count) actions.", "O plano tem \(count) ações.")
  }
  /// The term in one word, for narrow table columns ("Mediano").
  public func shortTerm(_ term: String) -> String {
    switch term {
    case "corto": return pick("Corto", "Short", "Curto")
    case "mediano": return pick("Mediano", "Medium", "Médio")
    case "largo": return pick("Largo", "Long", "Longo")
    default: return term
    }
  }
  public var actionColumn: String { pick("Acción", "Action", "Ação") }
  public var partnersColumn: String { pick("Socios", "Partners", "Parceiros") }
  public var termColumn: String { pick("Plazo", "Term", "Prazo") }
  public var periodColumn: String { pick("Período", "Period", "Período") }
  public var budgetColumn: String { pick("Presupuesto", "Budget", "Orçamento") }
  public var indicatorColumn: String { pick("Indicador", "Indicator", "Indicador") }
  public var objectives: String { pick("Objetivos", "Objectives", "Objetivos") }
  public var tool: String { pick("Herramienta", "Tool", "Ferramenta") }
  public var partners: String { pick("Socios", "Partners", "Parceiros") }
  public var period: String { pick("Período", "Period", "Período") }
  public var budget: String { pick("Presupuesto", "Budget", "Orçamento") }
  public var noCost: String { pick("Sin costo", "No cost", "Sem custo") }
  public var addresses: String { pick("Atiende", "Addresses", "Atende") }
  public var dependsOn: String { pick("Depende de", "Depends on", "Depende de") }
  public var uses: String { pick("Usa", "Uses", "Usa") }
  public var ideas: String { pick("Ideas", "Ideas", "Ideias") }
  public var milestones: String { pick("Hitos", "Milestones", "Marcos") }
  public var actionStatus: String { pick("Estado", "Status", "Situação") }
  public var description: String { pick("Descripción", "Description", "Descrição") }
}
