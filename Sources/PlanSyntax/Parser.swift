import PlanDiagnostics

/// A recovering parser: it never stops at the first mistake, always returns a tree that holds every
/// byte of the file, and records each problem with its location.
public struct Parser {
  /// Deeper nesting than this is reported and skipped, so no later pass can overflow the stack.
  public static let maximumDepth = 32

  private let source: SourceText
  private let tokens: [Token]
  private var position = 0
  private var depth = 0
  /// The grammar context of each open block (its construct key), when known: it lets the parser
  /// notice a top-level keyword inside a block whose `}` was forgotten.
  private var contexts: [String?] = []
  private var diagnostics = DiagnosticCollector()

  /// Parses a file's bytes. Encoding problems are reported, never fatal: a Latin-1 (Windows) file is
  /// read as such with a warning, a UTF-16 file gets one error, and stray invalid bytes are replaced.
  public static func parse(path: String, bytes: [UInt8]) -> SyntaxFile {
    var usable = bytes
    var encodingProblem: (LexicalProblem, Int)?
    if Encoding.looksLikeUTF16(bytes) {
      usable = Array(String(decoding: bytes, as: UTF8.self).utf8)
      encodingProblem = (.utf16, 0)
    } else if let invalid = firstInvalidUTF8(bytes) {
      if !Encoding.hasMultibyteUTF8(bytes) {
        usable = Encoding.windows1252ToUTF8(bytes)
        encodingProblem = (.latin1, Encoding.offsetAfterTranscoding(bytes, invalid))
      } else {
        usable = Array(String(decoding: bytes, as: UTF8.self).utf8)
        encodingProblem = (.invalidUTF8, Encoding.offsetAfterRepair(bytes, invalid))
      }
    }
    let source = SourceText(path: path, bytes: usable)
    var parser = Parser(source: source)
    var file = parser.parseFile()
    if let (problem, offset) = encodingProblem {
      let clamped = min(offset, usable.count)
      let diagnostic = problem.diagnostic(at: source.range(clamped..<min(clamped + 1, usable.count)))
      if case .utf16 = problem {
        // Everything else found in such a file is noise from the NUL bytes.
        file.diagnostics = [diagnostic]
        file.uncollected = DiagnosticCounts()
        file.isUnreadable = true
      } else {
        file.diagnostics.insert(diagnostic, at: 0)
      }
    }
    return file
  }

  public static func parse(path: String, text: String) -> SyntaxFile {
    parse(path: path, bytes: Array(text.utf8))
  }

  init(source: SourceText) {
    self.source = source
    var lexer = Lexer(source: source)
    self.tokens = lexer.tokenize()
    self.diagnostics = lexer.collector
  }

  mutating func parseFile() -> SyntaxFile {
    let (items, _) = parseItems(opener: nil, openerIndent: 0)
    let endOfFile = tokens[position]
    var file = SyntaxFile(
      source: source, items: items, endOfFile: endOfFile, diagnostics: diagnostics.diagnostics)
    file.uncollected = diagnostics.overflow
    return file
  }

  // MARK: - Items

  private var current: Token { tokens[position] }

  private mutating func advance() -> Token {
    let token = tokens[position]
    if token.kind != .endOfFile { position += 1 }
    return token
  }

  /// Whether the token is the first on its line, and if so its indentation (a tab counts as 2).
  private func indentation(of token: Token) -> Int? {
    let bytes = source.bytes
    var index = token.triviaStart
    guard
      index == 0 || bytes[index - 1] == 0x0A || bytes[index - 1] == 0x0D
        || (index == 3 && index == token.triviaStart && bytes[0] == 0xEF)
    else { return nil }
    // A pasted space (two or three bytes) is one column; an invisible character, none.
    var width = 0
    while index < token.start {
      let byte = bytes[index]
      if byte >= 0xC0, let special = SpecialCharacters.kind(in: bytes, at: index) {
        width += special.kind == .invisible ? 0 : 1
        index += special.length
        continue
      }
      if byte & 0xC0 != 0x80 { width += byte == 0x09 ? 2 : 1 }
      index += 1
    }
    return width
  }

