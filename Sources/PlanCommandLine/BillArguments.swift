import ArgumentParser

/// What `plan ordenanza` takes: `plan build`'s arguments, and `--proyecto`.
public struct BillArguments: ParsableArguments {
  @OptionGroup public var build: BuildArguments

  @Flag(
    name: .customLong("proyecto"),
    help: "Imprime el proyecto aunque el plan registre su aprobación (por omisión, la ordenanza sancionada).")
  public var draft = false

  public init() {}

  /// The arguments as command-line words, in a form `BillArguments` parses back to the same values.
  public var arguments: [String] { (draft ? ["--proyecto"] : []) + build.arguments }

  public static let abstract =
    "Genera el proyecto de ordenanza que eleva el plan al Concejo, con el plan como Anexo I (revisa el plan antes)."
  public static let discussion = """
    Escribe un PDF con la nota de elevación firmada por la primera autoridad del plan, el proyecto \
    (VISTO, CONSIDERANDO tomados del plan, fórmula de sanción y articulado) y el plan completo como \
    Anexo I, con sus páginas numeradas «Anexo I-1»… El órgano, el instrumento y la numeración siguen \
    la institución del plan: en España, una propuesta de acuerdo al Pleno (PRIMERO.-, SEGUNDO.-). \
    El bloque `ordenanza { visto … considerando … articulo … ordinal … }` reemplaza o agrega textos. \
    Si el plan registra su aprobación (`aprobacion { numero … sancion … }`) se imprime la ordenanza \
    sancionada; --proyecto fuerza el proyecto. Por omisión se escribe junto al plan como \
    <plan>-ordenanza.pdf, de forma atómica y reproducible (SOURCE_DATE_EPOCH).
    """
}
