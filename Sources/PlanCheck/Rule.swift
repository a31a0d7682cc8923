import PlanDiagnostics
import PlanModel

/// One check of the plan. A rule is one file: its metadata (id, titles, rationale, the guideline's
/// wording), its `.plan` examples — which the tests run — and its `check`.
public protocol Rule: Sendable {
  static var descriptor: RuleDescriptor { get }
  /// The source method's wording of what the rule enforces (the guideline, or the deck's section).
  static var guideline: Localized { get }
  /// Whether the rule verifies its guideline as declared data, or can only approximate it.
  static var verification: Verification { get }
  /// Caps the rule reads from `revision { limite … }`.
  static var limits: [Limit] { get }
  /// Plans that must trigger the rule, and plans that must not.
  static var examples: RuleExamples { get }
  /// Codes of the model's findings about the same guideline (dates outside the horizon for G02):
  /// the rule leaves them to the model, and the compliance summary counts them as its own.
  static var relatedCodes: [String] { get }
  /// The top-level sections the rule reads (`vision`, `foda`…): while one of them still holds a
  /// text of `plan init`'s template, the guideline is not met, whatever the rule finds.
  static var sections: [String] { get }

  init()
  func check(_ plan: Plan, _ context: inout RuleContext)
}

extension Rule {
  public static var limits: [Limit] { [] }
  public static var relatedCodes: [String] { [] }
  public static var sections: [String] { [] }
}

public enum Verification: String, Sendable {
  /// The rule checks declared data completely: a plan without findings complies.
  case structural
  /// Only a proxy exists (values, language, synergy…): findings are advisory and the compliance
  /// summary never says "cumple" — a person has to judge.
  case proxy
}

/// A configurable cap (`revision { limite acciones 40 }`).
public struct Limit: Sendable {
  public var name: String
  public var defaultValue: Int
  public var description: Localized

  public init(_ name: String, _ defaultValue: Int, _ description: Localized) {
    self.name = name
    self.defaultValue = defaultValue
    self.description = description
  }
}

/// A rule's examples, which the tests run. In a triggering example each `↓` stands just before the
/// place where one finding of the rule starts (as in SwiftLint's examples): the test checks that the
/// rule reports exactly there, exactly that many times, and that `# plan:ignore` silences each.
public struct RuleExamples: Sendable {
  public var triggering: [String]
  public var passing: [String]

  public init(triggering: [String], passing: [String]) {
    self.triggering = triggering
    self.passing = passing
  }

  /// What marks the place of a finding in a triggering example.
  public static let marker: Character = "↓"

  /// The example as a plan file: without its markers.
  public static func unmarked(_ example: String) -> String {
    example.filter { $0 != marker }
  }

  /// Where the findings start, as byte offsets into the unmarked example (one per marker; a place
  /// with two findings has two markers).
  public static func markedOffsets(_ example: String) -> [Int] {
    var offsets: [Int] = []
    var offset = 0
    for character in example {
      if character == marker {
        offsets.append(offset)
      } else {
        offset += character.utf8.count
      }
    }
    return offsets
  }
}

/// What a rule writes to while it checks: findings, and the evidence for the compliance summary.
public struct RuleContext: Sendable {
  public let descriptor: RuleDescriptor
  /// The severity findings get unless the rule says otherwise (after `revision { severidad … }`).
  public let severity: Severity
  let limitValues: [String: Int]
  public internal(set) var findings: [Diagnostic] = []
  public internal(set) var evidence: [Localized] = []

  /// Reports a finding at a place in the plan.
  public mutating func report(
    _ message: Localized, at range: SourceRange, notes: [Note] = [], help: Localized? = nil,
    severity: Severity? = nil
  ) {
    findings.append(
      Diagnostic(
        code: descriptor.id, severity: severity ?? self.severity, message: message, range: range,
        notes: notes,
        help: help ?? descriptor.help))
  }

  /// Records what was checked and found, for the compliance annex ("4 grupos en la comisión").
  public mutating func evidence(_ text: Localized) { evidence.append(text) }

  /// The value of a cap, from `revision` or its default.
  public func limit(_ name: String) -> Int { limitValues[name] ?? 0 }
}
