import ArgumentParser
import Glibc
import PlanBuild
import PlanCommandLine
import PlanDiagnostics

/// `plan-build`: what `plan build` and `plan --version` run.
@main
enum PlanBuildMain {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "--version" {
      let language = Language.fromEnvironment()
      Console.out(VersionText.full(language))
      exit(0)
    }
    RenderCommand.runMapped()
  }
}
