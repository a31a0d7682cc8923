import ArgumentParser
import PlanCommandLine

/// `plan ordenanza`: hands the work to `plan-build`, like `plan build`.
struct Bill: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ordenanza", abstract: BillArguments.abstract, discussion: BillArguments.discussion)

  @OptionGroup var arguments: BillArguments

  func run() throws { Build.handOver(["ordenanza"] + arguments.arguments) }
}
