import PlanDiagnostics

/// Turns string and `"""` tokens into the text they mean.
public enum TextLiterals {
  /// The content of a `"…"` (or `“…”`) token, with escapes resolved.
  public static func decodeString(_ raw: String) -> String {
    // Fast path: a closed straight-quoted string without escapes is its own content.
    let utf8 = Array(raw.utf8)
    if utf8.count >= 2, utf8.first == 0x22, utf8.last == 0x22, !utf8.contains(0x5C) {
      return String(decoding: utf8[1..<(utf8.count - 1)], as: UTF8.self)
    }
    // Unicode scalars, not Characters: a combining mark right after a quote must not hide it.
    var scalars = Array(raw.unicodeScalars)[...]
    if scalars.first == "\u{201C}" {
      scalars = scalars.dropFirst()
      if scalars.last == "\u{201D}" { scalars = scalars.dropLast() }
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

  /// The lines of a `"""` block with the closing delimiter's indentation removed and trailing blanks
  /// trimmed; also the offsets of lines indented less than the delimiter (for a warning).
  public static func decodeProse(_ raw: String) -> (lines: [String], underIndented: [Int]) {
    // Lines end at LF, CRLF or a lone CR, as in the rest of the file.
    // (`"\r\n"` is one Character, so it is one separator.)
    var lines = raw.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    guard let opening = lines.first else { return ([], []) }
    // `"""texto"""` on one line (delimiters compared as bytes, as the lexer does).
    if lines.count == 1 {
      var text = Array(opening.utf8).dropFirst(3)
      if text.count >= 3, text.suffix(3).allSatisfy({ $0 == 0x22 }) { text = text.dropLast(3) }
      return ([String(decoding: text, as: UTF8.self).trimmingBlanks()], [])
    }
    lines.removeFirst()
    var closingIndent: Int
    if let last = lines.last,
      last.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 }).starts(with: [0x22, 0x22, 0x22])
    {
      closingIndent = width(of: last.prefix(while: { $0 == " " || $0 == "\t" }))
      lines.removeLast()
    } else {
      // Never closed: strip the smallest indentation.
      closingIndent =
        lines.filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }
        .map { width(of: $0.prefix(while: { $0 == " " || $0 == "\t" })) }.min() ?? 0
    }
    var result: [String] = []
    var underIndented: [Int] = []
    for (index, line) in lines.enumerated() {
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
        result.append("")
        continue
      }
      let leading = line.prefix(while: { $0 == " " || $0 == "\t" })
      let leadingWidth = width(of: leading)
      if leadingWidth < closingIndent { underIndented.append(index + 1) }
      let kept = max(0, leadingWidth - closingIndent)
      result.append(
        String(repeating: " ", count: kept) + String(line.dropFirst(leading.count)).trimmingBlanks())
    }
    return (result, underIndented)
  }

  /// The decoded text of a `"""` block, lines joined with line breaks.
  public static func proseText(_ raw: String) -> String { decodeProse(raw).lines.joined(separator: "\n") }

  /// Indentation width, a tab counting as 2 spaces (the canonical indent step).
  static func width(of blanks: Substring) -> Int { blanks.reduce(0) { $0 + ($1 == "\t" ? 2 : 1) } }
}

extension StringProtocol {
  func trimmingBlanks() -> String {
    var end = endIndex
    while end > startIndex {
      let before = index(before: end)
      if self[before] == " " || self[before] == "\t" { end = before } else { break }
    }
    return String(self[startIndex..<end])
  }
}
