/// What a token is. The lexer never fails: text it cannot use becomes an `invalid` token, so the
/// tree keeps every byte of the file.
public enum TokenKind: UInt8, Sendable {
  /// A bare word: a keyword, an identifier, a number, a date, a colour (`#1A5276`), a code…
  case word
  /// A one-line text in straight quotes (`"…"`), or typographic ones (`“…”`).
  case string
  /// A multi-line text between `"""` lines.
  case prose
  case leftBrace
  case rightBrace
  case leftParen
  case rightParen
  case comma
  /// A line break (`\n`, `\r\n` or `\r`); it ends a statement.
  case newline
  /// Bytes no statement can contain (control characters).
  case invalid
  case endOfFile
}

/// A token with the trivia (spaces, tabs, a comment) that comes before it.
///
/// Offsets are bytes into the file's `SourceText`: the tree stores no strings of its own, which keeps
/// a 10 MB plan cheap to parse.
public struct Token: Sendable, Hashable {
  // Offsets are stored in 32 bits (files are limited to 64 MB): a 10 MB plan has over a million
  // tokens, and halving their size halves the memory the parser touches.
  private var storedTriviaStart: Int32
  private var storedStart: Int32
  private var storedEnd: Int32
  /// Start of the comment in the leading trivia, or -1; it runs up to `commentEnd`.
  private var storedCommentStart: Int32
  private var storedCommentEnd: Int32
  public var kind: TokenKind
  /// The lexer found a problem inside this token (unterminated text, bad escape…).
  public var isMalformed: Bool

  public init(
    kind: TokenKind, triviaStart: Int, start: Int, end: Int, comment: Range<Int>? = nil,
    isMalformed: Bool = false
  ) {
    self.kind = kind
    self.storedTriviaStart = Int32(truncatingIfNeeded: triviaStart)
    self.storedStart = Int32(truncatingIfNeeded: start)
    self.storedEnd = Int32(truncatingIfNeeded: end)
    self.storedCommentStart = Int32(truncatingIfNeeded: comment?.lowerBound ?? -1)
    self.storedCommentEnd = Int32(truncatingIfNeeded: comment?.upperBound ?? -1)
    self.isMalformed = isMalformed
  }

  /// Where the leading trivia starts; it runs up to `start`.
  public var triviaStart: Int { Int(storedTriviaStart) }
  public var start: Int { Int(storedStart) }
  public var end: Int { Int(storedEnd) }

  /// A comment inside the leading trivia (a comment always runs to the end of its line, so a token
  /// carries at most one, and only a `newline` or `endOfFile` token can).
  public var comment: Range<Int>? {
    storedCommentStart < 0 ? nil : Int(storedCommentStart)..<Int(storedCommentEnd)
  }

  public var range: Range<Int> { start..<end }
  public var fullRange: Range<Int> { triviaStart..<end }
}
