import PlanDiagnostics

/// What a statement's arguments may be.
public indirect enum ParamKind: Sendable, Hashable {
  /// Declares a new identifier (`a01`, `oe1`, `rrii`).
  case identifier
  /// Names one declared identifier.
  case reference
  /// `a, b, c`: one or more identifiers separated by commas.
  case references
  /// `"…"`.
  case text
  /// `"…"` or a `"""` block with paragraphs and light markup.
  case prose
  case integer
  case year
  /// `2026`, `2026-03` or `2026-03-15`.
  case date
  /// `2026 a 2031` (`2026 to 2031` in English).
  case yearRange
  /// `12000000 ARS`: a number and an ISO 4217 currency code.
  case amount
  /// A number, a percentage (`35%`), an amount (`500000 USD`) or a text (`"alto"`).
  case measure
  /// `(2025)`: the year of a baseline or target.
  case parenYear
  /// `#1A5276`.
  case colour
  /// One word from a closed vocabulary.
  case choice(Choice)
  /// SDG targets, `11.3, 17.17`.
  case sdgTargets
  /// A file path in quotes, relative to the including file.
  case path
  /// A rule id such as `G11` or a limit name: a bare word checked later.
  case name
}

public final class Param: Sendable, Hashable {
  public let kind: ParamKind
  public let required: Bool
  /// How messages name the missing thing ("el título", "the title").
  public let label: Localized

  public static func == (a: Param, b: Param) -> Bool { a === b }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

  public init(_ kind: ParamKind, _ label: Localized, required: Bool = true) {
    self.kind = kind
    self.required = required
    self.label = label
  }
}

/// A closed vocabulary: canonical Spanish spelling, English and Portuguese spellings, other accepted
/// spellings.
public final class Choice: Sendable, Hashable {
  public static func == (a: Choice, b: Choice) -> Bool { a === b }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

  public struct Option: Sendable, Hashable {
    public var es: String
    public var en: String
    public var pt: String
    public var aliases: [String]
    public var label: Localized

    public func spelling(_ language: Language) -> String {
      switch language {
      case .es: es
      case .en: en
      case .pt: pt
      }
    }

    /// Every spelling that means this option: Spanish, English, Portuguese and the aliases.
    public var spellings: [String] { [es, en, pt] + aliases }
  }

  public let name: Localized
  public let options: [Option]
  /// Folded spelling → index into `options`, built once.
  private let index: [String: Int]

  public init(_ name: Localized, _ options: [Option]) {
    self.name = name
    self.options = options
    var index: [String: Int] = [:]
    for (position, option) in options.enumerated() {
      for spelling in option.spellings where index[Keywords.fold(spelling)] == nil {
        index[Keywords.fold(spelling)] = position
      }
    }
    self.index = index
  }

  /// Finds the option a word means, ignoring case and accents.
  public func option(for word: String) -> Option? {
    index[Keywords.fold(word)].map { options[$0] }
  }
}

/// Whether a statement may or must have a `{ }` block.
public enum BlockRule: Sendable, Hashable {
  case none
  case optional
  case required
}

/// One kind of statement in one context: its spellings, arguments, members and block rule.
public final class Construct: Sendable, Hashable {
  /// Unique key, the context path of Spanish spellings (`accion.presupuesto`).
  public let key: String
  public let es: String
  public let en: String
  public let pt: String
  public let aliases: [String]
  /// A second name in every language that `plan fmt` keeps as the writer chose it (a province's
  /// `marca_territorio` for `marca_ciudad`), translated when the plan changes language.
  public let variant: Variant?
  public let summary: Localized
  public let params: [Param]
  /// Keys of the constructs allowed inside: inline on the same line, or as lines of its block.
  public let members: [String]
  public let block: BlockRule
  /// Whether it may appear more than once in the same parent.
  public let repeatable: Bool

  init(
    key: String, es: String, en: String, pt: String, aliases: [String], variant: Variant? = nil,
    summary: Localized, params: [Param],
    members: [String],
    block: BlockRule, repeatable: Bool
  ) {
    self.key = key
    self.es = es
    self.en = en
    self.pt = pt
    self.aliases = aliases
    self.variant = variant
    self.summary = summary
    self.params = params
    self.members = members
    self.block = block
    self.repeatable = repeatable
  }

