/// `2026-2031` written with a hyphen inside a text: Spanish (and English, and Portuguese)
/// typography writes a range with an en dash, `2026–2031`, as the document does wherever it
/// composes one. The binder reports each (E113, a suggestion) with the fix `plan fmt --fix` applies.
enum YearRanges {
  /// The byte offset of each hyphen that joins two years (1900–2100, the second later and at most
  /// a century on) in `range` of `bytes`, not inside a longer number.
  static func hyphens(in bytes: [UInt8], _ range: Range<Int>) -> [Int] {
    func digit(_ index: Int) -> Bool {
      index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39
    }
    func year(at index: Int) -> Int? {
      guard (index..<index + 4).allSatisfy(digit) else { return nil }
      return (index..<index + 4).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
    }
    var found: [Int] = []
    var index = range.lowerBound
    while index + 9 <= range.upperBound {
      if bytes[index + 4] == 0x2D, !digit(index - 1), !digit(index + 9), let from = year(at: index),
        let to = year(at: index + 5), (1900...2100).contains(from), from < to, to - from <= 100
      {
        found.append(index + 4)
        index += 9
      } else {
        index += 1
      }
    }
    return found
  }

  /// The en dash, as UTF-8.
  static let dash = "\u{2013}"

  /// The text with every hyphen an en dash.
  static func dashed(_ text: String) -> String { String(text.map { $0 == "-" ? "\u{2013}" : $0 }) }
}
