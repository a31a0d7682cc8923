import PlanDiagnostics

/// A statement read against the grammar: which construct it is and its typed values.
public struct BoundNode: Sendable {
  public var key: String
  /// Where the keyword was written.
  public var range: SourceRange
  public var values: [Value]
  /// Where each value was written (the keyword's range for absent values).
  public var valueRanges: [SourceRange]
  /// Inline members and block statements, in source order.
  public var children: [BoundNode]

  public var construct: Construct { Grammar.construct(key) }

  public func children(_ key: String) -> [BoundNode] { children.filter { $0.key == key } }
  public func child(_ key: String) -> BoundNode? { children.first { $0.key == key } }
}

/// Reads a syntax tree against the grammar. It reports unknown and misplaced keywords, missing or
/// malformed arguments, and records how each keyword and vocabulary word is spelled canonically in
/// the target language (the formatter uses that).
public struct Binder {
  /// How numbers are read (`3,5` in Spanish, `3.5` in English).
  public let language: Language
  /// The language whose spellings the formatter writes.
  public let spellingLanguage: Language
  var collector = DiagnosticCollector()
  /// What the binder found (at most `DiagnosticCollector.limit`).
  public var diagnostics: [Diagnostic] { collector.diagnostics }
  /// The ones found beyond the limit, counted.
  public var uncollected: DiagnosticCounts { collector.overflow }
  /// Canonical spelling of each keyword or vocabulary word written otherwise, by the token's start offset.
  public private(set) var spellings: [Int: String] = [:]
  var source: SourceText

  /// When false (the formatter's case), texts are not decoded: only structure and spellings matter.
  let decodesTexts: Bool

  public init(
    source: SourceText, language: Language, spellingLanguage: Language? = nil, decodesTexts: Bool = true
  ) {
    self.source = source
    self.language = language
    self.spellingLanguage = spellingLanguage ?? language
    self.decodesTexts = decodesTexts
  }

  /// Binds one file's statements. `context` is the enclosing construct's key (`nil` for the top).
  public mutating func bind(_ file: SyntaxFile) -> [BoundNode] {
    bindItems(file.items[...], context: nil, owner: nil)
  }

  /// Binds part of a file's top-level statements (the formatter splits a large file across cores).
  mutating func bindTopLevel(_ items: ArraySlice<Item>) -> [BoundNode] {
    bindItems(items, context: nil, owner: nil)
  }

  // MARK: - Keyword lookup

  /// For each context (`""` is the top level), folded spelling → construct key.
  static let index: [String: [String: String]] = {
    var index: [String: [String: String]] = [:]
    // Each construct's spellings are folded once, however many blocks it may appear in.
    var folded: [String: [String]] = [:]
    func add(_ context: String, _ keys: [String]) {
      var table: [String: String] = [:]
      table.reserveCapacity(keys.count * 3)
      for key in keys {
        let spellings =
          folded[key]
          ?? {
            let construct = Grammar.construct(key)
            let spellings = construct.spellings.map(Keywords.fold)
            folded[key] = spellings
            return spellings
          }()
        for spelling in spellings { table[spelling] = key }
      }
      index[context] = table
    }
    add("", Grammar.root)
    for construct in Grammar.all { add(construct.key, construct.members) }
    return index
  }()

  /// Every context where a spelling is valid, for "this goes inside …" messages.
  static let parentsBySpelling: [String: [String]] = {
    var parents: [String: Set<String>] = [:]
    for (context, table) in index {
      for (spelling, _) in table { parents[spelling, default: []].insert(context) }
    }
    return parents.mapValues { $0.sorted() }
  }()

  /// For each context, the spellings a "did you mean" chooses from, folded once per process (on the
  /// first unknown keyword), not once per unknown word. In the order of their folded spellings, so
  /// that a tie between two keywords is settled the same way in every run (a dictionary's order
  /// changes from one process to the next).
  static let suggestionCandidates: [String: KeywordCandidates] = index.mapValues { table in
    KeywordCandidates(table.keys.sorted().flatMap { Grammar.construct(table[$0]!).spellings })
  }

  /// The spellings a "did you mean" chooses from in `context` (none for an unknown context).
  static func candidates(in context: String?) -> KeywordCandidates {
    if let candidates = suggestionCandidates[context ?? ""] { return candidates }
    return KeywordCandidates([])
  }

  func lookup(_ word: String, in context: String?) -> String? {
    guard word.utf8.count <= Keywords.maximumLength else { return nil }
    return Binder.index[context ?? ""]?[Keywords.fold(word)]
  }

  /// A keyword with a character lost to a bad encoding (`Visi�n`): the replacement character
  /// stands for any one letter. The encoding problem is already reported, so a unique match is used.
  func lookupDamaged(_ word: String, in context: String?) -> String? {
    guard word.utf8.count <= Keywords.maximumLength, word.unicodeScalars.contains("\u{FFFD}") else {
      return nil
    }
    let pattern = Array(Keywords.fold(word).unicodeScalars)
    var matches: Set<String> = []
    for (spelling, key) in Binder.index[context ?? ""] ?? [:] {
      let candidate = Array(spelling.unicodeScalars)
      guard candidate.count == pattern.count else { continue }
      if zip(pattern, candidate).allSatisfy({ $0 == $1 || $0 == "\u{FFFD}" }) { matches.insert(key) }
    }
    return matches.count == 1 ? matches.first : nil
  }

  func spelling(ofContext context: String) -> String {
    context.isEmpty ? "" : Grammar.construct(context).spelling(spellingLanguage)
  }

