/// The words of the parts real plans add to the method's: programmes, co-owners, one-off events,
/// budgets by year and source.
extension Labels {
  /// The heading of a foreword the plan does not title.
  public var forewordTitle: String { pick("Presentación", "Foreword", "Apresentação") }
  /// "Anexo III. " before the title of an annex the plan writes.
  public func annexNumber(_ number: String) -> String {
    pick("Anexo \(number). ", "Annex \(number). ", "Anexo \(number). ")
  }
  public var programmes: String { pick("Programas", "Programmes", "Programas") }
  public var programme: String { pick("Programa", "Programme", "Programa") }
  public var programmesIntro: String {
    pick(
      "Las acciones del plan se agrupan en programas: cada uno reúne las acciones que persiguen los mismos objetivos bajo un responsable.",
      "The plan's actions are grouped in programmes: each gathers the actions that pursue the same objectives under one owner.",
      "As ações do plano se agrupam em programas: cada um reúne as ações que perseguem os mesmos objetivos sob um responsável."
    )
  }
  /// "Programa Rincón Exporta" (a title that already says "Programa…" stays as it is): its
  /// heading, the caption of its part of the action table and its group in the timeline.
  public func programmeName(_ title: String) -> String {
    let words = ["programa", "programme", "program", "línea", "linea", "line"]
    let first = title.split(separator: " ").first.map { $0.lowercased() } ?? ""
    return words.contains(first) ? title : "\(programme) \(title)"
  }
  public var actionsOutsideProgrammes: String {
    pick("Acciones fuera de los programas", "Actions outside the programmes", "Ações fora dos programas")
  }
  public var coOwners: String { pick("Corresponsables", "Co-owners", "Corresponsáveis") }
  /// After the lead owner in the action table: "con …".
  public var coOwnersShort: String { pick("corresp.: ", "co-owners: ", "corresp.: ") }
  /// After a term the plan did not declare: "Corto plazo (según sus fechas)".
  public var inferredTerm: String { pick("según sus fechas", "from its dates", "segundo suas datas") }
  public var eventDate: String { pick("Fecha", "Date", "Data") }
  public var eventName: String { pick("Evento", "Event", "Evento") }
  public var budgetSection: String { pick("Presupuesto", "Budget", "Orçamento") }
  public var budgetIntro: String {
    pick(
      "Montos por año y fuente de financiamiento, en la moneda de cada uno.",
      "Amounts by year and source of funding, each in its currency.",
      "Valores por ano e fonte de financiamento, cada um na sua moeda.")
  }
  public var planBudgetCaption: String {
    pick(
      "Presupuesto propio del plan (su gestión y coordinación), por año y fuente.",
      "The plan's own budget (its management and coordination), by year and source.",
      "Orçamento próprio do plano (sua gestão e coordenação), por ano e fonte.")
  }
  public var actionsBudgetCaption: String {
    pick(
      "Presupuesto de las acciones por año y fuente.", "Budget of the actions by year and source.",
      "Orçamento das ações por ano e fonte.")
  }
  public var planBudget: String {
    pick("Presupuesto propio del plan", "The plan's own budget", "Orçamento próprio do plano")
  }
  public var yearColumn: String { pick("Año", "Year", "Ano") }
  public var noYear: String { pick("Sin año", "No year", "Sem ano") }
  public var noSource: String { pick("Sin fuente declarada", "No source declared", "Sem fonte declarada") }
  public var totalRow: String { pick("Total", "Total", "Total") }
  /// "motivación económica", after a thematic axis in the executive summary.
  public func motivationServed(_ motivation: String) -> String {
    switch motivation {
    case "politico": return pick("motivación política", "political motivation", "motivação política")
    case "economico": return pick("motivación económica", "economic motivation", "motivação econômica")
    case "cognitivo": return pick("motivación cognitiva", "cognitive motivation", "motivação cognitiva")
    case "social": return pick("motivación social", "social motivation", "motivação social")
    default: return motivation
    }
  }
}
