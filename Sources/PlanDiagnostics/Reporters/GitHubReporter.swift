/// `plan check --format github`: one GitHub Actions workflow command per diagnostic, so each finding
/// shows as an annotation on the changed line of the pull request.
///
///     ::error file=plans/a.plan,line=3,col=8,endLine=3,endColumn=15,title=plan E106::valor inválido%0Aayuda: …
///
/// `error` → `::error`, `warning` → `::warning`, `advisory` → `::notice`. The help and the notes
/// follow the message on the same annotation (as escaped line breaks). The last line is the plain
/// summary, not a command, so the log stays readable. An annotation never fails the job: the exit
/// code does.
public struct GitHubReporter: Sendable {
  public var context: ReportContext

  public init(context: ReportContext) {
    self.context = context
  }

  /// Root causes first (`ReportSelection.rootCauseFirst`): GitHub shows only the first ten
  /// annotations of each kind per step, and those must be the ones to fix first.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    let selection = ReportSelection(diagnostics, omissions: context.omissions)
    var out = ""
    for diagnostic in selection.shown.sorted(by: ReportSelection.rootCauseFirst) {
      out += command(diagnostic) + "\n"
    }
    for (file, counts) in selection.notShown {
      out +=
        TerminalText.escape(ReportWords.notShown(counts, file: context.relativePath(file), context.language))
        + "\n"
    }
    if !selection.heldBack.isEmpty {
      out += ReportWords.heldBack(selection.heldBack, context.language) + "\n"
    }
    let summary = TextReporter(language: context.language, color: false, sources: { _ in nil })
      .summary(selection.totals, files: context.fileCount)
    out += summary + "\n"
    return out
  }

  /// One workflow command, without the line break.
  public func command(_ diagnostic: Diagnostic) -> String {
    let language = context.language
    let labels = ReportLabels(language)
    let start = diagnostic.range.start
    let end = diagnostic.range.end
    let properties = [
      ("file", context.relativePath(diagnostic.range.file)),
      ("line", String(start.line)),
      ("col", String(start.column)),
      ("endLine", String(end.line)),
      ("endColumn", String(end.column)),
      ("title", "plan \(diagnostic.code)"),
    ]
    var message = TerminalText.message(diagnostic.message.text(language))
    if let help = diagnostic.help {
      message += "\n\(labels.help): \(TerminalText.message(help.text(language)))"
    }
    for note in diagnostic.notes {
      message += "\n\(labels.note): \(TerminalText.message(note.message.text(language)))"
      if let range = note.range {
        let position = range.start
        message +=
          " (\(TerminalText.escape(context.relativePath(range.file))):\(position.line):\(position.column))"
      }
    }
    let list = properties.map { "\($0.0)=\(Self.escapeProperty(TerminalText.escape($0.1)))" }.joined(
      separator: ",")
    return "::\(Self.command(for: diagnostic.severity)) \(list)::\(Self.escapeData(message))"
  }

  static func command(for severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .advisory: return "notice"
    }
  }

  /// The message of a command: `%`, carriage return and line feed are encoded (`%` first).
  public static func escapeData(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A property value: as `escapeData`, and also `:` and `,`, which separate properties.
  public static func escapeProperty(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
