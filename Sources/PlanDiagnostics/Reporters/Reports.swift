/// The output formats of `plan check`.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// For people: snippets with carets, grouped by file, in the chosen language.
  case text
  /// `plan-check/1`, see `docs/json-format.md`.
  case json
  /// SARIF 2.1.0, for GitHub code scanning (`upload-sarif`).
  case sarif
  /// GitHub Actions workflow commands: annotations on the pull request.
  case github
  /// One line per finding, `file:line:col: severity[CODE] message`: editors, `grep`, terminals.
  case concise
  /// GitLab's code-quality report (a JSON array), for merge-request widgets.
  case gitlab
}

/// The one entry point the command line calls.
public enum Reports {
  /// The whole report for `diagnostics`, ending in a line break. `color` only affects `text`.
  public static func render(
    _ diagnostics: [Diagnostic], format: ReportFormat, context: ReportContext, color: Bool
  ) -> String {
    switch format {
    case .text: return text(diagnostics, context: context, color: color)
    case .json: return JSONReporter(context: context).render(diagnostics)
    case .sarif: return SARIFReporter(context: context).render(diagnostics)
    case .github: return GitHubReporter(context: context).render(diagnostics)
    case .concise: return ConciseReporter(context: context).render(diagnostics)
    case .gitlab: return GitLabReporter(context: context).render(diagnostics)
    }
  }

  /// Diagnostics grouped by file, a header line with the file's path (as the user gave it) before
  /// each group, each diagnostic followed by a blank line, then the summary.
  static func text(_ diagnostics: [Diagnostic], context: ReportContext, color: Bool) -> String {
    let reporter = TextReporter(language: context.language, color: color, sources: context.sources)
    var out = ""
    var currentFile: String?
    for diagnostic in diagnostics.sortedForReport() {
      if diagnostic.range.file != currentFile {
        currentFile = diagnostic.range.file
        // Bold and underlined, as ESLint heads each file.
        out += color ? "\u{1B}[1;4m\(diagnostic.range.file)\u{1B}[0m\n" : diagnostic.range.file + "\n"
      }
      out += reporter.render(diagnostic) + "\n"
    }
    out += reporter.summary(diagnostics, files: context.fileCount) + "\n"
    return out
  }
}

/// The words that introduce a hint and a note, as the text report writes them.
struct ReportLabels {
  var help: String
  var note: String

  init(_ language: Language) {
    switch language {
    case .es: (help, note) = ("ayuda", "nota")
    case .en: (help, note) = ("help", "note")
    case .pt: (help, note) = ("ajuda", "nota")
    }
  }
}
