import ArgumentParser
import PlanCommandLine

/// `plan report`: hands the work to `plan-build`, which typesets the report like the plan.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: ReportArguments.abstract, discussion: ReportArguments.discussion,
    aliases: ["informe"])

  @OptionGroup var arguments: ReportArguments

  func run() throws { Build.handOver(["report"] + arguments.arguments) }
}