  public static func == (a: Construct, b: Construct) -> Bool { a === b }
  public func hash(into hasher: inout Hasher) { hasher.combine(key) }

  public func spelling(_ language: Language) -> String {
    switch language {
    case .es: es
    case .en: en
    case .pt: pt
    }
  }

  /// The canonical spelling of what was written: the variant's when the writer used the variant.
  public func spelling(_ language: Language, written: String) -> String {
    guard let variant, variant.spellings.contains(Keywords.fold(written)) else { return spelling(language) }
    return variant.spelling(language)
  }

  /// Every spelling that means this construct: Spanish, English, Portuguese, the aliases and the
  /// variant's.
  public var spellings: [String] { [es, en, pt] + aliases + (variant?.spellings ?? []) }

  /// A construct's second name, in each language.
  public struct Variant: Sendable {
    public let es: String
    public let en: String
    public let pt: String

    public func spelling(_ language: Language) -> String {
      switch language {
      case .es: es
      case .en: en
      case .pt: pt
      }
    }

    var spellings: [String] { [es, en, pt] }
  }
}

/// Keyword folding: lower case, no accents, so `Visión`, `VISION` and `vision` are the same word.
public enum Keywords {
  /// No keyword or vocabulary word is longer (in UTF-8 bytes): a longer word is never looked up, so
  /// a megabyte-long "word" costs nothing to reject.
  public static let maximumLength = 64

  public static func fold(_ word: String) -> String {
    // Fast path: most words are already lower-case ASCII without `-`.
    var plain = true
    for byte in word.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) || byte == 0x2D {
      plain = false
      break
    }
    if plain { return word }
    var out = ""
    out.reserveCapacity(word.utf8.count)
    for scalar in word.lowercased().unicodeScalars {
      switch scalar {
      case "á", "à", "â", "ä", "ã": out.append("a")
      case "é", "è", "ê", "ë": out.append("e")
      case "í", "ì", "î", "ï": out.append("i")
      case "ó", "ò", "ô", "ö", "õ": out.append("o")
      case "ú", "ù", "û", "ü": out.append("u")
      case "ñ": out.append("n")
      case "ç": out.append("c")
      case "-": out.append("_")
      // Invisible characters pasted inside a keyword do not change it.
      case "\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}": continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Edit distance, for "did you mean" suggestions: insertions, deletions, substitutions and
  /// swaps of two neighbouring letters (`cuidad` is one edit from `ciudad`) each cost one.
  public static func distance(_ a: String, _ b: String) -> Int {
    distance(Array(a.unicodeScalars), Array(b.unicodeScalars))
  }

  /// Whether a word `distance` edits from a keyword is surely that keyword, so `plan fmt --fix` may
  /// respell it: one edit, or two in a long word. (A suggestion may be further: it is only shown.)
  public static func isSafeRespelling(_ word: String, distance: Int) -> Bool {
    let length = word.unicodeScalars.count
    guard length >= 3,
      word.unicodeScalars.allSatisfy({
        $0.properties.isAlphabetic || $0 == "_" || $0 == "-"
          || SpecialCharacters.kind(of: $0.value) == .invisible || $0.properties.numericType != nil
      })
    else { return false }
    return distance <= (length >= 8 ? 2 : 1)
  }

  /// The closest candidate to `word`, if it is close enough to be a likely typo.
  public static func suggestion(for word: String, among candidates: [String]) -> String? {
    closest(to: word, among: candidates).candidates.first
  }

  /// Every candidate at the smallest distance from `word`, if that is close enough to be a likely
  /// typo, in the order given (see `KeywordCandidates` to fold the candidates once for many words).
  public static func closest(to word: String, among candidates: [String]) -> (
    candidates: [String], distance: Int
  ) {
    guard word.utf8.count <= 2 * maximumLength else { return ([], 0) }
    return closest(to: word, among: KeywordCandidates(candidates))
  }
}

extension Choice {
  /// A word of this vocabulary as each language spells it, for messages that name what the plan
  /// wrote (`ronda_de_negocios`, `business_round`); an unknown word stays as written.
  public func words(_ written: String) -> Localized {
    guard let option = options.first(where: { $0.es == written }) else {
      return Localized(es: written, en: written, pt: written)
    }
    return Localized(es: option.es, en: option.en, pt: option.pt)
  }
}
