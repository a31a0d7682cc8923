import Dispatch
import PlanDiagnostics
import Synchronization

/// Prints a syntax tree in canonical form: two-space indentation, one space between arguments,
/// keywords and vocabulary words spelled in the plan's language, columns aligned in runs of
/// one-line statements, at most one blank line. It keeps every comment and every word, and never
/// reorders anything the author wrote.
///
/// It writes bytes straight from the source buffer: a 10 MB plan formats without building a string
/// per token.
public struct Formatter {
  /// Why a file was not formatted.
  public enum Refusal: Error {
    /// The file has syntax errors; formatting it could lose text, so it is left alone.
    case syntaxErrors([Diagnostic])
  }

  private let source: SourceText
  private let bytes: [UInt8]
  private let spellings: [Int: String]
  private var out: [UInt8] = []

  /// Formats a file's text. `language` chooses keyword spellings; `nil` detects it from the file.
  public static func format(_ file: SyntaxFile, language: Language? = nil) throws(Refusal) -> String {
    String(decoding: try formatBytes(file, language: language), as: UTF8.self)
  }

  /// The canonical text as UTF-8 bytes (what `plan fmt` writes, without a round trip through `String`).
  public static func formatBytes(_ file: SyntaxFile, language: Language? = nil) throws(Refusal) -> [UInt8] {
    try formatBytes(file, language: language, parallelFrom: 2_000)
  }

  /// `parallelFrom`: how many top-level items make a file large enough to split across two cores
  /// (tests lower it to compare both paths on small inputs).
  static func formatBytes(_ file: SyntaxFile, language: Language?, parallelFrom: Int) throws(Refusal)
    -> [UInt8]
  {
    guard !file.hasSyntaxErrors else {
      throw .syntaxErrors(file.diagnostics.filter { $0.severity == .error })
    }
    let planLanguage = language ?? LanguageDetection.detect(file)
    let spellings = spellings(of: file, language: planLanguage, parallelFrom: parallelFrom)
    let items = file.items
    // A large file prints in two halves on two cores, split before a statement with a block (no
    // alignment run crosses it), the second half starting in the state the first one ends in.
    if items.count >= parallelFrom, let split = splitPoint(items) {
      let state = printingState(before: split, in: items)
      let halves = Mutex<[[UInt8]]>([[], []])
      DispatchQueue.concurrentPerform(iterations: 2) { part in
        var formatter = Formatter(source: file.source, spellings: spellings)
        formatter.out.reserveCapacity(file.source.bytes.count / 2 + file.source.bytes.count / 16)
        if part == 0 {
          formatter.printItems(items[..<split], depth: 0)
        } else {
          formatter.printItems(items[split...], depth: 0, endOfFile: file.endOfFile, state: state)
        }
        let bytes = formatter.out
        halves.withLock { $0[part] = bytes }
      }
      return halves.withLock { $0[0] + $0[1] }
    }
    var formatter = Formatter(source: file.source, spellings: spellings)
    formatter.out.reserveCapacity(file.source.bytes.count + file.source.bytes.count / 8)
    formatter.printItems(items[...], depth: 0, endOfFile: file.endOfFile)
    return formatter.out
  }

  /// An index near the middle whose item is a statement with a block.
  private static func splitPoint(_ items: [Item]) -> Int? {
    for index in (items.count / 2)..<items.count {
      if case .statement(let statement) = items[index], statement.block != nil { return index }
    }
    return nil
  }

  /// Whether a blank line is pending and whether anything was printed, after `items[..<split]`.
  private static func printingState(before split: Int, in items: [Item]) -> (
    pendingBlank: Bool, printedAny: Bool
  ) {
    var pendingBlank = false
    for index in stride(from: split - 1, through: 0, by: -1) {
      switch items[index] {
      case .empty(let token) where token.comment == nil: pendingBlank = true
      case .unexpected: continue
      default: return (pendingBlank, true)
      }
    }
    return (pendingBlank, false)
  }

