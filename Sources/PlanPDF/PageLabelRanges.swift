import PlanDocument

/// The catalog's `/PageLabels` number tree from each page's printed label. A run of pages numbered
/// one after the other in the same style (`1`, `2`, `3`…, `i`, `ii`, `iii`…, or a prefix and a
/// number, `Anexo I-1`, `Anexo I-2`… — an annex's pages) is one range; any other label is a range
/// of its own, written as a prefix. (cairo 1.16 writes an empty tree when
/// the first page is labelled `1`: it takes that for the default and never opens a range.)
enum PageLabelRanges {
  /// `<< /Nums [0 << /S /D >> …] >>`, or `nil` when there are no pages.
  static func numberTree(_ labels: [String]) -> String? {
    guard !labels.isEmpty else { return nil }
    var entries: [String] = []
    var previous: (style: Style, value: Int)?
    for (index, label) in labels.enumerated() {
      let current = Style.of(label)
      if let previous, previous.style == current.style, current.style != .prefix,
        current.value == previous.value + 1
      {
        // Continues the range.
      } else {
        switch current.style {
        case .decimal:
          entries.append("\(index) << /S /D" + (current.value == 1 ? "" : " /St \(current.value)") + " >>")
        case .roman:
          entries.append("\(index) << /S /r" + (current.value == 1 ? "" : " /St \(current.value)") + " >>")
        case .prefix:
          entries.append("\(index) << /P \(PDFText.literal(label)) >>")
        case .prefixed(let prefix):
          entries.append(
            "\(index) << /S /D /P \(PDFText.literal(prefix))"
              + (current.value == 1 ? "" : " /St \(current.value)")
              + " >>")
        }
      }
      previous = current
    }
    return "<< /Nums [" + entries.joined(separator: " ") + "] >>"
  }

  enum Style: Equatable {
    case decimal, roman, prefix
    /// A prefix and a decimal number: `Anexo I-` and 3.
    case prefixed(String)

    static func of(_ label: String) -> (style: Style, value: Int) {
      if let value = Int(label), value > 0, !label.hasPrefix("0"), !label.hasPrefix("+") {
        return (.decimal, value)
      }
      if let value = roman(label) { return (.roman, value) }
      let digits = label.reversed().prefix { $0.isASCII && $0.isNumber }
      if !digits.isEmpty, digits.last != "0", digits.count < label.count,
        let value = Int(String(digits.reversed())), value > 0
      {
        return (.prefixed(String(label.dropLast(digits.count))), value)
      }
      return (.prefix, 0)
    }

    /// The value of a lower-case Roman numeral written canonically (`iv`, not `iiii`).
    static func roman(_ text: String) -> Int? {
      let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
      guard !text.isEmpty, text.allSatisfy({ values[$0] != nil }) else { return nil }
      let digits = text.map { values[$0]! }
      var total = 0
      for (index, digit) in digits.enumerated() {
        if index + 1 < digits.count, digit < digits[index + 1] { total -= digit } else { total += digit }
      }
      return total > 0 && canonical(total) == text ? total : nil
    }

    static func canonical(_ value: Int) -> String { RomanNumeral.text(value).lowercased() }
  }
}
