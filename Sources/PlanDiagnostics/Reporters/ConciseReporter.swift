/// `plan check --format concise`: one line per finding, the form compilers use, which editors'
/// problem matchers, `grep` and quick terminals read:
///
///     plans/a.plan:5:10: error[E106]: `borador` no es un valor válido de estado del plan
///
/// Paths as the user gave them (like the text report), lines and columns from 1, the severity
/// word in the message language. Nothing else is printed on standard output, so every line is a
/// finding.
public struct ConciseReporter: Sendable {
  public var context: ReportContext

  public init(context: ReportContext) {
    self.context = context
  }

  public func render(_ diagnostics: [Diagnostic]) -> String {
    var out = ""
    for diagnostic in diagnostics.sortedForReport() { out += line(diagnostic) + "\n" }
    return out
  }

  /// One finding, without the line break.
  public func line(_ diagnostic: Diagnostic) -> String {
    let language = context.language
    let start = diagnostic.range.start
    let message = Self.oneLine(diagnostic.message.text(language))
    return "\(diagnostic.range.file):\(start.line):\(start.column): "
      + "\(diagnostic.severity.label(language))[\(diagnostic.code)]: \(message)"
  }

  /// Line breaks inside a message would start a line that is not a finding.
  static func oneLine(_ text: String) -> String {
    guard text.contains(where: \.isNewline) else { return text }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
