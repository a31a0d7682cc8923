/// The no-break spaces Spanish typography asks for (and English and Portuguese share), put into
/// every text the shaper measures and draws (as it puts in hyphenation points), so that no line
/// separates:
///
/// - an abbreviation from its number: `N.º 118`, `Art. 1º`, `inc. 3`;
/// - a number from its unit, percent sign or currency, or a currency from its amount: `9 %`,
///   `14.500 €`, `$ 12.000`, `USD 519.000`, `40 km`;
/// - a value from the year it belongs to: `34 (2028)`;
/// - an initial from the name it abbreviates: `J. Pérez`;
/// - a separator standing between spaces (`·`, `—`, `–`) from the words on both sides, so that no
///   line starts or ends with it.
public enum Typography {
  static let noBreakSpace: Character = "\u{00A0}"

  /// Abbreviations that precede a number.
  static let numberAbbreviations: Set<String> = [
    "n.º", "nº", "n°", "no.", "nro.", "núm.", "art.", "arts.", "inc.", "pág.", "págs.", "p.", "pp.", "cap.",
    "fig.", "expte.", "exp.", "dto.", "ord.", "res.", "tel.", "vol.", "nos.", "sec.",
  ]
  /// Units, signs and currencies that follow a number.
  static let units: Set<String> = [
    "%", "‰", "€", "$", "usd", "ars", "eur", "brl", "us$", "r$", "km", "km²", "m", "m²", "m³", "ha", "kg",
    "t",
    "h", "min", "°c", "mw", "kw", "hab.", "mm", "cm", "l",
  ]
  /// Currencies that precede an amount.
  static let currencies: Set<String> = ["$", "us$", "r$", "€", "usd", "ars", "eur", "brl"]
  /// Separators that never start or end a line when they stand between spaces.
  static let separators: Set<String> = ["·", "—", "–", "|", "/"]

  /// `text` with its breakable spaces between such pairs made no-break spaces (every space of the
  /// gap between the two words, when there are several).
  public static func bind(_ text: String) -> String {
    guard text.contains(" ") else { return text }
    var characters = Array(text)
    var index = 0
    while index < characters.count {
      guard characters[index] == " " else {
        index += 1
        continue
      }
      let gapStart = index
      while index < characters.count, characters[index] == " " { index += 1 }
      let gapEnd = index
      // The words on both sides of the gap.
      var wordStart = gapStart
      while wordStart > 0, !characters[wordStart - 1].isWhitespace { wordStart -= 1 }
      var wordEnd = gapEnd
      while wordEnd < characters.count, !characters[wordEnd].isWhitespace { wordEnd += 1 }
      let before = String(characters[wordStart..<gapStart])
      let after = String(characters[gapEnd..<wordEnd])
      if binds(before, after) {
        for position in gapStart..<gapEnd { characters[position] = noBreakSpace }
      }
    }
    return String(characters)
  }

  /// Whether the space between two tokens must not break.
  static func binds(_ before: String, _ after: String) -> Bool {
    guard !before.isEmpty, !after.isEmpty else { return false }
    let beforeLower = before.lowercased()
    let afterLower = after.lowercased()
    let afterCore = String(afterLower.reversed().drop { ",.;:)".contains($0) }.reversed())
    let startsWithDigit = after.first?.isNumber == true
    let endsWithDigit = before.last?.isNumber == true
    if startsWithDigit && (numberAbbreviations.contains(beforeLower) || currencies.contains(beforeLower)) {
      return true
    }
    if endsWithDigit && (units.contains(afterCore) || units.contains(afterLower)) { return true }
    // "34 (2028)", "0 % (2025)".
    if (endsWithDigit || before == "%"), after.hasPrefix("("),
      after.dropFirst().prefix(4).allSatisfy(\.isNumber),
      after.count >= 6
    {
      return true
    }
    // An initial: one capital letter and a period, then a capitalised word.
    if before.count == 2, before.first?.isUppercase == true, before.last == ".",
      after.first?.isUppercase == true
    {
      return true
    }
    return separators.contains(before) || separators.contains(after)
  }

  /// Runs bound as one text (a separator may be a run of its own), each run keeping its length.
  public static func apply(_ runs: [InlineRun]) -> [InlineRun] {
    guard runs.count > 1 else {
      return runs.map { run in
        var run = run
        run.text = bind(run.text)
        return run
      }
    }
    let bound = Array(bind(runs.map(\.text).joined()))
    var offset = 0
    return runs.map { run in
      var run = run
      let count = run.text.count
      run.text = String(bound[offset..<(offset + count)])
      offset += count
      return run
    }
  }
}
