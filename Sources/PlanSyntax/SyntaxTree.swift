import PlanDiagnostics

/// One piece of a statement after its keyword.
public indirect enum Argument: Sendable, Hashable {
  /// A word, a string, a `"""` block, a comma, or a line break after a comma (a continued list).
  case token(Token)
  /// `( … )`, as in `base 0 (2025)`. `close` is `nil` when the parenthesis was never closed.
  case group(open: Token, arguments: [Argument], close: Token?)
  /// A token that does not belong here; kept so that the tree still holds every byte.
  case unexpected(Token)
}

/// `keyword arguments… { block }` — the only shape of statement the language has.
public struct Statement: Sendable, Hashable {
  /// The first word of the line. For a line that starts with something else (a stray string), this
  /// is an empty stand-in before that token (or the control character that starts it), and
  /// `isMissingKeyword` is set.
  public var keyword: Token
  public var isMissingKeyword: Bool
  public var arguments: [Argument]
  public var block: Block?
  /// Tokens wrongly written after the block's `}` on the same line; kept so no byte is lost.
  public var afterBlock: [Token] = []
  /// The line break that ends the statement (it carries the line's trailing comment); `nil` when the
  /// statement ended at `}` or at the end of the file.
  public var terminator: Token?

  /// The statement's own arguments without commas and line breaks.
  public var values: [Argument] {
    arguments.filter {
      if case .token(let token) = $0 { return token.kind != .comma && token.kind != .newline }
      return true
    }
  }
}

public struct Block: Sendable, Hashable {
  public var open: Token
  /// The line break after `{` (with its trailing comment), when the block's body starts on a new line.
  public var openTerminator: Token?
  public var items: [Item]
  /// `nil` when the `}` is missing.
  public var close: Token?
}

/// An entry of a block or of the file: a statement, an empty or comment-only line, or a stray token.
public enum Item: Sendable, Hashable {
  indirect case statement(Statement)
  /// A line with nothing but maybe a comment: the `newline` token carries the comment.
  case empty(Token)
  case unexpected(Token)
}

/// The lossless syntax tree of one file: printing every token with its trivia gives back the file.
public struct SyntaxFile: Sendable {
  public let source: SourceText
  public var items: [Item]
  public var endOfFile: Token
  /// Lexical and syntax diagnostics, in the order they were found (at most
  /// `DiagnosticCollector.limit`).
  public var diagnostics: [Diagnostic]
  /// The ones found beyond the limit, counted.
  public var uncollected = DiagnosticCounts()
  /// The bytes are not text `plan` can read (UTF-16): the file is reported once and not bound.
  public var isUnreadable = false

  /// Whether the file has a syntax error (kept or only counted): the formatter leaves it alone.
  public var hasSyntaxErrors: Bool {
    uncollected.errors > 0 || diagnostics.contains { $0.severity == .error }
  }

  public var statements: [Statement] {
    items.compactMap { if case .statement(let statement) = $0 { return statement } else { return nil } }
  }

  /// The exact text the tree was built from (for the lossless-round-trip tests).
  public func reconstructedText() -> String {
    var out: [UInt8] = []
    out.reserveCapacity(source.bytes.count)
    let bytes = source.bytes
    func emit(_ token: Token) { out.append(contentsOf: bytes[token.triviaStart..<token.end]) }
    func emit(_ argument: Argument) {
      switch argument {
      case .token(let token), .unexpected(let token): emit(token)
      case .group(let open, let arguments, let close):
        emit(open)
        arguments.forEach(emit)
        if let close { emit(close) }
      }
    }
    func emit(_ items: [Item]) {
      for item in items {
        switch item {
        case .empty(let token), .unexpected(let token): emit(token)
        case .statement(let statement):
          emit(statement.keyword)
          statement.arguments.forEach(emit)
          if let block = statement.block {
            emit(block.open)
            if let terminator = block.openTerminator { emit(terminator) }
            emit(block.items)
            if let close = block.close { emit(close) }
          }
          statement.afterBlock.forEach(emit)
          if let terminator = statement.terminator { emit(terminator) }
        }
      }
    }
    emit(items)
    emit(endOfFile)
    return String(decoding: out, as: UTF8.self)
  }
}

extension SourceText {
  /// The text of a token (without its trivia).
  public func text(of token: Token) -> String { text(token.range) }

  public func range(of token: Token) -> SourceRange { range(token.range) }
}
