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
  public var kind: TokenKind
  /// Where the leading trivia starts; it runs up to `start`.
  public var triviaStart: Int
  public var start: Int
  public var end: Int
  /// A comment inside the leading trivia (a comment always runs to the end of its line, so a token
  /// carries at most one, and only a `newline` or `endOfFile` token can).
  public var comment: Range<Int>?
  /// The lexer found a problem inside this token (unterminated text, bad escape…).
  public var isMalformed: Bool

  public init(
    kind: TokenKind, triviaStart: Int, start: Int, end: Int, comment: Range<Int>? = nil,
    isMalformed: Bool = false
  ) {
    self.kind = kind
    self.triviaStart = triviaStart
    self.start = start
    self.end = end
    self.comment = comment
    self.isMalformed = isMalformed
  }

  public var range: Range<Int> { start..<end }
  public var fullRange: Range<Int> { triviaStart..<end }
}
