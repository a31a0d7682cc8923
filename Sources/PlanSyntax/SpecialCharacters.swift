import PlanDiagnostics

/// The characters that arrive in a plan by copying and pasting, and the ones that must never reach
/// a PDF or a terminal: how the lexer classifies them, and what each is called in Spanish, English
/// and Portuguese ("espacio de no separación (U+00A0)").
public enum SpecialCharacters {
  public enum Kind: Equatable, Sendable {
    /// A space that looks like one but is not U+0020 (no-break, narrow, thin…): a blank outside texts.
    case pastedSpace
    /// An invisible character (zero-width space or joiner, soft hyphen, word joiner, a stray
    /// byte-order mark): a blank between words, nothing inside a word.
    case invisible
    /// C0 controls (other than tab and line breaks; vertical tab and form feed are blanks between
    /// words, but not in a text), DEL, C1 controls, and the bidirectional
    /// embeddings, overrides and isolates that reorder what a reader sees (S002).
    case control
    /// U+FDD0…U+FDEF and the last two code points of every plane: not characters at all; no PDF
    /// library accepts them (S023).
    case nonCharacter
  }

  /// The scalar that starts at `index` (bytes are valid UTF-8) and its length in bytes.
  static func scalar(in bytes: [UInt8], at index: Int) -> (value: UInt32, length: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + length <= bytes.count else { return (0xFFFD, 1) }
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (value, length)
  }

  /// The kind of the scalar at `index`, if it is special, and its length in bytes.
  static func kind(in bytes: [UInt8], at index: Int) -> (kind: Kind, value: UInt32, length: Int)? {
    let lead = bytes[index]
    if lead < 0x80 {
      if (lead < 0x20 && lead != 0x09 && lead != 0x0A && lead != 0x0D) || lead == 0x7F {
        return (.control, UInt32(lead), 1)
      }
      return nil
    }
    // Every special scalar above ASCII starts with one of these lead bytes.
    guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF || lead >= 0xF0 else {
      return nil
    }
    let (value, length) = scalar(in: bytes, at: index)
    guard let kind = kind(of: value) else { return nil }
    return (kind, value, length)
  }

  public static func kind(of value: UInt32) -> Kind? {
    switch value {
    case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F, 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
      return .control
    case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .pastedSpace
    case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: return .invisible
    case 0xFDD0...0xFDEF: return .nonCharacter
    default: return value & 0xFFFE == 0xFFFE ? .nonCharacter : nil
    }
  }

  /// `U+00A0`: four hexadecimal digits at least, as Unicode writes code points.
  public static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// What a character is called, with where it usually comes from when that helps:
  /// "espacio de no separación (U+00A0), habitual al copiar desde Word".
  public static func name(_ value: UInt32) -> Localized {
    let code = codePoint(value)
    let (base, origin) = names(value)
    func join(_ name: String, _ origin: String?) -> String {
      origin.map { "\(name) (\(code)), \($0)" } ?? "\(name) (\(code))"
    }
    return Localized(
      es: join(base.es, origin?.es), en: join(base.en, origin?.en),
      pt: join(base.text(.pt), origin.map { $0.text(.pt) }))
  }

  private static let fromWord = Localized(
    es: "habitual al copiar desde Word", en: "common when copying from Word", pt: "comum ao copiar do Word")
  private static let fromWeb = Localized(
    es: "habitual al copiar desde una página web o un PDF",
    en: "common when copying from a web page or a PDF",
    pt: "comum ao copiar de uma página web ou de um PDF")

