import ArgumentParser

/// What `plan watch` takes: what `plan build` takes, and `--open`. `plan` parses it (for `--help`,
/// completions and early usage errors) and hands it on to `plan-build`.
public struct WatchArguments: ParsableArguments {
  @OptionGroup public var build: BuildArguments

  @Flag(name: .long, help: "Abre el PDF con el visor del escritorio después de la primera compilación.")
  public var open = false

  public init() {}

  /// The arguments as command-line words, in a form `WatchArguments` parses back to the same values.
  public var arguments: [String] { (open ? ["--open"] : []) + build.arguments }

  public static let abstract = "Vuelve a generar el PDF cada vez que se guarda un archivo del plan."
  public static let discussion = """
    Compila el plan y espera: cada vez que se guarda el archivo principal, uno que incluye o una \
    imagen del plan, muestra los hallazgos y vuelve a generar el PDF (en una terminal, limpia la \
    pantalla antes). Si el plan tiene errores, el último PDF bueno queda como estaba (con --force se \
    genera igual, marcado «CON OBSERVACIONES»). Con --open, abre el PDF una vez con el visor del \
    escritorio (xdg-open, o el programa de PLAN_VIEWER); los visores que recargan el archivo (Evince, \
    Okular, Zathura) siguen cada cambio. Ctrl-C termina.
    """
}