  /// The canonical spellings of a file's keywords. Top-level statements are independent, so a large
  /// file is bound in two halves on two cores.
  private static func spellings(of file: SyntaxFile, language: Language, parallelFrom: Int) -> [Int: String] {
    let items = file.items
    guard items.count >= parallelFrom else {
      var binder = Binder(source: file.source, language: language, decodesTexts: false)
      _ = binder.bind(file)
      return binder.spellings
    }
    let middle = items.count / 2
    let parts = Mutex<[[Int: String]]>([[:], [:]])
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      var binder = Binder(source: file.source, language: language, decodesTexts: false)
      _ = binder.bindTopLevel(part == 0 ? items[..<middle] : items[middle...])
      let found = binder.spellings
      parts.withLock { $0[part] = found }
    }
    return parts.withLock { $0[0].merging($0[1]) { first, _ in first } }
  }

  private init(source: SourceText, spellings: [Int: String]) {
    self.source = source
    self.bytes = source.bytes
    self.spellings = spellings
  }

  // MARK: - Output primitives

  private mutating func emit(_ text: String) { out.append(contentsOf: text.utf8) }
  private mutating func emit(_ byte: UInt8) { out.append(byte) }
  private mutating func emitSpaces(_ count: Int) {
    if count > 0 { out.append(contentsOf: repeatElement(0x20, count: count)) }
  }
  private mutating func emitIndent(_ depth: Int) { emitSpaces(depth * 2) }

  /// Ends the current line, dropping blanks at its end.
  private mutating func newline() {
    while let last = out.last, last == 0x20 || last == 0x09 { out.removeLast() }
    out.append(0x0A)
  }

  /// A comment, trimmed of trailing blanks (and of a stray carriage return).
  private mutating func emitComment(_ range: Range<Int>) {
    var end = range.upperBound
    while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D {
      end -= 1
    }
    out.append(contentsOf: bytes[range.lowerBound..<end])
  }

  /// Writes a token as canonical text and returns its width in characters.
  @discardableResult
  private mutating func emitToken(_ token: Token) -> Int {
    if !spellings.isEmpty, let spelling = spellings[token.start] {
      emit(spelling)
      return spelling.count
    }
    if token.kind == .string, bytes[token.start] != 0x22 {
      // “typographic quotes” become straight ones.
      let text = quoted(TextLiterals.decodeString(source.text(of: token)))
      emit(text)
      return text.count
    }
    if token.kind == .word, let visible = visibleWord(token) {
      emit(visible)
      return visible.unicodeScalars.count
    }
    out.append(contentsOf: bytes[token.start..<token.end])
    return width(token)
  }

  /// A word with invisible characters pasted inside it, without them; `nil` for any other word.
  private func visibleWord(_ token: Token) -> String? {
    guard bytes[token.start..<token.end].contains(where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) else {
      return nil
    }
    let text = source.text(of: token)
    let visible = SpecialCharacters.withoutInvisibles(text)
    return visible == text ? nil : visible
  }

  /// Characters in a token (UTF-8 lead bytes), for column alignment.
  private func width(_ token: Token) -> Int {
    if !spellings.isEmpty, let spelling = spellings[token.start] { return spelling.count }
    if token.kind == .string, bytes[token.start] != 0x22 {
      return quoted(TextLiterals.decodeString(source.text(of: token))).count
    }
    if token.kind == .word, let visible = visibleWord(token) { return visible.unicodeScalars.count }
    var count = 0
    for index in token.start..<token.end where bytes[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  private func quoted(_ text: String) -> String { TextLiterals.quote(text) }

  // MARK: - Items

  private mutating func printItems(
    _ items: ArraySlice<Item>, depth: Int, endOfFile: Token? = nil,
    state: (pendingBlank: Bool, printedAny: Bool) = (false, false)
  ) {
    var pendingBlank = state.pendingBlank
    var printedAny = state.printedAny
    var index = items.startIndex
    while index < items.endIndex {
      switch items[index] {
      case .empty(let token):
        if let comment = token.comment {
          if pendingBlank && printedAny { emit(0x0A) }
          pendingBlank = false
          emitIndent(depth)
          emitComment(comment)
          newline()
          printedAny = true
        } else {
          pendingBlank = true
        }
        index += 1
      case .unexpected:
        index += 1
      case .statement(let statement):
        if pendingBlank && printedAny { emit(0x0A) }
        pendingBlank = false
        // A run of one-line statements is aligned in columns.
        var end = index
        while end < items.endIndex, case .statement(let next) = items[end], isSimple(next) { end += 1 }
        if end == index {
          let isLast = index == items.endIndex - 1
          printStatement(
            statement, depth: depth, columns: nil,
            trailing: trailingComment(statement, isLast: isLast, endOfFile: endOfFile))
          index += 1
        } else {
          let columns = alignment(for: items[index..<end])
          for position in index..<end {
            guard case .statement(let member) = items[position] else { continue }
            let isLast = position == items.endIndex - 1
            printStatement(
              member, depth: depth, columns: columns,
              trailing: trailingComment(member, isLast: isLast, endOfFile: endOfFile))
          }
          index = end
        }
        printedAny = true
      }
    }
    // A comment on the file's last line, without a line break after it.
    if let endOfFile, let comment = endOfFile.comment, !endOfFileCommentAttached(items) {
      if pendingBlank && printedAny { emit(0x0A) }
      emitIndent(depth)
      emitComment(comment)
      newline()
    }
  }

  private func endOfFileCommentAttached(_ items: ArraySlice<Item>) -> Bool {
    if case .statement(let statement) = items.last, statement.terminator == nil { return true }
    return false
  }

  private func trailingComment(_ statement: Statement, isLast: Bool, endOfFile: Token?) -> Range<Int>? {
    if let comment = statement.terminator?.comment { return comment }
    if isLast, statement.terminator == nil, let endOfFile { return endOfFile.comment }
    return nil
  }

  /// One line, no block, no `"""`, no continued list: these line up in columns.
  private func isSimple(_ statement: Statement) -> Bool {
    guard statement.block == nil, statement.afterBlock.isEmpty else { return false }
    for argument in statement.arguments {
      guard case .token(let token) = argument else { continue }
      if token.kind == .newline { return false }
      // A `"""` block spans lines, unless it is a one-line one (printed as a plain string).
      if token.kind == .prose, bytes[token.start..<token.end].contains(where: { $0 == 0x0A || $0 == 0x0D }) {
        return false
      }
    }
    return true
  }

  private struct Columns {
    var keyword: Int
    var firstArgument: Int?
  }

  private func alignment(for run: ArraySlice<Item>) -> Columns? {
    guard run.count >= 2 else { return nil }
    var keywordWidth = 0
    // The first argument is aligned too when every line starts with an identifier and goes on.
    var firstWidth: Int? = 0
    for item in run {
      guard case .statement(let statement) = item else { continue }
      keywordWidth = max(keywordWidth, width(statement.keyword))
      guard firstWidth != nil else { continue }
      var values = 0
      var first: Token?
      for argument in statement.arguments {
        switch argument {
        case .token(let token) where token.kind == .comma || token.kind == .newline: continue
        case .token(let token):
          if values == 0 { first = token }
          values += 1
        default: values += 1
        }
        if values >= 2 { break }
      }
      if values >= 2, let first, first.kind == .word {
        firstWidth = max(firstWidth ?? 0, width(first))
      } else {
        firstWidth = nil
      }
    }
    return Columns(keyword: keywordWidth, firstArgument: firstWidth)
  }

  // MARK: - Statements

  private mutating func printStatement(
    _ statement: Statement, depth: Int, columns: Columns?, trailing: Range<Int>?
  ) {
    emitIndent(depth)
    let keywordWidth = emitToken(statement.keyword)
    var arguments = statement.arguments[...]
    if let columns {
      emitSpaces(columns.keyword - keywordWidth)
      if let firstWidth = columns.firstArgument, let first = arguments.first, case .token(let token) = first {
        emit(0x20)
        emitSpaces(firstWidth - emitToken(token))
        arguments = arguments.dropFirst()
      }
    }
    var previousWasBreak = false
    for argument in arguments {
      switch argument {
      case .token(let token):
        switch token.kind {
        case .comma:
          emit(0x2C)
          continue
        case .newline:
          // A list continued on the next line keeps its line break (and its comment).
          if let comment = token.comment {
            emitSpaces(2)
            emitComment(comment)
          }
          newline()
          emitIndent(depth + 2)
          previousWasBreak = true
          continue
        case .prose:
          if !previousWasBreak { emit(0x20) }
          printProse(token, depth: depth)
        default:
          if !previousWasBreak { emit(0x20) }
          emitToken(token)
        }
      case .group(let open, let inner, let close):
        if !previousWasBreak { emit(0x20) }
        emitToken(open)
        var first = true
        for part in inner {
          guard case .token(let token) = part else { continue }
          if !first { emit(0x20) }
          emitToken(token)
          first = false
        }
        if let close { emitToken(close) }
      case .unexpected(let token):
        emit(0x20)
        emitToken(token)
      }
      previousWasBreak = false
    }
    if let block = statement.block {
      emit(" {")
      if let comment = block.openTerminator?.comment {
        emitSpaces(2)
        emitComment(comment)
      }
      newline()
      printItems(block.items[...], depth: depth + 1)
      emitIndent(depth)
      emit(0x7D)
    }
    if let trailing {
      emitSpaces(2)
      emitComment(trailing)
    }
    newline()
  }

  /// A `"""` block re-indented one level deeper than its statement.
  private mutating func printProse(_ token: Token, depth: Int) {
    let raw = source.text(of: token)
    let lines = TextLiterals.decodeProse(raw).lines
    // Bytes, not Characters: "\r\n" is one Character, equal neither to "\n" nor to "\r".
    if !raw.utf8.contains(0x0A) && !raw.utf8.contains(0x0D) {
      // `"""texto"""` on one line becomes a plain string.
      emit(quoted(lines.first ?? ""))
      return
    }
    emit("\"\"\"")
    newline()
    for line in lines {
      if !line.isEmpty {
        emitIndent(depth + 1)
        emit(line)
      }
      newline()
    }
    emitIndent(depth + 1)
    emit("\"\"\"")
  }
}
