public enum Severity: String, Sendable, Comparable, Codable, CaseIterable {
  /// Something the plan must fix.
  case error
  /// Something weak or probably wrong.
  case warning
  /// Only a proxy exists: a person has to judge.
  case advisory

  private var rank: Int {
    switch self {
    case .error: return 0
    case .warning: return 1
    case .advisory: return 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  public func label(_ language: Language) -> String {
    switch (self, language) {
    case (.error, .en): return "error"
    case (.error, .pt): return "erro"
    case (.error, .es): return "error"
    case (.warning, .en): return "warning"
    case (.warning, .pt): return "aviso"
    case (.warning, .es): return "advertencia"
    case (.advisory, .en): return "advisory"
    case (.advisory, .pt): return "recomendação"
    case (.advisory, .es): return "sugerencia"
    }
  }
}

/// A secondary location that helps explain a diagnostic ("declared here").
public struct Note: Hashable, Sendable {
  public var message: Localized
  public var range: SourceRange?

  public init(_ message: Localized, at range: SourceRange? = nil) {
    self.message = message
    self.range = range
  }
}

/// A replacement the tool can propose (and an editor, or `plan fmt --fix`, can apply). Every fix-it
/// `plan` proposes is safe: it keeps every character the user wrote (it adds quotes, or removes a
/// pasted invisible character), or replaces one misspelt word by the only word it can be.
public struct FixIt: Hashable, Sendable {
  /// Longer replacements are not proposed: a fix is a small edit, and reports stay small.
  public static let maximumLength = 1000

  public var range: SourceRange
  public var replacement: String

  public init(range: SourceRange, replacement: String) {
    self.range = range
    self.replacement = replacement
  }
}

/// How a finding relates to the version a change is compared with (`plan check --base`), as SARIF
/// names it: introduced by the change, there before and still there, or fixed by it.
public enum BaselineState: String, Hashable, Sendable {
  case new, unchanged, absent
}

/// One finding: a code, a severity, a message in every language, where, and how to fix it.
public struct Diagnostic: Hashable, Sendable {
  public var code: String
  public var severity: Severity
  public var message: Localized
  public var range: SourceRange
  public var notes: [Note]
  /// A short hint ("¿quiso decir `economico`?"), shown after the snippet.
  public var help: Localized?
  public var fixIts: [FixIt]
  /// With `plan check --base`: whether the change introduced, kept or fixed it.
  public var baseline: BaselineState?

  public init(
    code: String, severity: Severity, message: Localized, range: SourceRange,
    notes: [Note] = [], help: Localized? = nil, fixIts: [FixIt] = []
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.range = range
    self.notes = notes
    self.help = help
    self.fixIts = fixIts
  }
}

extension Array where Element == Diagnostic {
  /// File, then position, then code: the order every reporter prints in, so output is stable.
  public func sortedForOutput() -> [Diagnostic] {
    sorted { a, b in
      if a.range.file != b.range.file { return a.range.file < b.range.file }
      if a.range.offsets.lowerBound != b.range.offsets.lowerBound {
        return a.range.offsets.lowerBound < b.range.offsets.lowerBound
      }
      if a.code != b.code { return a.code < b.code }
      return a.message.en < b.message.en
    }
  }

  public func count(of severity: Severity) -> Int { filter { $0.severity == severity }.count }
}
