import Foundation
import Testing

/// The builders of the documents and the diagrams write no word of their own: every word a reader
/// sees comes from a word table (`WordTableUsageTests.isWordTable`), where its Spanish, English and
/// Portuguese stand side by side. The files checked are every source file of `PlanDocument` (its
/// figures included) and of `PlanLayout` that is not a word table. Two rules:
///
/// - nobody but a table calls `pick` (the tables' way to write a word in three languages);
/// - no string literal looks like words: a literal (its interpolations left out) is words when it
///   has a word of two or more letters with a letter that is not ASCII («Acción»), two words of two
///   or more letters separated by spaces («sin fechas»), or starts with a capitalised word
///   («Evento»).
///
/// A literal of a single lowercase ASCII word (`vigente`, `tematico`, `figura-foda`) is a key of the
/// grammar or an anchor, never shown as it is, and passes. What looks like words but is not shown to
/// a reader is in `allowed`, each with its reason.
@Suite struct NoLiteralWordsTests {
  /// Literals that look like words and are not a reader's words, with why.
  static let allowed: [String: String] = [
    // Font families: names of files in fonts/, never translated.
    "Noto Serif": "a font family", "Noto Sans": "a font family",
    // Abbreviations and units `Typography` recognises in the plan's own text to keep them with their
    // number; the document never writes them by itself.
    "nº": "recognised in the plan's text", "núm.": "recognised in the plan's text",
    "pág.": "recognised in the plan's text", "págs.": "recognised in the plan's text",
    "km²": "recognised in the plan's text", "m²": "recognised in the plan's text",
    "m³": "recognised in the plan's text",
    // The standard structure types of a tagged PDF (ISO 32000-1, 14.8.4), keys of the file.
    "Document": "a PDF structure type", "Sect": "a PDF structure type", "Span": "a PDF structure type",
    "Caption": "a PDF structure type", "Lbl": "a PDF structure type", "Table": "a PDF structure type",
    "Figure": "a PDF structure type", "Link": "a PDF structure type",
    // Measured, never drawn: the height of a line of capitals and descenders.
    "Ag": "a measuring probe",
  ]

  /// Files whose literals are not a reader's words at all, with why.
  static let allowedFiles: [String: String] = [
    "DiagramGeometry.swift": "its messages describe a broken layout to the tests, never to a reader"
  ]

  static func checkedFiles() throws -> [URL] {
    try WordTableUsageTests.swiftFiles().filter { file in
      let module = file.pathComponents.dropLast().contains { $0 == "PlanDocument" || $0 == "PlanLayout" }
      return module && !WordTableUsageTests.isWordTable(file) && file.lastPathComponent != "WordTable.swift"
        && allowedFiles[file.lastPathComponent] == nil
    }
  }

  /// A string literal of a source file: its line and its text, each interpolation written `\(…)`.
  struct Literal: Equatable {
    var line: Int
    var text: String
  }

  /// The string literals of Swift source, outside comments, each interpolation's own literals too.
  static func literals(in source: String) -> [Literal] {
    var reader = LiteralReader(Array(source.unicodeScalars))
    reader.read()
    return reader.found
  }

