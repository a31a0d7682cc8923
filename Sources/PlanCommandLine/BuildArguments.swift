import ArgumentParser

/// What `plan build` takes. `plan` parses it (for `--help` and early usage errors) and hands it on
/// to `plan-build`, the executable that links the typesetting libraries.
public struct BuildArguments: ParsableArguments {
  @ArgumentParser.Argument(
    help: ArgumentHelp("El archivo .plan principal.", valueName: "plan"),
    completion: .file(extensions: ["plan"]))
  public var file: String

  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp("Dónde escribir el PDF (por defecto, junto al plan).", valueName: "pdf"),
    completion: .file(extensions: ["pdf"]))
  public var output: String?

  @Flag(name: .long, help: "Genera el PDF aunque el plan tenga errores, marcado «CON OBSERVACIONES».")
  public var force = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Normas que cumple el PDF: a-2b (archivo), ua-1 (accesible: etiquetado completo), both (ambas, "
        + "por omisión) o none. Sin ua-1 solo se etiquetan los enlaces y se genera más rápido.",
      valueName: "norma"))
  public var pdfStandard = "both"

  @Option(
    name: [.customLong("comparar"), .customLong("compare")],
    help: ArgumentHelp(
      "Agrega un anexo con los cambios respecto de otra versión del plan (un archivo, una carpeta o una "
        + "revisión de git como HEAD~1 o una etiqueta), y las dos versiones en la tabla de versiones.",
      valueName: "anterior"))
  public var compare: String?

  @OptionGroup public var options: OutputOptions

  public init() {}

  /// The values `--pdf-standard` takes.
  public static let pdfStandards = ["a-2b", "ua-1", "both", "none"]

  public mutating func validate() throws {
    guard BuildArguments.pdfStandards.contains(pdfStandard) else {
      throw ValidationError(
        "--pdf-standard: «\(pdfStandard)» no es una norma; use \(BuildArguments.pdfStandards.joined(separator: ", "))."
      )
    }
  }

  /// The arguments as command-line words, in a form `BuildArguments` parses back to the same values.
  public var arguments: [String] {
    var words = options.arguments
    if let output { words += ["--output", output] }
    if force { words.append("--force") }
    if pdfStandard != "both" { words += ["--pdf-standard", pdfStandard] }
    if let compare { words += ["--comparar", compare] }
    // After `--`, a file name that starts with a dash is still a file name.
    return words + ["--", file]
  }

  public static let abstract = "Genera el PDF del plan para el Concejo Deliberante (revisa el plan antes)."
  public static let discussion = """
    Si el plan tiene errores no se genera el PDF (y uno anterior queda intacto); con --force se \
    genera igual, con la marca «CON OBSERVACIONES» en cada página. El PDF está diseñado para \
    PDF/A-2b (archivo) y PDF/UA-1 (accesibilidad); --pdf-standard elige qué declara. Se escribe de forma \
    atómica. La fecha del documento sale de SOURCE_DATE_EPOCH, o de la `fecha` del plan: el mismo \
    plan da siempre el mismo PDF, byte por byte.
    """
}
