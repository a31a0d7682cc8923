import PlanDiagnostics

/// Turns string and `"""` tokens into the text they mean.
public enum TextLiterals {
  /// The content of a `"…"` (or `“…”`, `«…»`) token, with escapes resolved.
  public static func decodeString(_ raw: String) -> String {
    // Fast path: a closed straight-quoted string without escapes is its own content.
    let utf8 = Array(raw.utf8)
    if utf8.count >= 2, utf8.first == 0x22, utf8.last == 0x22, !utf8.contains(0x5C) {
      return String(decoding: utf8[1..<(utf8.count - 1)], as: UTF8.self)
    }
    // Unicode scalars, not Characters: a combining mark right after a quote must not hide it.
    var scalars = Array(raw.unicodeScalars)[...]
    if let first = scalars.first, let closers = typographicClosers[first] {
      // “…”, ”…”, „…“ and «…», as the lexer reads them.
      scalars = scalars.dropFirst()
      if scalars.count > 0, let last = scalars.last, closers.contains(last) { scalars = scalars.dropLast() }
    } else {
      if scalars.first == "\"" { scalars = scalars.dropFirst() }
      if scalars.last == "\"" {
        // The closing quote is real unless an odd number of backslashes escapes it.
        var backslashes = 0
        var index = scalars.endIndex - 2
        while index >= scalars.startIndex, scalars[index] == "\\" {
          backslashes += 1
          index -= 1
        }
        if backslashes % 2 == 0 { scalars = scalars.dropLast() }
      }
    }
    var out = String.UnicodeScalarView()
    var escaping = false
    for scalar in scalars {
      if escaping {
        switch scalar {
        case "n": out.append("\n")
        case "t": out.append("\t")
        default: out.append(scalar)
        }
        escaping = false
      } else if scalar == "\\" {
        escaping = true
      } else {
        out.append(scalar)
      }
    }
    if escaping { out.append("\\") }
    return String(out)
  }

  /// A text as a `"…"` literal that decodes back to it: `"` and `\` escaped, line breaks and tabs
  /// as `\n` and `\t`.
  public static func quote(_ text: String) -> String {
    var out = "\""
    // Unicode scalars, not Characters: a quote followed by a combining mark is still a quote.
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// The typographic quotes that open a text, and the ones that close it.
  static let typographicClosers: [Unicode.Scalar: [Unicode.Scalar]] = [
    "\u{201C}": ["\u{201D}", "\u{201C}"], "\u{201D}": ["\u{201D}", "\u{201C}"],
    "\u{201E}": ["\u{201D}", "\u{201C}"], "\u{AB}": ["\u{BB}"],
  ]

  /// The lines of a `"""` block with the closing delimiter's indentation removed and trailing blanks
  /// trimmed; also the offsets of lines indented less than the delimiter (for a warning).
  ///
  /// Works on bytes (large plans are mostly prose).
  public static func decodeProse(_ raw: String) -> (lines: [String], underIndented: [Int]) {
    let bytes = Array(raw.utf8)
    // Lines end at LF, CRLF or a lone CR, as in the rest of the file.
    var lines: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        lines.append(start..<index)
        index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        start = index
      } else {
        index += 1
      }
    }
    lines.append(start..<bytes.count)
    let opening = lines[0]
    // `"""texto"""` on one line (delimiters compared as bytes, as the lexer does).
    if lines.count == 1 {
      var inner = bytes[opening].dropFirst(3)
      if inner.count >= 3, inner.suffix(3).allSatisfy({ $0 == 0x22 }) { inner = inner.dropLast(3) }
      return ([text(bytes, inner.startIndex..<trimmedEnd(bytes, inner.startIndex..<inner.endIndex))], [])
    }
    lines.removeFirst()
    var closingIndent: Int
    if let last = lines.last,
      bytes[last].drop(while: { $0 == 0x20 || $0 == 0x09 }).starts(with: [0x22, 0x22, 0x22])
    {
      closingIndent = leadingBlanks(bytes, last).width
      lines.removeLast()
    } else {
      // Never closed: strip the smallest indentation.
      closingIndent = lines.filter { !isBlank(bytes, $0) }.map { leadingBlanks(bytes, $0).width }.min() ?? 0
    }
    var result: [String] = []
    result.reserveCapacity(lines.count)
    var underIndented: [Int] = []
    for (number, line) in lines.enumerated() {
      if isBlank(bytes, line) {
        result.append("")
        continue
      }
      let leading = leadingBlanks(bytes, line)
      if leading.width < closingIndent { underIndented.append(number + 1) }
      let kept = max(0, leading.width - closingIndent)
      let content = text(bytes, line.lowerBound + leading.count..<trimmedEnd(bytes, line))
      result.append(kept == 0 ? content : String(repeating: " ", count: kept) + content)
    }
    return (result, underIndented)
  }

  private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  private static func isBlank(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
    bytes[line].allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }

  /// The end of a line without its trailing blanks (a blank at the very end is never combined).
  private static func trimmedEnd(_ bytes: [UInt8], _ line: Range<Int>) -> Int {
    var end = line.upperBound
    while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    return end
  }

  /// The indentation of a line: its count in bytes and its width (a tab counts 2, the indent step).
  /// Every leading blank is indentation, even one a combining mark follows: the formatter re-indents
  /// lines, and a blank it adds must never become part of the text.
  private static func leadingBlanks(_ bytes: [UInt8], _ line: Range<Int>) -> (count: Int, width: Int) {
    var end = line.lowerBound
    while end < line.upperBound, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
    return (end - line.lowerBound, bytes[line.lowerBound..<end].reduce(0) { $0 + ($1 == 0x09 ? 2 : 1) })
  }

  /// The decoded text of a `"""` block, lines joined with line breaks.
  public static func proseText(_ raw: String) -> String { decodeProse(raw).lines.joined(separator: "\n") }

}
