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
    out += paint(": \(TerminalText.message(diagnostic.message.text(language)))", "", bold: true) + "\n"
    out += snippet(for: diagnostic.range, tint: tint, label: nil)
    if let help = diagnostic.help {
      out +=
        "   = " + paint(labels.help, "36", bold: true) + ": " + TerminalText.message(help.text(language))
        + "\n"
    }
    for note in diagnostic.notes {
      if let range = note.range {
        out +=
          "   = " + paint(labels.note, "36", bold: true) + ": "
          + TerminalText.message(note.message.text(language))
          + "\n"
        out += snippet(for: range, tint: "36", label: nil)
      } else {
        out +=
          "   = " + paint(labels.note, "36", bold: true) + ": "
          + TerminalText.message(note.message.text(language))
          + "\n"
      }
    }
    return out
  }

  /// The closing line: how many errors, warnings and advisories.
  public func summary(_ diagnostics: [Diagnostic], files: Int) -> String {
    summary(DiagnosticCounts(diagnostics), files: files)
  }

  public func summary(_ counts: DiagnosticCounts, files: Int) -> String {
    let errors = counts.errors
    let warnings = counts.warnings
    let advisories = counts.advisories
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
    let start = range.start
    var out = "  --> \(TerminalText.escape(range.file)):\(start.line):\(start.column)\n"
    guard let source = sources(range.file), start.line <= source.lineCount else { return out }
    let lineNumber = String(start.line)
    let gutter = String(repeating: " ", count: lineNumber.count)
    let (shown, caretStart, caretWidth) = Self.window(source: source, range: range, line: start.line)
    out += " \(gutter) |\n"
    out += " \(lineNumber) | \(shown)\n"
    let carets = String(repeating: "^", count: max(1, caretWidth))
    out += " \(gutter) | " + String(repeating: " ", count: caretStart) + paint(carets, tint, bold: true)
    if let label { out += " " + label }
    out += "\n"
    return out
  }

  /// At most this many columns of a source line are shown; a longer line is cut around the caret,
  /// with `…` where it was cut (as rustc does).
  public static let snippetWidth = 100
  /// Columns shown before the caret when a line is cut.
  static let contextBefore = 30

  /// The part of a line shown in a snippet, where the caret starts in it and how wide it is. Only a
  /// few hundred bytes around the problem are read, however long the line.
  static func window(source: SourceText, range: SourceRange, line: Int) -> (String, Int, Int) {
    let bytes = source.bytes
    let lineStart = source.lineStarts[line - 1]
    var lineEnd = line < source.lineCount ? source.lineStarts[line] : bytes.count
    while lineEnd > lineStart, bytes[lineEnd - 1] == 0x0A || bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
    let caretFrom = min(max(range.offsets.lowerBound, lineStart), lineEnd)
    let caretTo = min(range.offsets.upperBound, lineEnd)
    // Bytes read: enough for the widest window (an escape is at most 10 columns, 1 byte).
    let reach = 4 * (snippetWidth + contextBefore)
    var from = max(lineStart, caretFrom - reach)
    while from > lineStart, bytes[from] & 0xC0 == 0x80 { from -= 1 }
    // A caret that runs past what can be shown (a megabyte-long word) is cut with the line.
    var to = min(lineEnd, max(min(caretTo, caretFrom + reach), caretFrom + 1) + reach)
    while to < lineEnd, bytes[to] & 0xC0 == 0x80 { to += 1 }
    let text = String(decoding: bytes[from..<to], as: UTF8.self)
    let caretColumn = source.position(of: caretFrom).column - source.position(of: from).column + 1
    // An empty range gets one caret; one that runs past the window, carets to its end.
    let endColumn =
      caretTo <= caretFrom
      ? caretColumn
      : caretTo <= to
        ? caretColumn + (source.position(of: caretTo).column - source.position(of: caretFrom).column) : nil
    let (pieces, caretStart, caretEnd) = layoutPieces(
      line: text, startColumn: caretColumn, endColumn: endColumn)
    let total = pieces.last.map { $0.end } ?? 0
    let cutBefore = from > lineStart
    let cutAfter = to < lineEnd
    guard cutBefore || cutAfter || total > snippetWidth else {
      return (pieces.map(\.text).joined(), caretStart, max(1, caretEnd - caretStart))
    }
    // Keep `contextBefore` columns before the caret, then as much as fits.
    var visibleStart = max(0, caretStart - contextBefore)
    if !cutAfter, total - visibleStart < snippetWidth { visibleStart = max(0, total - snippetWidth) }
    let visibleEnd = visibleStart + snippetWidth
    var shown = ""
    var shift = 0
    if visibleStart > 0 || cutBefore {
      shown = "…"
      shift = 1
    }
    var firstColumn: Int?
    var lastColumn = visibleStart
    for piece in pieces where piece.start >= visibleStart && piece.end <= visibleEnd {
      if firstColumn == nil { firstColumn = piece.start }
      shown += piece.text
      lastColumn = piece.end
    }
    if lastColumn < total || cutAfter { shown += "…" }
    let origin = (firstColumn ?? visibleStart) - shift
    let start = max(shift, caretStart - origin)
    let end = min(max(start + 1, caretEnd - origin), lastColumn - origin + 1)
    return (shown, start, max(1, end - start))
  }

  /// Expands tabs and control characters so the caret lines up under the right character.
  static func layout(line: String, startColumn: Int, endColumn: Int?) -> (String, Int, Int) {
    let (pieces, start, end) = layoutPieces(line: line, startColumn: startColumn, endColumn: endColumn)
    return (pieces.map(\.text).joined(), start, max(1, end - start))
  }

  struct Piece {
    var text: String
    var start: Int
    var end: Int
  }

  /// Each scalar of a line as shown: a tab as four spaces, a control or invisible character as
  /// `<U+200B>` (so the caret can point at it); the caret's first and last display columns.
  static func layoutPieces(line: String, startColumn: Int, endColumn: Int?) -> ([Piece], Int, Int) {
    var pieces: [Piece] = []
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
      } else if TerminalText.isUnsafe(scalar.value) || isInvisible(scalar.value) {
        piece = TerminalText.visible(scalar.value)
      } else {
        piece = String(scalar)
      }
      let pieceWidth = piece.unicodeScalars.count
      pieces.append(Piece(text: piece, start: width, end: width + pieceWidth))
      width += pieceWidth
      column += 1
    }
    if startColumn >= column { caretStart = width }
    let end = caretEnd ?? (endColumn.map { $0 >= column ? width : caretStart + 1 } ?? width)
    return (pieces, caretStart, max(caretStart + 1, end))
  }

  /// Characters that take no room or look like a plain space: shown by code point in a snippet, so
  /// the caret under a pasted character points at something.
  static func isInvisible(_ value: UInt32) -> Bool {
    switch value {
    case 0xA0, 0xAD, 0x1680, 0x2000...0x200D, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF, 0xFDD0...0xFDEF:
      return true
    default: return value & 0xFFFE == 0xFFFE
    }
  }
}