  /// Whether a literal's text looks like words a reader would read.
  static func looksLikeWords(_ text: String) -> Bool {
    let plain = text.replacing("\\(…)", with: " ")
    let words = plain.split { !$0.isLetter }.filter { $0.count >= 2 }
    if words.contains(where: { $0.contains { !$0.isASCII } }) { return true }
    if plain.contains(try! Regex(#"\p{L}{2,} +\p{L}{2,}"#)) { return true }
    let start = plain.drop { $0.isWhitespace }
    return start.prefix(2).count == 2 && start.first!.isUppercase && start.dropFirst().first!.isLowercase
  }

  @Test func noBuilderOrDiagramWritesAWord() throws {
    let files = try Self.checkedFiles()
    #expect(files.count > 80)
    var words: [String] = []
    var picks: [String] = []
    for file in files {
      let source = try String(contentsOf: file, encoding: .utf8)
      let name = file.lastPathComponent
      for literal in Self.literals(in: source)
      where Self.looksLikeWords(literal.text) && Self.allowed[literal.text] == nil {
        words.append("\(name):\(literal.line): \"\(literal.text)\"")
      }
      for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      where line.contains("pick(") && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
        picks.append("\(name):\(index + 1)")
      }
    }
    #expect(words.isEmpty, "words outside the word tables: \(words.joined(separator: "\n"))")
    #expect(picks.isEmpty, "pick outside the word tables: \(picks)")
  }

  /// The rule itself, on probes: words are caught, keys, anchors, formats and separators are not.
  @Test func theRuleTellsWordsFromKeys() {
    for words in ["Acción", "sin fechas", "Evento", "Total de acciones", "\\(…) (no aplica)", " y más"] {
      #expect(Self.looksLikeWords(words), "\(words)")
    }
    for key in [
      "vigente", "en_negociacion", "figura-foda", " · ", ", ", "\\(…) \\(…)", "%d", "#1F4E79", "\n",
    ] {
      #expect(!Self.looksLikeWords(key), "\(key)")
    }
  }

  @Test func literalsAreReadOutsideComments() {
    let source = #"""
      // "Ignored words"
      let a = "Acción" /* "also ignored" */
      let b = "\(count) \(count == 1 ? "acción" : "acciones") de #\(n)"
      let c = #"raw "quoted" text"#
      let d = """
        Multi line
        """
      let e = "a\u{00A0}b\n\"c\""
      """#
    let found = Self.literals(in: source)
    #expect(
      found == [
        Literal(line: 2, text: "Acción"), Literal(line: 3, text: "acción"),
        Literal(line: 3, text: "acciones"),
        Literal(line: 3, text: "\\(…) \\(…) de #\\(…)"), Literal(line: 4, text: "raw \"quoted\" text"),
        Literal(line: 5, text: "\n  Multi line\n  "), Literal(line: 8, text: "a\u{00A0}b\n\"c\""),
      ])
  }
}

/// Reads string literals from Swift source: skips comments, follows raw delimiters (`#"…"#`),
/// multi-line literals and interpolations (whose own literals it reads too).
private struct LiteralReader {
  let scalars: [Unicode.Scalar]
  var index = 0
  var line = 1
  var found: [NoLiteralWordsTests.Literal] = []

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  func at(_ offset: Int) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  func starts(with text: String) -> Bool {
    for (offset, scalar) in text.unicodeScalars.enumerated() where at(offset) != scalar { return false }
    return true
  }

  mutating func advance(_ count: Int = 1) {
    for _ in 0..<count where index < scalars.count {
      if scalars[index] == "\n" { line += 1 }
      index += 1
    }
  }

  /// Reads code until the end, or until the `)` that closes an interpolation.
  mutating func read(closingParenthesis: Bool = false) {
    var depth = 0
    while index < scalars.count {
      if starts(with: "//") {
        while let scalar = at(0), scalar != "\n" { advance() }
      } else if starts(with: "/*") {
        skipBlockComment()
      } else if stringStarts() {
        readLiteral()
      } else {
        if at(0) == "(" { depth += 1 }
        if at(0) == ")" {
          if closingParenthesis && depth == 0 { return }
          depth -= 1
        }
        advance()
      }
    }
  }

  mutating func skipBlockComment() {
    var depth = 0
    repeat {
      if starts(with: "/*") {
        depth += 1
        advance(2)
      } else if starts(with: "*/") {
        depth -= 1
        advance(2)
      } else {
        advance()
      }
    } while depth > 0 && index < scalars.count
  }

  /// What the escape after a backslash stands for: `\n`, `\t`, `\u{00A0}`, or the character itself
  /// (`\"`, `\\`).
  mutating func escaped() -> Unicode.Scalar? {
    guard let scalar = at(0) else { return nil }
    advance()
    switch scalar {
    case "n": return "\n"
    case "t": return "\t"
    case "r": return "\r"
    case "0": return "\0"
    case "u":
      var digits = ""
      advance()
      while let digit = at(0), digit != "}" {
        digits.unicodeScalars.append(digit)
        advance()
      }
      advance()
      return UInt32(digits, radix: 16).flatMap(Unicode.Scalar.init)
    default: return scalar
    }
  }

  /// A `"` here, or `#`s followed by one.
  func stringStarts() -> Bool {
    var offset = 0
    while at(offset) == "#" { offset += 1 }
    return at(offset) == "\""
  }

  mutating func readLiteral() {
    var hashes = ""
    while at(0) == "#" {
      hashes += "#"
      advance()
    }
    let multiline = starts(with: "\"\"\"")
    let quote = multiline ? "\"\"\"" : "\""
    advance(quote.unicodeScalars.count)
    let first = line
    let escape = "\\" + hashes
    var text = ""
    while index < scalars.count {
      if starts(with: quote + hashes) {
        advance((quote + hashes).unicodeScalars.count)
        break
      }
      if starts(with: escape + "(") {
        advance(escape.unicodeScalars.count + 1)
        read(closingParenthesis: true)
        advance()
        text += "\\(…)"
      } else if starts(with: escape) {
        advance(escape.unicodeScalars.count)
        if let scalar = escaped() { text.unicodeScalars.append(scalar) }
      } else {
        text.unicodeScalars.append(scalars[index])
        advance()
      }
    }
    found.append(NoLiteralWordsTests.Literal(line: first, text: text))
  }
}
