import PlanDiagnostics

/// Reading one value of a parameter's kind from the atoms of a statement.
extension Binder {
  /// An amount written currency first (`ARS 1500`, `$ 1.500`, `$1.500`).
  static let numberBeforeCurrency = Localized(
    es: "un monto: el número va antes de la moneda, escrita con su código ISO",
    en: "an amount: the number goes before the currency, written as its ISO code",
    pt: "um valor: o número vem antes da moeda, escrita com seu código ISO")

  /// «escriba `20.000 USD`»: the exact rewrite of an amount.
  static func write(_ rewrite: String) -> Localized {
    Localized(es: "escriba `\(rewrite)`", en: "write `\(rewrite)`", pt: "escreva `\(rewrite)`")
  }

  mutating func read(
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
      // `ARS 1500`, and amounts written the Argentine way (`$ 1.500.000,50`, `U$S 20.000`): the
      // exact rewrite, the number first and the ISO code after it.
      if let code = Literal.isCurrencyCode(word) ? word : Literal.currencyName(word),
        cursor + 1 < atoms.count,
        let next = atoms[cursor + 1].word, Literal.number(source.text(of: next), language: language) != nil
      {
        let rewrite = "\(source.text(of: next)) \(code)"
        let value = invalid(
          Self.numberBeforeCurrency,
          code == "ARS" && word == "$"
            ? Localized(
              es: "escriba `\(rewrite)` (o el código de su peso: UYU, CLP, MXN…)",
              en: "write `\(rewrite)` (or your peso's code: UYU, CLP, MXN…)",
              pt: "escreva `\(rewrite)` (ou o código do seu peso: UYU, CLP, MXN…)")
            : Self.write(rewrite))
        cursor += 1
        return value
      }
      guard let number = Literal.number(word, language: language) else {
        // `$1.500.000`: a symbol stuck to the number.
        if let (symbol, digits) = Literal.symbolAndNumber(word),
          Literal.number(digits, language: language) != nil, let code = Literal.currencyName(symbol)
        {
          let value = invalid(Self.numberBeforeCurrency, Self.write("\(digits) \(code)"))
          // `$1.500 ARS`: the code, if written too, still belongs to this amount.
          if cursor < atoms.count, let next = atoms[cursor].word,
            Literal.isCurrencyCode(source.text(of: next))
          {
            cursor += 1
          }
          return value
        }
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
            help: suggestion.map { Self.write("\(word) \($0)") }
              ?? Localized(
                es: "escriba el código en mayúsculas: ARS, USD, EUR, BRL…",
                en: "write the code in capitals: ARS, USD, EUR, BRL…",
                pt: "escreva o código em maiúsculas: ARS, USD, EUR, BRL…")),
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
}
