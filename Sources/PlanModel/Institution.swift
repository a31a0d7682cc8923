import PlanSyntax

/// Who makes the plan and who approves it, as declared — or, where the plan does not say, as in an
/// Argentine municipality with a Concejo Deliberante (the case the method was written for).
public struct Institution: Sendable, Equatable {
  /// ISO 3166 alpha-2 code of the country (`AR`, `ES`…), or nil when the country is not one `plan`
  /// knows (then the Argentine defaults are not assumed either).
  public var country: String?
  /// `municipio`, `comuna`, `ciudad_autonoma`, `provincia`, `region`, `comunidad_autonoma`.
  public var jurisdiction: String
  /// `concejo_deliberante`, `concejo_municipal`, `legislatura`, `pleno`, `parlamento`, `asamblea`.
  public var approvingBody: String
  /// Whether the plan declared the body (else it follows from the country and the jurisdiction).
  public var bodyDeclared: Bool

  /// The countries whose names `plan` recognises, folded (no accents, lower case) → code.
  static let countries: [String: String] = [
    "argentina": "AR", "republica argentina": "AR", "espana": "ES", "spain": "ES", "uruguay": "UY",
    "chile": "CL", "paraguay": "PY", "bolivia": "BO", "brasil": "BR", "brazil": "BR", "peru": "PE",
    "mexico": "MX", "colombia": "CO", "ecuador": "EC", "venezuela": "VE", "portugal": "PT",
  ]

  public init(country: String?, jurisdiction: String, approvingBody: String, bodyDeclared: Bool) {
    self.country = country
    self.jurisdiction = jurisdiction
    self.approvingBody = approvingBody
    self.bodyDeclared = bodyDeclared
  }

  /// The institution of a plan: its declarations, and the usual body for the rest.
  public static func of(_ metadata: Metadata) -> Institution {
    let country: String? =
      metadata.country.map { countries[Keywords.fold($0.value).replacing("_", with: " ")] }
      ?? "AR"
    let jurisdiction = metadata.jurisdiction?.value ?? "municipio"
    let body = metadata.approvingBody?.value ?? usualBody(country: country, jurisdiction: jurisdiction)
    return Institution(
      country: country, jurisdiction: jurisdiction, approvingBody: body,
      bodyDeclared: metadata.approvingBody != nil)
  }

  /// Whether the plan governs a city (a municipality, a commune, an autonomous city), not a wider
  /// territory (a province, a region): the brand is the city's or the territory's.
  public var governsACity: Bool { !["provincia", "region", "comunidad_autonoma"].contains(jurisdiction) }

  /// The body that usually approves a plan of this jurisdiction in this country.
  static func usualBody(country: String?, jurisdiction: String) -> String {
    switch (country, jurisdiction) {
    case ("ES", "municipio"), ("ES", "comuna"): return "pleno"
    case ("ES", _): return "parlamento"
    case (_, "ciudad_autonoma"), (_, "provincia"): return "legislatura"
    case (_, "region"), (_, "comunidad_autonoma"): return "parlamento"
    case (_, "comuna"): return "concejo_municipal"
    default: return "concejo_deliberante"
    }
  }

  /// Whether a tie of this kind in force is ratified by a norm of the local body in this country's
  /// practice: twinnings everywhere; other agreements in Argentina and Uruguay, where the Concejo
  /// ratifies them by ordinance; never memberships of networks, which the executive decides.
  public func ratifiesByNorm(agreement: String?, partnerKind: String) -> Bool {
    if agreement == "membresia" || (agreement == nil && partnerKind == "red") { return false }
    if agreement == "hermanamiento" { return true }
    return country == "AR" || country == "UY"
  }
}

extension Plan {
  public var institution: Institution { Institution.of(metadata) }
}
