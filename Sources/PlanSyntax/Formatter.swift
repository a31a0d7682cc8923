import PlanDiagnostics

/// Prints a syntax tree in canonical form: two-space indentation, one space between arguments,
/// keywords and vocabulary words spelled in the plan's language, columns aligned in runs of
/// one-line statements, at most one blank line. It keeps every comment and every word, and never
/// reorders anything the author wrote.
public struct Formatter {
  /// Why a file was not formatted.
  public enum Refusal: Error {
    /// The file has syntax errors; formatting it could lose text, so it is left alone.
    case syntaxErrors([Diagnostic])
  }

  private let source: SourceText
  private let spellings: [Int: String]
  private var out: String = ""

  /// Formats a file's text. `language` chooses keyword spellings; `nil` detects it from the file.
  public static func format(_ file: SyntaxFile, language: Language? = nil) throws(Refusal) -> String {
    let syntaxErrors = file.diagnostics.filter { $0.severity == .error }
    guard syntaxErrors.isEmpty else { throw .syntaxErrors(syntaxErrors) }
    let planLanguage = language ?? LanguageDetection.detect(file)
    var binder = Binder(source: file.source, language: planLanguage)
    _ = binder.bind(file)
    var formatter = Formatter(source: file.source, spellings: binder.spellings)
    formatter.out.reserveCapacity(file.source.bytes.count + file.source.bytes.count / 8)
    formatter.printItems(file.items, depth: 0, endOfFile: file.endOfFile)
    return formatter.out
  }

  private init(source: SourceText, spellings: [Int: String]) {
    self.source = source
    self.spellings = spellings
  }

  // MARK: - Items

