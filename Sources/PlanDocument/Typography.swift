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
  public static func bind(_ text: String) -> String { bound(text) ?? text }

  /// `bind(text)`, or nil when no space binds (most texts): the UTF-8 bytes are scanned in place,
  /// and only gaps next to a digit, a period, a sign or a separator are looked at closer.
  static func bound(_ text: String) -> String? {
    var text = text
    let gaps = text.withUTF8 { bytes -> [Range<Int>] in
      var gaps: [Range<Int>] = []
      var index = 0
      while let space = bytes[index...].firstIndex(of: 0x20) {
        var gapEnd = space
        while gapEnd < bytes.count, bytes[gapEnd] == 0x20 { gapEnd += 1 }
        index = gapEnd
        var wordStart = space
        while wordStart > 0, !isSpace(bytes[wordStart - 1]) { wordStart -= 1 }
        var wordEnd = gapEnd
        while wordEnd < bytes.count, !isSpace(bytes[wordEnd]) { wordEnd += 1 }
        let before = bytes[wordStart..<space]
        let after = bytes[gapEnd..<wordEnd]
        guard mayBind(before: before, after: after),
          binds(String(decoding: before, as: UTF8.self), String(decoding: after, as: UTF8.self))
        else { continue }
        gaps.append(space..<gapEnd)
      }
      return gaps
    }
    guard !gaps.isEmpty else { return nil }
    var result: [UInt8] = []
    var position = text.utf8.startIndex
    for gap in gaps {
      let lower = text.utf8.index(text.utf8.startIndex, offsetBy: gap.lowerBound)
      result += text.utf8[position..<lower]
      for _ in gap { result += [0xC2, 0xA0] }
      position = text.utf8.index(lower, offsetBy: gap.count)
    }
    result += text.utf8[position...]
    return String(decoding: result, as: UTF8.self)
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }

  typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

  /// A cheap first look: a rule can only apply next to a digit, a period (an abbreviation or an
  /// initial), a sign (`%`, `$`, `€`, `º`, `°`), a parenthesis before a year, or a lone separator.
  private static func mayBind(before: Bytes, after: Bytes) -> Bool {
    guard let last = before.last, let first = after.first else { return false }
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    if isDigit(last) || isDigit(first) || last == 0x2E || first == 0x28 { return true }
    if last == 0x25 || first == 0x25 || last == 0x24 || first == 0x24 { return true }
    // Separators and signs are short: a longer token neither is one nor starts with one.
    if before.count <= 3, separatorBytes.contains(where: { before.elementsEqual($0) }) { return true }
    if after.count <= 3, separatorBytes.contains(where: { after.elementsEqual($0) }) { return true }
    for sign in signBytes where after.starts(with: sign) || before.suffix(sign.count).elementsEqual(sign) {
      return true
    }
    return false
  }

  private static let separatorBytes = separators.map { Array($0.utf8) }
  private static let signBytes = ["€", "º", "°", "‰", "²", "³"].map { Array($0.utf8) }

  /// Whether the space between two tokens must not break. (Each rule lowercases only the token it
  /// looks up, and only once the digit it needs is there.)
  static func binds(_ before: String, _ after: String) -> Bool {
    guard let last = before.last, let first = after.first else { return false }
    // No abbreviation, currency or unit has a digit in it (an identifier such as `a07` does).
    func hasDigit(_ token: String) -> Bool { token.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }
    if first.isNumber, !hasDigit(before) {
      let lower = before.lowercased()
      if numberAbbreviations.contains(lower) || currencies.contains(lower) { return true }
    }
    let endsWithDigit = last.isNumber
    if endsWithDigit, !hasDigit(after) {
      let lower = after.lowercased()
      var core = Substring(lower)
      while let end = core.last, ",.;:)".contains(end) { core = core.dropLast() }
      if units.contains(lower) || units.contains(String(core)) { return true }
    }
    // "34 (2028)", "0 % (2025)".
    if endsWithDigit || before == "%", first == "(", after.count >= 6,
      after.dropFirst().prefix(4).allSatisfy(\.isNumber)
    {
      return true
    }
    // An initial: one capital letter and a period, then a capitalised word.
    if before.count == 2, before.first?.isUppercase == true, last == ".", first.isUppercase {
      return true
    }
    return separators.contains(before) || separators.contains(after)
  }

  /// Runs bound as one text (a separator may be a run of its own), each run keeping its length.
  public static func apply(_ runs: [InlineRun]) -> [InlineRun] {
    guard runs.count > 1 else {
      guard let run = runs.first, let bound = bound(run.text) else { return runs }
      var copy = run
      copy.text = bound
      return [copy]
    }
    guard let bound = bound(runs.map(\.text).joined()) else { return runs }
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
