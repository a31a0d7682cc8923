/// PDF text strings (ISO 32000-1, 7.9.2.2) for what the archival writer adds: alternative texts,
/// link descriptions, page-label prefixes, the language.
enum PDFText {
  /// `(text)` when every character is printable ASCII (with `\`, `(` and `)` escaped); otherwise
  /// UTF-16BE with a byte-order mark, as a hexadecimal string `<FEFF…>`.
  static func literal(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      var result = "("
      for scalar in text.unicodeScalars {
        if scalar == "\\" || scalar == "(" || scalar == ")" { result += "\\" }
        result.unicodeScalars.append(scalar)
      }
      return result + ")"
    }
    var result = "<FEFF"
    for unit in text.utf16 { result += hex(UInt16(unit)) }
    return result + ">"
  }

  /// Decodes a string as cairo writes it: `(literal)` or `<FEFF…>`/`<…>` hexadecimal; `nil` when it
  /// is neither.
  static func decode(_ token: Substring) -> String? {
    if token.hasPrefix("("), token.hasSuffix(")") {
      var bytes: [UInt8] = []
      var escaped = false
      for byte in token.utf8.dropFirst().dropLast() {
        if escaped {
          bytes.append(byte)
          escaped = false
        } else if byte == 0x5C {
          escaped = true
        } else {
          bytes.append(byte)
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    if token.hasPrefix("<"), token.hasSuffix(">") {
      let digits = Array(token.utf8.dropFirst().dropLast()).filter { $0 != 0x20 && $0 != 0x0A }
      guard digits.count % 4 == 0 else { return nil }
      var units: [UInt16] = []
      var index = 0
      while index < digits.count {
        guard let value = UInt16(String(decoding: digits[index..<(index + 4)], as: UTF8.self), radix: 16)
        else {
          return nil
        }
        units.append(value)
        index += 4
      }
      if units.first == 0xFEFF { units.removeFirst() }
      return String(decoding: units, as: UTF16.self)
    }
    return nil
  }

  private static func hex(_ value: UInt16) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
  }
}
