import PlanDiagnostics

/// A statement's arguments against its parameters: which atom fits which parameter, numbers,
/// year ranges and the hints on texts.
extension Binder {
  // MARK: - Arguments

  func isMember(_ token: Token, of context: String) -> Bool {
    // Keywords start with a letter: numbers, dates and codes are never looked up.
    let first = source.bytes[token.start]
    if first < 0x41 || (first > 0x5A && first < 0x61 && first != 0x5F) || (first > 0x7A && first < 0xC3) {
      return false
    }
    return lookup(source.text(of: token), in: context) != nil
  }

  mutating func bindParams(
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
  func fits(_ kind: ParamKind, _ atom: Atom) -> Bool {
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

  func startsWithDigit(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return (first.value >= 48 && first.value <= 57) || ((first == "-" || first == "+") && text.count > 1)
  }

  /// How many atoms a value of this kind takes, when that is clear without reading it.
  func structuralAdvance(_ kind: ParamKind, atoms: Atoms, at cursor: Int) -> Int? {
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

  mutating func warnIfAmbiguous(_ word: String, _ number: Double, at range: SourceRange) {
    guard Literal.isAmbiguousNumber(word, language: language) else { return }
    var meaning = String(number)
    if language != .en { meaning = meaning.replacing(".", with: ",") }
    report(.ambiguousNumber(word, meaning: meaning, language: language), at: range)
  }

  var numberExpectation: Localized {
    language == .en
      ? Localized(es: "un número (`1,500.5`)", en: "a number (`1,500.5`)", pt: "um número (`1,500.5`)")
      : Localized(es: "un número (`1.500,5`)", en: "a number (`1.500,5`)", pt: "um número (`1.500,5`)")
  }

  mutating func readYearRange(atoms: Atoms, cursor: inout Int) -> Value {
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
  func word(_ token: Token) -> String {
    SpecialCharacters.withoutInvisibles(source.text(of: token))
  }

  /// E113 for each `2026-2031` in a text, with the en dash as its fix.
  mutating func hintYearRanges(_ range: Range<Int>) {
    for hyphen in YearRanges.hyphens(in: source.bytes, range) {
      let written = source.text((hyphen - 4)..<(hyphen + 5))
      report(
        .yearRangeHyphen(written), at: source.range((hyphen - 4)..<(hyphen + 5)),
        fixIts: [FixIt(range: source.range(hyphen..<(hyphen + 1)), replacement: YearRanges.dash)])
    }
  }

  /// A text as it may reach the PDF (see `SpecialCharacters.printable`).
  func printable(_ text: String) -> String { SpecialCharacters.printable(text) }

  mutating func report(
    _ problem: SchemaProblem, at range: SourceRange, notes: [Note] = [], fixIts: [FixIt] = []
  ) {
    collector.append(problem.diagnostic(at: range, notes: notes, fixIts: fixIts))
  }
}
