import PlanDiagnostics

/// Where the plan stands on one guideline, for the compliance annex of the PDF and for JSON.
public struct ComplianceEntry: Sendable {
  public enum Status: String, Sendable {
    /// The declared data satisfies every check of the guideline.
    case verified
    /// Some check failed (the findings say which).
    case notMet = "not_met"
    /// Only a proxy exists, or the rule is switched off: a person has to judge.
    case advisory
  }

  public var id: String
  public var title: Localized
  public var status: Status
  /// What was checked and found, in plain words.
  public var evidence: [Localized]
  /// Findings of this rule (after suppressions).
  public var findings: Int

  public func statusLabel(_ language: Language) -> String {
    switch (status, language) {
    case (.verified, .en): return "verified"
    case (.verified, .pt): return "verificado"
    case (.verified, .es): return "verificado"
    case (.notMet, .en): return "not met"
    case (.notMet, .pt): return "não atendido"
    case (.notMet, .es): return "no cumple"
    case (.advisory, .en): return "needs human judgement"
    case (.advisory, .pt): return "requer julgamento humano"
    case (.advisory, .es): return "requiere juicio humano"
    }
  }
}