  private static func names(_ value: UInt32) -> (Localized, Localized?) {
    switch value {
    case 0x00:
      return (Localized(es: "carácter nulo", en: "null character", pt: "caractere nulo"), nil)
    case 0x09:
      return (Localized(es: "tabulación", en: "tab", pt: "tabulação"), nil)
    case 0x1B:
      return (Localized(es: "escape", en: "escape", pt: "escape"), nil)
    case 0x7F:
      return (Localized(es: "borrado", en: "delete", pt: "apagar"), nil)
    case 0x01...0x1F:
      return (Localized(es: "carácter de control", en: "control character", pt: "caractere de controle"), nil)
    case 0x80...0x9F:
      return (
        Localized(es: "carácter de control C1", en: "C1 control character", pt: "caractere de controle C1"),
        Localized(
          es: "habitual en texto de Windows leído con otra codificación",
          en: "common in Windows text read with another encoding",
          pt: "comum em texto do Windows lido com outra codificação")
      )
    case 0xA0:
      return (
        Localized(es: "espacio de no separación", en: "no-break space", pt: "espaço não separável"), fromWord
      )
    case 0x202F:
      return (
        Localized(
          es: "espacio estrecho de no separación", en: "narrow no-break space",
          pt: "espaço estreito não separável"), fromWord
      )
    case 0x2007:
      return (Localized(es: "espacio de cifra", en: "figure space", pt: "espaço de algarismo"), fromWord)
    case 0x2009:
      return (Localized(es: "espacio fino", en: "thin space", pt: "espaço fino"), fromWord)
    case 0x200A:
      return (Localized(es: "espacio ultrafino", en: "hair space", pt: "espaço ultrafino"), fromWord)
    case 0x2002:
      return (Localized(es: "espacio medio cuadratín", en: "en space", pt: "espaço meia-risca"), fromWord)
    case 0x2003:
      return (Localized(es: "espacio de cuadratín", en: "em space", pt: "espaço eme"), fromWord)
    case 0x3000:
      return (Localized(es: "espacio ideográfico", en: "ideographic space", pt: "espaço ideográfico"), nil)
    case 0x1680, 0x2000...0x2008, 0x205F:
      return (
        Localized(es: "espacio tipográfico", en: "typographic space", pt: "espaço tipográfico"), fromWord
      )
    case 0x200B:
      return (
        Localized(es: "espacio de ancho cero", en: "zero width space", pt: "espaço de largura zero"), fromWeb
      )
    case 0x200C:
      return (
        Localized(
          es: "separador invisible de ancho cero", en: "zero width non-joiner",
          pt: "não-agregador de largura zero"),
        fromWeb
      )
    case 0x200D:
      return (
        Localized(
          es: "unión invisible de ancho cero", en: "zero width joiner", pt: "agregador de largura zero"),
        fromWeb
      )
    case 0x2060:
      return (
        Localized(es: "unión de palabras invisible", en: "word joiner", pt: "agregador de palavras"), fromWeb
      )
    case 0xFEFF:
      return (
        Localized(
          es: "marca de orden de bytes (BOM) perdida", en: "stray byte order mark (BOM)",
          pt: "marca de ordem de bytes (BOM) perdida"),
        Localized(
          es: "habitual al unir o pegar archivos de Windows",
          en: "common when joining or pasting Windows files",
          pt: "comum ao juntar ou colar arquivos do Windows")
      )
    case 0xAD:
      return (Localized(es: "guion suave invisible", en: "soft hyphen", pt: "hífen suave"), fromWord)
    case 0x201C:
      return (
        Localized(
          es: "comilla doble de apertura", en: "left double quotation mark", pt: "aspas duplas de abertura"),
        fromWord
      )
    case 0x201D:
      return (
        Localized(
          es: "comilla doble de cierre", en: "right double quotation mark", pt: "aspas duplas de fechamento"),
        fromWord
      )
    case 0x201E:
      return (
        Localized(es: "comilla doble baja", en: "double low-9 quotation mark", pt: "aspas duplas baixas"),
        fromWord
      )
    case 0xAB:
      return (
        Localized(
          es: "comilla angular de apertura", en: "left-pointing double angle quotation mark",
          pt: "aspas angulares de abertura"), nil
      )
    case 0xBB:
      return (
        Localized(
          es: "comilla angular de cierre", en: "right-pointing double angle quotation mark",
          pt: "aspas angulares de fechamento"), nil
      )
    case 0x202A:
      return (
        bidi(
          "incrustación de izquierda a derecha", "left-to-right embedding",
          "incorporação da esquerda para a direita"), nil
      )
    case 0x202B:
      return (
        bidi(
          "incrustación de derecha a izquierda", "right-to-left embedding",
          "incorporação da direita para a esquerda"), nil
      )
    case 0x202C:
      return (
        bidi("fin de formato direccional", "pop directional formatting", "fim de formatação direcional"), nil
      )
    case 0x202D:
      return (
        bidi(
          "forzado de izquierda a derecha", "left-to-right override",
          "substituição da esquerda para a direita"), nil
      )
    case 0x202E:
      return (
        bidi(
          "forzado de derecha a izquierda", "right-to-left override",
          "substituição da direita para a esquerda"), nil
      )
    case 0x2066:
      return (
        bidi(
          "aislamiento de izquierda a derecha", "left-to-right isolate",
          "isolamento da esquerda para a direita"), nil
      )
    case 0x2067:
      return (
        bidi(
          "aislamiento de derecha a izquierda", "right-to-left isolate",
          "isolamento da direita para a esquerda"), nil
      )
    case 0x2068:
      return (
        bidi("aislamiento de primer fuerte", "first strong isolate", "isolamento do primeiro forte"), nil
      )
    case 0x2069:
      return (
        bidi("fin de aislamiento direccional", "pop directional isolate", "fim de isolamento direcional"), nil
      )
    default:
      if kind(of: value) == .nonCharacter {
        return (
          Localized(
            es: "código que no es un carácter", en: "noncharacter code point",
            pt: "código que não é um caractere"),
          nil
        )
      }
      return (Localized(es: "carácter", en: "character", pt: "caractere"), nil)
    }
  }

