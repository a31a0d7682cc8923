/// What `plan explain` says about a code that is not a rule (`S003`, `E106`, `F002`, `M001`,
/// `R003`, `C001`): its name, what it means, how to fix it, and a plan that makes it appear.
///
/// Each module that reports codes keeps their documentation beside the code that reports them (one
/// catalogue per family); `CodeCatalog` in PlanCheck joins them. Tests make sure no code can be
/// reported without an entry here, and that each example really reports its code.
public struct CodeDocumentation: Sendable, Hashable {
  /// Stable id: `S003`, `E106`, `F002`, `M001`, `R003`, `C001`.
  public var id: String
  /// A short name in UpperCamelCase (SARIF `name`), e.g. `TextoSinCerrar`.
  public var name: String
  public var severity: Severity
  public var title: Localized
  /// What it means and why it matters, a short paragraph.
  public var explanation: Localized
  /// How to fix it.
  public var fix: Localized
  /// The files of a plan that report the code: the main file first (`plan.plan`), then any file it
  /// includes, by name. Empty when no plain text can show it (an encoding, a font), and then `why`
  /// says what does.
  public var example: [(name: String, text: String)]
  /// Why there is no example, when there is none.
  public var withoutExample: Localized?

  public init(
    _ id: String, _ name: String, _ severity: Severity, title: Localized, explanation: Localized,
    fix: Localized, example: String
  ) {
    self.init(
      id, name, severity, title: title, explanation: explanation, fix: fix,
      files: [("plan.plan", example)])
  }

  public init(
    _ id: String, _ name: String, _ severity: Severity, title: Localized, explanation: Localized,
    fix: Localized, files: [(name: String, text: String)]
  ) {
    self.id = id
    self.name = name
    self.severity = severity
    self.title = title
    self.explanation = explanation
    self.fix = fix
    self.example = files
    self.withoutExample = nil
  }

  public init(
    _ id: String, _ name: String, _ severity: Severity, title: Localized, explanation: Localized,
    fix: Localized, withoutExample: Localized
  ) {
    self.id = id
    self.name = name
    self.severity = severity
    self.title = title
    self.explanation = explanation
    self.fix = fix
    self.example = []
    self.withoutExample = withoutExample
  }

  /// The entry as SARIF and JSON describe a code.
  public func descriptor(helpPath: String) -> RuleDescriptor {
    RuleDescriptor(
      id: id, name: name, title: title, rationale: explanation, help: fix, defaultSeverity: severity,
      helpPath: helpPath)
  }

  public static func == (a: CodeDocumentation, b: CodeDocumentation) -> Bool {
    a.id == b.id && a.name == b.name && a.severity == b.severity && a.title == b.title
      && a.explanation == b.explanation && a.fix == b.fix && a.withoutExample == b.withoutExample
      && a.example.map(\.name) == b.example.map(\.name) && a.example.map(\.text) == b.example.map(\.text)
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
