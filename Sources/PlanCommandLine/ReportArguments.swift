import ArgumentParser

/// What `plan report` takes. `plan` parses it (for `--help` and early usage errors) and hands it on
/// to `plan-build`, which typesets the report.
public struct ReportArguments: ParsableArguments {
  @ArgumentParser.Argument(
    help: ArgumentHelp("El archivo .plan principal.", valueName: "plan"),
    completion: .file(extensions: ["plan"]))
  public var file: String

  @Option(
    name: [.customLong("periodo"), .customLong("period")],
    help: ArgumentHelp("El año del período que se informa (por ejemplo 2027).", valueName: "año"))
  public var year: Int

  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp(
      "Dónde escribir el informe (por defecto, junto al plan: <plan>-informe-<año>.pdf o .csv).",
      valueName: "archivo"),
    completion: .file(extensions: ["pdf", "csv"]))
  public var output: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "pdf (el informe para el Concejo, por omisión) o csv (las series de los indicadores y lo "
        + "ejecutado, con las convenciones de datos.gob.ar).", valueName: "formato"))
  public var format = "pdf"

  @Flag(name: .long, help: "Lo mismo que --format csv.")
  public var csv = false

  @Flag(
    name: .long,
    help: "Genera el informe aunque el plan tenga errores o no registre el período, marcado en cada página.")
  public var force = false

  @Option(
    name: .long,
    help: ArgumentHelp("Normas que cumple el PDF: a-2b, ua-1, both (por omisión) o none.", valueName: "norma")
  )
  public var pdfStandard = "both"

  @OptionGroup public var options: OutputOptions

  public init() {}

  /// The values `--format` takes.
  public static let formats = ["pdf", "csv"]

  /// Whether the report is the CSV export.
  public var isCSV: Bool { csv || format == "csv" }

  public mutating func validate() throws {
    guard ReportArguments.formats.contains(format) else {
      throw ValidationError("--format: «\(format)» no es un formato; use pdf o csv.")
    }
    guard BuildArguments.pdfStandards.contains(pdfStandard) else {
      throw ValidationError(
        "--pdf-standard: «\(pdfStandard)» no es una norma; use \(BuildArguments.pdfStandards.joined(separator: ", "))."
      )
    }
    guard (1000...9999).contains(year) else {
      throw ValidationError("--periodo: «\(year)» no es un año de cuatro cifras.")
    }
  }

  /// The arguments as command-line words, in a form `ReportArguments` parses back to the same values.
  public var arguments: [String] {
    var words = options.arguments + ["--periodo", String(year)]
    if let output { words += ["--output", output] }
    if isCSV { words += ["--format", "csv"] }
    if force { words.append("--force") }
    if pdfStandard != "both" { words += ["--pdf-standard", pdfStandard] }
    return words + ["--", file]
  }

  public static let abstract = "Genera el informe anual de avance del plan (PDF para el Concejo, o CSV)."
  public static let discussion = """
    El informe de un período (--periodo 2027) reúne lo que registran los bloques `periodo` del plan y \
    de los archivos de seguimiento junto a él: tapa, resumen de estados por eje, presupuesto ejecutado \
    y cambios desde el período anterior; el avance de las acciones de cada eje; un gráfico por \
    indicador; el presupuesto planificado y ejecutado por año, fuente y moneda; lo vencido y lo que \
    falta medir; y un anexo por responsable. Se compone con el mismo motor que el PDF del plan \
    (PDF/A-2b y PDF/UA-1, escritura atómica, fecha de SOURCE_DATE_EPOCH). Si el plan tiene errores o \
    no registra el período no se genera, salvo con --force, que marca cada página. Con --format csv \
    escribe las mediciones como serie de tiempo (indice_tiempo primero, moneda_id para los montos; \
    ver docs/report.md).
    """
}
