import PlanDiagnostics

/// A calendar date with the precision the author gave: a year, a month or a day.
public struct PlanDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  public static func < (a: PlanDate, b: PlanDate) -> Bool {
    (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
  }

  public var description: String {
    var text = String(format4(year))
    if let month { text += "-" + format2(month) }
    if let day { text += "-" + format2(day) }
    return text
  }

  private func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
  private func format4(_ value: Int) -> String {
    String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value)
  }
}

/// A reference to a declared identifier, with where it was written.
public struct Reference: Hashable, Sendable {
  public var name: String
  public var range: SourceRange

  public init(name: String, range: SourceRange) {
    self.name = name
    self.range = range
  }
}

/// A baseline or target value.
public enum Measure: Hashable, Sendable {
  case number(Double)
  case percentage(Double)
  case amount(Double, currency: String)
  case text(String)
}

/// A typed argument value, produced by the binder from tokens.
public enum Value: Hashable, Sendable {
  case identifier(String)
  case references([Reference])
  case text(String)
  case integer(Int)
  case year(Int)
  case date(PlanDate)
  case yearRange(Int, Int)
  case amount(Double, currency: String)
  case measure(Measure)
  case colour(String)
  /// The canonical (Spanish) spelling of a closed-vocabulary word.
  case choice(String)
  case sdgTargets([String])
  case name(String)
  /// An optional argument that was not written.
  case absent
}

/// Reading numbers, dates and other literals from words. They work on UTF-8 bytes: the binder
/// calls them for every value of every statement.
enum Literal {
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Reads a number written the way the plan's language writes it: Spanish and Portuguese use `.`
  /// for thousands and `,` for decimals (`12.000.000`, `3,5`); English the reverse. `_` groups too.
  static func number(_ word: String, language: Language) -> Double? {
    var bytes = Array(word.utf8)
    var sign = 1.0
    if bytes.first == 0x2D || bytes.first == 0x2B {
      if bytes.first == 0x2D { sign = -1 }
      bytes.removeFirst()
    } else if bytes.starts(with: [0xE2, 0x88, 0x92]) {  // − minus sign
      sign = -1
      bytes.removeFirst(3)
    }
    guard let first = bytes.first, isDigit(first) else { return nil }
    var thousands: UInt8 = language == .en ? 0x2C : 0x2E
    var decimal: UInt8 = language == .en ? 0x2E : 0x2C
    // A single `.` not followed by exactly three digits is a decimal point in any language.
    if language != .en, !bytes.contains(0x2C), bytes.filter({ $0 == 0x2E }).count == 1,
      let dot = bytes.firstIndex(of: 0x2E), bytes.count - dot - 1 != 3
    {
      thousands = 0x5F
      decimal = 0x2E
    }
    var integerPart: Double = 0
    var fraction: Double = 0
    var scale: Double = 1
    var inFraction = false
    var groupLength = -1
    var fractionDigits = 0
    for byte in bytes {
      if isDigit(byte) {
        let digit = Double(byte - 0x30)
        if inFraction {
          scale /= 10
          fraction += digit * scale
          fractionDigits += 1
        } else {
          integerPart = integerPart * 10 + digit
        }
        if groupLength >= 0 { groupLength += 1 }
      } else if (byte == thousands || byte == 0x5F) && !inFraction {
        if groupLength >= 0 && groupLength != 3 { return nil }
        groupLength = 0
      } else if byte == decimal && !inFraction {
        if groupLength >= 0 && groupLength != 3 { return nil }
        groupLength = -1
        inFraction = true
      } else {
        return nil
      }
    }
    if groupLength >= 0 && groupLength != 3 { return nil }
    if inFraction && fractionDigits == 0 { return nil }
    return sign * (integerPart + fraction)
  }

  /// `1,500` in a Spanish plan (1,5) or `1.500` in an English one (1.5): valid, but probably meant
  /// as a thousand and five hundred by someone used to the other convention.
  static func isAmbiguousNumber(_ word: String, language: Language) -> Bool {
    let separator: UInt8 = language == .en ? 0x2E : 0x2C
    let other: UInt8 = language == .en ? 0x2C : 0x2E
    let bytes = Array(word.utf8)
    guard !bytes.contains(other), bytes.filter({ $0 == separator }).count == 1,
      let position = bytes.firstIndex(of: separator)
    else { return false }
    return bytes.count - position - 1 == 3 && bytes[(position + 1)...].allSatisfy(isDigit)
  }

  static func year(_ word: String) -> Int? { year(word.utf8[...]) }

