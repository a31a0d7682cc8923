/// The words of the man pages besides what `--help` says: section titles, and the sections that
/// explain exit status, environment, files and examples. In Spanish, as the commands' help is.
enum ManualWords {
  static let generated = "Escrito por plan manual a partir de la ayuda de cada comando; no lo edite a mano."
  static let manualTitle = "Manual de plan"
  static let name = "NOMBRE"
  static let synopsis = "SINOPSIS"
  static let description = "DESCRIPCIÓN"
  static let commands = "COMANDOS"
  static let arguments = "ARGUMENTOS"
  static let options = "OPCIONES"
  static let seeAlso = "VÉASE TAMBIÉN"
  static let byDefault = "por defecto"
  static let helpFlag = "Muestra la ayuda del comando."
  static let versionFlag =
    "Muestra la versión, el commit del que se compiló, las versiones de cairo, pango, fontconfig y libhyphen, "
    + "y la carpeta de las fuentes."

  struct Section {
    var title: String
    var body: String
  }

  /// Entries of a `.TP` list: a bold term and its explanation.
  static func list(_ entries: [(String, String)]) -> String {
    entries.map { ".TP\n.B \(ManualPages.roff($0.0))\n\(ManualPages.roff($0.1))\n" }.joined()
  }

  /// Command lines shown as they are typed, each with a sentence before it.
  static func examples(_ entries: [(String, String)]) -> String {
    entries.map { ".PP\n\(ManualPages.roff($0.0))\n.PP\n.RS 4\n.nf\n\(ManualPages.roff($0.1))\n.fi\n.RE\n" }
      .joined()
  }

  static let exitStatus = Section(
    title: "ESTADO DE SALIDA",
    body: list([
      ("0", "Sin errores (puede haber sugerencias, y advertencias sin --strict)."),
      (
        "1",
        "Hay hallazgos: al menos un error (o una advertencia con --strict); en plan fmt --check, algún archivo "
          + "sin formato canónico; en plan build, un plan con errores sin --force."
      ),
      (
        "2",
        "No se pudo ejecutar: opción mal escrita, archivo que no existe o no se puede leer, fuentes que no se "
          + "encuentran, PDF que no se pudo escribir."
      ),
    ]))

  static let environment = Section(
    title: "ENTORNO",
    body: list([
      (
        "PLAN_FONTS",
        "Carpeta de las fuentes del documento (archivos .ttf u .otf). Si está definida, plan build sólo busca "
          + "allí. Si no, busca en ../share/plan/fonts junto al ejecutable (donde las deja make install) y en la "
          + "carpeta fonts/ del repositorio de plan."
      ),
      (
        "SOURCE_DATE_EPOCH",
        "Segundos desde 1970: la fecha que llevan los documentos. Sin ella, la fecha del plan (fecha) o la de "
          + "hoy. El mismo plan con la misma fecha da siempre el mismo PDF, byte por byte."
      ),
      ("NO_COLOR", "Si tiene algún valor, los mensajes salen sin colores (como --color never)."),
      ("LANG, LC_ALL, LC_MESSAGES", "El idioma de plan --version, que no lee ningún plan."),
      ("PLAN_TIMINGS", "Si está definida, plan build dice en la salida de errores cuánto tardó cada etapa."),
      ("PLAN_VIEWER", "El programa con el que plan watch --open abre el PDF (por defecto, xdg-open)."),
    ]))

  static let files = Section(
    title: "ARCHIVOS",
    body: list([
      (
        "PREFIJO/bin/plan, PREFIJO/bin/plan\u{2011}build",
        "Los dos programas; plan build ejecuta plan\u{2011}build."
      ),
      (
        "PREFIJO/share/plan/fonts/",
        "Las fuentes Noto Serif y Noto Sans (licencia OFL) con las que se compone el PDF."
      ),
      (
        "PREFIJO/share/plan/install\u{2011}manifest.txt",
        "Lo que instaló make install; make uninstall lo quita."
      ),
    ]))

  /// What a page adds after its options: every page says how it exits; `plan` and `plan build` say
  /// where their fonts come from.
  static func extraSections(for subcommand: String?) -> [Section] {
    switch subcommand {
    case nil:
      return [
        exitStatus, environment, files,
        Section(
          title: "EJEMPLOS",
          body: examples([
            ("Crear la carpeta de un plan nuevo con una plantilla comentada:", "plan init \"Villa Aurora\""),
            (
              "Revisar el plan y generar el PDF para el Concejo:", "plan build villa-aurora/villa-aurora.plan"
            ),
            ("Ordenar todos los archivos de la carpeta:", "plan fmt villa-aurora/"),
            ("Qué pide una pauta del método:", "plan explain G07"),
          ])),
      ]
    case "build":
      return [
        exitStatus, environment, files,
        Section(
          title: "EJEMPLOS",
          body: examples([
            ("Generar el PDF junto al plan:", "plan build villa-aurora/villa-aurora.plan"),
            (
              "Un borrador con errores, marcado «CON OBSERVACIONES» en cada página:",
              "plan build --force -o borrador.pdf villa-aurora/villa-aurora.plan"
            ),
          ])),
      ]
    case "report":
      return [
        exitStatus, environment, files,
        Section(
          title: "EJEMPLOS",
          body: examples([
            (
              "El informe de avance 2027 junto al plan (villa-aurora-informe-2027.pdf):",
              "plan report villa-aurora/villa-aurora.plan --periodo 2027"
            ),
            (
              "Las series de los indicadores para el portal de datos abiertos:",
              "plan report villa-aurora/villa-aurora.plan --periodo 2027 --format csv"
            ),
          ])),
      ]
    case "ordenanza":
      return [
        exitStatus, environment, files,
        Section(
          title: "EJEMPLOS",
          body: examples([
            (
              "El proyecto de ordenanza con el plan como Anexo I, junto al plan:",
              "plan ordenanza villa-aurora/villa-aurora.plan"
            ),
            (
              "El proyecto aunque el plan ya registre su aprobación:",
              "plan ordenanza --proyecto -o proyecto.pdf villa-aurora/villa-aurora.plan"
            ),
          ])),
      ]
    case "check":
      return [
        exitStatus,
        Section(
          title: "EJEMPLOS",
          body: examples([
            (
              "Revisar un plan (sus archivos incluidos se siguen solos):",
              "plan check villa-aurora/villa-aurora.plan"
            ),
            (
              "Revisar cada plan de una carpeta, una línea por hallazgo:",
              "plan check --format concise planes/"
            ),
            ("Para GitHub code scanning:", "plan check --format sarif planes/ > plan.sarif"),
            (
              "Desde un editor, con el texto sin guardar:",
              "plan check --stdin-filename villa-aurora/villa-aurora.plan - < buffer"
            ),
          ])),
      ]
    case "watch":
      return [
        exitStatus, environment,
        Section(
          title: "EJEMPLOS",
          body: examples([
            (
              "Regenerar el PDF con cada cambio y abrirlo en el visor:",
              "plan watch --open villa-aurora/villa-aurora.plan"
            ),
            (
              "Con otro visor de PDF:", "PLAN_VIEWER=zathura plan watch --open villa-aurora/villa-aurora.plan"
            ),
          ])),
      ]
    case "fmt":
      return [
        exitStatus,
        Section(
          title: "EJEMPLOS",
          body: examples([
            ("Dar formato a todos los archivos de una carpeta:", "plan fmt villa-aurora/"),
            ("En la integración continua, sin escribir nada:", "plan fmt --check villa-aurora/"),
          ])),
      ]
    default:
      return [exitStatus]
    }
  }
}
