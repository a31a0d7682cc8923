/// Which words may be hyphenated at a line's end, as Spanish typography has it: words of seven
/// letters or more, in lower case. Never a short word, a proper name or an institution's name
/// (capitalised), an acronym, an identifier, a code, a number or an address: a line rather breaks
/// between words, and a narrow column is widened for them (`TableShapes.widths`).
public enum Hyphenation {
  public static let minimumLetters = 7

  /// A word of letters only: whether the hyphenator may break it.
  public static func mayBreak<Word: Collection<Character>>(_ word: Word) -> Bool {
    guard word.count >= minimumLetters, let first = word.first, !first.isUppercase else { return false }
    // camelCase and other inner capitals mark identifiers.
    return !word.dropFirst().contains { $0.isUppercase }
  }

  /// A whitespace-free token (a word with its punctuation) that must stay whole: a number, a code
  /// or identifier (digits, underscores, inner punctuation), an address, or a word the hyphenator
  /// may not break.
  public static func isUnbreakable<Token: StringProtocol>(_ token: Token) -> Bool {
    if token.contains(where: { $0.isNumber || $0 == "_" }) { return true }
    let core = token.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()
    if core.contains(where: { "/@:._\\=&?#%~".contains($0) }) { return true }
    // Each run of letters (a compound's parts) must be breakable for the token to be.
    var word: [Character] = []
    for character in core {
      if character.isLetter {
        word.append(character)
      } else {
        if !word.isEmpty, !mayBreak(word) { return true }
        word = []
      }
    }
    return !word.isEmpty && !mayBreak(word)
  }
}
