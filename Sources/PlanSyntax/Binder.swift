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
  private var collector = DiagnosticCollector()
  /// What the binder found (at most `DiagnosticCollector.limit`).
  public var diagnostics: [Diagnostic] { collector.diagnostics }
  /// The ones found beyond the limit, counted.
  public var uncollected: DiagnosticCounts { collector.overflow }
  /// Canonical spelling of each keyword or vocabulary word written otherwise, by the token's start offset.
  public private(set) var spellings: [Int: String] = [:]
  private var source: SourceText

  /// When false (the formatter's case), texts are not decoded: only structure and spellings matter.
  private let decodesTexts: Bool

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

  private func lookup(_ word: String, in context: String?) -> String? {
    guard word.utf8.count <= Keywords.maximumLength else { return nil }
    return Binder.index[context ?? ""]?[Keywords.fold(word)]
  }

  /// A keyword with a character lost to a bad encoding (`Visi�n`): the replacement character
  /// stands for any one letter. The encoding problem is already reported, so a unique match is used.
  private func lookupDamaged(_ word: String, in context: String?) -> String? {
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

  private func spelling(ofContext context: String) -> String {
    context.isEmpty ? "" : Grammar.construct(context).spelling(spellingLanguage)
  }

  /// Remembers a canonical spelling, only where it differs from what is written.
  private mutating func record(_ spelling: String, for token: Token, written: String?) {
    let text = written ?? source.text(of: token)
    if text != spelling { spellings[token.start] = spelling }
  }

  // MARK: - Statements

  private mutating func bindItems(_ items: ArraySlice<Item>, context: String?, owner: BoundNode?)
    -> [BoundNode]
  {
    var nodes: [BoundNode] = []
    for item in items {
      guard case .statement(let statement) = item, !statement.isMissingKeyword else { continue }
      if let node = bindStatement(statement, context: context) { nodes.append(node) }
    }
    return nodes
  }

  private mutating func bindStatement(_ statement: Statement, context: String?) -> BoundNode? {
    let keywordToken = statement.keyword
    let word = source.text(of: keywordToken)
    let keywordRange = source.range(of: keywordToken)
    guard let key = lookup(word, in: context) ?? lookupDamaged(word, in: context) else {
      reportUnknown(word, at: keywordRange, context: context)
      return nil
    }
    let construct = Grammar.construct(key)
    record(construct.spelling(spellingLanguage), for: keywordToken, written: word)
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
        record(member.spelling(spellingLanguage), for: token, written: nil)
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
  private var suggestionBudget = 200

  private mutating func reportUnknown(_ word: String, at range: SourceRange, context: String?) {
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
    let candidates = (Binder.index[context ?? ""] ?? [:]).values.flatMap { key -> [String] in
      let construct = Grammar.construct(key)
      return construct.spellings
    }
    // Suggest in the plan's language; a fix when every close spelling names the same keyword.
    let closest = Keywords.closest(to: word, among: candidates)
    let keys = closest.candidates.map { Binder.index[context ?? ""]![Keywords.fold($0)]! }
    let suggestion = keys.first.map { Grammar.construct($0).spelling(spellingLanguage) }
    let safe = Set(keys).count == 1 && Keywords.isSafeRespelling(word, distance: closest.distance)
    let fixes = safe ? [FixIt(range: range, replacement: suggestion!)] : []
    report(.unknownKeyword(word, suggestion: suggestion), at: range, fixIts: fixes)
  }

  /// Keys of constructs that may appear only once in their parent.
  private static let singleKeys: Set<String> = Set(Grammar.all.filter { !$0.repeatable }.map(\.key))

  private mutating func checkRepetitions(in node: BoundNode) {
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

  // MARK: - Arguments

  private func isMember(_ token: Token, of context: String) -> Bool {
    // Keywords start with a letter: numbers, dates and codes are never looked up.
    let first = source.bytes[token.start]
    if first < 0x41 || (first > 0x5A && first < 0x61 && first != 0x5F) || (first > 0x7A && first < 0xC3) {
      return false
    }
    return lookup(source.text(of: token), in: context) != nil
  }

  private mutating func bindParams(
    _ construct: Construct, atoms: Atoms, cursor: inout Int, node: inout BoundNode, stopAt owner: String
  ) {
    var missingLabels: [Localized] = []
    defer {
      if !missingLabels.isEmpty {
        let keyword = source.text(node.range.offsets)
        let label = Localized(
          es: missingLabels.map(\.es).joined(separator: " y "),
          en: missingLabels.map(\.en).joined(separator: " and "),
          pt: missingLabels.map { $0.text(.pt) }.joined(separator: " e "))
        report(.missingArgument(keyword: keyword, label: label), at: node.range)
      }
    }
    for (index, param) in construct.params.enumerated() {
      let next = cursor < atoms.count ? atoms[cursor] : nil
      // A member keyword ends the arguments (`indicador base 0` has no name), unless it is a word
      // of the vocabulary this argument takes (`medida unidad`: `unidad` is also a member).
      var atMember = next?.word.map { isMember($0, of: owner) } ?? false
      if atMember, case .choice(let choice) = param.kind, let word = next?.word,
        choice.option(for: source.text(of: word)) != nil
      {
        atMember = false
      }
      guard let atom = next, !atMember else {
        if param.required { missingLabels.append(param.label) }
        node.values.append(.absent)
        node.valueRanges.append(node.range)
        continue
      }
      // An optional identifier is only taken when a text follows it (`indicador i1 "…"`).
      if param.kind == .identifier, !param.required {
        let following = cursor + 1 < atoms.count ? atoms[cursor + 1] : nil
        guard atom.word != nil, following?.isString == true else {
          node.values.append(.absent)
          node.valueRanges.append(node.range)
          continue
        }
      }
      if !param.required, !fits(param.kind, atom) {
        node.values.append(.absent)
        node.valueRanges.append(node.range)
        continue
      }
      let start = cursor
      let value = read(
        param, construct: construct, atoms: atoms, cursor: &cursor, owner: owner,
        isLast: index == construct.params.count - 1)
      if decodesTexts {
        node.values.append(value)
        node.valueRanges.append(atoms.range(start..<max(cursor, start + 1), in: source))
      }
    }
  }

  /// Whether an atom could be the start of a value of this kind (used for optional arguments).
  private func fits(_ kind: ParamKind, _ atom: Atom) -> Bool {
    switch kind {
    case .text, .path: return atom.isString || atom.isProse
    case .prose: return atom.isString || atom.isProse
    case .parenYear: return atom.isGroup
    case .identifier, .reference, .references, .name, .sdgTargets: return atom.word != nil
    case .date, .year, .yearRange, .integer, .amount:
      return atom.word.map { startsWithDigit(source.text(of: $0)) } ?? false
    case .measure: return atom.isString || (atom.word.map { startsWithDigit(source.text(of: $0)) } ?? false)
    case .colour: return atom.word.map { source.text(of: $0).hasPrefix("#") } ?? false
    case .choice(let choice): return atom.word.map { choice.option(for: source.text(of: $0)) != nil } ?? false
    }
  }

  private func startsWithDigit(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return (first.value >= 48 && first.value <= 57) || ((first == "-" || first == "+") && text.count > 1)
  }

  private mutating func read(
    _ param: Param, construct: Construct, atoms: Atoms, cursor: inout Int, owner: String, isLast: Bool
  ) -> Value {
    let atom = atoms[cursor]
    if !decodesTexts, let advance = structuralAdvance(param.kind, atoms: atoms, at: cursor) {
      // The formatter only needs to know where each value ends, not what it is.
      cursor += advance
      return .absent
    }
    let range = atom.range(in: source)
    let text = atom.text(in: source)
    func invalid(_ expected: Localized, _ help: Localized? = nil) -> Value {
      report(.invalidValue(text, expected: expected, help: help), at: range)
      cursor += 1
      return .absent
    }
    switch param.kind {
    case .text, .path:
      if let token = atom.stringToken {
        cursor += 1
        if param.kind == .text { hintYearRanges(token.range) }
        return decodesTexts ? .text(printable(TextLiterals.decodeString(source.text(of: token)))) : .absent
      }
      if atom.isProse {
        cursor += 1
        return .text(printable(TextLiterals.proseText(text)))
      }
      if atom.word != nil {
        // `ciudad Villa Aurora`: take the words up to the next member keyword and ask for quotes.
        let start = cursor
        while cursor < atoms.count, let token = atoms[cursor].word,
          !(cursor > start && isMember(token, of: owner))
        {
          cursor += 1
          if !isLast { break }
        }
        let wordsRange = atoms.range(start..<cursor, in: source)
        // The text is what is written, every character (commas too), quoted; a list continued on
        // the next line cannot become one text on one line, so it gets no fix.
        let written = source.text(wordsRange.offsets)
        let oneLine = !written.utf8.contains { $0 == 0x0A || $0 == 0x0D }
        let fixes =
          oneLine && written.utf8.count <= FixIt.maximumLength
          ? [FixIt(range: wordsRange, replacement: TextLiterals.quote(written))] : []
        // Its value is the words as `plan fmt` writes them — one space between them, a comma right
        // after its word (the model must not change when the file is formatted); the fix keeps the
        // spacing as written too.
        let value = (start..<cursor).map { atoms[$0].text(in: source) + (atoms.commaFollows($0) ? "," : "") }
          .joined(separator: " ")
        report(.textNeedsQuotes(value), at: wordsRange, fixIts: fixes)
        return .text(printable(value))
      }
      return invalid(
        Localized(es: "un texto entre comillas", en: "a text in quotes", pt: "um texto entre aspas"))
    case .prose:
      if let token = atom.stringToken {
        cursor += 1
        hintYearRanges(token.range)
        return decodesTexts ? .text(printable(TextLiterals.decodeString(source.text(of: token)))) : .absent
      }
      if let token = atom.proseToken {
        cursor += 1
        hintYearRanges(token.range)
        guard decodesTexts else { return .absent }
        let decoded = TextLiterals.decodeProse(source.text(of: token))
        for line in decoded.underIndented {
          let lineNumber = source.line(of: token.start) + line
          if lineNumber <= source.lineCount {
            let offset = source.lineStarts[lineNumber - 1]
            collector.append(ParseProblem.proseIndentation.diagnostic(at: source.range(offset..<offset)))
          }
        }
        return .text(printable(decoded.lines.joined(separator: "\n")))
      }
      return invalid(
        Localized(
          es: "un texto entre comillas o un bloque `\"\"\"`", en: "a quoted text or a `\"\"\"` block",
          pt: "um texto entre aspas ou um bloco `\"\"\"`")
      )
    case .identifier:
      guard let token = atom.word else {
        return invalid(Localized(es: "un identificador", en: "an identifier", pt: "um identificador"))
      }
      cursor += 1
      let word = self.word(token)
      if !Literal.isIdentifier(word) && !word.unicodeScalars.contains("\u{FFFD}") {
        report(.invalidIdentifier(word), at: range)
      }
      return .identifier(word)
    case .reference:
      guard let token = atom.word else {
        return invalid(Localized(es: "un identificador", en: "an identifier", pt: "um identificador"))
      }
      cursor += 1
      let word = self.word(token)
      if !Literal.isIdentifier(word) && !word.unicodeScalars.contains("\u{FFFD}") {
        report(.invalidIdentifier(word), at: range)
      }
      return .references([Reference(name: word, range: range)])
    case .references:
      var references: [Reference] = []
      while cursor < atoms.count, let token = atoms[cursor].word {
        let word = self.word(token)
        let wordRange = source.range(of: token)
        if !Literal.isIdentifier(word) && !word.unicodeScalars.contains("\u{FFFD}") {
          report(.invalidIdentifier(word), at: wordRange)
        }
        references.append(Reference(name: word, range: wordRange))
        cursor += 1
        guard atoms.commaFollows(cursor - 1), cursor < atoms.count else { break }
      }
      if references.isEmpty {
        return invalid(Localized(es: "un identificador", en: "an identifier", pt: "um identificador"))
      }
      return .references(references)
    case .sdgTargets:
      var codes: [String] = []
      while cursor < atoms.count, let token = atoms[cursor].word {
        let word = source.text(of: token)
        if !Literal.isSDGCode(word) {
          report(
            .invalidValue(
              word, expected: Localized(es: "una meta ODS", en: "an SDG target", pt: "uma meta ODS"),
              help: Localized(
                es: "escriba el objetivo y la meta separados por punto: `11.3`, `17.17`, `4.b`",
                en: "write the goal and the target separated by a dot: `11.3`, `17.17`, `4.b`",
                pt: "escreva o objetivo e a meta separados por ponto: `11.3`, `17.17`, `4.b`")),
            at: source.range(of: token))
        } else {
          codes.append(word)
        }
        cursor += 1
        guard atoms.commaFollows(cursor - 1), cursor < atoms.count else { break }
      }
      return .sdgTargets(codes)
    case .integer:
      guard let token = atom.word, let number = Literal.number(source.text(of: token), language: language),
        number == number.rounded(), abs(number) < 1e15
      else {
        return invalid(Localized(es: "un número entero", en: "a whole number", pt: "um número inteiro"))
      }
      cursor += 1
      return .integer(Int(number))
    case .year:
      guard let token = atom.word, let year = Literal.year(source.text(of: token)) else {
        return invalid(
          Localized(es: "un año de cuatro cifras", en: "a four-digit year", pt: "um ano de quatro algarismos")
        )
      }
      cursor += 1
      return .year(year)
    case .date:
      guard let token = atom.word, let date = Literal.date(source.text(of: token)) else {
        let suggestion = Literal.isoSuggestion(for: text)
        return invalid(
          Localized(
            es: "una fecha válida (2026, 2026-03 o 2026-03-15)",
            en: "a valid date (2026, 2026-03 or 2026-03-15)",
            pt: "uma data válida (2026, 2026-03 ou 2026-03-15)"),
          suggestion.map {
            Localized(
              es: "escriba `\($0)` (año-mes-día)", en: "write `\($0)` (year-month-day)",
              pt: "escreva `\($0)` (ano-mês-dia)")
          })
      }
      cursor += 1
      return .date(date)
    case .yearRange:
      return readYearRange(atoms: atoms, cursor: &cursor)
    case .amount:
      guard let token = atom.word else {
        return invalid(
          Localized(
            es: "un monto con moneda (`1500000 ARS`)", en: "an amount with currency (`1500000 ARS`)",
            pt: "um valor com moeda (`1500000 ARS`)"))
      }
      let word = source.text(of: token)
      if Literal.isCurrencyCode(word), cursor + 1 < atoms.count, let next = atoms[cursor + 1].word,
        Literal.number(source.text(of: next), language: language) != nil
      {
        let value = invalid(
          Localized(
            es: "un monto: el número va antes de la moneda",
            en: "an amount: the number goes before the currency",
            pt: "um valor: o número vem antes da moeda"),
          Localized(
            es: "escriba `\(source.text(of: next)) \(word)`", en: "write `\(source.text(of: next)) \(word)`",
            pt: "escreva `\(source.text(of: next)) \(word)`"))
        cursor += 1
        return value
      }
      guard let number = Literal.number(word, language: language) else {
        let value = invalid(numberExpectation)
        // `12.000.00 ARS`: the currency still belongs to this amount.
        if cursor < atoms.count, let next = atoms[cursor].word, Literal.isCurrencyCode(source.text(of: next))
        {
          cursor += 1
        }
        return value
      }
      warnIfAmbiguous(word, number, at: range)
      cursor += 1
      guard cursor < atoms.count, let codeToken = atoms[cursor].word, !isMember(codeToken, of: owner) else {
        report(
          .missingArgument(
            keyword: word,
            label: Localized(
              es: "la moneda (ARS, USD, EUR…)", en: "the currency (ARS, USD, EUR…)",
              pt: "a moeda (ARS, USD, EUR…)")),
          at: range)
        return .amount(number, currency: "")
      }
      let code = source.text(of: codeToken)
      cursor += 1
      guard Literal.isCurrencyCode(code) else {
        let suggestion = Literal.currencySuggestion(for: code)
        report(
          .invalidValue(
            code,
            expected: Localized(
              es: "un código de moneda ISO 4217", en: "an ISO 4217 currency code",
              pt: "um código de moeda ISO 4217"),
            help: Localized(
              es: "escriba el código en mayúsculas: \(suggestion ?? "ARS, USD, EUR, BRL…")",
              en: "write the code in capitals: \(suggestion ?? "ARS, USD, EUR, BRL…")",
              pt: "escreva o código em maiúsculas: \(suggestion ?? "ARS, USD, EUR, BRL…")")),
          at: source.range(of: codeToken))
        return .amount(number, currency: suggestion ?? "")
      }
      return .amount(number, currency: code)
    case .measure:
      if let token = atom.stringToken {
        cursor += 1
        return .measure(.text(printable(TextLiterals.decodeString(source.text(of: token)))))
      }
      guard let token = atom.word else { return invalid(numberExpectation) }
      var word = source.text(of: token)
      var isPercentage = false
      if word.hasSuffix("%") {
        word.removeLast()
        isPercentage = true
      }
      guard let number = Literal.number(word, language: language) else { return invalid(numberExpectation) }
      warnIfAmbiguous(word, number, at: range)
      cursor += 1
      if isPercentage { return .measure(.percentage(number)) }
      if cursor < atoms.count, let codeToken = atoms[cursor].word,
        Literal.isCurrencyCode(source.text(of: codeToken))
      {
        cursor += 1
        return .measure(.amount(number, currency: source.text(of: codeToken)))
      }
      return .measure(.number(number))
    case .parenYear:
      guard case .group(let inner) = atom.kind else {
        return invalid(
          Localized(
            es: "un año entre paréntesis, como `(2025)`", en: "a year in parentheses, like `(2025)`",
            pt: "um ano entre parênteses, como `(2025)`"))
      }
      cursor += 1
      let words = inner.filter { $0.kind == .word }
      guard words.count == 1, inner.count == 1, let year = Literal.year(source.text(of: words[0])) else {
        report(
          .invalidValue(
            text,
            expected: Localized(
              es: "un año entre paréntesis, como `(2025)`", en: "a year in parentheses, like `(2025)`",
              pt: "um ano entre parênteses, como `(2025)`"),
            help: nil), at: range)
        return .absent
      }
      return .year(year)
    case .colour:
      guard let token = atom.word, let colour = Literal.colour(source.text(of: token)) else {
        return invalid(
          Localized(
            es: "un color hexadecimal (`#1A5276`)", en: "a hexadecimal colour (`#1A5276`)",
            pt: "uma cor hexadecimal (`#1A5276`)"))
      }
      cursor += 1
      return .colour(colour)
    case .choice(let choice):
      guard let token = atom.word else {
        return invalid(
          Localized(
            es: "un valor de \(choice.name.es)", en: "a \(choice.name.en) value",
            pt: "um valor de \(choice.name.text(.pt))"))
      }
      let word = source.text(of: token)
      cursor += 1
      guard let option = choice.option(for: word) else {
        let spellings = choice.options.flatMap(\.spellings)
        let closest = Keywords.closest(to: word, among: spellings)
        let options = closest.candidates.compactMap { choice.option(for: $0) }
        let suggestion = options.first?.spelling(spellingLanguage)
        let unique =
          Set(options.map(\.es)).count == 1 && Keywords.isSafeRespelling(word, distance: closest.distance)
        report(
          .unknownChoice(word, choice: choice, suggestion: suggestion, language: spellingLanguage),
          at: range, fixIts: unique ? [FixIt(range: range, replacement: suggestion!)] : [])
        return .absent
      }
      record(option.spelling(spellingLanguage), for: token, written: word)
      return .choice(option.es)
    case .name:
      guard let token = atom.word else {
        return invalid(Localized(es: "un nombre", en: "a name", pt: "um nome"))
      }
      cursor += 1
      return .name(printable(word(token)))
    }
  }

  /// How many atoms a value of this kind takes, when that is clear without reading it.
  private func structuralAdvance(_ kind: ParamKind, atoms: Atoms, at cursor: Int) -> Int? {
    let atom = atoms[cursor]
    switch kind {
    case .identifier, .reference, .integer, .year, .date, .colour, .name:
      return atom.word != nil ? 1 : nil
    case .text, .path:
      return atom.isString ? 1 : nil
    case .prose:
      return atom.isString || atom.isProse ? 1 : nil
    case .parenYear:
      return atom.isGroup ? 1 : nil
    case .references, .sdgTargets:
      var index = cursor
      while index < atoms.count, atoms[index].word != nil {
        index += 1
        guard atoms.commaFollows(index - 1), index < atoms.count else { break }
      }
      return index > cursor ? index - cursor : nil
    case .amount, .measure, .yearRange, .choice:
      return nil
    }
  }

  private mutating func warnIfAmbiguous(_ word: String, _ number: Double, at range: SourceRange) {
    guard Literal.isAmbiguousNumber(word, language: language) else { return }
    var meaning = String(number)
    if language != .en { meaning = meaning.replacing(".", with: ",") }
    report(.ambiguousNumber(word, meaning: meaning, language: language), at: range)
  }

  private var numberExpectation: Localized {
    language == .en
      ? Localized(es: "un número (`1,500.5`)", en: "a number (`1,500.5`)", pt: "um número (`1,500.5`)")
      : Localized(es: "un número (`1.500,5`)", en: "a number (`1.500,5`)", pt: "um número (`1.500,5`)")
  }

  private mutating func readYearRange(atoms: Atoms, cursor: inout Int) -> Value {
    let start = cursor
    let expected = Localized(
      es: "un período de años (`2026 a 2031`)", en: "a range of years (`2026 to 2031`)",
      pt: "um período de anos (`2026 a 2031`)")
    guard let first = atoms[cursor].word else {
      report(
        .invalidValue(atoms[cursor].text(in: source), expected: expected, help: nil),
        at: atoms[cursor].range(in: source))
      cursor += 1
      return .absent
    }
    let firstText = source.text(of: first)
    // `2026-2031` written as one word.
    for separator in ["-", "–", "—"] {
      let parts = firstText.split(separator: Character(separator), omittingEmptySubsequences: false).map(
        String.init)
      if parts.count == 2, let from = Literal.year(parts[0]), let to = Literal.year(parts[1]) {
        cursor += 1
        return .yearRange(from, to)
      }
    }
    guard let from = Literal.year(firstText), cursor + 2 < atoms.count,
      let connector = atoms[cursor + 1].word,
      Vocabulary.rangeConnectors.contains(Keywords.fold(source.text(of: connector))),
      let last = atoms[cursor + 2].word, let to = Literal.year(source.text(of: last))
    else {
      // `2026 al 2031`, `2026 a 20300`: three words that try to be a range are one wrong value.
      let triple =
        Literal.year(firstText) != nil && cursor + 2 < atoms.count && atoms[cursor + 1].word != nil
        && atoms[cursor + 2].word != nil
      cursor += triple ? 3 : 1
      let written = atoms.range(start..<cursor, in: source)
      let connector = language == .en ? "to" : "a"
      report(
        .invalidValue(
          source.text(written.offsets), expected: expected,
          help: Localized(
            es: "escriba dos años de cuatro cifras unidos por `\(connector)`: `2026 \(connector) 2031`",
            en: "write two four-digit years joined by `\(connector)`: `2026 \(connector) 2031`",
            pt: "escreva dois anos de quatro algarismos unidos por `\(connector)`: `2026 \(connector) 2031`")),
        at: written)
      return .absent
    }
    record(spellingLanguage == .en ? "to" : "a", for: connector, written: nil)
    cursor += 3
    return .yearRange(from, to)
  }

  /// A word as the plan means it: without the invisible characters pasted inside it (reported by
  /// the lexer, removed by `plan fmt`).
  private func word(_ token: Token) -> String {
    SpecialCharacters.withoutInvisibles(source.text(of: token))
  }

  /// E113 for each `2026-2031` in a text, with the en dash as its fix.
  private mutating func hintYearRanges(_ range: Range<Int>) {
    for hyphen in YearRanges.hyphens(in: source.bytes, range) {
      let written = source.text((hyphen - 4)..<(hyphen + 5))
      report(
        .yearRangeHyphen(written), at: source.range((hyphen - 4)..<(hyphen + 5)),
        fixIts: [FixIt(range: source.range(hyphen..<(hyphen + 1)), replacement: YearRanges.dash)])
    }
  }

  /// A text as it may reach the PDF (see `SpecialCharacters.printable`).
  private func printable(_ text: String) -> String { SpecialCharacters.printable(text) }

  private mutating func report(
    _ problem: SchemaProblem, at range: SourceRange, notes: [Note] = [], fixIts: [FixIt] = []
  ) {
    collector.append(problem.diagnostic(at: range, notes: notes, fixIts: fixIts))
  }
}

/// A statement's arguments as a flat list of values, remembering where commas stood.
struct Atom {
  enum Kind {
    case token(Token)
    case group([Token])
  }

  var kind: Kind
  var first: Token
  var last: Token
  var commaAfter = false

  var word: Token? {
    if case .token(let token) = kind, token.kind == .word { return token }
    return nil
  }
  var stringToken: Token? {
    if case .token(let token) = kind, token.kind == .string { return token }
    return nil
  }
  var proseToken: Token? {
    if case .token(let token) = kind, token.kind == .prose { return token }
    return nil
  }
  var isString: Bool { stringToken != nil }
  var isProse: Bool { proseToken != nil }
  var isGroup: Bool {
    if case .group = kind { return true }
    return false
  }

  func text(in source: SourceText) -> String { source.text(first.start..<last.end) }
  func range(in source: SourceText) -> SourceRange { source.range(first.start..<last.end) }
}

struct Atoms {
  private var items: [Atom] = []

  init(_ arguments: [Argument]) {
    for argument in arguments {
      switch argument {
      case .token(let token):
        switch token.kind {
        case .comma:
          if !items.isEmpty { items[items.count - 1].commaAfter = true }
        case .newline, .invalid:
          // Line breaks continue a list; control characters were already reported by the lexer.
          continue
        default:
          items.append(Atom(kind: .token(token), first: token, last: token))
        }
      case .group(let open, let inner, let close):
        let tokens = inner.compactMap { argument -> Token? in
          if case .token(let token) = argument { return token }
          return nil
        }
        items.append(Atom(kind: .group(tokens), first: open, last: close ?? tokens.last ?? open))
      case .unexpected:
        continue
      }
    }
  }

  var count: Int { items.count }
  subscript(index: Int) -> Atom { items[index] }
  func commaFollows(_ index: Int) -> Bool { items[index].commaAfter }

  func range(_ indices: Range<Int>, in source: SourceText) -> SourceRange {
    let lower = min(indices.lowerBound, items.count - 1)
    let upper = min(indices.upperBound, items.count) - 1
    return source.range(items[lower].first.start..<items[max(lower, upper)].last.end)
  }
}
