import PlanDiagnostics

/// Problems the lexer finds inside tokens. Codes `S0xx` are stable: tests, docs and suppressions
/// refer to them.
enum LexicalProblem {
  case invalidUTF8
  case utf16
  case latin1
  /// A run of `count` control characters starting with this one.
  case controlCharacter(UInt32, count: Int)
  /// A run of `count` noncharacters starting with this one.
  case nonCharacter(UInt32, count: Int)
  /// A pasted space or invisible character, repeated `count` times, where only a blank can go.
  case pastedCharacter(UInt32, count: Int)
  case tabInText(count: Int)
  case unterminatedString
  case unknownEscape
  case unterminatedProse
  case proseTextAfterOpening
  /// Typographic quotes or guillemets used as a text's delimiters; the opening one.
  case typographicQuotes(UInt32)
  case proseOnOneLine

  func diagnostic(at range: SourceRange) -> Diagnostic {
    switch self {
    case .invalidUTF8:
      return Diagnostic(
        code: "S001", severity: .error,
        message: Localized(
          es: "el archivo no está codificado en UTF-8 válido",
          en: "the file is not valid UTF-8",
          pt: "o arquivo não está codificado em UTF-8 válido"),
        range: range,
        help: Localized(
          es: "guárdelo como «UTF-8» desde su editor (Archivo → Guardar como → Codificación)",
          en: "save it as \"UTF-8\" from your editor (File → Save as → Encoding)",
          pt: "salve-o como «UTF-8» no seu editor (Arquivo → Salvar como → Codificação)"))
    case .utf16:
      return Diagnostic(
        code: "S020", severity: .error,
        message: Localized(
          es: "el archivo está codificado en UTF-16; `plan` lee archivos UTF-8",
          en: "the file is encoded as UTF-16; `plan` reads UTF-8 files",
          pt: "o arquivo está codificado em UTF-16; o programa lê arquivos UTF-8"),
        range: range,
        help: Localized(
          es: "guárdelo como «UTF-8» desde su editor (Archivo → Guardar como → Codificación)",
          en: "save it as \"UTF-8\" from your editor (File → Save as → Encoding)",
          pt: "salve-o como «UTF-8» no seu editor (Arquivo → Salvar como → Codificação)"))
    case .latin1:
      return Diagnostic(
        code: "S021", severity: .warning,
        message: Localized(
          es: "el archivo no está en UTF-8: se leyó como Latin-1 (Windows-1252)",
          en: "the file is not UTF-8: it was read as Latin-1 (Windows-1252)",
          pt: "o arquivo não está em UTF-8: foi lido como Latin-1 (Windows-1252)"),
        range: range,
        help: Localized(
          es: "`plan fmt` lo vuelve a guardar en UTF-8; revise que los acentos se vean bien",
          en: "`plan fmt` saves it again as UTF-8; check that accents look right",
          pt: "`plan fmt` o salva de novo em UTF-8; confira se os acentos aparecem bem"))
    case .controlCharacter(let value, let count):
      let name = SpecialCharacters.name(value)
      return Diagnostic(
        code: "S002", severity: .error,
        message: count == 1
          ? Localized(
            es: "carácter de control invisible en el texto: \(name.es)",
            en: "invisible control character in the text: \(name.en)",
            pt: "caractere de controle invisível no texto: \(name.text(.pt))")
          : Localized(
            es: "\(count) caracteres de control invisibles en el texto; el primero: \(name.es)",
            en: "\(count) invisible control characters in the text; the first: \(name.en)",
            pt: "\(count) caracteres de controle invisíveis no texto; o primeiro: \(name.text(.pt))"),
        range: range,
        help: Localized(
          es: "bórrelo; suele aparecer al copiar y pegar desde otro programa",
          en: "delete it; it usually comes from copying and pasting from another program",
          pt: "apague-o; costuma aparecer ao copiar e colar de outro programa"))
    case .nonCharacter(let value, let count):
      let name = SpecialCharacters.name(value)
      return Diagnostic(
        code: "S023", severity: .error,
        message: count == 1
          ? Localized(
            es: "\(name.es): no puede ir en un plan ni en un PDF",
            en: "\(name.en): it cannot go in a plan or a PDF",
            pt: "\(name.text(.pt)): não pode ir em um plano nem em um PDF")
          : Localized(
            es: "\(count) códigos que no son caracteres; el primero: \(name.es)",
            en: "\(count) noncharacter code points; the first: \(name.en)",
            pt: "\(count) códigos que não são caracteres; o primeiro: \(name.text(.pt))"),
        range: range,
        help: Localized(
          es: "bórrelo; suele quedar de una conversión de codificación fallida",
          en: "delete it; it is usually left by a failed encoding conversion",
          pt: "apague-o; costuma sobrar de uma conversão de codificação malsucedida"))
    case .pastedCharacter(let value, let count):
      let name = SpecialCharacters.name(value)
      let invisible = SpecialCharacters.kind(of: value) == .invisible
      return Diagnostic(
        code: "S022", severity: .warning,
        message: count == 1
          ? Localized(
            es: "carácter pegado: \(name.es)", en: "pasted character: \(name.en)",
            pt: "caractere colado: \(name.text(.pt))")
          : Localized(
            es: "\(count) caracteres pegados: \(name.es)", en: "\(count) pasted characters: \(name.en)",
            pt: "\(count) caracteres colados: \(name.text(.pt))"),
        range: range,
        help: invisible
          ? Localized(
            es: "no se ve, pero cambia el significado de la línea; `plan fmt` lo quita",
            en: "it cannot be seen, but it changes what the line means; `plan fmt` removes it",
            pt: "não se vê, mas muda o sentido da linha; `plan fmt` o remove")
          : Localized(
            es: "se ve como un espacio, pero no lo es; `plan fmt` lo cambia por un espacio común",
            en: "it looks like a space but is not one; `plan fmt` replaces it with a plain space",
            pt: "parece um espaço, mas não é; `plan fmt` o troca por um espaço comum"))
    case .tabInText(let count):
      let name = SpecialCharacters.name(0x09)
      return Diagnostic(
        code: "S022", severity: .warning,
        message: count == 1
          ? Localized(
            es: "\(name.es) dentro de un texto entre comillas", en: "\(name.en) inside a quoted text",
            pt: "\(name.text(.pt)) dentro de um texto entre aspas")
          : Localized(
            es: "\(count) tabulaciones (U+0009) dentro de un texto entre comillas",
            en: "\(count) tabs (U+0009) inside a quoted text",
            pt: "\(count) tabulações (U+0009) dentro de um texto entre aspas"),
        range: range,
        help: Localized(
          es: "escriba un espacio; si de verdad quiere una tabulación, escriba `\\t`",
          en: "write a space; if you really want a tab, write `\\t`",
          pt: "escreva um espaço; se quiser mesmo uma tabulação, escreva `\\t`"))
    case .unterminatedString:
      return Diagnostic(
        code: "S003", severity: .error,
        message: Localized(
          es: "el texto entre comillas no se cierra en esta línea",
          en: "the quoted text is not closed on this line",
          pt: "o texto entre aspas não se fecha nesta linha"),
        range: range,
        help: Localized(
          es: "agregue `\"` al final del texto; para varias líneas use `\"\"\"`",
          en: "add `\"` at the end of the text; for several lines use `\"\"\"`",
          pt: "acrescente `\"` no fim do texto; para várias linhas use `\"\"\"`"))
    case .unknownEscape:
      return Diagnostic(
        code: "S004", severity: .error,
        message: Localized(
          es: "secuencia de escape desconocida dentro del texto",
          en: "unknown escape sequence inside the text",
          pt: "sequência de escape desconhecida dentro do texto"),
        range: range,
        help: Localized(
          es:
            "dentro de comillas, `\\` sólo puede ir antes de `\"`, `\\`, `n` o `t`; escriba `\\\\` para una barra",
          en: "inside quotes, `\\` may only precede `\"`, `\\`, `n` or `t`; write `\\\\` for a backslash",
          pt:
            "dentro de aspas, `\\` só pode vir antes de `\"`, `\\`, `n` ou `t`; escreva `\\\\` para uma barra"
        ))
    case .unterminatedProse:
      return Diagnostic(
        code: "S005", severity: .error,
        message: Localized(
          es: "el bloque de texto `\"\"\"` no se cierra",
          en: "the `\"\"\"` text block is never closed",
          pt: "o bloco de texto `\"\"\"` não se fecha"),
        range: range,
        help: Localized(
          es: "agregue una línea con `\"\"\"` donde termina el texto",
          en: "add a line with `\"\"\"` where the text ends",
          pt: "acrescente uma linha com `\"\"\"` onde o texto termina"))
    case .proseTextAfterOpening:
      return Diagnostic(
        code: "S006", severity: .error,
        message: Localized(
          es: "después de `\"\"\"` el texto debe empezar en la línea siguiente",
          en: "after `\"\"\"` the text must start on the next line",
          pt: "depois de `\"\"\"` o texto deve começar na linha seguinte"),
        range: range)
    case .typographicQuotes(let opener):
      let name = SpecialCharacters.name(opener)
      return Diagnostic(
        code: "S007", severity: .warning,
        message: Localized(
          es: "comillas tipográficas usadas como delimitador: \(name.es)",
          en: "typographic quotes used as delimiters: \(name.en)",
          pt: "aspas tipográficas usadas como delimitador: \(name.text(.pt))"),
        range: range,
        help: Localized(
          es: "`plan fmt` las cambia por comillas rectas `\"`",
          en: "`plan fmt` replaces them with straight quotes `\"`",
          pt: "`plan fmt` as troca por aspas retas `\"`"))
    case .proseOnOneLine:
      return Diagnostic(
        code: "S008", severity: .warning,
        message: Localized(
          es: "un bloque `\"\"\"` de una sola línea",
          en: "a one-line `\"\"\"` block",
          pt: "um bloco `\"\"\"` de uma só linha"),
        range: range,
        help: Localized(
          es: "para una línea use comillas simples `\"…\"`; `plan fmt` lo reescribe",
          en: "for one line use plain quotes `\"…\"`; `plan fmt` rewrites it",
          pt: "para uma linha use aspas simples `\"…\"`; `plan fmt` o reescreve"))
    }
  }
}

