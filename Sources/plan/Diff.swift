import ArgumentParser
import PlanCommandLine
import PlanDiagnostics
import PlanDiff
import PlanSyntax

/// `plan diff`: what changed between two versions of a plan, by what it means.
struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Muestra qué cambió entre dos versiones de un plan: ítems agregados, quitados, "
      + "modificados, movidos y renombrados, y el presupuesto.",
    discussion: """
      ANTERIOR puede ser un archivo, una carpeta o una revisión de git del plan NUEVO (HEAD~1, main,
      una etiqueta): se lee con git sin tocar la copia de trabajo. Los ítems se emparejan por su
      identificador; uno que cambió de identificador con el mismo contenido figura como renombrado.
      En los textos, las palabras quitadas se marcan [-así-] y las agregadas {+así+}.

      Sale con 0 si las versiones dicen lo mismo, 1 si hay cambios y 2 si no pudo leer alguna.
      """)

  @ArgumentParser.Argument(
    help: ArgumentHelp("La versión anterior: archivo, carpeta o revisión de git.", valueName: "anterior"))
  var old: String

  @ArgumentParser.Argument(
    help: ArgumentHelp("La versión nueva: el archivo principal del plan o su carpeta.", valueName: "nuevo"),
    completion: .file(extensions: ["plan"]))
  var new: String

  @Option(name: .long, help: ArgumentHelp("Formato de salida: text o json.", valueName: "formato"))
  var format: DiffFormat = .text

  @OptionGroup var output: OutputOptions

  enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  func run() throws {
    let fallback = try output.language(default: Language.fromEnvironment())
    let versions: PlanVersions
    switch PlanVersions.load(old: old, new: new) {
    case .success(let loaded): versions = loaded
    case .failure(let failure):
      Console.error("error: " + TerminalText.escape(failure.message.text(fallback)) + "\n")
      throw ExitCode(2)
    }
    let language = try output.language(default: versions.new.language)
    let changes = PlanChanges(old: versions.old, new: versions.new)
    let report = DiffReport(
      changes: changes, oldName: versions.oldName, newName: versions.newName, language: language,
      color: format == .text && output.useColor(for: 1))
    switch format {
    case .text: Console.out(report.text)
    case .json: Console.out(report.json.rendered())
    }
    if !changes.isEmpty { throw ExitCode(1) }
  }
}
