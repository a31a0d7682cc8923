import PlanDiagnostics

/// Numbers written the way a language writes them — the inverse of how the binder reads them:
/// `12.000.000` and `4,8` in Spanish and Portuguese, `12,000,000` and `4.8` in English.
public enum NumberText {
  /// At most two decimals, trailing zeros dropped (kept with `keepCents`, as amounts of money are
  /// written: `1.500.000,50`); a minus sign (−) for negative values.
  public static func write(_ value: Double, language: Language, keepCents: Bool = false) -> String {
    // Beyond what a budget can mean (and what `Int` holds): printed as Swift does.
    guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
    let thousands = language == .en ? "," : "."
    let decimal = language == .en ? "." : ","
    let negative = value < 0
    let cents = (abs(value) * 100).rounded()
    let whole = Int((cents / 100).rounded(.down))
    let fraction = Int(cents) - whole * 100
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
      grouped = thousands + String(digits.suffix(3)) + grouped
      digits.removeLast(3)
    }
    grouped = digits + grouped
    if fraction != 0 {
      var decimals = fraction < 10 ? "0\(fraction)" : "\(fraction)"
      if decimals.hasSuffix("0") && !keepCents { decimals.removeLast() }
      grouped += decimal + decimals
    }
    return (negative ? "−" : "") + grouped
  }
}