/// Problems the parser finds in the arrangement of tokens.
enum ParseProblem {
  case missingCloseBrace
  /// `count` stray `}` in a row.
  case unexpectedCloseBrace(count: Int)
  case unclosedParen
  case unexpectedCloseParen
  case nestingTooDeep(Int)
  case missingKeyword
  case textAfterBlock
  case misplacedComma
  case braceInsideParens
  case proseIndentation

  func diagnostic(at range: SourceRange, notes: [Note] = []) -> Diagnostic {
    switch self {
    case .missingCloseBrace:
      return Diagnostic(
        code: "S010", severity: .error,
        message: Localized(
          es: "falta la llave `}` que cierra este bloque",
          en: "missing `}` to close this block",
          pt: "falta a chave `}` que fecha este bloco"),
        range: range, notes: notes,
        help: Localized(
          es: "agregue `}` en una línea propia donde termina el bloque",
          en: "add `}` on a line of its own where the block ends",
          pt: "acrescente `}` em uma linha própria onde o bloco termina"))
    case .unexpectedCloseBrace(let count):
      return Diagnostic(
        code: "S011", severity: .error,
        message: count == 1
          ? Localized(
            es: "sobra esta llave `}`: no hay ningún bloque abierto",
            en: "unexpected `}`: no block is open", pt: "sobra esta chave `}`: não há nenhum bloco aberto")
          : Localized(
            es: "sobran estas \(count) llaves `}`: no hay ningún bloque abierto",
            en: "\(count) unexpected `}`: no block is open",
            pt: "sobram estas \(count) chaves `}`: não há nenhum bloco aberto"),
        range: range,
        help: count == 1
          ? Localized(
            es: "bórrela, o agregue la `{` que falta", en: "delete it, or add the missing `{`",
            pt: "apague-a, ou acrescente a `{` que falta")
          : Localized(es: "bórrelas", en: "delete them", pt: "apague-as"))
    case .unclosedParen:
      return Diagnostic(
        code: "S012", severity: .error,
        message: Localized(
          es: "falta el paréntesis `)` de cierre", en: "missing closing parenthesis `)`",
          pt: "falta o parêntese `)` de fechamento"),
        range: range)
    case .unexpectedCloseParen:
      return Diagnostic(
        code: "S013", severity: .error,
        message: Localized(
          es: "sobra este paréntesis `)`", en: "unexpected `)`",
          pt: "este parêntese `)` está sobrando"),
        range: range)
    case .nestingTooDeep(let limit):
      return Diagnostic(
        code: "S014", severity: .error,
        message: Localized(
          es: "demasiados bloques anidados (más de \(limit)); se omite su contenido",
          en: "too many nested blocks (more than \(limit)); their content is skipped",
          pt: "blocos aninhados demais (mais de \(limit)); o conteúdo deles é omitido"),
        range: range)
    case .missingKeyword:
      return Diagnostic(
        code: "S015", severity: .error,
        message: Localized(
          es: "cada línea debe empezar con una palabra clave",
          en: "every line must start with a keyword",
          pt: "cada linha deve começar com uma palavra-chave"),
        range: range,
        help: Localized(
          es: "por ejemplo `ciudad \"Villa Aurora\"` o `accion a01 \"Título\"`",
          en: "for example `city \"Villa Aurora\"` or `action a01 \"Title\"`",
          pt: "por exemplo `cidade \"Villa Aurora\"` ou `acao a01 \"Título\"`"))
    case .textAfterBlock:
      return Diagnostic(
        code: "S016", severity: .error,
        message: Localized(
          es: "después de `}` no puede seguir nada en la misma línea",
          en: "nothing may follow `}` on the same line",
          pt: "depois de `}` não pode vir nada na mesma linha"),
        range: range)
    case .misplacedComma:
      return Diagnostic(
        code: "S017", severity: .error,
        message: Localized(
          es: "coma fuera de lugar: las comas separan elementos de una lista",
          en: "misplaced comma: commas separate the items of a list",
          pt: "vírgula fora de lugar: as vírgulas separam os elementos de uma lista"),
        range: range)
    case .braceInsideParens:
      return Diagnostic(
        code: "S018", severity: .error,
        message: Localized(
          es: "no se puede abrir un bloque `{` dentro de paréntesis",
          en: "a `{` block cannot open inside parentheses",
          pt: "não é possível abrir um bloco `{` dentro de parênteses"),
        range: range)
    case .proseIndentation:
      return Diagnostic(
        code: "S019", severity: .warning,
        message: Localized(
          es: "esta línea del texto tiene menos sangría que el `\"\"\"` de cierre",
          en: "this text line is indented less than the closing `\"\"\"`",
          pt: "esta linha do texto tem menos recuo que o `\"\"\"` de fechamento"),
        range: range,
        help: Localized(
          es: "alinee el texto con el `\"\"\"` de cierre; `plan fmt` lo corrige",
          en: "align the text with the closing `\"\"\"`; `plan fmt` fixes it",
          pt: "alinhe o texto com o `\"\"\"` de fechamento; `plan fmt` o corrige"))
    }
  }
}
