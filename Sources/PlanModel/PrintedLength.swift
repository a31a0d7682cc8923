import PlanDiagnostics

/// How long a text may be where the PDF gives it a fixed space — the cover, the running head at the
/// top of every page, headings and the index, the labels of the Gantt chart — and how it is
/// shortened there (at a word, with `…`). The document composer shortens; the checker warns
/// (M018), so a shortened text is never a surprise; and the full text is printed where there is room.
public enum PrintedLength {
  /// About five lines of the cover's 28-point title.
  public static let coverTitle = 140
  /// One line of the cover's city, in capitals.
  public static let coverCity = 60
  /// One line of the running head (city, subject, version).
  public static let runningHead = 90
  /// A heading and its line in the index: three or four lines at most.
  public static let heading = 160
  /// A group or row label of the Gantt chart.
  public static let figureLabel = 120
  /// The version, in the running head of every page.
  public static let version = 20

  /// `text` if it fits, or its first words with `…`, at most `limit` characters in all.
  public static func shortened(_ text: String, to limit: Int) -> String {
    guard text.count > limit else { return text }
    var cut = text.prefix(limit - 1)
    // End at a word when one ends in the last fifth.
    if let space = cut.lastIndex(where: \.isWhitespace),
      cut.distance(from: space, to: cut.endIndex) < limit / 5
    {
      cut = cut[..<space]
    }
    while let last = cut.last, last.isWhitespace || last.isPunctuation { cut = cut.dropLast() }
    return String(cut) + "…"
  }

  /// A warning for each text the document will shorten.
  static func check(_ plan: Plan) -> [Diagnostic] {
    var found: [Diagnostic] = []
    func warn(_ text: String?, limit: Int, at range: SourceRange?, _ what: Localized, _ where_: Localized) {
      guard let text, let range, text.count > limit else { return }
      found.append(
        Diagnostic(
          code: "M018", severity: .warning,
          message: Localized(
            es: "\(what.es) tiene \(text.count) caracteres: \(where_.es) se acorta a \(limit), con «…»",
            en: "\(what.en) has \(text.count) characters: \(where_.en) it is shortened to \(limit), with “…”",
            pt:
              "\(what.text(.pt)) tem \(text.count) caracteres: \(where_.text(.pt)) é encurtado para \(limit), com «…»"
          ),
          range: range,
          help: Localized(
            es: "acórtelo: un título claro cabe en una o dos líneas",
            en: "shorten it: a clear title fits in one or two lines",
            pt: "encurte-o: um título claro cabe em uma ou duas linhas")))
    }
    let coverPlace = Localized(es: "en la portada", en: "on the cover", pt: "na capa")
    warn(
      plan.metadata.title?.value, limit: coverTitle, at: plan.metadata.title?.range,
      Localized(es: "el título del plan", en: "the plan's title", pt: "o título do plano"), coverPlace)
    let city = plan.metadata.city?.value ?? ""
    warn(
      city, limit: coverCity, at: plan.metadata.city?.range,
      Localized(es: "el nombre de la ciudad", en: "the city's name", pt: "o nome da cidade"),
      Localized(
        es: "en la portada y en el encabezado de cada página", en: "on the cover and in the running head",
        pt: "na capa e no cabeçalho de cada página"))
    warn(
      plan.metadata.version?.value, limit: version, at: plan.metadata.version?.range,
      Localized(es: "la versión", en: "the version", pt: "a versão"),
      Localized(
        es: "en el encabezado de cada página", en: "in the running head", pt: "no cabeçalho de cada página"))
    let headingPlaces = Localized(
      es:
        "en su encabezado, el índice, las tablas y las figuras (el texto completo va debajo del encabezado)",
      en: "in its heading, the index, tables and figures (the full text follows the heading)",
      pt: "em seu cabeçalho, no índice, nas tabelas e nas figuras (o texto completo vem abaixo do cabeçalho)")
    for axis in plan.axes {
      warn(
        axis.title, limit: min(heading, figureLabel), at: axis.range,
        Localized(es: "el título del eje", en: "the axis title", pt: "o título do eixo"), headingPlaces)
      for objective in axis.objectives {
        warn(
          objective.title, limit: heading, at: objective.range,
          Localized(
            es: "el título del objetivo `\(objective.id)`", en: "the title of objective `\(objective.id)`",
            pt: "o título do objetivo `\(objective.id)`"), headingPlaces)
      }
    }
    for action in plan.actions {
      warn(
        action.title, limit: min(heading, figureLabel), at: action.range,
        Localized(
          es: "el título de la acción `\(action.id)`", en: "the title of action `\(action.id)`",
          pt: "o título da ação `\(action.id)`"), headingPlaces)
    }
    return found
  }
}
