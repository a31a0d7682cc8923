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
  /// each group, each diagnostic followed by a blank line, a line for what a file does not list,
  /// one for the findings held back, then the summary.
  static func text(_ diagnostics: [Diagnostic], context: ReportContext, color: Bool) -> String {
    let reporter = TextReporter(language: context.language, color: color, sources: context.sources)
    let selection = ReportSelection(diagnostics, omissions: context.omissions)
    var out = ""
    var currentFile: String?
    func closeFile() {
      guard let file = currentFile, let hidden = selection.notShown(in: file) else { return }
      out += ReportWords.notShown(hidden, file: TerminalText.escape(file), context.language) + "\n\n"
    }
    for diagnostic in selection.shown {
      if diagnostic.range.file != currentFile {
        closeFile()
        currentFile = diagnostic.range.file
        // Bold and underlined, as ESLint heads each file.
        let file = TerminalText.escape(diagnostic.range.file)
        out += color ? "\u{1B}[1;4m\(file)\u{1B}[0m\n" : file + "\n"
      }
      out += reporter.render(diagnostic) + "\n"
    }
    closeFile()
    // Files with nothing listed but findings counted (every one beyond what a stage keeps).
    let listedFiles = Set(selection.shown.map(\.range.file))
    for (file, hidden) in selection.notShown where !listedFiles.contains(file) {
      out += ReportWords.notShown(hidden, file: TerminalText.escape(file), context.language) + "\n\n"
    }
    if !selection.heldBack.isEmpty {
      out += ReportWords.heldBack(selection.heldBack, context.language) + "\n"
    }
    out += reporter.summary(selection.totals, files: context.fileCount) + "\n"
    return out
  }

  /// Syntax errors of one file, as `plan fmt` prints them before leaving the file alone: the same
  /// selection as `plan check` (at most `ReportSelection.perFile`, repeats folded), without summary.
  public static func list(
    _ diagnostics: [Diagnostic], language: Language, color: Bool, source: SourceText,
    uncollected: DiagnosticCounts = DiagnosticCounts()
  ) -> String {
    let reporter = TextReporter(language: language, color: color, sources: { _ in source })
    let selection = ReportSelection(
      diagnostics, omissions: Omissions(uncollected: [source.path: uncollected]))
    var out = ""
    for diagnostic in selection.shown { out += reporter.render(diagnostic) + "\n" }
    for (file, hidden) in selection.notShown {
      out += ReportWords.notShown(hidden, file: TerminalText.escape(file), language) + "\n"
    }
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
