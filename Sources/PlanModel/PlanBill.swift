import PlanDiagnostics

/// What the office writes for the bill that submits the plan (`ordenanza { … }`): a Visto that
/// replaces the generated one, Considerandos and articles added after the generated ones (before
/// the closing article), and the ordinal sign of the articles.
public struct BillText: Sendable {
  public var seen: String?
  public var whereas: [String]
  public var articles: [String]
  /// «º» (the default) or «°», as the plan writes it; nil when not declared.
  public var ordinal: String?
  public var range: SourceRange

  public init(
    seen: String? = nil, whereas: [String] = [], articles: [String] = [], ordinal: String? = nil,
    range: SourceRange
  ) {
    self.seen = seen
    self.whereas = whereas
    self.articles = articles
    self.ordinal = ordinal
    self.range = range
  }

  /// The ordinal signs a plan may choose.
  public static let ordinals = ["º", "°"]
}