  private static func bidi(_ es: String, _ en: String, _ pt: String) -> Localized {
    Localized(
      es: "control de dirección del texto: \(es)", en: "bidirectional control: \(en)",
      pt: "controle de direção do texto: \(pt)")
  }

  /// A text as it may reach a PDF: every control character (tab and line break excepted) and every
  /// noncharacter becomes U+FFFD, so a text `plan build --force` typesets shows where the problem
  /// was instead of failing or losing the rest of the text (the checker has reported each one).
  public static func printable(_ text: String) -> String {
    // Fast path: most texts have nothing to replace.
    var clean = true
    for byte in text.utf8
    where (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
      || byte == 0xEF || byte >= 0xF0
    {
      clean = false
      break
    }
    if clean { return text }
    var out = String.UnicodeScalarView()
    var changed = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if (value < 0x20 && value != 0x09 && value != 0x0A) || kind(of: value) == .control
        || kind(of: value) == .nonCharacter
      {
        out.append("\u{FFFD}")
        changed = true
      } else {
        out.append(scalar)
      }
    }
    return changed ? String(out) : text
  }

  /// A text to show to a reader who must see every character (`plan explain`'s examples): each
  /// special character becomes `⟨U+00A0⟩`, and the code points replaced are listed in order.
  public static func visible(_ text: String) -> (text: String, marked: [UInt32]) {
    var out = ""
    var marked: [UInt32] = []
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value != 0x09, value != 0x0A, value != 0x0D, kind(of: value) != nil {
        out += "⟨\(codePoint(value))⟩"
        if !marked.contains(value) { marked.append(value) }
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return (out, marked)
  }

  /// A word without the invisible characters inside it (`d1` for `d\u{200B}1`).
  public static func withoutInvisibles(_ word: String) -> String {
    guard word.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) else { return word }
    var out = String.UnicodeScalarView()
    for scalar in word.unicodeScalars where kind(of: scalar.value) != .invisible { out.append(scalar) }
    return String(out)
  }
}
