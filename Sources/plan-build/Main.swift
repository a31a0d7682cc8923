import ArgumentParser
import Glibc
import PlanBuild
import PlanCommandLine
import PlanDiagnostics

/// `plan-build`: what `plan build`, `plan ordenanza`, `plan watch` and `plan --version` run.
@main
enum PlanBuildMain {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    switch arguments.first {
    case "--version":
      Console.out(VersionText.full(Language.fromEnvironment()))
      exit(0)
    case "watch":
      WatchCommand.runMapped(Array(arguments.dropFirst()))
    case "build":
      RenderCommand.runMapped(Array(arguments.dropFirst()))
    case "report":
      ReportCommand.runMapped(Array(arguments.dropFirst()))
    case "ordenanza":
      BillCommand.runMapped(Array(arguments.dropFirst()))
    default:
      // Run by hand, plan-build is plan build.
      RenderCommand.runMapped(arguments)
    }
  }
}
