import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Numbers, amounts and dates as the document's reader writes them: `12.000.000`, `$ 12.000.000`,
/// `abr. 2026`, `22/05/2026` in Spanish (and Portuguese); `12,000,000`, `Apr 2026` in English.
public struct Formats: Sendable {
  public let language: Language

  public init(_ language: Language) {
    self.language = language
  }

  /// `12000000` → `12.000.000`; `4.8` → `4,8`; at most two decimals, trailing zeros dropped (kept
  /// with `keepCents`, as amounts of money are written: `1.500.000,50`).
  public func number(_ value: Double, keepCents: Bool = false) -> String {
    NumberText.write(value, language: language, keepCents: keepCents)
  }

  /// `$ 12.000.000` (pesos, in Spanish), `USD 150.000`, `EUR 20.000`, `R$ 5.000`.
  public func money(_ amount: Double, _ currency: String) -> String {
    // A no-break space keeps the symbol with its number when a narrow column wraps.
    "\(currencySymbol(currency))\u{00A0}\(number(amount, keepCents: true))"
  }

  public func currencySymbol(_ currency: String) -> String {
    switch (currency, language) {
    case ("ARS", .es): return "$"
    case ("BRL", _): return "R$"
    default: return currency
    }
  }

  /// `60 %` (Spanish and Portuguese leave a space), `60%` in English.
  public func percentage(_ value: Double) -> String {
    language == .en ? "\(number(value))%" : "\(number(value))\u{00A0}%"
  }

  public func measure(_ measure: Measure) -> String {
    switch measure {
    case .number(let value): return number(value)
    case .percentage(let value): return percentage(value)
    case .amount(let value, let currency): return money(value, currency)
    case .text(let text): return text
    }
  }

  /// `0 % (2025)`.
  public func indicatorValue(_ value: IndicatorValue) -> String {
    let text = measure(value.value)
    return value.year.map { "\(text) (\($0))" } ?? text
  }

  /// `2026–2031`.
  public func range(_ from: Int, _ to: Int) -> String { "\(from)–\(to)" }

  /// Numeric: `2026`, `04/2026`, `22/05/2026` (day first in every language of the document).
  public func numericDate(_ date: PlanDate) -> String {
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    guard let month = date.month else { return "\(date.year)" }
    guard let day = date.day else { return "\(two(month))/\(date.year)" }
    return "\(two(day))/\(two(month))/\(date.year)"
  }

  /// In words: `2026`, `abr. 2026`, `22 de mayo de 2026` (`Apr 2026`, `22 May 2026`).
  public func date(_ date: PlanDate) -> String {
    guard let month = date.month, (1...12).contains(month) else { return "\(date.year)" }
    let words = DateWords(language: language)
    guard let day = date.day else { return "\(words.shortMonth(month)) \(date.year)" }
    return words.dayMonthYear(day, words.longMonth(month), date.year)
  }

  /// `abr. 2026 – dic. 2026`, `desde abr. 2026`, `hasta dic. 2026`; `nil` without dates.
  public func period(_ start: PlanDate?, _ end: PlanDate?, numeric: Bool = false) -> String? {
    let show = numeric ? numericDate : date
    switch (start, end) {
    case (let start?, let end?): return "\(show(start)) – \(show(end))"
    case (let start?, nil): return DateWords(language: language).from(show(start))
    case (nil, let end?): return DateWords(language: language).until(show(end))
    case (nil, nil): return nil
    }
  }

  /// Reads the `YYYY-MM-DD` start of an ISO 8601 date (the build date the caller passes).
  public static func isoDate(_ text: String) -> PlanDate? {
    let parts = text.prefix(10).split(separator: "-").map { Int($0) }
    guard let year = parts.first ?? nil else { return nil }
    var date = PlanDate(year: year)
    if parts.count > 1, let month = parts[1], (1...12).contains(month) { date.month = month }
    if parts.count > 2, date.month != nil, let day = parts[2], (1...31).contains(day) { date.day = day }
    return date
  }
}

/// Sums of money by currency, in the order each currency first appears.
public struct BudgetTotals: Sendable, Equatable {
  public var entries: [(currency: String, amount: Double)] = []

  public init() {}

  public init(_ budgets: [Budget]) {
    for budget in budgets { add(budget.amount, budget.currency) }
  }

  public mutating func add(_ amount: Double, _ currency: String) {
    if let index = entries.firstIndex(where: { $0.currency == currency }) {
      entries[index].amount += amount
    } else {
      entries.append((currency, amount))
    }
  }

  public func amount(_ currency: String) -> Double? { entries.first { $0.currency == currency }?.amount }

  public var isEmpty: Bool { entries.isEmpty }

  /// `$ 391.300.000; USD 159.000; EUR 212.000`.
  public func text(_ formatter: Formats, separator: String = "; ") -> String {
    entries.map { formatter.money($0.amount, $0.currency) }.joined(separator: separator)
  }

  public static func == (a: BudgetTotals, b: BudgetTotals) -> Bool {
    a.entries.count == b.entries.count
      && zip(a.entries, b.entries).allSatisfy { $0.currency == $1.currency && $0.amount == $1.amount }
  }
}