  private func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth) }

  private mutating func printItems(_ items: [Item], depth: Int, endOfFile: Token? = nil) {
    var pendingBlank = false
    var printedAny = false
    var index = 0
    while index < items.count {
      switch items[index] {
      case .empty(let token):
        if let comment = token.comment {
          if pendingBlank && printedAny { out += "\n" }
          pendingBlank = false
          out += indent(depth) + commentText(comment) + "\n"
          printedAny = true
        } else {
          pendingBlank = true
        }
        index += 1
      case .unexpected:
        index += 1
      case .statement:
        if pendingBlank && printedAny { out += "\n" }
        pendingBlank = false
        // A run of one-line statements is aligned in columns.
        var run: [Statement] = []
        while index < items.count, case .statement(let statement) = items[index], isSimple(statement) {
          run.append(statement)
          index += 1
        }
        if run.isEmpty, case .statement(let statement) = items[index] {
          printStatement(
            statement, depth: depth, columns: nil,
            trailing: trailingComment(statement, isLast: index == items.count - 1, endOfFile: endOfFile))
          index += 1
        } else {
          let columns = alignment(for: run)
          for (offset, statement) in run.enumerated() {
            let isLast = index == items.count && offset == run.count - 1
            printStatement(
              statement, depth: depth, columns: columns,
              trailing: trailingComment(statement, isLast: isLast, endOfFile: endOfFile))
          }
        }
        printedAny = true
      }
    }
    // A comment on the file's last line, without a line break after it.
    if let endOfFile, let comment = endOfFile.comment, !endOfFileCommentAttached(items, endOfFile) {
      if pendingBlank && printedAny { out += "\n" }
      out += indent(depth) + commentText(comment) + "\n"
    }
  }

  private func endOfFileCommentAttached(_ items: [Item], _ endOfFile: Token) -> Bool {
    if case .statement(let statement) = items.last, statement.terminator == nil,
      statement.block == nil
        || statement.block?.close != nil
    {
      return endOfFile.comment != nil
    }
    return false
  }

  private func trailingComment(_ statement: Statement, isLast: Bool, endOfFile: Token?) -> Range<Int>? {
    if let comment = statement.terminator?.comment { return comment }
    if isLast, statement.terminator == nil, let endOfFile { return endOfFile.comment }
    return nil
  }

  private func commentText(_ range: Range<Int>) -> String { source.text(range).trimmingBlanks() }

  /// One line, no block, no `"""`, no continued list: these line up in columns.
  private func isSimple(_ statement: Statement) -> Bool {
    guard statement.block == nil, statement.afterBlock.isEmpty else { return false }
    for argument in statement.arguments {
      if case .token(let token) = argument, token.kind == .prose || token.kind == .newline { return false }
    }
    return true
  }

  private struct Columns {
    var keyword: Int
    var firstArgument: Int?
  }

  private func alignment(for run: [Statement]) -> Columns? {
    guard run.count >= 2 else { return nil }
    let keywordWidth = run.map { width(keywordText($0)) }.max() ?? 0
    // The first argument is aligned too when every line starts with an identifier and goes on.
    var firstWidth: Int? = 0
    for statement in run {
      let values = statement.values
      guard values.count >= 2, case .token(let token) = values[0], token.kind == .word else {
        firstWidth = nil
        break
      }
      firstWidth = max(firstWidth ?? 0, width(tokenText(token)))
    }
    return Columns(keyword: keywordWidth, firstArgument: firstWidth)
  }

  private func width(_ text: String) -> Int { text.count }

  // MARK: - Statements

  private func keywordText(_ statement: Statement) -> String { tokenText(statement.keyword) }

  private func tokenText(_ token: Token) -> String {
    if let spelling = spellings[token.start] { return spelling }
    switch token.kind {
    case .string:
      let raw = source.text(of: token)
      if raw.hasPrefix("\"") { return raw }
      return quoted(TextLiterals.decodeString(raw))
    default:
      return source.text(of: token)
    }
  }

  private func quoted(_ text: String) -> String {
    var out = "\""
    for character in text {
      switch character {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.append(character)
      }
    }
    return out + "\""
  }

  private mutating func printStatement(
    _ statement: Statement, depth: Int, columns: Columns?, trailing: Range<Int>?
  ) {
    let pad = indent(depth)
    var line = pad + keywordText(statement)
    var arguments = statement.arguments[...]
    if let columns {
      line += String(repeating: " ", count: columns.keyword - width(keywordText(statement)))
      if let firstWidth = columns.firstArgument, let first = arguments.first, case .token(let token) = first {
        let text = tokenText(token)
        line += " " + text + String(repeating: " ", count: firstWidth - width(text))
        arguments = arguments.dropFirst()
      }
    }
    var previousWasBreak = false
    for argument in arguments {
      switch argument {
      case .token(let token):
        switch token.kind {
        case .comma:
          line += ","
          continue
        case .newline:
          // A list continued on the next line keeps its line break (and its comment).
          if let comment = token.comment { line += "  " + commentText(comment) }
          out += line.trimmingBlanks() + "\n"
          line = pad + "    "
          previousWasBreak = true
          continue
        case .prose:
          line += " " + proseText(token, depth: depth)
        default:
          line += (previousWasBreak ? "" : " ") + tokenText(token)
        }
      case .group(let open, let inner, let close):
        let parts = inner.compactMap { argument -> String? in
          if case .token(let token) = argument { return tokenText(token) }
          return nil
        }
        line +=
          (previousWasBreak ? "" : " ") + source.text(of: open) + parts.joined(separator: " ")
          + (close.map { source.text(of: $0) } ?? "")
      case .unexpected(let token):
        line += " " + source.text(of: token)
      }
      previousWasBreak = false
    }
    if let block = statement.block {
      line += " {"
      if let comment = block.openTerminator?.comment { line += "  " + commentText(comment) }
      out += line.trimmingBlanks() + "\n"
      printItems(block.items, depth: depth + 1)
      line = pad + "}"
    }
    if let trailing { line += "  " + commentText(trailing) }
    out += line.trimmingBlanks() + "\n"
  }

  /// A `"""` block re-indented one level deeper than its statement.
  private func proseText(_ token: Token, depth: Int) -> String {
    let raw = source.text(of: token)
    let lines = TextLiterals.decodeProse(raw).lines
    if !raw.contains("\n") {
      // `"""texto"""` on one line becomes a plain string.
      return quoted(lines.first ?? "")
    }
    let inner = indent(depth + 1)
    var text = "\"\"\"\n"
    for line in lines {
      text += line.isEmpty ? "\n" : inner + line + "\n"
    }
    return text + inner + "\"\"\""
  }
}
