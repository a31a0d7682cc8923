import PlanDiagnostics

/// Finds the language a file is written in: the plan's `idioma`/`language` when it declares one,
/// otherwise the language most of its keywords are spelled in (Spanish when in doubt).
public enum LanguageDetection {
  public static func declaredLanguage(_ file: SyntaxFile) -> Language? {
    for statement in file.statements where keyword(statement, in: file) == "plan" {
      for item in statement.block?.items ?? [] {
        guard case .statement(let member) = item else { continue }
        let keyword = keyword(member, in: file)
        guard keyword == "idioma" || keyword == "language" else { continue }
        if case .token(let token) = member.values.first,
          let option = Vocabulary.language.option(for: file.source.text(of: token)),
          let language = Language(code: option.es)
        {
          return language
        }
      }
    }
    return nil
  }

  public static func detect(_ file: SyntaxFile) -> Language {
    if let declared = declaredLanguage(file) { return declared }
    var spanish = 0
    var english = 0
    func visit(_ items: [Item]) {
      for item in items {
        guard case .statement(let statement) = item else { continue }
        let word = keyword(statement, in: file)
        if spanishWords.contains(word) && !englishWords.contains(word) { spanish += 1 }
        if englishWords.contains(word) && !spanishWords.contains(word) { english += 1 }
        visit(statement.block?.items ?? [])
      }
    }
    visit(file.items)
    return english > spanish ? .en : .es
  }

  /// A statement's keyword, folded; empty for a line without one or a word too long to be one.
  static func keyword(_ statement: Statement, in file: SyntaxFile) -> String {
    let token = statement.keyword
    guard !statement.isMissingKeyword, token.end - token.start <= Keywords.maximumLength else { return "" }
    return Keywords.fold(file.source.text(of: token))
  }

  static let spanishWords: Set<String> = Set(Grammar.all.map { Keywords.fold($0.es) })
  static let englishWords: Set<String> = Set(Grammar.all.map { Keywords.fold($0.en) })
}