  /// Remembers a canonical spelling, only where it differs from what is written.
  mutating func record(_ spelling: String, for token: Token, written: String?) {
    let text = written ?? source.text(of: token)
    if text != spelling { spellings[token.start] = spelling }
  }

  // MARK: - Statements

  mutating func bindItems(_ items: ArraySlice<Item>, context: String?, owner: BoundNode?)
    -> [BoundNode]
  {
    var nodes: [BoundNode] = []
    for item in items {
      guard case .statement(let statement) = item, !statement.isMissingKeyword else { continue }
      if let node = bindStatement(statement, context: context) { nodes.append(node) }
    }
    return nodes
  }

  /// The construct a statement's keyword names in `context`, if any.
  func key(of statement: Statement, in context: String?) -> String? {
    let word = source.text(of: statement.keyword)
    return lookup(word, in: context) ?? lookupDamaged(word, in: context)
  }

  mutating func bindStatement(_ statement: Statement, context: String?) -> BoundNode? {
    let keywordToken = statement.keyword
    let word = source.text(of: keywordToken)
    let keywordRange = source.range(of: keywordToken)
    guard let key = key(of: statement, in: context) else {
      reportUnknown(word, at: keywordRange, context: context)
      return nil
    }
    let construct = Grammar.construct(key)
    record(construct.spelling(spellingLanguage, written: word), for: keywordToken, written: word)
    var node = BoundNode(key: key, range: keywordRange, values: [], valueRanges: [], children: [])
    let atoms = Atoms(statement.arguments)
    var cursor = 0
    bindParams(construct, atoms: atoms, cursor: &cursor, node: &node, stopAt: key)
    // Inline members: `indicador "…" base 0 (2025) meta 1 (2026)`.
    while cursor < atoms.count {
      let atom = atoms[cursor]
      if let token = atom.word, isMember(token, of: key),
        let memberKey = lookup(source.text(of: token), in: key)
      {
        cursor += 1
        let member = Grammar.construct(memberKey)
        record(member.spelling(spellingLanguage, written: source.text(of: token)), for: token, written: nil)
        var child = BoundNode(
          key: memberKey, range: source.range(of: token), values: [], valueRanges: [], children: [])
        bindParams(member, atoms: atoms, cursor: &cursor, node: &child, stopAt: key)
        if member.block == .required {
          report(.blockRequired(source.text(of: token)), at: child.range)
        }
        if decodesTexts { node.children.append(child) }
      } else {
        // Everything up to the next member keyword is one mistake (often a line that lost its
        // line breaks), reported once.
        let first = cursor
        cursor += 1
        while cursor < atoms.count, !(atoms[cursor].word.map { isMember($0, of: key) } ?? false) {
          cursor += 1
        }
        report(
          .unexpectedArgument(atom.text(in: source), keyword: word, more: cursor - first - 1),
          at: atoms.range(first..<cursor, in: source))
      }
    }
    if let block = statement.block {
      if construct.block == .none {
        report(.blockNotAllowed(word), at: source.range(of: block.open))
      } else {
        let children = bindItems(block.items[...], context: key, owner: node)
        if decodesTexts { node.children += children }
      }
    } else if construct.block == .required {
      report(.blockRequired(word), at: keywordRange)
    }
    if decodesTexts { checkRepetitions(in: node) }
    return node
  }

  /// "Did you mean" searches left: a file of garbage must not cost a suggestion per word.
  var suggestionBudget = 200

  mutating func reportUnknown(_ word: String, at range: SourceRange, context: String?) {
    let folded = word.utf8.count <= Keywords.maximumLength ? Keywords.fold(word) : ""
    if let parents = Binder.parentsBySpelling[folded] {
      let names = parents.map { spelling(ofContext: $0) }.filter { !$0.isEmpty }
      let unique = Array(Set(names)).sorted()
      report(
        .misplacedKeyword(word, parents: parents.contains("") && unique.isEmpty ? [] : unique), at: range)
      return
    }
    guard suggestionBudget > 0 else {
      report(.unknownKeyword(word, suggestion: nil), at: range)
      return
    }
    suggestionBudget -= 1
    // Suggest in the plan's language; a fix when every close spelling names the same keyword.
    let closest = Keywords.closest(to: word, among: Binder.candidates(in: context))
    let keys = closest.candidates.map { Binder.index[context ?? ""]![Keywords.fold($0)]! }
    let suggestion = keys.first.map { Grammar.construct($0).spelling(spellingLanguage) }
    let safe = Set(keys).count == 1 && Keywords.isSafeRespelling(word, distance: closest.distance)
    let fixes = safe ? [FixIt(range: range, replacement: suggestion!)] : []
    report(.unknownKeyword(word, suggestion: suggestion), at: range, fixIts: fixes)
  }

  /// Keys of constructs that may appear only once in their parent.
  static let singleKeys: Set<String> = Set(Grammar.all.filter { !$0.repeatable }.map(\.key))

  mutating func checkRepetitions(in node: BoundNode) {
    guard node.children.count > 1 else { return }
    var seen: [(key: String, range: SourceRange)] = []
    for child in node.children where Binder.singleKeys.contains(child.key) {
      if let first = seen.first(where: { $0.key == child.key }) {
        report(
          .repeated(source.text(child.range.offsets)), at: child.range,
          notes: [
            Note(
              Localized(
                es: "la primera vez está aquí", en: "first written here", pt: "a primeira vez está aqui"),
              at: first.range)
          ])
      } else {
        seen.append((child.key, child.range))
      }
    }
  }
}
