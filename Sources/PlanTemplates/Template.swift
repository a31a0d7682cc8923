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
    while let open = rest.firstRange(of: "{{?") {
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
    while let open = rest.firstRange(of: "{{?") {
      let (inside, after) = closing(rest[open.upperBound...])
      found.append(String(inside))
      rest = after
    }
    return found
  }

  /// What comes before the `}}` that closes a mark (skipping the `{{VARIABLE}}`s inside it), and
  /// what comes after.
  private static func closing(_ text: Substring) -> (Substring, Substring) {
    var depth = 0
    var index = text.startIndex
    while index < text.endIndex {
      if text[index...].hasPrefix("{{") {
        depth += 1
        index = text.index(index, offsetBy: 2)
      } else if text[index...].hasPrefix("}}") {
        if depth == 0 { return (text[..<index], text[text.index(index, offsetBy: 2)...]) }
        depth -= 1
        index = text.index(index, offsetBy: 2)
      } else {
        index = text.index(after: index)
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
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
