/// The light markup of the plan's prose: blank lines separate paragraphs, lines that start with
/// `- ` form a list, `*x*` is emphasis (italic) and `**x**` strong (bold). A single newline inside a
/// paragraph is a space.
public enum Markup {
  /// A paragraph or a list, before becoming a `Block`.
  public enum Part: Equatable, Sendable {
    case paragraph([InlineRun])
    case list([[InlineRun]])
  }

  /// Paragraphs and lists of a prose text.
  public static func parts(_ text: String) -> [Part] {
    var parts: [Part] = []
    var paragraph: [String] = []
    var items: [[String]] = []

    func flush() {
      if !paragraph.isEmpty {
        parts.append(.paragraph(inline(paragraph.joined(separator: " "))))
        paragraph = []
      }
      if !items.isEmpty {
        parts.append(.list(items.map { inline($0.joined(separator: " ")) }))
        items = []
      }
    }

    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = rawLine.trimmingWhitespace()
      if line.isEmpty {
        flush()
      } else if line.hasPrefix("- ") || line == "-" {
        if !paragraph.isEmpty { flush() }
        items.append([String(line.dropFirst(1)).trimmingWhitespace()])
      } else if !items.isEmpty {
        // A line that continues the last item of the list.
        items[items.count - 1].append(line)
      } else {
        paragraph.append(line)
      }
    }
    flush()
    return parts
  }

  /// The blocks of a prose text; paragraphs get `kind`.
  public static func blocks(_ text: String, kind: ParagraphKind = .body) -> [Block] {
    parts(text).map { part in
      switch part {
      case .paragraph(let runs): return .paragraph(runs, kind: kind)
      case .list(let items): return .list(items, ordered: false)
      }
    }
  }

  /// A prose text as one stretch of runs (for table cells and definitions): paragraphs are joined
  /// with a space, list items with "; ".
  public static func flattened(_ text: String) -> [InlineRun] {
    var runs: [InlineRun] = []
    for part in parts(text) {
      if !runs.isEmpty { runs.append(InlineRun(" ")) }
      switch part {
      case .paragraph(let paragraph): runs += paragraph
      case .list(let items):
        for (index, item) in items.enumerated() {
          if index > 0 { runs.append(InlineRun("; ")) }
          runs += item
        }
      }
    }
    return merged(runs)
  }

  /// Runs of one paragraph: `**strong**` is bold, `*emphasis*` italic; newlines become spaces. A
  /// delimiter without its partner is kept as written. A delimiter opens when the next character is
  /// not a space and closes when the previous one is not; a closer pairs with the nearest opener of
  /// its kind (openers left between them become text), as in CommonMark, in linear-ish time.
  public static func inline(_ text: String) -> [InlineRun] {
    let tokens = tokenize(Array(text.replacingNewlines()))
    var stack: [Int] = []
    var paired: [Int: Bool] = [:]  // token index → is opener
    for (index, token) in tokens.enumerated() {
      guard case .delimiter(let width, let canOpen, let canClose) = token else { continue }
      if canClose,
        let position = stack.lastIndex(where: {
          if case .delimiter(let other, _, _) = tokens[$0] { return other == width && $0 < index - 1 }
          return false
        })
      {
        paired[stack[position]] = true
        paired[index] = false
        stack.removeSubrange(position...)
      } else if canOpen {
        stack.append(index)
      }
    }
    var runs: [InlineRun] = []
    var bold = false
    var italic = false
    for (index, token) in tokens.enumerated() {
      switch token {
      case .text(let text):
        runs.append(InlineRun(text, bold: bold, italic: italic))
      case .delimiter(let width, _, _):
        if let opens = paired[index] {
          if width == 2 { bold = opens } else { italic = opens }
        } else {
          runs.append(InlineRun(String(repeating: "*", count: width), bold: bold, italic: italic))
        }
      }
    }
    return merged(runs)
  }

  enum Token {
    case text(String)
    case delimiter(width: Int, canOpen: Bool, canClose: Bool)
  }

  /// Splits a paragraph into text and runs of `*` (one, two, or three split as bold + italic).
  static func tokenize(_ characters: [Character]) -> [Token] {
    var tokens: [Token] = []
    var text = ""
    var index = 0
    func isSpace(_ position: Int) -> Bool {
      position < 0 || position >= characters.count || characters[position].isWhitespace
    }
    while index < characters.count {
      guard characters[index] == "*" else {
        text.append(characters[index])
        index += 1
        continue
      }
      var end = index
      while end < characters.count, characters[end] == "*" { end += 1 }
      let count = end - index
      let canOpen = !isSpace(end)
      let canClose = !isSpace(index - 1)
      if count > 3 || (!canOpen && !canClose) {
        text += String(repeating: "*", count: count)
      } else {
        if !text.isEmpty { tokens.append(.text(text)) }
        text = ""
        // `***`: bold outside italic, so it opens `**` then `*` and closes `*` then `**`.
        let widths = count == 3 ? (canOpen ? [2, 1] : [1, 2]) : [count]
        for width in widths { tokens.append(.delimiter(width: width, canOpen: canOpen, canClose: canClose)) }
      }
      index = end
    }
    if !text.isEmpty { tokens.append(.text(text)) }
    return tokens
  }

  /// Joins neighbouring runs with the same style and link.
  static func merged(_ runs: [InlineRun]) -> [InlineRun] {
    var result: [InlineRun] = []
    for run in runs where !run.text.isEmpty {
      if let last = result.last, last.bold == run.bold, last.italic == run.italic, last.link == run.link {
        result[result.count - 1].text += run.text
      } else {
        result.append(run)
      }
    }
    return result
  }
}

extension StringProtocol {
  func trimmingWhitespace() -> String {
    var scalars = Substring(self)[...]
    while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
    while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
    return String(scalars)
  }

  /// Newlines (and the spaces around them) become one space.
  func replacingNewlines() -> String {
    split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }
}
