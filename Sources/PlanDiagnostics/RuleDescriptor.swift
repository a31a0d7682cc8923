/// What a reporter needs to know about a code (a rule `G07`, or a syntax code `S003`): its name,
/// what it checks, how to fix it. SARIF lists these as `rules`; `plan explain` prints them.
public struct RuleDescriptor: Sendable, Hashable {
  /// Stable id: `G01`…`G12`, `T01`…, `S003`, `E101`, `F002`.
  public var id: String
  /// A short name in UpperCamelCase (SARIF `name`), e.g. `FormuladaPorLideres`.
  public var name: String
  public var title: Localized
  /// Why it matters, a paragraph.
  public var rationale: Localized
  /// How to fix a finding.
  public var help: Localized
  public var defaultSeverity: Severity
  /// Where the rule is documented (relative to the repository, e.g. `docs/rules.md#g07`).
  public var helpPath: String?

  public init(
    id: String, name: String, title: Localized, rationale: Localized, help: Localized,
    defaultSeverity: Severity,
    helpPath: String? = nil
  ) {
    self.id = id
    self.name = name
    self.title = title
    self.rationale = rationale
    self.help = help
    self.defaultSeverity = defaultSeverity
    self.helpPath = helpPath
  }
}
