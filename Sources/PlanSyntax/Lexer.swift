import PlanDiagnostics

/// Splits a file into tokens. It runs in one pass over the bytes, never backtracks more than a few
/// bytes, and reports problems as diagnostics instead of stopping.
struct Lexer {
  let source: SourceText
  private let bytes: [UInt8]
  private var index = 0
  /// Whether the current line has a token a value can follow (a `#` after one may be a colour; at
  /// the start of a line, or after `{` or `}`, it is always a comment).
  private var lineHasToken = false
  /// At most `DiagnosticCollector.limit` problems are kept; the rest are counted.
  private(set) var collector = DiagnosticCollector()

  init(source: SourceText) {
    self.source = source
    self.bytes = source.bytes
  }

  mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 4 + 8)
    // A byte-order mark is kept as trivia of the first token.
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    while true {
      let token = next(triviaStart: tokens.isEmpty ? 0 : index)
      tokens.append(token)
      lineHasToken = token.kind != .newline && token.kind != .leftBrace && token.kind != .rightBrace
      if token.kind == .endOfFile { break }
    }
    return tokens
  }

  private mutating func next(triviaStart: Int) -> Token {
    var comment: Range<Int>?
    // Trivia: spaces, tabs, form feeds, and at most one comment that runs to the end of the line.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0B {
        index += 1
      } else if byte >= 0xC2, let special = SpecialCharacters.kind(in: bytes, at: index),
        special.kind == .pastedSpace || special.kind == .invisible
      {
        // A pasted space, or an invisible character, between words: a blank, named in a warning.
        skipPasted(special.value, length: special.length)
      } else if byte == UInt8(ascii: "#"), colourLength(at: index) == nil {
        let start = index
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
          // A control character is invisible even in a comment (and NULs are how a UTF-16 file looks).
          if !reportHostile() { index += 1 }
        }
        comment = start..<index
        break
      } else {
        break
      }
    }
    let start = index
    func make(_ kind: TokenKind, malformed: Bool = false) -> Token {
      Token(
        kind: kind, triviaStart: triviaStart, start: start, end: index, comment: comment,
        isMalformed: malformed)
    }
    guard index < bytes.count else { return make(.endOfFile) }
    let byte = bytes[index]
    switch byte {
    case 0x0A:
      index += 1
      return make(.newline)
    case 0x0D:
      index += 1
      if index < bytes.count, bytes[index] == 0x0A { index += 1 }
      return make(.newline)
    case UInt8(ascii: "{"):
      index += 1
      return make(.leftBrace)
    case UInt8(ascii: "}"):
      index += 1
      return make(.rightBrace)
    case UInt8(ascii: "("):
      index += 1
      return make(.leftParen)
    case UInt8(ascii: ")"):
      index += 1
      return make(.rightParen)
    case UInt8(ascii: ","):
      index += 1
      return make(.comma)
    case UInt8(ascii: "\""):
      if startsWith([0x22, 0x22, 0x22], at: index) {
        let malformed = lexProse()
        return make(.prose, malformed: malformed)
      }
      let malformed = lexString(open: 1)
      return make(.string, malformed: malformed)
    case 0xE2, 0xC2:
      if let (open, closers) = typographicOpener(at: index) {
        // “Typographic quotes” or «guillemets» around a text, as pasted from a word processor.
        let opener = SpecialCharacters.scalar(in: bytes, at: index).value
        let malformed = lexString(open: open, closers: closers)
        // Closed, it can be rewritten with straight quotes, keeping every character of the text.
        let fix =
          malformed || index - start > FixIt.maximumLength
          ? []
          : [
            FixIt(
              range: source.range(start..<index),
              replacement: TextLiterals.quote(
                TextLiterals.decodeString(source.text(start..<index))))
          ]
        report(.typographicQuotes(opener), at: start..<min(start + open, bytes.count), fixIts: fix)
        return make(.string, malformed: malformed)
      }
      if let special = SpecialCharacters.kind(in: bytes, at: index),
        special.kind == .control || special.kind == .nonCharacter
      {
        _ = reportHostile()
        return make(.invalid, malformed: true)
      }
      lexWord()
      return make(.word)
    default:
      if byte < 0x20 || byte == 0x7F || byte >= 0xEF {
        // A run of control characters (or noncharacters) is one token and one finding: a megabyte
        // of NUL bytes costs what one does.
        if reportHostile() { return make(.invalid, malformed: true) }
      }
      if byte == UInt8(ascii: "#"), let length = colourLength(at: index) {
        index += length
        return make(.word)
      }
      lexWord()
      return make(.word)
    }
  }

  private func startsWith(_ prefix: [UInt8], at position: Int) -> Bool {
    guard position + prefix.count <= bytes.count else { return false }
    for (offset, byte) in prefix.enumerated() where bytes[position + offset] != byte { return false }
    return true
  }

  /// After a value on the same line, `#` followed by hex digits and a delimiter is a colour
  /// (`#1A5276`; a wrong length is then reported as a bad colour, not swallowed as a comment). At the
  /// start of a line, or right after a brace, `#` always starts a comment.
  private func colourLength(at position: Int) -> Int? {
    guard lineHasToken else { return nil }
    var end = position + 1
    while end < bytes.count, isHexDigit(bytes[end]) { end += 1 }
    let digits = end - position - 1
    guard (1...8).contains(digits) else { return nil }
    if end < bytes.count, !isDelimiter(bytes[end]) { return nil }
    return end - position
  }

  private func isHexDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
  }

  private func isDelimiter(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "("),
      UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "\""):
      return true
    default:
      return byte < 0x20 || byte == 0x7F
    }
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private mutating func lexWord() {
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ","), index > start, isDigit(bytes[index - 1]), index + 1 < bytes.count,
        isDigit(bytes[index + 1])
      {
        // `3,5` is one number (Spanish decimal comma), not a list.
        index += 1
        continue
      }
      if isDelimiter(byte) { break }
      if byte >= 0xC2 {
        if typographicOpener(at: index) != nil { break }
        if let special = SpecialCharacters.kind(in: bytes, at: index) {
          // An invisible character between two letters stays in the word (the binder and the
          // formatter leave it out); anything else special ends the word.
          guard special.kind == .invisible, index > start, continuesWord(after: index) else { break }
          skipPasted(special.value, length: special.length)
          continue
        }
      }
      index += 1
    }
    if index == start { index += SpecialCharacters.scalar(in: bytes, at: index).length }
  }

  /// Whether a word goes on after the run of invisible characters at `position`.
  private func continuesWord(after position: Int) -> Bool {
    var probe = position
    while probe < bytes.count, let special = SpecialCharacters.kind(in: bytes, at: probe),
      special.kind == .invisible
    {
      probe += special.length
    }
    guard probe < bytes.count else { return false }
    let byte = bytes[probe]
    if isDelimiter(byte) || byte == UInt8(ascii: "#") { return false }
    if byte >= 0xC2,
      typographicOpener(at: probe) != nil || SpecialCharacters.kind(in: bytes, at: probe) != nil
    {
      return false
    }
    return true
  }

  /// `“`, `”` and `„` open a text that `”` or `“` closes; `«` one that `»` closes. The opener's
  /// length and the closers.
  private func typographicOpener(at position: Int) -> (Int, [[UInt8]])? {
    let left: [UInt8] = [0xE2, 0x80, 0x9C]
    let right: [UInt8] = [0xE2, 0x80, 0x9D]
    if startsWith(left, at: position) || startsWith(right, at: position)
      || startsWith([0xE2, 0x80, 0x9E], at: position)
    {
      return (3, [right, left])
    }
    if startsWith([0xC2, 0xAB], at: position) { return (2, [[0xC2, 0xBB]]) }
    return nil
  }

  /// Skips a run of one pasted or invisible character repeated, and names it in one warning.
  private mutating func skipPasted(_ value: UInt32, length: Int) {
    let start = index
    var count = 0
    while index + length <= bytes.count, SpecialCharacters.scalar(in: bytes, at: index).value == value {
      index += length
      count += 1
    }
    // A pasted space becomes a plain one; an invisible character goes.
    let replacement = SpecialCharacters.kind(of: value) == .pastedSpace ? " " : ""
    report(
      .pastedCharacter(value, count: count), at: start..<index,
      fixIts: [FixIt(range: source.range(start..<index), replacement: replacement)])
  }

  /// At a control character or a noncharacter: skips the whole run of them (up to a line break)
  /// and reports it once. Returns false, without moving, for anything else.
  private mutating func reportHostile() -> Bool {
    guard let (problem, end) = hostileRun(at: index) else { return false }
    report(problem, at: index..<end)
    index = end
    return true
  }

  /// The run of control characters (or of noncharacters) that starts at `position`, as one
  /// problem, and where it ends.
  private func hostileRun(at position: Int) -> (LexicalProblem, Int)? {
    guard let first = SpecialCharacters.kind(in: bytes, at: position),
      first.kind == .control || first.kind == .nonCharacter
    else { return nil }
    var end = position
    var count = 0
    while end < bytes.count, let special = SpecialCharacters.kind(in: bytes, at: end),
      special.kind == first.kind
    {
      end += special.length
      count += 1
    }
    let problem: LexicalProblem =
      first.kind == .control
      ? .controlCharacter(first.value, count: count) : .nonCharacter(first.value, count: count)
    return (problem, end)
  }

  /// Lexes `"…"` up to the closing quote on the same line. Returns whether it is malformed.
  private mutating func lexString(open: Int, closers: [[UInt8]] = [[0x22]]) -> Bool {
    let start = index
    index += open
    var malformed = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D { break }
      if let close = closers.first(where: { startsWith($0, at: index) }) {
        index += close.count
        return malformed
      }
      if byte == UInt8(ascii: "\\") {
        let escapeStart = index
        index += 1
        guard index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D else { break }
        let escaped = bytes[index]
        if escaped == UInt8(ascii: "\"") || escaped == UInt8(ascii: "\\") || escaped == UInt8(ascii: "n")
          || escaped == UInt8(ascii: "t")
        {
          index += 1
        } else {
          let length = scalarLength(at: index)
          index += length
          report(.unknownEscape, at: escapeStart..<index)
          malformed = true
        }
        continue
      }
      if byte == 0x09 {
        // A tab inside a one-line text: invisible in the editor, odd in the PDF.
        let tabs = index
        while index < bytes.count, bytes[index] == 0x09 { index += 1 }
        report(.tabInText(count: index - tabs), at: tabs..<index)
        continue
      }
      if byte < 0x20 || byte == 0x7F || byte >= 0xC2, reportHostile() {
        malformed = true
        continue
      }
      index += 1
    }
    report(.unterminatedString, at: start..<index)
    return true
  }

  private func scalarLength(at position: Int) -> Int {
    let byte = bytes[position]
    let length: Int
    if byte < 0x80 {
      length = 1
    } else if byte >= 0xF0 {
      length = 4
    } else if byte >= 0xE0 {
      length = 3
    } else {
      length = 2
    }
    return min(length, bytes.count - position)
  }

  /// Lexes a `"""` block: the opening line, the content lines, and a line whose first non-blank
  /// characters are the closing `"""`. Returns whether it is malformed.
  private mutating func lexProse() -> Bool {
    let start = index
    index += 3
    var malformed = false
    // Only blanks may follow the opening delimiter on its line.
    var probe = index
    while probe < bytes.count, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
    if probe < bytes.count, bytes[probe] != 0x0A, bytes[probe] != 0x0D {
      var lineEnd = probe
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
      if startsWith([0x22, 0x22, 0x22], at: lineEnd - 3), lineEnd - 3 >= probe {
        // `"""texto"""` on one line: accepted, but the canonical form puts text on its own lines.
        index = lineEnd
        report(.proseOnOneLine, at: start..<lineEnd)
        var position = probe
        while position < lineEnd - 3 {
          if let (problem, end) = hostileRun(at: position) {
            report(problem, at: position..<end)
            position = end
          } else {
            position += 1
          }
        }
        return true
      }
      report(.proseTextAfterOpening, at: probe..<lineEnd)
      malformed = true
    }
    // Scan line by line for the closing delimiter; control characters in the text are reported,
    // as they are in one-line texts.
    while index < bytes.count {
      // Move to the start of the next line.
      while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
        if reportHostile() {
          malformed = true
        } else {
          index += 1
        }
      }
      guard index < bytes.count else { break }
      if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
        index += 2
      } else {
        index += 1
      }
      var column = index
      while column < bytes.count, bytes[column] == 0x20 || bytes[column] == 0x09 { column += 1 }
      if startsWith([0x22, 0x22, 0x22], at: column) {
        index = column + 3
        return malformed
      }
    }
    report(.unterminatedProse, at: start..<(start + 3))
    return true
  }

  private mutating func report(_ problem: LexicalProblem, at range: Range<Int>, fixIts: [FixIt] = []) {
    var diagnostic = problem.diagnostic(at: source.range(range))
    diagnostic.fixIts = fixIts
    collector.append(diagnostic)
  }
}
