import ArgumentParser
import Glibc
import PlanBuild
import PlanCommandLine
import PlanPDF
import PlanSyntax

/// `plan-build watch`, what `plan watch` runs: `PlanWatcher` until Ctrl-C.
struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan watch", abstract: WatchArguments.abstract, discussion: WatchArguments.discussion)

  @OptionGroup var arguments: WatchArguments

  func run() throws {
    InterruptedWrite.removeTemporaryFileOnSignals()
    let options = arguments.build.options
    let language = options.lang == nil ? nil : try options.language(default: .es)
    var settings = PlanWatcher.Settings(
      path: arguments.build.file,
      options: PlanBuilder.Options(
        output: arguments.build.output, force: arguments.build.force,
        standard: PDFStandard(rawValue: arguments.build.pdfStandard) ?? .default),
      language: language, color: options.useColor(for: STDOUT_FILENO),
      clearScreen: isatty(STDOUT_FILENO) == 1, open: arguments.open)
    settings.options.compare = arguments.build.compare
    settings.timings = getenv("PLAN_TIMINGS") != nil
    PlanWatcher(settings).run()
  }
}
