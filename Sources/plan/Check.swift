import ArgumentParser
import FoundationEssentials
import Glibc
import PlanCheck
import PlanCommandLine
import PlanDiagnostics
import PlanSyntax

/// `plan check`: reads plans, runs the method's rules, and reports every finding with its location,
/// for people (text) or for CI and editors (json, sarif, github, gitlab, concise).
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Revisa uno o más planes: sintaxis, coherencia y las 12 pautas del método.",
    discussion: """
      Con una carpeta, revisa cada plan principal que contiene (un .plan que ningún otro incluye).
      Con -, lee el plan de la entrada estándar (para editores; --stdin-filename dice qué archivo es).

      Sale con 0 si no hay errores, 1 si hay errores (o advertencias con --strict) y 2 si no pudo
      ejecutarse (opción desconocida, archivo inexistente o ilegible). Las sugerencias nunca fallan.
      Formatos: text (para personas), concise (una línea por hallazgo), json (docs/json-format.md),
      sarif (GitHub code scanning), github (anotaciones en el pull request), gitlab (code quality de
      GitLab); ver docs/ci.md.
      """)

  @ArgumentParser.Argument(
    help: ArgumentHelp(
      "Planes a revisar: el archivo principal de cada uno, una carpeta, o - para la entrada estándar.",
      valueName: "plan"),
    completion: .file(extensions: ["plan"]))
  var inputs: [String]

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Formato de salida: text, concise, json, sarif, github o gitlab.", valueName: "formato"))
  var format: ReportFormat = .text

  @Flag(name: .long, help: "Las advertencias también hacen fallar la revisión (exit 1).")
  var strict = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Con -: la ruta del archivo que se lee de la entrada estándar (ubicaciones e `incluir`).",
      valueName: "archivo"),
    completion: .file(extensions: ["plan"]))
  var stdinFilename: String?

  @Flag(
    name: .long,
    help: "Revisa un archivo incluido solo, no dentro del plan principal que lo incluye (se busca solo).")
  var solo = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Revisa un cambio: compara con la versión anterior (archivo, carpeta o revisión de git, como HEAD~1 "
        + "o main), marca cada hallazgo como nuevo o que ya estaba, cuenta los corregidos e informa lo que el "
        + "cambio le quitó al plan (V001–V004). Sólo los hallazgos nuevos hacen fallar la revisión.",
      valueName: "anterior"))
  var base: String?

  @Flag(
    name: [.customLong("todos"), .customLong("all")],
    help: "Con --base: muestra también los hallazgos que ya estaban (text, concise, github).")
  var showUnchanged = false

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if inputs.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("la entrada estándar (-) sólo se puede leer una vez")
    }
    if stdinFilename != nil, !inputs.contains("-") {
      throw ValidationError("--stdin-filename sólo sirve junto con - (leer el plan de la entrada estándar)")
    }
  }

  func run() throws {
    var all: [Diagnostic] = []
    var sources: [String: SourceText] = [:]
    var fileCount = 0
    var checked: [String] = []
    var failures: [ExecutionFailure] = []
    var messageLanguage = try output.language(default: .es)
    var compliance: [(file: String, entries: [ComplianceEntry])] = []
    var omissions = Omissions()
    var comparison = base.map(BaseComparison.init)
    for target in expand(inputs, failures: &failures) {
      let context: PlanContext
      switch target {
      case .standardInput:
        guard let bytes = Self.readStandardInput() else {
          failures.append(ExecutionFailure(path: "-", reason: CheckWords.stdinTooLarge))
          continue
        }
        context = PlanContext(plan: PlanLoader.load(bytes: bytes, path: stdinFilename ?? "-"))
      case .file(let path):
        // An included file is checked within its main plan (or alone with --solo).
        switch PlanContext.load(path: path, solo: solo) {
        case .success(let found): context = found
        case .failure(let reason):
          failures.append(ExecutionFailure(path: path, reason: reason.reason))
          continue
        }
      }
      let plan = context.plan
      // Messages follow the first plan's language unless --lang says otherwise.
      if output.lang == nil, checked.isEmpty { messageLanguage = plan.language }
      if let note = context.note { Console.error(note.text(messageLanguage) + "\n") }
      for file in plan.files { sources[file.source.path] = file.source }
      fileCount += plan.files.count
      let result = Checker.check(plan)
      if comparison != nil {
        let path = plan.files.first?.source.path ?? stdinFilename ?? "-"
        guard
          let marked = comparison!.compare(
            plan, result: result, findings: context.kept(result.diagnostics), path: path)
        else { continue }
        all += marked
      } else {
        all += context.kept(result.diagnostics)
      }
      omissions.add(context.kept(result.omissions))
      let root = plan.files.first?.source.path ?? stdinFilename ?? "-"
      checked.append(root)
      compliance.append((root, result.compliance))
    }
    failures += comparison?.failures ?? []
    for failure in failures {
      Console.error("error: \(TerminalText.escape(failure.text(messageLanguage)))\n")
    }
    var context = ReportContext(
      toolVersion: planVersion, language: messageLanguage, sources: { [sources] path in sources[path] },
      rules: CodeCatalog.descriptors(for: Set(all.map(\.code))), files: checked, fileCount: fileCount,
      omissions: omissions)
    context.failures = failures
    Console.out(report(all, context: context, compliance: compliance, comparison: comparison))
    if let comparison, format == .text || format == .concise || format == .github {
      let line = comparison.summary(showingUnchanged: showUnchanged).text(messageLanguage) + "\n"
      if format == .text { Console.out(line) } else { Console.error(line) }
    }
    if !failures.isEmpty { throw ExitCode(2) }
    // With --base, only what the change introduced can fail the review.
    let judged = comparison == nil ? all : all.filter { $0.baseline == .new }
    let failing = judged.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    if failing { throw ExitCode(1) }
  }

  private func report(
    _ all: [Diagnostic], context: ReportContext, compliance: [(file: String, entries: [ComplianceEntry])],
    comparison: BaseComparison?
  ) -> String {
    let language = context.language
    var all = all
    if let comparison {
      switch format {
      // Tools get every finding with its state; SARIF lists the fixed ones as `absent`.
      case .sarif: all += comparison.fixed
      case .json, .gitlab: break
      // People see what the change did.
      case .text, .concise, .github: if !showUnchanged { all.removeAll { $0.baseline == .unchanged } }
      }
    }
    if format == .json {
      let extra = JSONValue.array(
        compliance.map { file, entries in
          .object([
            ("file", .string(context.relativePath(file))),
            ("guidelines", .array(entries.map { Check.json($0, language) })),
          ])
        })
      let reporter = JSONReporter(context: context)
      let baseline = comparison.map { [("baseline", $0.json(reporter))] } ?? []
      return reporter.render(all, extra: [("compliance", extra)] + baseline)
    }
    // Every format lists at most `ReportSelection.perFile` findings per file and counts the rest.
    return Reports.render(all, format: format, context: context, color: output.useColor(for: STDOUT_FILENO))
  }

  /// What one argument stands for.
  enum Target: Equatable {
    case file(String)
    case standardInput
  }

  /// Files as given, `-` as standard input, and each folder as the main plans below it.
  private func expand(_ inputs: [String], failures: inout [ExecutionFailure]) -> [Target] {
    var targets: [Target] = []
    for input in inputs {
      if input == "-" {
        targets.append(.standardInput)
        continue
      }
      var isDirectory = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory else {
        targets.append(.file(input))
        continue
      }
      let mains = PlanDiscovery.mainPlans(in: input)
      if mains.isEmpty { failures.append(ExecutionFailure(path: input, reason: CheckWords.noPlansInFolder)) }
      targets += mains.map { .file($0) }
    }
    return targets
  }

  /// All of standard input, or nil when it is larger than a plan may be.
  static func readStandardInput() -> [UInt8]? {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        break
      }
      if count == 0 { break }
      bytes += buffer[0..<count]
      if bytes.count > PlanLoader.maximumFileSize { return nil }
    }
    return bytes
  }

  static func json(_ entry: ComplianceEntry, _ language: Language) -> JSONValue {
    .object([
      ("id", .string(entry.id)), ("title", .string(entry.title.text(language))),
      ("status", .string(entry.status.rawValue)), ("findings", .integer(entry.findings)),
      ("evidence", .array(entry.evidence.map { .string($0.text(language)) })),
    ])
  }

  /// The report `--format sarif` writes when the command line itself is wrong (exit 2): a valid
  /// log whose invocation failed, so a CI step that uploads it shows why instead of a clean run.
  static func usageFailureReport(arguments: [String], message: String) -> String? {
    guard arguments.first == "check", let format = requestedFormat(arguments),
      format == .sarif || format == .json
    else { return nil }
    var context = ReportContext(toolVersion: planVersion, language: .es)
    context.failures = [ExecutionFailure(path: nil, reason: Localized(es: message, en: message, pt: message))]
    return Reports.render([], format: format, context: context, color: false)
  }

  /// The value of `--format` among raw arguments, when it is a known format.
  static func requestedFormat(_ arguments: [String]) -> ReportFormat? {
    for (index, argument) in arguments.enumerated() {
      if argument == "--" { break }
      if argument.hasPrefix("--format=") { return ReportFormat(rawValue: String(argument.dropFirst(9))) }
      if argument == "--format", index + 1 < arguments.count {
        return ReportFormat(rawValue: arguments[index + 1])
      }
    }
    return nil
  }
}

extension ReportFormat: ExpressibleByArgument {}

/// The words of `plan check` itself (not of its findings).
enum CheckWords {
  static let noPlansInFolder = Localized(
    es: "la carpeta no tiene archivos .plan", en: "the folder has no .plan files",
    pt: "a pasta não tem arquivos .plan")
  static let stdinTooLarge = Localized(
    es: "la entrada estándar es demasiado grande (máximo 64 MB)",
    en: "standard input is too large (at most 64 MB)", pt: "a entrada padrão é grande demais (máximo 64 MB)")
}