  /// Parses the entries of a block (or of the file when `opener` is nil) up to its `}`.
  private mutating func parseItems(opener: Token?, openerIndent: Int) -> ([Item], Token?) {
    var items: [Item] = []
    var bodyIndent: Int?
    while true {
      let token = current
      switch token.kind {
      case .endOfFile:
        if let opener { report(.missingCloseBrace, opener) }
        return (items, nil)
      case .rightBrace:
        if opener != nil { return (items, advance()) }
        // A run of stray braces on a line is one mistake, reported once.
        let first = advance()
        var last = first
        var count = 1
        items.append(.unexpected(first))
        while current.kind == .rightBrace {
          last = advance()
          items.append(.unexpected(last))
          count += 1
        }
        diagnostics.append(
          ParseProblem.unexpectedCloseBrace(count: count).diagnostic(at: source.range(first.start..<last.end))
        )
      case .newline:
        items.append(.empty(advance()))
      default:
        if let opener, let indent = indentation(of: token) {
          // Recovery for a forgotten `}`: the author indents block bodies, and this line went back
          // to the opener's level or further left, so the block must have ended before it.
          if let body = bodyIndent, body > openerIndent, indent <= openerIndent {
            report(.missingCloseBrace, opener)
            return (items, nil)
          }
          // Or, however the file is indented: a top-level statement that cannot go in this block.
          if indent <= openerIndent, token.kind == .word, startsTopLevelStatement(token) {
            report(.missingCloseBrace, opener)
            return (items, nil)
          }
          if bodyIndent == nil { bodyIndent = indent }
        }
        items.append(.statement(parseStatement()))
      }
    }
  }

  private func startsTopLevelStatement(_ token: Token) -> Bool {
    guard let context = contexts.last, let context else { return false }
    guard token.end - token.start <= Keywords.maximumLength else { return false }
    let word = Keywords.fold(source.text(of: token))
    return Binder.index[""]?[word] != nil && Binder.index[context]?[word] == nil
  }

  // MARK: - Statements

  private mutating func parseStatement() -> Statement {
    var keyword = current
    let missingKeyword = keyword.kind != .word
    if missingKeyword && keyword.kind != .invalid {
      report(.missingKeyword, keyword)
      // The line starts with something else: an empty stand-in takes the keyword's place, and the
      // token is parsed as an argument or a block, so nothing is lost and brackets stay balanced.
      keyword = Token(
        kind: .invalid, triviaStart: keyword.triviaStart, start: keyword.triviaStart, end: keyword.triviaStart
      )
    } else {
      // A word, or a control character the lexer already reported.
      _ = advance()
    }
    var statement = Statement(
      keyword: keyword, isMissingKeyword: missingKeyword, arguments: [], block: nil, terminator: nil)
    let keywordColumn = column(of: keyword.start == keyword.end ? current : keyword)
    var lastWasComma = false
    var hasValue = false
    while true {
      let token = current
      switch token.kind {
      case .newline:
        if lastWasComma {
          if continuesList(after: position, keywordColumn: keywordColumn) {
            // A list continued on the next line: `socios a,⏎ b`.
            statement.arguments.append(.token(advance()))
            continue
          }
          if let comma = lastComma(in: statement.arguments) { report(.misplacedComma, comma) }
        }
        statement.terminator = advance()
        return statement
      case .endOfFile, .rightBrace:
        if lastWasComma, let comma = lastComma(in: statement.arguments) { report(.misplacedComma, comma) }
        return statement
      case .leftBrace:
        if lastWasComma, let comma = lastComma(in: statement.arguments) { report(.misplacedComma, comma) }
        let word =
          missingKeyword || keyword.end - keyword.start > Keywords.maximumLength
          ? nil : source.text(of: keyword)
        statement.block = parseBlock(open: advance(), openerIndent: keywordColumn, keyword: word)
        if statement.block?.close != nil { finishAfterBlock(&statement) }
        return statement
      case .leftParen:
        statement.arguments.append(parseGroup())
        lastWasComma = false
        hasValue = true
      case .rightParen:
        report(.unexpectedCloseParen, token)
        statement.arguments.append(.unexpected(advance()))
      case .comma:
        if !hasValue || lastWasComma { report(.misplacedComma, token) }
        statement.arguments.append(.token(advance()))
        lastWasComma = true
      default:
        statement.arguments.append(.token(advance()))
        lastWasComma = false
        hasValue = true
      }
    }
  }

  /// The column (0-based, tabs counting 2) where a token starts on its line.
  /// Beyond this many bytes from the line's start a column only means "far right"; bounding the
  /// walk keeps a megabyte-long line linear.
  private static let columnHorizon = 512

  private func column(of token: Token) -> Int {
    let bytes = source.bytes
    var lineStart = token.start
    while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != 0x0D {
      if token.start - lineStart >= Parser.columnHorizon { return Parser.columnHorizon }
      lineStart -= 1
    }
    var width = 0
    var index = lineStart
    while index < token.start {
      let byte = bytes[index]
      if byte >= 0xC0, let special = SpecialCharacters.kind(in: bytes, at: index), special.kind == .invisible
      {
        index += special.length
        continue
      }
      if byte & 0xC0 != 0x80 { width += byte == 0x09 ? 2 : 1 }
      index += 1
    }
    return width
  }

