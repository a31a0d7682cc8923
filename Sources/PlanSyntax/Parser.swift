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
  private var diagnostics: [Diagnostic] = []

  /// Parses a file's bytes. Invalid UTF-8 is reported and replaced, never fatal.
  public static func parse(path: String, bytes: [UInt8]) -> SyntaxFile {
    var usable = bytes
    var encodingProblem: Int?
    if let invalid = firstInvalidUTF8(bytes) {
      encodingProblem = invalid
      usable = Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
    let source = SourceText(path: path, bytes: usable)
    var parser = Parser(source: source)
    var file = parser.parseFile()
    if let invalid = encodingProblem {
      let offset = min(invalid, usable.count)
      file.diagnostics.insert(
        LexicalProblem.invalidUTF8.diagnostic(at: source.range(offset..<min(offset + 1, usable.count))), at: 0
      )
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
    self.diagnostics = lexer.diagnostics
  }

  mutating func parseFile() -> SyntaxFile {
    let (items, _) = parseItems(opener: nil, openerIndent: 0)
    let endOfFile = tokens[position]
    return SyntaxFile(source: source, items: items, endOfFile: endOfFile, diagnostics: diagnostics)
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
    var width = 0
    while index < token.start {
      width += bytes[index] == 0x09 ? 2 : 1
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
        report(.unexpectedCloseBrace, token)
        items.append(.unexpected(advance()))
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
          if bodyIndent == nil { bodyIndent = indent }
        }
        items.append(.statement(parseStatement()))
      }
    }
  }

  // MARK: - Statements

  private mutating func parseStatement() -> Statement {
    let keyword = advance()
    let missingKeyword = keyword.kind != .word
    if missingKeyword, keyword.kind != .invalid {
      report(.missingKeyword, keyword)
    }
    var statement = Statement(
      keyword: keyword, isMissingKeyword: missingKeyword, arguments: [], block: nil, terminator: nil)
    if keyword.kind == .leftBrace {
      // A line that starts with `{`: parse the block anyway so the braces stay balanced.
      statement.block = parseBlock(open: keyword, openerIndent: indentation(of: keyword) ?? 0)
      finishAfterBlock(&statement)
      return statement
    }
    var lastWasComma = false
    var hasValue = false
    while true {
      let token = current
      switch token.kind {
      case .newline:
        if lastWasComma {
          // A list continued on the next line: `socios a,⏎ b`.
          statement.arguments.append(.token(advance()))
          continue
        }
        statement.terminator = advance()
        return statement
      case .endOfFile, .rightBrace:
        if lastWasComma, let comma = lastComma(in: statement.arguments) { report(.misplacedComma, comma) }
        return statement
      case .leftBrace:
        if lastWasComma, let comma = lastComma(in: statement.arguments) { report(.misplacedComma, comma) }
        let openerIndent = indentation(of: keyword) ?? 0
        statement.block = parseBlock(open: advance(), openerIndent: openerIndent)
        finishAfterBlock(&statement)
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
    while true {
      let token = current
      switch token.kind {
      case .rightParen:
        return .group(open: open, arguments: arguments, close: advance())
      case .newline, .endOfFile, .rightBrace:
        report(.unclosedParen, open)
        return .group(open: open, arguments: arguments, close: nil)
      case .leftBrace:
        report(.braceInsideParens, token)
        return .group(open: open, arguments: arguments, close: nil)
      case .leftParen:
        report(.unexpectedCloseParen, token)
        arguments.append(.unexpected(advance()))
      default:
        arguments.append(.token(advance()))
      }
    }
  }

  private mutating func parseBlock(open: Token, openerIndent: Int) -> Block {
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
    defer { depth -= 1 }
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
