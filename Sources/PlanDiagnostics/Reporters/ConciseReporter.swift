/// `plan check --format concise`: one line per finding, the form compilers use, which editors'
/// problem matchers, `grep` and quick terminals read:
///
///     plans/a.plan:5:10: error[E106]: `borador` no es un valor válido de estado del plan
///
/// Paths as the user gave them (like the text report), lines and columns from 1, the severity
/// word in the message language. At most `ReportSelection.perFile` findings per file; when a file
/// has more, one last line says how many (it has no line and column, so problem matchers skip it).
/// Nothing else is printed on standard output.
public struct ConciseReporter: Sendable {
  public var context: ReportContext

  public init(context: ReportContext) {
    self.context = context
  }

  public func render(_ diagnostics: [Diagnostic]) -> String {
    let selection = ReportSelection(diagnostics, omissions: context.omissions)
    var out = ""
    for diagnostic in selection.shown { out += line(diagnostic) + "\n" }
    for (file, counts) in selection.notShown {
      out += ReportWords.notShown(counts, file: TerminalText.escape(file), context.language) + "\n"
    }
    return out
  }

  /// One finding, without the line break.
  public func line(_ diagnostic: Diagnostic) -> String {
    let language = context.language
    let start = diagnostic.range.start
    let message = Self.oneLine(TerminalText.message(diagnostic.message.text(language)))
    return "\(TerminalText.escape(diagnostic.range.file)):\(start.line):\(start.column): "
      + "\(diagnostic.severity.label(language))[\(diagnostic.code)]: \(message)"
  }

  /// Line breaks inside a message would start a line that is not a finding.
  static func oneLine(_ text: String) -> String {
    guard text.contains(where: \.isNewline) else { return text }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
