import PlanDiagnostics

/// A table of fixed words in the three languages side by side (`Labels`, `ReportLabels`,
/// `ChangeLabels`): each word is written `pick("…", "…", "…")`, Spanish, English, Portuguese.
protocol WordTable {
  var language: Language { get }
}

extension WordTable {
  func pick(_ es: String, _ en: String, _ pt: String) -> String {
    switch language {
    case .es: return es
    case .en: return en
    case .pt: return pt
    }
  }
}
