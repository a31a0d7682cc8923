import ArgumentParser
import PlanCommandLine

/// `plan watch`: hands the work to `plan-build`, which keeps the fonts and layouts between builds.
struct Watch: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch", abstract: WatchArguments.abstract, discussion: WatchArguments.discussion)

  @OptionGroup var arguments: WatchArguments

  func run() throws { Build.handOver(["watch"] + arguments.arguments) }
}
