import PlanDiagnostics

extension Grammar {
  /// How a plan in `language` writes a keyword given by its Spanish spelling (`hasta` → `until`),
  /// underscores as spaces, for documents that name a field (the changes annex); the Spanish
  /// spelling when the grammar has no such keyword.
  public static func spelling(of keyword: String, in language: Language) -> String {
    let construct = all.first { $0.es == keyword }
    let spelling = language == .en ? (construct?.en ?? keyword) : keyword
    return String(spelling.map { $0 == "_" ? " " : $0 })
  }
}
