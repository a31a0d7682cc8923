import PlanDiagnostics

/// Problems the lexer finds inside tokens. Codes `S0xx` are stable: tests, docs and suppressions
/// refer to them.
enum LexicalProblem {
  case invalidUTF8
  case utf16
  case latin1
  case controlCharacter(UInt8)
  case unterminatedString
  case unknownEscape
  case unterminatedProse
  case proseTextAfterOpening
  case typographicQuotes
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
          en: "save it as \"UTF-8\" from your editor (File → Save as → Encoding)"))
    case .utf16:
      return Diagnostic(
        code: "S020", severity: .error,
        message: Localized(
          es: "el archivo está codificado en UTF-16; `plan` lee archivos UTF-8",
          en: "the file is encoded as UTF-16; `plan` reads UTF-8 files",
          pt: "o arquivo está codificado em UTF-16; `plan` lê arquivos UTF-8"),
        range: range,
        help: Localized(
          es: "guárdelo como «UTF-8» desde su editor (Archivo → Guardar como → Codificación)",
          en: "save it as \"UTF-8\" from your editor (File → Save as → Encoding)"))
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
          en: "`plan fmt` saves it again as UTF-8; check that accents look right"))
    case .controlCharacter(let byte):
      let code = String(byte, radix: 16, uppercase: true)
      return Diagnostic(
        code: "S002", severity: .error,
        message: Localized(
          es: "carácter de control invisible (0x\(code)) en el texto",
          en: "invisible control character (0x\(code)) in the text"),
        range: range,
        help: Localized(
          es: "bórrelo; suele aparecer al copiar y pegar desde otro programa",
          en: "delete it; it usually comes from copying and pasting from another program"))
    case .unterminatedString:
      return Diagnostic(
        code: "S003", severity: .error,
        message: Localized(
          es: "el texto entre comillas no se cierra en esta línea",
          en: "the quoted text is not closed on this line"),
        range: range,
        help: Localized(
          es: "agregue `\"` al final del texto; para varias líneas use `\"\"\"`",
          en: "add `\"` at the end of the text; for several lines use `\"\"\"`"))
    case .unknownEscape:
      return Diagnostic(
        code: "S004", severity: .error,
        message: Localized(
          es: "secuencia de escape desconocida dentro del texto",
          en: "unknown escape sequence inside the text"),
        range: range,
        help: Localized(
          es:
            "dentro de comillas, `\\` sólo puede ir antes de `\"`, `\\`, `n` o `t`; escriba `\\\\` para una barra",
          en: "inside quotes, `\\` may only precede `\"`, `\\`, `n` or `t`; write `\\\\` for a backslash"))
    case .unterminatedProse:
      return Diagnostic(
        code: "S005", severity: .error,
        message: Localized(
          es: "el bloque de texto `\"\"\"` no se cierra",
          en: "the `\"\"\"` text block is never closed"),
        range: range,
        help: Localized(
          es: "agregue una línea con `\"\"\"` donde termina el texto",
          en: "add a line with `\"\"\"` where the text ends"))
    case .proseTextAfterOpening:
      return Diagnostic(
        code: "S006", severity: .error,
        message: Localized(
          es: "después de `\"\"\"` el texto debe empezar en la línea siguiente",
          en: "after `\"\"\"` the text must start on the next line"),
        range: range)
    case .typographicQuotes:
      return Diagnostic(
        code: "S007", severity: .warning,
        message: Localized(
          es: "comillas tipográficas (“ ”) usadas como delimitador",
          en: "typographic quotes (“ ”) used as delimiters"),
        range: range,
        help: Localized(
          es: "`plan fmt` las cambia por comillas rectas `\"`",
          en: "`plan fmt` replaces them with straight quotes `\"`"))
    case .proseOnOneLine:
      return Diagnostic(
        code: "S008", severity: .warning,
        message: Localized(
          es: "un bloque `\"\"\"` de una sola línea",
          en: "a one-line `\"\"\"` block"),
        range: range,
        help: Localized(
          es: "para una línea use comillas simples `\"…\"`; `plan fmt` lo reescribe",
          en: "for one line use plain quotes `\"…\"`; `plan fmt` rewrites it"))
    }
  }
}

/// Problems the parser finds in the arrangement of tokens.
enum ParseProblem {
  case missingCloseBrace
  case unexpectedCloseBrace
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
          en: "missing `}` to close this block"),
        range: range, notes: notes,
        help: Localized(
          es: "agregue `}` en una línea propia donde termina el bloque",
          en: "add `}` on a line of its own where the block ends"))
    case .unexpectedCloseBrace:
      return Diagnostic(
        code: "S011", severity: .error,
        message: Localized(
          es: "sobra esta llave `}`: no hay ningún bloque abierto",
          en: "unexpected `}`: no block is open"),
        range: range,
        help: Localized(es: "bórrela, o agregue la `{` que falta", en: "delete it, or add the missing `{`"))
    case .unclosedParen:
      return Diagnostic(
        code: "S012", severity: .error,
        message: Localized(
          es: "falta el paréntesis `)` de cierre", en: "missing closing parenthesis `)`"),
        range: range)
    case .unexpectedCloseParen:
      return Diagnostic(
        code: "S013", severity: .error,
        message: Localized(
          es: "sobra este paréntesis `)`", en: "unexpected `)`"),
        range: range)
    case .nestingTooDeep(let limit):
      return Diagnostic(
        code: "S014", severity: .error,
        message: Localized(
          es: "demasiados bloques anidados (más de \(limit)); se omite su contenido",
          en: "too many nested blocks (more than \(limit)); their content is skipped"),
        range: range)
    case .missingKeyword:
      return Diagnostic(
        code: "S015", severity: .error,
        message: Localized(
          es: "cada línea debe empezar con una palabra clave",
          en: "every line must start with a keyword"),
        range: range,
        help: Localized(
          es: "por ejemplo `ciudad \"Villa Aurora\"` o `accion a01 \"Título\"`",
          en: "for example `city \"Villa Aurora\"` or `action a01 \"Title\"`"))
    case .textAfterBlock:
      return Diagnostic(
        code: "S016", severity: .error,
        message: Localized(
          es: "después de `}` no puede seguir nada en la misma línea",
          en: "nothing may follow `}` on the same line"),
        range: range)
    case .misplacedComma:
      return Diagnostic(
        code: "S017", severity: .error,
        message: Localized(
          es: "coma fuera de lugar: las comas separan elementos de una lista",
          en: "misplaced comma: commas separate the items of a list"),
        range: range)
    case .braceInsideParens:
      return Diagnostic(
        code: "S018", severity: .error,
        message: Localized(
          es: "no se puede abrir un bloque `{` dentro de paréntesis",
          en: "a `{` block cannot open inside parentheses"),
        range: range)
    case .proseIndentation:
      return Diagnostic(
        code: "S019", severity: .warning,
        message: Localized(
          es: "esta línea del texto tiene menos sangría que el `\"\"\"` de cierre",
          en: "this text line is indented less than the closing `\"\"\"`"),
        range: range,
        help: Localized(
          es: "alinee el texto con el `\"\"\"` de cierre; `plan fmt` lo corrige",
          en: "align the text with the closing `\"\"\"`; `plan fmt` fixes it"))
    }
  }
}
