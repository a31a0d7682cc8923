import PlanDiagnostics

/// Problems the binder finds when it reads statements against the grammar. Codes `E1xx`.
enum SchemaProblem {
  case unknownKeyword(String, suggestion: String?)
  case misplacedKeyword(String, parents: [String])
  case missingArgument(keyword: String, label: Localized)
  /// An unexpected word, and how many more follow it before the next member keyword.
  case unexpectedArgument(String, keyword: String, more: Int)
  case invalidValue(String, expected: Localized, help: Localized?)
  case unknownChoice(String, choice: Choice, suggestion: String?, language: Language)
  case blockRequired(String)
  case blockNotAllowed(String)
  case repeated(String)
  case invalidIdentifier(String)
  case textNeedsQuotes(String)
  case ambiguousNumber(String, meaning: String, language: Language)
  /// `2026-2031` in a text: the range wants an en dash.
  case yearRangeHyphen(String)

  /// The same problem with the user's words shortened for a message (`TerminalText.quotedLimit`):
  /// a megabyte-long word must not make a megabyte-long diagnostic.
  private var clipped: SchemaProblem {
    func clip(_ word: String) -> String { TerminalText.clip(word, limit: TerminalText.quotedLimit) }
    switch self {
    case .unknownKeyword(let word, let suggestion): return .unknownKeyword(clip(word), suggestion: suggestion)
    case .misplacedKeyword(let word, let parents): return .misplacedKeyword(clip(word), parents: parents)
    case .missingArgument(let keyword, let label):
      return .missingArgument(keyword: clip(keyword), label: label)
    case .unexpectedArgument(let word, let keyword, let more):
      return .unexpectedArgument(clip(word), keyword: clip(keyword), more: more)
    case .invalidValue(let word, let expected, let help):
      return .invalidValue(clip(word), expected: expected, help: help)
    case .unknownChoice(let word, let choice, let suggestion, let language):
      return .unknownChoice(clip(word), choice: choice, suggestion: suggestion, language: language)
    case .blockRequired(let keyword): return .blockRequired(clip(keyword))
    case .blockNotAllowed(let keyword): return .blockNotAllowed(clip(keyword))
    case .repeated(let keyword): return .repeated(clip(keyword))
    case .invalidIdentifier(let word): return .invalidIdentifier(clip(word))
    case .textNeedsQuotes(let words): return .textNeedsQuotes(clip(words))
    case .ambiguousNumber(let word, let meaning, let language):
      return .ambiguousNumber(clip(word), meaning: meaning, language: language)
    case .yearRangeHyphen(let range): return .yearRangeHyphen(range)
    }
  }

  func diagnostic(at range: SourceRange, notes: [Note] = [], fixIts: [FixIt] = []) -> Diagnostic {
    clipped.unclippedDiagnostic(at: range, notes: notes, fixIts: fixIts)
  }

