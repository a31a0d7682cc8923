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
    for target in expand(inputs, failures: &failures) {
      let plan: LoadedPlan
      switch target {
      case .standardInput:
        guard let bytes = Self.readStandardInput() else {
          failures.append(ExecutionFailure(path: "-", reason: CheckWords.stdinTooLarge))
          continue
        }
        plan = PlanLoader.load(bytes: bytes, path: stdinFilename ?? "-")
      case .file(let path):
        do {
          plan = try PlanLoader.load(path: path)
        } catch {
          if case .unreadable(let path, let reason) = error {
            failures.append(ExecutionFailure(path: path, reason: reason))
          }
          continue
        }
      }
      // Messages follow the first plan's language unless --lang says otherwise.
      if output.lang == nil, checked.isEmpty { messageLanguage = plan.language }
      for file in plan.files { sources[file.source.path] = file.source }
      fileCount += plan.files.count
      let result = Checker.check(plan)
      all += result.diagnostics
      let root = plan.files.first?.source.path ?? stdinFilename ?? "-"
      checked.append(root)
      compliance.append((root, result.compliance))
    }
    for failure in failures { Console.error("error: \(failure.text(messageLanguage))\n") }
    var context = ReportContext(
      toolVersion: planVersion, language: messageLanguage, sources: { [sources] path in sources[path] },
      rules: CodeCatalog.descriptors(for: Set(all.map(\.code))), files: checked, fileCount: fileCount)
    context.failures = failures
    Console.out(report(all, context: context, compliance: compliance))
    if !failures.isEmpty { throw ExitCode(2) }
    let failing = all.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    if failing { throw ExitCode(1) }
  }

  private func report(
    _ all: [Diagnostic], context: ReportContext, compliance: [(file: String, entries: [ComplianceEntry])]
  ) -> String {
    let language = context.language
    if format == .json {
      let extra = JSONValue.array(
        compliance.map { file, entries in
          .object([
            ("file", .string(context.relativePath(file))),
            ("guidelines", .array(entries.map { Check.json($0, language) })),
          ])
        })
      return JSONReporter(context: context).render(all, extra: [("compliance", extra)])
    }
    guard format == .text, all.count > Check.textLimit else {
      return Reports.render(all, format: format, context: context, color: output.useColor(for: STDOUT_FILENO))
    }
    // Thousands of findings (usually a file that is not a plan) help nobody on a screen: show the
    // first ones, count all; the machine formats still list every one.
    let color = output.useColor(for: STDOUT_FILENO)
    let shown = Array(all.sortedForOutput().prefix(Check.textLimit))
    var text = Reports.render(shown, format: .text, context: context, color: color)
    // Replace the summary of the shown ones with the count of all.
    if let last = text.dropLast().lastIndex(of: "\n") { text = String(text[...last]) }
    text += CheckWords.moreNotShown(all.count - shown.count).text(language) + "\n"
    text += TextReporter(language: language, color: false, sources: { _ in nil }).summary(
      all, files: context.fileCount)
    return text + "\n"
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

  /// At most this many findings are printed as text.
  static let textLimit = 500

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

  static func moreNotShown(_ hidden: Int) -> Localized {
    Localized(
      es: "… y \(hidden) hallazgos más que no se muestran (use --format json para verlos todos)",
      en: "… and \(hidden) more findings not shown (use --format json to list them all)",
      pt: "… e mais \(hidden) achados que não são mostrados (use --format json para ver todos)")
  }
}
