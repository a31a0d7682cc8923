import ArgumentParser
import FoundationEssentials
import Glibc
import PlanBuild
import PlanCommandLine
import PlanDiagnostics
import PlanPDF
import PlanSyntax

/// `plan-build`, what `plan build` runs: checks the plan, then typesets the PDF the executive sends
/// to the council. A separate executable so that only it loads the typesetting libraries; the work
/// itself is `PlanBuilder`'s.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan build", abstract: BuildArguments.abstract, discussion: BuildArguments.discussion)

  @OptionGroup var arguments: BuildArguments

  func run() throws { try Self.render(arguments, product: .plan) }

  /// Builds `product` (the plan, or the bill with the plan as Anexo I) as the arguments say.
  static func render(_ arguments: BuildArguments, product: PlanBuilder.Product) throws {
    // PLAN_TIMINGS=1 prints how long each stage took (see bench/README.md).
    // PLAN_TIMINGS=1 prints how long each stage took (see bench/README.md).
    let clock = StageClock(enabled: getenv("PLAN_TIMINGS") != nil)
    InterruptedWrite.removeTemporaryFileOnSignals()
    // Fonts are found and loaded meanwhile, on a thread of their own.
    let builder = PlanBuilder()
    // One build, then the process ends: the layouts are given back as the pages are painted.
    builder.releasesLayouts = true
    let options = arguments.options
    // An unknown --lang is a usage error before any work.
    let chosen = try options.language(default: .es)
    var settings = PlanBuilder.Options(
      output: arguments.output, force: arguments.force,
      withoutFigures: getenv("PLAN_BENCH_WITHOUT_FIGURES") != nil,
      standard: PDFStandard(rawValue: arguments.pdfStandard) ?? .default, product: product)
    settings.compare = arguments.compare
    let result = builder.build(path: arguments.file, options: settings, lap: clock.lap)
    let language = options.lang == nil ? (result.plan?.language ?? chosen) : chosen
    let report = BuildReport(result: result, language: language, color: options.useColor(for: STDERR_FILENO))
    Console.error(report.messages)
    Console.out(report.summary)
    // Thousands of Pango layouts, the display list and the plan are left for the operating
    // system to reclaim at exit: taking them apart first only makes the user wait.
    builder.keepUntilExit()
    if result.exitCode != 0 { throw ExitCode(result.exitCode) }
  }
}