  private func unclippedDiagnostic(at range: SourceRange, notes: [Note], fixIts: [FixIt]) -> Diagnostic {
    func make(_ code: String, _ message: Localized, _ help: Localized? = nil) -> Diagnostic {
      Diagnostic(
        code: code, severity: .error, message: message, range: range, notes: notes, help: help, fixIts: fixIts
      )
    }
    switch self {
    case .unknownKeyword(let word, let suggestion):
      return make(
        "E101",
        Localized(
          es: "palabra clave desconocida `\(word)`", en: "unknown keyword `\(word)`",
          pt: "palavra-chave desconhecida `\(word)`"),
        suggestion.map {
          Localized(es: "¿quiso decir `\($0)`?", en: "did you mean `\($0)`?", pt: "você quis dizer `\($0)`?")
        }
          ?? Localized(
            es: "`plan init` crea una plantilla con todas las secciones; vea docs/language.md",
            en: "`plan init` creates a template with every section; see docs/language.md",
            pt: "`plan init` cria um modelo com todas as seções; veja docs/language.md"))
    case .misplacedKeyword(let word, let parents):
      let list = parents.map { "`\($0)`" }.joined(separator: ", ")
      return make(
        "E102",
        Localized(
          es: "`\(word)` no puede ir en este lugar", en: "`\(word)` cannot go here",
          pt: "`\(word)` não pode ir neste lugar"),
        parents.isEmpty
          ? Localized(
            es: "`\(word)` va al comienzo del archivo, fuera de todo bloque",
            en: "`\(word)` goes at the top level, outside any block",
            pt: "`\(word)` vai no começo do arquivo, fora de qualquer bloco")
          : Localized(
            es: "`\(word)` va dentro de \(list) { … }", en: "`\(word)` goes inside \(list) { … }",
            pt: "`\(word)` vai dentro de \(list) { … }"))
    case .missingArgument(let keyword, let label):
      return make(
        "E103",
        Localized(
          es: "a `\(keyword)` le falta \(label.es)", en: "`\(keyword)` is missing \(label.en)",
          pt: "falta \(label.text(.pt)) em `\(keyword)`"))
    case .unexpectedArgument(let word, let keyword, let more):
      return make(
        "E104",
        more == 0
          ? Localized(
            es: "`\(word)` sobra o no corresponde a `\(keyword)`",
            en: "`\(word)` is not expected after `\(keyword)`",
            pt: "`\(word)` sobra ou não corresponde a `\(keyword)`")
          : Localized(
            es:
              "`\(word)` y \(more) \(more == 1 ? "palabra más" : "palabras más") sobran o no corresponden a `\(keyword)`",
            en:
              "`\(word)` and \(more) more \(more == 1 ? "word are" : "words are") not expected after `\(keyword)`",
            pt:
              "`\(word)` e mais \(more) \(more == 1 ? "palavra sobram" : "palavras sobram") ou não correspondem a `\(keyword)`"
          ),
        Localized(
          es: "las listas se separan con comas (`a, b`); los textos van entre comillas",
          en: "lists are separated by commas (`a, b`); texts go in quotes",
          pt: "as listas são separadas por vírgulas (`a, b`); os textos vão entre aspas"))
    case .invalidValue(let word, let expected, let help):
      return make(
        "E105",
        Localized(
          es: "`\(word)` no es \(expected.es)", en: "`\(word)` is not \(expected.en)",
          pt: "`\(word)` não é \(expected.text(.pt))"), help)
    case .unknownChoice(let word, let choice, let suggestion, let language):
      let options = choice.options.map { "`\($0.spelling(language))`" }.joined(separator: ", ")
      return make(
        "E106",
        Localized(
          es: "`\(word)` no es un valor válido de \(choice.name.es)",
          en: "`\(word)` is not a valid \(choice.name.en)",
          pt: "`\(word)` não é um valor válido de \(choice.name.text(.pt))"),
        suggestion.map {
          Localized(
            es: "¿quiso decir `\($0)`? Valores posibles: \(options)",
            en: "did you mean `\($0)`? Possible values: \(options)",
            pt: "você quis dizer `\($0)`? Valores possíveis: \(options)")
        }
          ?? Localized(
            es: "valores posibles: \(options)", en: "possible values: \(options)",
            pt: "valores possíveis: \(options)"))
    case .blockRequired(let keyword):
      return make(
        "E107",
        Localized(
          es: "`\(keyword)` necesita un bloque `{ … }` con su contenido",
          en: "`\(keyword)` needs a `{ … }` block with its content",
          pt: "`\(keyword)` precisa de um bloco `{ … }` com seu conteúdo"))
    case .blockNotAllowed(let keyword):
      return make(
        "E108",
        Localized(
          es: "`\(keyword)` no lleva bloque `{ … }`", en: "`\(keyword)` takes no `{ … }` block",
          pt: "`\(keyword)` não leva bloco `{ … }`"),
        Localized(
          es: "escriba sus datos en la misma línea", en: "write its data on the same line",
          pt: "escreva seus dados na mesma linha"))
    case .repeated(let keyword):
      return make(
        "E109",
        Localized(
          es: "`\(keyword)` está repetido; sólo puede aparecer una vez aquí",
          en: "`\(keyword)` is repeated; it may appear only once here",
          pt: "`\(keyword)` está repetido; só pode aparecer uma vez aqui"))
    case .invalidIdentifier(let word):
      return make(
        "E110",
        Localized(
          es: "`\(word)` no es un identificador válido", en: "`\(word)` is not a valid identifier",
          pt: "`\(word)` não é um identificador válido"),
        Localized(
          es:
            "un identificador empieza con una letra y sigue con letras, números, `_`, `-` o `.` (por ejemplo `a01`)",
          en:
            "an identifier starts with a letter and goes on with letters, digits, `_`, `-` or `.` (e.g. `a01`)",
          pt:
            "um identificador começa com uma letra e continua com letras, números, `_`, `-` ou `.` (por exemplo `a01`)"
        ))
    case .ambiguousNumber(let word, let meaning, let language):
      var diagnostic = make(
        "E112",
        language == .en
          ? Localized(
            es: "`\(word)` se lee como \(meaning) (en este plan el punto es decimal)",
            en: "`\(word)` reads as \(meaning) (in this plan the dot is the decimal point)",
            pt: "`\(word)` é lido como \(meaning) (neste plano o ponto é decimal)")
          : Localized(
            es: "`\(word)` se lee como \(meaning) (en este plan la coma es decimal)",
            en: "`\(word)` reads as \(meaning) (in this plan the comma is the decimal point)",
            pt: "`\(word)` é lido como \(meaning) (neste plano a vírgula é decimal)"),
        language == .en
          ? Localized(
            es: "si quiso decir mil y algo, escríbalo sin separador (`1500`) o con `_` (`1_500`)",
            en: "if you meant a thousand and more, write it without separator (`1500`) or with `_` (`1_500`)",
            pt: "se quis dizer mil e pouco, escreva sem separador (`1500`) ou com `_` (`1_500`)")
          : Localized(
            es: "si quiso decir mil y algo, escríbalo `1.500` o `1500`; si quiso un decimal, está bien así",
            en:
              "if you meant a thousand and more, write `1.500` or `1500`; if you meant a decimal, it is fine",
            pt: "se quis dizer mil e pouco, escreva `1.500` ou `1500`; se quis um decimal, está certo assim")
      )
      diagnostic.severity = .warning
      return diagnostic
    case .yearRangeHyphen(let range):
      let dashed = YearRanges.dashed(range)
      var diagnostic = make(
        "E113",
        Localized(
          es: "el rango `\(range)` lleva un guion; entre años va una raya corta: `\(dashed)`",
          en: "the range `\(range)` has a hyphen; years take an en dash: `\(dashed)`",
          pt: "o intervalo `\(range)` tem um hífen; entre anos vai um traço meio: `\(dashed)`"),
        Localized(
          es: "`plan fmt --fix` lo cambia; o escriba la raya (–) en lugar del guion",
          en: "`plan fmt --fix` changes it; or type the en dash (–) instead of the hyphen",
          pt: "`plan fmt --fix` o troca; ou digite o traço meio (–) no lugar do hífen"))
      diagnostic.severity = .advisory
      return diagnostic
    case .textNeedsQuotes(let words):
      return make(
        "E111",
        Localized(
          es: "el texto `\(words)` debe ir entre comillas", en: "the text `\(words)` must be in quotes",
          pt: "o texto `\(words)` deve ir entre aspas"),
        Localized(es: "escriba \"\(words)\"", en: "write \"\(words)\"", pt: "escreva \"\(words)\""))
    }
  }
}