  static func year(_ bytes: Substring.UTF8View) -> Int? {
    guard bytes.count == 4 else { return nil }
    var value = 0
    for byte in bytes {
      guard isDigit(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return (1800...2200).contains(value) ? value : nil
  }

  private static func twoDigits(_ bytes: Substring.UTF8View) -> Int? {
    guard bytes.count == 2, let a = bytes.first, let b = bytes.last, isDigit(a), isDigit(b) else {
      return nil
    }
    return Int(a - 0x30) * 10 + Int(b - 0x30)
  }

  /// `2026`, `2026-03`, `2026-03-15`; `nil` when malformed or impossible (`2026-02-30`).
  static func date(_ word: String) -> PlanDate? {
    let parts = word.utf8.split(separator: 0x2D, omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), let year = year(Substring(parts[0]).utf8) else { return nil }
    var date = PlanDate(year: year)
    if parts.count >= 2 {
      guard let month = twoDigits(Substring(parts[1]).utf8), (1...12).contains(month) else { return nil }
      date.month = month
    }
    if parts.count == 3 {
      guard let day = twoDigits(Substring(parts[2]).utf8), day >= 1,
        day <= daysIn(month: date.month!, year: year)
      else { return nil }
      date.day = day
    }
    return date
  }

  /// Recognises dates written the Argentine way (`15/03/2026`, `03/2026`) to suggest the ISO form.
  static func isoSuggestion(for word: String) -> String? {
    let parts = word.split(separator: "/").map(String.init)
    if parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = year(parts[2]),
      (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
    {
      return PlanDate(year: year, month: month, day: day).description
    }
    if parts.count == 2, let month = Int(parts[0]), let year = year(parts[1]), (1...12).contains(month) {
      return PlanDate(year: year, month: month).description
    }
    return nil
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Currencies as offices write them in prose (`$`, `U$S`, `pesos`), folded → ISO code.
  static let currencyNames = [
    "pesos": "ARS", "peso": "ARS", "dolares": "USD", "dolar": "USD", "dollars": "USD", "euros": "EUR",
    "euro": "EUR", "reales": "BRL", "real": "BRL", "$": "ARS", "u$s": "USD", "us$": "USD", "u$d": "USD",
    "€": "EUR", "r$": "BRL",
  ]

  /// The ISO code meant by a currency written as a symbol or a word (`$`, `U$S`, `pesos`), or nil.
  static func currencyName(_ word: String) -> String? { currencyNames[Keywords.fold(word)] }

  /// `$1.500.000` → (`$`, `1.500.000`): a currency symbol written against its number.
  static func symbolAndNumber(_ word: String) -> (symbol: String, number: String)? {
    guard let first = word.firstIndex(where: { $0.isNumber }), first > word.startIndex else { return nil }
    return (String(word[..<first]), String(word[first...]))
  }

  /// The ISO code meant by a currency written in words or in lower case (`pesos`, `usd`).
  static func currencySuggestion(for word: String) -> String? {
    if let code = currencyName(word) { return code }
    if word.utf8.count == 3, word.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
      return word.uppercased()
    }
    return nil
  }

  static func isCurrencyCode(_ word: String) -> Bool {
    word.utf8.count == 3 && word.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
  }

  /// `#1A5276` → `#1A5276`; `#abc` → `#AABBCC`; `#1A5276FF` keeps alpha.
  static func colour(_ word: String) -> String? {
    guard word.first == "#" else { return nil }
    let hex = word.dropFirst().uppercased()
    guard hex.allSatisfy({ $0.isHexDigit }) else { return nil }
    switch hex.count {
    case 3: return "#" + hex.map { "\($0)\($0)" }.joined()
    case 6, 8: return "#" + hex
    default: return nil
    }
  }

  /// Identifiers start with a letter or `_` and go on with letters, digits, `_`, `-` or `.`.
  static func isIdentifier(_ word: String) -> Bool {
    var isFirst = true
    for byte in word.utf8 {
      if byte >= 0x80 { return isIdentifierSlow(word) }
      let letter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
      if isFirst {
        guard letter else { return false }
        isFirst = false
      } else if !(letter || isDigit(byte) || byte == 0x2D || byte == 0x2E) {
        return false
      }
    }
    return !isFirst
  }

  private static func isIdentifierSlow(_ word: String) -> Bool {
    guard let first = word.first, first.isLetter || first == "_" else { return false }
    return word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
  }

  /// An SDG goal (`11`) or target (`11.3`, `17.a`).
  static func isSDGCode(_ word: String) -> Bool {
    let parts = word.utf8.split(separator: 0x2E, omittingEmptySubsequences: false)
    guard parts.count <= 2, (1...2).contains(parts[0].count), parts[0].allSatisfy(isDigit) else {
      return false
    }
    let goal = parts[0].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    guard (1...17).contains(goal) else { return false }
    if parts.count == 1 { return true }
    let target = parts[1]
    guard !target.isEmpty, target.count <= 2 else { return false }
    return target.allSatisfy(isDigit) || (target.count == 1 && target.first! >= 0x61 && target.first! <= 0x7A)
  }
}
