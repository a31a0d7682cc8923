import ArgumentParser
import FoundationEssentials
import Glibc
import PlanBuild
import PlanCheck
import PlanCommandLine
import PlanDiagnostics
import PlanDocument
import PlanPDF
import PlanSyntax

/// `plan-build report`, what `plan report` runs: the yearly progress report as a PDF (`PlanBuilder`
/// typesets it) or as CSV (written here: it needs no fonts).
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan report", abstract: ReportArguments.abstract, discussion: ReportArguments.discussion)

  @OptionGroup var arguments: ReportArguments

  func run() throws {
    // PLAN_TIMINGS=1 prints how long each stage took (see bench/README.md).
    let clock = StageClock(enabled: getenv("PLAN_TIMINGS") != nil)
    let options = arguments.options
    let chosen = try options.language(default: .es)
    if arguments.isCSV { return try writeCSV(chosen: chosen) }
    InterruptedWrite.removeTemporaryFileOnSignals()
    let builder = PlanBuilder()
    builder.releasesLayouts = true
    let result = builder.report(
      path: arguments.file, year: arguments.year,
      options: PlanBuilder.Options(
        output: arguments.output, force: arguments.force,
        standard: PDFStandard(rawValue: arguments.pdfStandard) ?? .default),
      lap: clock.lap)
    let language = options.lang == nil ? (result.plan?.language ?? chosen) : chosen
    let report = BuildReport(result: result, language: language, color: options.useColor(for: STDERR_FILENO))
    Console.error(report.messages)
    Console.out(report.summary)
    builder.keepUntilExit()
    if result.exitCode != 0 { throw ExitCode(result.exitCode) }
  }

  /// The two CSV tables: the measurements at the output path, the spending beside it (`-ejecutado`).
  func writeCSV(chosen: Language) throws {
    let (result, files) = PlanBuilder.reportCSV(
      path: arguments.file, year: arguments.year, output: arguments.output, force: arguments.force)
    let language = arguments.options.lang == nil ? (result.plan?.language ?? chosen) : chosen
    let report = BuildReport(
      result: result, language: language, color: arguments.options.useColor(for: STDERR_FILENO))
    Console.error(report.messages)
    for file in files?.written ?? [] {
      Console.out(BuildWords.csvWritten(file.path, rows: file.rows).text(language) + "\n")
    }
    if result.exitCode != 0 { throw ExitCode(result.exitCode) }
  }
}