  /// After `a,⏎`, the list goes on only if the next line is indented more than the statement;
  /// otherwise the comma was a slip and the next line is a statement of its own.
  private func continuesList(after newline: Int, keywordColumn: Int) -> Bool {
    guard newline + 1 < tokens.count else { return false }
    let next = tokens[newline + 1]
    switch next.kind {
    case .newline, .endOfFile, .rightBrace: return false
    default: return column(of: next) > keywordColumn
    }
  }

  private func lastComma(in arguments: [Argument]) -> Token? {
    for argument in arguments.reversed() {
      if case .token(let token) = argument, token.kind == .comma { return token }
    }
    return nil
  }

  /// After `}` only a line break (or the end of the block or file) may follow.
  private mutating func finishAfterBlock(_ statement: inout Statement) {
    var reported = false
    while true {
      let token = current
      switch token.kind {
      case .newline:
        statement.terminator = advance()
        return
      case .endOfFile, .rightBrace:
        return
      default:
        if !reported {
          report(.textAfterBlock, token)
          reported = true
        }
        if token.kind == .leftBrace {
          // Keep braces balanced even in a mistake: skip the whole stray block.
          statement.afterBlock.append(contentsOf: skipBalanced())
        } else {
          statement.afterBlock.append(advance())
        }
      }
    }
  }

  private mutating func parseGroup() -> Argument {
    let open = advance()
    var arguments: [Argument] = []
    var afterFirst = position
    while true {
      let token = current
      switch token.kind {
      case .rightParen:
        return .group(open: open, arguments: arguments, close: advance())
      case .newline, .endOfFile, .rightBrace, .leftBrace, .leftParen:
        report(
          token.kind == .leftBrace ? .braceInsideParens : .unclosedParen,
          token.kind == .leftBrace ? token : open)
        // `(2025 meta 4 (2030)`: the missing `)` most likely belonged right after the first word,
        // so the group keeps that word and the rest is read as the statement's own arguments.
        if arguments.count > 1 {
          position = afterFirst
          arguments.removeLast(arguments.count - 1)
        }
        return .group(open: open, arguments: arguments, close: nil)
      default:
        arguments.append(.token(advance()))
        if arguments.count == 1 { afterFirst = position }
      }
    }
  }

  private mutating func parseBlock(open: Token, openerIndent: Int, keyword: String?) -> Block {
    if depth >= Parser.maximumDepth {
      report(.nestingTooDeep(Parser.maximumDepth), open)
      // Skip the content without building a tree for it, keeping every token.
      var items: [Item] = []
      var close: Token?
      var level = 1
      while current.kind != .endOfFile {
        let token = advance()
        if token.kind == .leftBrace { level += 1 }
        if token.kind == .rightBrace {
          level -= 1
          if level == 0 {
            close = token
            break
          }
        }
        items.append(.unexpected(token))
      }
      if close == nil { report(.missingCloseBrace, open) }
      return Block(open: open, openTerminator: nil, items: items, close: close)
    }
    depth += 1
    let parent = contexts.isEmpty ? "" : contexts.last!
    let context = parent.flatMap { parent in keyword.flatMap { Binder.index[parent]?[Keywords.fold($0)] } }
    contexts.append(context)
    defer {
      depth -= 1
      contexts.removeLast()
    }
    var openTerminator: Token?
    if current.kind == .newline { openTerminator = advance() }
    let (items, close) = parseItems(opener: open, openerIndent: openerIndent)
    return Block(open: open, openTerminator: openTerminator, items: items, close: close)
  }

  /// Consumes a `{ … }` run (or up to the end of the file), counting braces.
  private mutating func skipBalanced() -> [Token] {
    var skipped: [Token] = []
    var level = 0
    repeat {
      let token = advance()
      skipped.append(token)
      if token.kind == .leftBrace { level += 1 }
      if token.kind == .rightBrace { level -= 1 }
    } while level > 0 && current.kind != .endOfFile
    return skipped
  }

  private mutating func report(_ problem: ParseProblem, _ token: Token) {
    diagnostics.append(problem.diagnostic(at: source.range(of: token)))
  }

  /// The offset of the first byte that is not part of a valid UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      if byte & 0xE0 == 0xC0 {
        length = 2
        minimum = 0x80
      } else if byte & 0xF0 == 0xE0 {
        length = 3
        minimum = 0x800
      } else if byte & 0xF8 == 0xF0 {
        length = 4
        minimum = 0x10000
      } else {
        return index
      }
      guard index + length <= count else { return index }
      var scalar = UInt32(byte) & (0xFF >> (length + 1))
      for offset in 1..<length {
        let next = bytes[index + offset]
        guard next & 0xC0 == 0x80 else { return index }
        scalar = scalar << 6 | UInt32(next & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) { return index }
      minimum = 0
      index += length
    }
    return nil
  }
}
