import ArgumentParser
import FoundationEssentials
import Glibc
import PlanCheck
import PlanCommandLine
import PlanDiagnostics
import PlanSyntax

/// `plan check`: reads plans, runs the method's rules, and reports every finding with its location,
/// for people (text) or for CI (json, sarif, github).
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Revisa uno o más planes: sintaxis, coherencia y las 12 pautas del método.",
    discussion: """
      Sale con 0 si no hay errores, 1 si hay errores (o advertencias con --strict) y 2 si no pudo
      ejecutarse (opción desconocida, archivo inexistente o ilegible). Las sugerencias nunca fallan.
      Formatos: text (para personas), json (docs/json-format.md), sarif (GitHub code scanning),
      github (anotaciones en el pull request); ver docs/ci.md.
      """)

  @ArgumentParser.Argument(
    help: "Archivos .plan a revisar (el principal de cada plan; sus `incluir` se siguen solos).")
  var files: [String]

  @Option(name: .long, help: "Formato de salida: text, json, sarif o github.")
  var format: ReportFormat = .text

  @Flag(name: .long, help: "Las advertencias también hacen fallar la revisión (exit 1).")
  var strict = false

  @Flag(
    name: .long,
    help: "Revisa un archivo incluido solo, no dentro del plan principal que lo incluye (se busca solo).")
  var solo = false

  @OptionGroup var output: OutputOptions

  func run() throws {
    var all: [Diagnostic] = []
    var sources: [String: SourceText] = [:]
    var fileCount = 0
    var unreadable = false
    var messageLanguage = try output.language(default: .es)
    var compliance: [(file: String, entries: [ComplianceEntry])] = []
    var omissions = Omissions()
    for path in files {
      // An included file is checked within its main plan (or alone with --solo).
      switch PlanContext.load(path: path, solo: solo) {
      case .success(let context):
        let plan = context.plan
        // Messages follow the first plan's language unless --lang says otherwise.
        if output.lang == nil, fileCount == 0 { messageLanguage = plan.language }
        if let note = context.note { Console.error(note.text(messageLanguage) + "\n") }
        for file in plan.files { sources[file.source.path] = file.source }
        fileCount += plan.files.count
        let result = Checker.check(plan)
        all += context.kept(result.diagnostics)
        omissions.add(context.kept(result.omissions))
        compliance.append((plan.files.first?.source.path ?? path, result.compliance))
      case .failure(let reason):
        unreadable = true
        Console.error("error: \(TerminalText.escape(path)): \(reason.reason.text(messageLanguage))\n")
      }
    }
    let context = ReportContext(
      toolVersion: planVersion, language: messageLanguage, sources: { [sources] path in sources[path] },
      rules: CodeCatalog.descriptors(for: Set(all.map(\.code))), files: files, fileCount: fileCount,
      omissions: omissions)
    if format == .json {
      let extra = JSONValue.array(
        compliance.map { file, entries in
          .object([
            ("file", .string(context.relativePath(file))),
            ("guidelines", .array(entries.map { Check.json($0, messageLanguage) })),
          ])
        })
      Console.out(JSONReporter(context: context).render(all, extra: [("compliance", extra)]))
    } else {
      Console.out(
        Reports.render(all, format: format, context: context, color: output.useColor(for: STDOUT_FILENO)))
    }
    if unreadable { throw ExitCode(2) }
    let failing = all.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    if failing { throw ExitCode(1) }
  }

  static func json(_ entry: ComplianceEntry, _ language: Language) -> JSONValue {
    .object([
      ("id", .string(entry.id)), ("title", .string(entry.title.text(language))),
      ("status", .string(entry.status.rawValue)), ("findings", .integer(entry.findings)),
      ("evidence", .array(entry.evidence.map { .string($0.text(language)) })),
    ])
  }
}

extension ReportFormat: ExpressibleByArgument {}
