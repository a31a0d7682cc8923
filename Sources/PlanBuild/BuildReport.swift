import FoundationEssentials
import PlanCommandLine
import PlanDiagnostics

/// A build's result as text: the findings and warnings for standard error, the line that says what
/// was written for standard output. `plan build` prints it once; `plan watch` after each rebuild.
public struct BuildReport {
  /// At most this many findings are printed during a build (`plan check` lists them all).
  public static let findingLimit = 50

  public let result: BuildResult
  public let language: Language
  public let color: Bool

  public init(result: BuildResult, language: Language, color: Bool) {
    self.result = result
    self.language = language
    self.color = color
  }

  /// Findings, warnings and why nothing was written, each ending in a line break.
  public var messages: String {
    var out = ""
    if let plan = result.plan {
      var sources: [String: SourceText] = [:]
      for file in plan.files { sources[file.source.path] = file.source }
      let reporter = TextReporter(language: language, color: color, sources: { [sources] in sources[$0] })
      for diagnostic in result.findings.prefix(Self.findingLimit) {
        out += reporter.render(diagnostic) + "\n"
      }
      let hidden = DiagnosticCounts(result.findings.dropFirst(Self.findingLimit))
      if hidden.total > 0 {
        let main = TerminalText.escape(plan.files.first?.source.path ?? "")
        out += BuildWords.notListed(hidden, plan: main).text(language) + "\n"
      }
    }
    for warning in result.otherWarnings {
      out += "\(BuildWords.warning.text(language)): \(TerminalText.escape(warning.text(language)))\n"
    }
    switch result.outcome {
    case .unreadable(let failure): out += "error: \(TerminalText.escape(failure.text(language)))\n"
    case .refused(let errors): out += BuildWords.refused(errors: errors).text(language) + "\n"
    case .noFonts(let error): out += "error: \(BuildWords.fonts(error).text(language))\n"
    case .failedToWrite(let reason): out += "error: \(TerminalText.escape(reason.text(language)))\n"
    case .overwritesSource(let output, let source):
      out += OutputGuard.message(output: output, source: source, language: language)
    case .noPeriodData(let year, let path):
      out += "error: \(TerminalText.escape(path)): \(BuildWords.noPeriodData(year).text(language))\n"
    case .written: break
    }
    return out
  }

  /// `Se generó plan.pdf (53 páginas).`, or nothing.
  public var summary: String {
    guard case .written(let path, let pages) = result.outcome else { return "" }
    return BuildWords.written(path, pages: pages).text(language) + "\n"
  }

  /// The process's peak resident memory so far (VmHWM), in MB: for PLAN_TIMINGS.
  public static func peakMemory() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
  }
}
