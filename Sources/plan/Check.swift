import ArgumentParser
import Foundation
import PlanCheck
import PlanDiagnostics
import PlanSyntax

/// `plan check`: reads plans and reports every problem found, with file, line and column.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Revisa uno o más planes y muestra cada problema con su ubicación.",
    discussion: """
      Sale con 0 si no hay errores, 1 si hay errores (o advertencias con --strict) y 2 si no pudo
      leer algún archivo.
      """)

  @ArgumentParser.Argument(
    help: "Archivos .plan a revisar (el principal de cada plan; sus `incluir` se siguen solos).")
  var files: [String]

  @Flag(name: .long, help: "Las advertencias también hacen fallar la revisión (exit 1).")
  var strict = false

  @OptionGroup var output: OutputOptions

  func run() throws {
    var all: [Diagnostic] = []
    var sources: [String: SourceText] = [:]
    var fileCount = 0
    var unreadable = false
    var messageLanguage = try output.language(default: .es)
    for path in files {
      do {
        let plan = try PlanLoader.load(path: path)
        // Messages follow the first plan's language unless --lang says otherwise.
        if output.lang == nil, fileCount == 0 { messageLanguage = plan.language }
        for file in plan.files { sources[file.source.path] = file.source }
        fileCount += plan.files.count
        all += Checker.check(plan).diagnostics
      } catch {
        unreadable = true
        if case .unreadable(let path, let reason) = error {
          Console.error("error: \(path): \(reason)\n")
        }
      }
    }
    let reporter = TextReporter(
      language: messageLanguage, color: output.useColor(for: STDOUT_FILENO),
      sources: { [sources] path in sources[path] })
    var text = ""
    for diagnostic in all.sortedForOutput() { text += reporter.render(diagnostic) + "\n" }
    text += reporter.summary(all, files: fileCount) + "\n"
    Console.out(text)
    if unreadable { throw ExitCode(2) }
    let failing = all.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    if failing { throw ExitCode(1) }
  }
}
