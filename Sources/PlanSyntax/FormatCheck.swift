import PlanDiagnostics

/// What `plan fmt --check` prints for a file that is not in canonical form: a unified diff, and
/// one line for what a diff cannot show well — line endings that change (a Windows file would
/// otherwise look like one long changed line, or every line changed).
public enum FormatCheck {
  public static func report(old: [UInt8], new: [UInt8], path: String, language: Language) -> String {
    var crlf = 0
    var cr = 0
    var index = 0
    while index < old.count {
      if old[index] == 0x0D {
        if index + 1 < old.count, old[index + 1] == 0x0A {
          crlf += 1
          index += 1
        } else {
          cr += 1
        }
      }
      index += 1
    }
    let shown = TerminalText.escape(path)
    guard crlf + cr > 0 else {
      return UnifiedDiff.make(
        old: String(decoding: old, as: UTF8.self), new: String(decoding: new, as: UTF8.self), oldName: path,
        newName: path + formattedSuffix.text(language))
    }
    var unified: [UInt8] = []
    unified.reserveCapacity(old.count)
    index = 0
    while index < old.count {
      if old[index] == 0x0D {
        unified.append(0x0A)
        if index + 1 < old.count, old[index + 1] == 0x0A { index += 1 }
      } else {
        unified.append(old[index])
      }
      index += 1
    }
    let kind = crlf > 0 && cr > 0 ? "CRLF/CR" : crlf > 0 ? "CRLF" : "CR"
    let lines = crlf + cr
    let note = Localized(
      es:
        "\(shown): los finales de línea cambian de \(kind) a LF (\(lines) \(lines == 1 ? "línea" : "líneas"))",
      en: "\(shown): line endings change from \(kind) to LF (\(lines) \(lines == 1 ? "line" : "lines"))",
      pt:
        "\(shown): os finais de linha mudam de \(kind) para LF (\(lines) \(lines == 1 ? "linha" : "linhas"))"
    ).text(language)
    if unified == new {
      let only = Localized(es: "; nada más cambia", en: "; nothing else changes", pt: "; nada mais muda")
      return note + only.text(language) + "\n"
    }
    return note + "\n"
      + UnifiedDiff.make(
        old: String(decoding: unified, as: UTF8.self), new: String(decoding: new, as: UTF8.self),
        oldName: path,
        newName: path + formattedSuffix.text(language))
  }

  static let formattedSuffix = Localized(es: " (con formato)", en: " (formatted)", pt: " (formatado)")
}
