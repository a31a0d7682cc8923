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

/// Reading numbers, dates and other literals from words.
enum Literal {
  static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

  /// Reads a number written the way the plan's language writes it: Spanish and Portuguese use `.`
  /// for thousands and `,` for decimals (`12.000.000`, `3,5`); English the reverse. `_` groups too.
  static func number(_ word: String, language: Language) -> Double? {
    var text = Substring(word)
    var sign = 1.0
    if text.first == "-" || text.first == "+" || text.first == "−" {
      if text.first != "+" { sign = -1 }
      text = text.dropFirst()
    }
    guard let first = text.first, isDigit(first) else { return nil }
    let thousands: Character = language == .en ? "," : "."
    let decimal: Character = language == .en ? "." : ","
    // A single `.` not followed by exactly three digits is read as a decimal point in any language.
    let dots = text.filter { $0 == "." }.count
    var effectiveThousands = thousands
    var effectiveDecimal = decimal
    if language != .en, dots == 1, !text.contains(","),
      let dot = text.firstIndex(of: "."), text[text.index(after: dot)...].count != 3
    {
      effectiveThousands = "_"
      effectiveDecimal = "."
    }
    var integerPart = ""
    var fractionPart = ""
    var inFraction = false
    var groupLength = -1
    for character in text {
      if isDigit(character) {
        if inFraction { fractionPart.append(character) } else { integerPart.append(character) }
        if groupLength >= 0 { groupLength += 1 }
      } else if (character == effectiveThousands || character == "_") && !inFraction {
        if groupLength >= 0 && groupLength != 3 { return nil }
        groupLength = 0
      } else if character == effectiveDecimal && !inFraction {
        if groupLength >= 0 && groupLength != 3 { return nil }
        groupLength = -1
        inFraction = true
      } else {
        return nil
      }
    }
    if groupLength >= 0 && groupLength != 3 { return nil }
    if inFraction && fractionPart.isEmpty { return nil }
    guard let value = Double(integerPart + (fractionPart.isEmpty ? "" : "." + fractionPart)) else {
      return nil
    }
    return sign * value
  }

  static func year(_ word: String) -> Int? {
    guard word.count == 4, word.allSatisfy(isDigit), let value = Int(word), (1800...2200).contains(value)
    else {
      return nil
    }
    return value
  }

  /// `2026`, `2026-03`, `2026-03-15`; `nil` when malformed or impossible (`2026-02-30`).
  static func date(_ word: String) -> PlanDate? {
    let parts = word.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), let year = year(String(parts[0])) else { return nil }
    var date = PlanDate(year: year)
    if parts.count >= 2 {
      guard parts[1].count == 2, parts[1].allSatisfy(isDigit), let month = Int(parts[1]),
        (1...12).contains(month)
      else { return nil }
      date.month = month
    }
    if parts.count == 3 {
      guard parts[2].count == 2, parts[2].allSatisfy(isDigit), let day = Int(parts[2]),
        day >= 1, day <= daysIn(month: date.month!, year: year)
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

  static func isCurrencyCode(_ word: String) -> Bool {
    word.count == 3 && word.unicodeScalars.allSatisfy { $0.value >= 65 && $0.value <= 90 }
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
    guard let first = word.first, first.isLetter || first == "_" else { return false }
    return word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
  }

  /// An SDG goal (`11`) or target (`11.3`, `17.a`).
  static func isSDGCode(_ word: String) -> Bool {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    guard let goal = Int(parts[0]), parts[0].allSatisfy(isDigit), (1...17).contains(goal) else {
      return false
    }
    if parts.count == 1 { return true }
    guard parts.count == 2, !parts[1].isEmpty, parts[1].count <= 2 else { return false }
    return parts[1].allSatisfy(isDigit) || (parts[1].count == 1 && parts[1].first!.isLowercase)
  }
}
