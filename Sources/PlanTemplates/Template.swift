import PlanDiagnostics

/// The plan `plan init` writes: a complete, commented plan whose example texts the office replaces
/// with its own. Each example text is marked in the template source as `{{?…}}`; the checker knows
/// them all, so a text left as the template wrote it is found and located (`M014`), and an
/// unedited template is never taken for a finished plan.
public enum Template {
  /// What `plan init` fills in.
  public struct Values: Sendable {
    public var city: String
    public var file: String
    public var firstYear: Int
    public var today: String

    public init(city: String, file: String, firstYear: Int, today: String) {
      self.city = city
      self.file = file
      self.firstYear = firstYear
      self.today = today
    }
  }

  /// The template's source, with its `{{VARIABLES}}` and `{{?placeholder}}` marks.
  static func source(_ language: Language) -> String {
    switch language {
    case .es: return TemplateES.text
    case .en: return TemplateEN.text
    case .pt: return TemplatePT.text
    }
  }

  /// The plan as `plan init` writes it, ending in a line break.
  public static func render(_ language: Language, _ values: Values) -> String {
    var text = stripMarks(source(language))
    for (name, value) in [
      ("CIUDAD", values.city), ("ARCHIVO", values.file), ("ANIO", String(values.firstYear)),
      ("FIN", String(values.firstYear + 4)), ("HOY", values.today),
    ] {
      text = text.replacing("{{\(name)}}", with: value)
    }
    return text + "\n"
  }

  /// The example texts of every template, as patterns where a `{{VARIABLE}}` matches any text.
  public static let placeholders: [Placeholder] = {
    var seen = Set<Placeholder>()
    return Language.allCases.flatMap { placeholders(in: $0) }.filter { seen.insert($0).inserted }
  }()

  /// The example texts of one language's template, in the order they are written.
  public static func placeholders(in language: Language) -> [Placeholder] {
    marked(source(language)).map(Placeholder.init)
  }

  /// The template without its `{{?` `}}` marks (the text between them stays).
  static func stripMarks(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let open = firstMark(in: rest) {
      out += rest[..<open.lowerBound]
      let (inside, after) = closing(rest[open.upperBound...])
      out += inside
      rest = after
    }
    return out + rest
  }

  /// The texts between `{{?` and its `}}`.
  static func marked(_ text: String) -> [String] {
    var found: [String] = []
    var rest = Substring(text)
    while let open = firstMark(in: rest) {
      let (inside, after) = closing(rest[open.upperBound...])
      found.append(String(inside))
      rest = after
    }
    return found
  }

  // The marks are ASCII and the templates are ours, so they are found byte by byte: a search by
  // characters cost more than the rest of a `plan check` (`Template.placeholders`, every run).

  /// Where the first `{{?` is.
  private static func firstMark(in text: Substring) -> Range<String.Index>? {
    let bytes = text.utf8
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index...].starts(with: "{{?".utf8) {
        return index..<bytes.index(index, offsetBy: 3)
      }
      index = bytes.index(after: index)
    }
    return nil
  }

  /// What comes before the `}}` that closes a mark (skipping the `{{VARIABLE}}`s inside it), and
  /// what comes after.
  private static func closing(_ text: Substring) -> (Substring, Substring) {
    let bytes = text.utf8
    var depth = 0
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index...].starts(with: "{{".utf8) {
        depth += 1
        index = bytes.index(index, offsetBy: 2)
      } else if bytes[index...].starts(with: "}}".utf8) {
        if depth == 0 { return (text[..<index], text[bytes.index(index, offsetBy: 2)...]) }
        depth -= 1
        index = bytes.index(index, offsetBy: 2)
      } else {
        index = bytes.index(after: index)
      }
    }
    return (text, text[text.endIndex...])
  }
}

/// An example text of a template. Texts are compared with their words folded (no case, no accents,
/// single spaces), so a prose block re-indented by `plan fmt` still matches.
public struct Placeholder: Sendable, Hashable {
  /// The fixed pieces between variables, folded.
  let pieces: [String]
  /// The text as the template shows it, with `…` where a variable goes.
  public let shown: String
  /// A short name with no variable («Cámara de Comercio»): a real plan may well write it too.
  public var isShortName: Bool { pieces.count == 1 && pieces[0].split(separator: " ").count <= 3 }

  init(_ marked: String) {
    var pieces: [String] = []
    var shown = ""
    var rest = Substring(marked)
    while let open = rest.firstRange(of: "{{"), let close = rest[open.upperBound...].firstRange(of: "}}") {
      pieces.append(Placeholder.fold(rest[..<open.lowerBound]))
      shown += rest[..<open.lowerBound] + "…"
      rest = rest[close.upperBound...]
    }
    pieces.append(Placeholder.fold(rest))
    shown += rest
    self.pieces = pieces
    self.shown = shown.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Whether `text` is this example text, left as the template wrote it (any value in place of
  /// each variable).
  public func matches(_ text: String) -> Bool { matches(folded: Placeholder.fold(Substring(text))) }

  /// `matches` for a text already folded with `fold`: a plan's texts are folded once, not once per
  /// example text of the template.
  public func matches(folded: String) -> Bool {
    guard let first = pieces.first, folded.hasPrefix(first) else { return false }
    var rest = folded.dropFirst(first.count)
    for (index, piece) in pieces.enumerated().dropFirst() {
      if index == pieces.count - 1 {
        return piece.isEmpty ? true : rest.hasSuffix(piece) && rest.count >= piece.count
      }
      guard let found = rest.firstRange(of: piece) else { return false }
      rest = rest[found.upperBound...]
    }
    return rest.isEmpty
  }

  public static func fold(_ text: Substring) -> String {
    foldBelowCombiningMarks(text)
      ?? text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `fold` in one pass over the scalars, for a text whose scalars all come before the combining
  /// marks (U+0300): there every scalar is a character of its own (`\r\n`, two blanks, folds
  /// like one), so no grapheme breaking is needed. `nil` for any other text.
  static func foldBelowCombiningMarks(_ text: Substring) -> String? {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var blankPending = false
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x300...: return nil
      // Unicode's White_Space below U+0300.
      case 0x09...0x0D, 0x20, 0x85, 0xA0:
        blankPending = !out.isEmpty
        continue
      default: break
      }
      if blankPending {
        out.append(" ")
        blankPending = false
      }
      if scalar.isASCII {
        let value = scalar.value
        out.unicodeScalars.append(
          value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
      } else {
        out += scalar.properties.lowercaseMapping
      }
    }
    return out
  }
}
