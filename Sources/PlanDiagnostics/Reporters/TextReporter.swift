/// Renders diagnostics for people: a header, the location, the source line with a caret under the
/// problem, then help and notes — in the chosen language, with color only when asked for.
public struct TextReporter: Sendable {
  public var language: Language
  public var color: Bool
  /// Looks up the source of a file so the snippet can be shown; `nil` leaves the snippet out.
  public var sources: @Sendable (String) -> SourceText?

  public init(language: Language, color: Bool, sources: @escaping @Sendable (String) -> SourceText?) {
    self.language = language
    self.color = color
    self.sources = sources
  }

  public func render(_ diagnostic: Diagnostic) -> String {
    var out = ""
    let tint = tint(for: diagnostic.severity)
    out += paint("\(diagnostic.severity.label(language))[\(diagnostic.code)]", tint, bold: true)
    out += paint(": \(diagnostic.message.text(language))", "", bold: true) + "\n"
    out += snippet(for: diagnostic.range, tint: tint, label: nil)
    if let help = diagnostic.help {
      out += "   = " + paint(labels.help, "36", bold: true) + ": " + help.text(language) + "\n"
    }
    for note in diagnostic.notes {
      if let range = note.range {
        out += "   = " + paint(labels.note, "36", bold: true) + ": " + note.message.text(language) + "\n"
        out += snippet(for: range, tint: "36", label: nil)
      } else {
        out += "   = " + paint(labels.note, "36", bold: true) + ": " + note.message.text(language) + "\n"
      }
    }
    return out
  }

  /// The closing line: how many errors, warnings and advisories.
  public func summary(_ diagnostics: [Diagnostic], files: Int) -> String {
    let errors = diagnostics.count(of: .error)
    let warnings = diagnostics.count(of: .warning)
    let advisories = diagnostics.count(of: .advisory)
    switch language {
    case .en:
      return
        "\(files) \(files == 1 ? "file" : "files") checked: \(errors) \(errors == 1 ? "error" : "errors"), "
        + "\(warnings) \(warnings == 1 ? "warning" : "warnings"), "
        + "\(advisories) \(advisories == 1 ? "advisory" : "advisories")"
    case .pt:
      return
        "\(files) \(files == 1 ? "arquivo verificado" : "arquivos verificados"): \(errors) \(errors == 1 ? "erro" : "erros"), "
        + "\(warnings) \(warnings == 1 ? "aviso" : "avisos"), "
        + "\(advisories) \(advisories == 1 ? "recomendação" : "recomendações")"
    case .es:
      return
        "\(files) \(files == 1 ? "archivo revisado" : "archivos revisados"): \(errors) \(errors == 1 ? "error" : "errores"), "
        + "\(warnings) \(warnings == 1 ? "advertencia" : "advertencias"), "
        + "\(advisories) \(advisories == 1 ? "sugerencia" : "sugerencias")"
    }
  }

  private var labels: (help: String, note: String) {
    switch language {
    case .es: return ("ayuda", "nota")
    case .en: return ("help", "note")
    case .pt: return ("ajuda", "nota")
    }
  }

  private func tint(for severity: Severity) -> String {
    switch severity {
    case .error: return "31"
    case .warning: return "33"
    case .advisory: return "36"
    }
  }

  private func paint(_ text: String, _ code: String, bold: Bool) -> String {
    guard color else { return text }
    let style = [bold ? "1" : nil, code.isEmpty ? nil : code].compactMap { $0 }.joined(separator: ";")
    return "\u{1B}[\(style)m\(text)\u{1B}[0m"
  }

  private func snippet(for range: SourceRange, tint: String, label: String?) -> String {
    var out = "  --> \(range.file):\(range.start.line):\(range.start.column)\n"
    guard let source = sources(range.file), range.start.line <= source.lineCount else { return out }
    let lineNumber = String(range.start.line)
    let gutter = String(repeating: " ", count: lineNumber.count)
    let line = source.lineText(range.start.line)
    let (shown, caretStart, caretWidth) = Self.layout(
      line: line, startColumn: range.start.column,
      endColumn: range.end.line == range.start.line ? range.end.column : nil)
    out += " \(gutter) |\n"
    out += " \(lineNumber) | \(shown)\n"
    let carets = String(repeating: "^", count: max(1, caretWidth))
    out += " \(gutter) | " + String(repeating: " ", count: caretStart) + paint(carets, tint, bold: true)
    if let label { out += " " + label }
    out += "\n"
    return out
  }

  /// Expands tabs and control characters so the caret lines up under the right character.
  static func layout(line: String, startColumn: Int, endColumn: Int?) -> (String, Int, Int) {
    var shown = ""
    var caretStart = 0
    var caretEnd: Int?
    var column = 1
    var width = 0
    for scalar in line.unicodeScalars {
      if column == startColumn { caretStart = width }
      if let endColumn, column == endColumn { caretEnd = width }
      let piece: String
      if scalar == "\t" {
        piece = "    "
      } else if scalar.value < 0x20 || scalar.value == 0x7F {
        piece = "\u{FFFD}"
      } else {
        piece = String(scalar)
      }
      shown += piece
      width += piece.unicodeScalars.count
      column += 1
    }
    if startColumn >= column { caretStart = width }
    let end = caretEnd ?? (endColumn.map { $0 >= column ? width : caretStart + 1 } ?? width)
    return (shown, caretStart, max(1, end - caretStart))
  }
}
