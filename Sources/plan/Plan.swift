import ArgumentParser
import PlanCommandLine
import PlanSyntax

/// `plan`: the compiler for municipal internationalization plans.
@main
struct Plan: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Compilador de planes de internacionalización municipal (.plan).",
    discussion: """
      Revisa, da formato y crea planes estratégicos de internacionalización escritos como texto.
      Checks, formats and scaffolds city internationalization plans written as plain text.

      Códigos de salida / exit codes: 0 sin problemas, 1 hallazgos o archivos sin formato,
      2 no se pudo ejecutar (uso incorrecto, archivo ilegible).
      """,
    version: planVersion,
    subcommands: [
      Build.self, Report.self, Bill.self, Watch.self, Check.self, Diff.self, Format.self, Init.self,
      Rules.self,
      Explain.self,
      Manual.self,
    ]
  )

  static func main() {
    // `plan build …` goes straight to plan-build, which parses (and explains) its own options.
    let arguments = CommandLine.arguments
    if arguments.count > 1, arguments[1] == "build" { Build.handOver(["build"] + arguments.dropFirst(2)) }
    // The versions of the typesetting libraries are known only where they are loaded.
    if arguments.count == 2, arguments[1] == "--version" { Build.handOver(["--version"], orSay: planVersion) }
    let words = Array(arguments.dropFirst())
    // `plan fmt` and `plan init` replace files: an interrupted one leaves no temporary file.
    InterruptedWrite.removeTemporaryFileOnSignals()
    runMapped(usageReport: { Check.usageFailureReport(arguments: words, message: $0) })
  }
}
