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
  /// gap between the two words, when there are several). Scans the UTF-8 bytes and looks closer
  /// only at gaps next to a digit, a period, a sign or a separator: most gaps are between words.
  public static func bind(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard bytes.contains(0x20) else { return text }
    var gaps: [Range<Int>] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] == 0x20 else {
        index += 1
        continue
      }
      let gapStart = index
      while index < bytes.count, bytes[index] == 0x20 { index += 1 }
      let gapEnd = index
      var wordStart = gapStart
      while wordStart > 0, !isSpace(bytes[wordStart - 1]) { wordStart -= 1 }
      var wordEnd = gapEnd
      while wordEnd < bytes.count, !isSpace(bytes[wordEnd]) { wordEnd += 1 }
      guard wordStart < gapStart, gapEnd < wordEnd,
        mayBind(before: bytes[wordStart..<gapStart], after: bytes[gapEnd..<wordEnd])
      else { continue }
      let before = String(decoding: bytes[wordStart..<gapStart], as: UTF8.self)
      let after = String(decoding: bytes[gapEnd..<wordEnd], as: UTF8.self)
      if binds(before, after) { gaps.append(gapStart..<gapEnd) }
    }
    guard !gaps.isEmpty else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + gaps.count * 2)
    var position = 0
    for gap in gaps {
      result += bytes[position..<gap.lowerBound]
      for _ in gap { result += [0xC2, 0xA0] }
      position = gap.upperBound
    }
    result += bytes[position...]
    return String(decoding: result, as: UTF8.self)
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }

  /// A cheap first look: a rule can only apply next to a digit, a period (an abbreviation or an
  /// initial), a sign (`%`, `$`, `€`, `º`, `°`), a parenthesis before a year, or a lone separator.
  private static func mayBind(before: ArraySlice<UInt8>, after: ArraySlice<UInt8>) -> Bool {
    guard let last = before.last, let first = after.first else { return false }
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    if isDigit(last) || isDigit(first) || last == 0x2E || first == 0x28 { return true }
    if last == 0x25 || first == 0x25 || last == 0x24 || first == 0x24 { return true }
    for token in [before, after] where separatorBytes.contains(where: { token.elementsEqual($0) }) {
      return true
    }
    for sign in signBytes
    where before.elementsEqual(sign) || after.starts(with: sign)
      || before.reversed().starts(with: sign.reversed())
    {
      return true
    }
    return false
  }

  private static let separatorBytes = separators.map { Array($0.utf8) }
  private static let signBytes = ["€", "º", "°", "‰", "²", "³"].map { Array($0.utf8) }

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
      guard let run = runs.first else { return runs }
      let bound = bind(run.text)
      if bound == run.text { return runs }
      var copy = run
      copy.text = bound
      return [copy]
    }
    let joined = runs.map(\.text).joined()
    let bound = bind(joined)
    if bound == joined { return runs }
    // A space and a no-break space are one character each: the runs keep their counts.
    var rest = Substring(bound)
    return runs.map { run in
      var run = run
      let end = rest.index(rest.startIndex, offsetBy: run.text.count)
      run.text = String(rest[..<end])
      rest = rest[end...]
      return run
    }
  }
}
