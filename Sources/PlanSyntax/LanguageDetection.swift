import PlanDiagnostics

/// Finds the language a file is written in: the plan's `idioma`/`language` when it declares one,
/// otherwise the language most of its keywords are spelled in (Spanish when in doubt).
public enum LanguageDetection {
  public static func declaredLanguage(_ file: SyntaxFile) -> Language? {
    for statement in file.statements where means(keyword(statement, in: file), "plan") {
      for item in statement.block?.items ?? [] {
        guard case .statement(let member) = item else { continue }
        let keyword = keyword(member, in: file)
        guard means(keyword, "plan.idioma") else { continue }
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
    // Each keyword spelled in one language only is a vote for it (`accion` for Spanish, `acao` for
    // Portuguese, `action` for English); `plan`, `meta` or `indicador` vote for none.
    var votes: [Language: Int] = [:]
    func visit(_ items: [Item]) {
      for item in items {
        guard case .statement(let statement) = item else { continue }
        let word = keyword(statement, in: file)
        let languages = Language.allCases.filter { words[$0]!.contains(word) }
        if languages.count == 1 { votes[languages[0], default: 0] += 1 }
        visit(statement.block?.items ?? [])
      }
    }
    visit(file.items)
    let spanish = votes[.es] ?? 0
    let english = votes[.en] ?? 0
    let portuguese = votes[.pt] ?? 0
    if portuguese > spanish && portuguese > english { return .pt }
    return english > spanish ? .en : .es
  }

  /// A statement's keyword, folded; empty for a line without one or a word too long to be one.
  static func keyword(_ statement: Statement, in file: SyntaxFile) -> String {
    let token = statement.keyword
    guard !statement.isMissingKeyword, token.end - token.start <= Keywords.maximumLength else { return "" }
    return Keywords.fold(file.source.text(of: token))
  }

  /// Whether a folded keyword is a spelling (in any language) of the construct `key`.
  static func means(_ keyword: String, _ key: String) -> Bool {
    spellings[key]?.contains(keyword) ?? false
  }

  /// The folded spellings of the constructs found before binding: the plan, its language, includes.
  private static let spellings: [String: Set<String>] = Dictionary(
    uniqueKeysWithValues: ["plan", "plan.idioma", "incluir"].map { key in
      (key, Set(Grammar.construct(key).spellings.map(Keywords.fold)))
    })

  /// Every keyword of each language, folded.
  static let words: [Language: Set<String>] = Dictionary(
    uniqueKeysWithValues: Language.allCases.map { language in
      (language, Set(Grammar.all.map { Keywords.fold($0.spelling(language)) }))
    })
}
