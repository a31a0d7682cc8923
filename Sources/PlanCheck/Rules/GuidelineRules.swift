import PlanDiagnostics
import PlanModel

/// The twelve guidelines ("pautas principales") of the source method, G01–G12, in order.
enum GuidelineRules {
  static let all: [any Rule.Type] = [
    G01FormuladaPorLideres.self,
    G02DimensionTemporal.self,
    G03Integradora.self,
    G04ValoresComunes.self,
    G05LenguajeEnnoblecedor.self,
    G06Sinergia.self,
    G07Difusion.self,
    G08InformacionBienvenida.self,
    G09PersonalYCiudadania.self,
    G10CortoYLargoPlazo.self,
    G11AnalisisExcesivo.self,
    G12EscenariosYTecnologia.self,
  ]
}

/// Plain words the guideline rules share: group names, lists, counts and numbers.
enum GuidelineText {
  /// A participant group in plain words ("sociedad civil").
  static func group(_ key: String) -> Localized {
    switch key {
    case "liderazgo": return Localized(es: "liderazgo", en: "leadership", pt: "liderança")
    case "tecnicos": return Localized(es: "técnicos", en: "technical staff", pt: "técnicos")
    case "sociedad_civil": return Localized(es: "sociedad civil", en: "civil society", pt: "sociedade civil")
    case "sociedad_politica":
      return Localized(es: "sociedad política", en: "political society", pt: "sociedade política")
    default: return Localized(es: key, en: key, pt: key)
    }
  }

  /// The keyword that declares a participant group (`sociedad_civil`, `civil_society`).
  static func groupKeyword(_ key: String) -> Localized {
    switch key {
    case "liderazgo": return Localized(es: "`liderazgo`", en: "`leadership`", pt: "`lideranca`")
    case "tecnicos": return Localized(es: "`tecnicos`", en: "`technical`", pt: "`tecnicos`")
    case "sociedad_civil":
      return Localized(es: "`sociedad_civil`", en: "`civil_society`", pt: "`sociedade_civil`")
    case "sociedad_politica":
      return Localized(es: "`sociedad_politica`", en: "`political_society`", pt: "`sociedade_politica`")
    default: return Localized(es: "`\(key)`", en: "`\(key)`", pt: "`\(key)`")
    }
  }

  /// "a, b y c" / "a, b and c".
  static func list(_ items: [Localized]) -> Localized {
    func join(_ words: [String], _ conjunction: String) -> String {
      guard words.count > 1 else { return words.first ?? "" }
      return words.dropLast().joined(separator: ", ") + " \(conjunction) " + words.last!
    }
    return Localized(
      es: join(items.map(\.es), "y"), en: join(items.map(\.en), "and"),
      pt: join(items.map { $0.text(.pt) }, "e"))
  }

  /// Identifiers as a list: "`a01`, `a02` y `a03`".
  static func codes(_ ids: [String]) -> Localized {
    list(ids.map { Localized(es: "`\($0)`", en: "`\($0)`", pt: "`\($0)`") })
  }

  /// "1 acción" / "3 acciones".
  static func count(_ value: Int, _ one: Localized, _ many: Localized) -> Localized {
    let word = value == 1 ? one : many
    let shown = number(value)
    return Localized(
      es: "\(shown.es) \(word.es)", en: "\(shown.en) \(word.en)", pt: "\(shown.text(.pt)) \(word.text(.pt))")
  }

  /// A whole number with thousands separators: "2.640" in Spanish, "2,640" in English.
  static func number(_ value: Int) -> Localized {
    func grouped(_ separator: String) -> String {
      let digits = String(value.magnitude)
      var out = ""
      for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { out += separator }
        out.append(digit)
      }
      return (value < 0 ? "-" : "") + out
    }
    // Spanish style writes four-digit numbers without a separator ("2026", "1940").
    if value.magnitude < 10_000 { return Localized(es: String(value), en: String(value), pt: String(value)) }
    return Localized(es: grouped("."), en: grouped(","), pt: grouped("."))
  }

  /// A text from the plan, quoted the way each language quotes: «…» / "…".
  static func quoted(_ text: String) -> Localized {
    Localized(es: "«\(text)»", en: "\"\(text)\"", pt: "«\(text)»")
  }
}
