import PlanDiagnostics
import PlanSyntax

/// The plan's crest (`escudo`), checked as includes are: the path is taken from the file that names
/// it, must stay inside the plan's folder after links are resolved, must name a regular file of at
/// most `ImageHeader.maximumFileSize` bytes, and must be a PNG or JPEG whose header declares at most
/// `ImageHeader.maximumPixels` pixels. Only a crest that passes reaches the PDF. Outside the folder
/// is an error (F007, as F003 for includes); missing, unreadable (F006) or unusable (F008) is a
/// warning, and the PDF is built without a crest.
public struct Crest: Hashable, Sendable {
  /// Absolute, links resolved.
  public var path: String
  public var header: ImageHeader

  /// The codes of the crest's problems: an unusable crest loses no statement, so unlike the other
  /// file codes they do not hold back the rule findings.
  public static let codes: Set<String> = ["F006", "F007", "F008"]

  /// Checks the crest the plan names, if any.
  static func check(_ logo: Located<String>?, in loaded: LoadedPlan) -> (Crest?, [Diagnostic]) {
    guard let logo, !logo.value.isEmpty, let rootFolder = loaded.rootFolder else { return (nil, []) }
    let written = logo.value
    let range = logo.range
    // Outside the folder is an error, as for includes; a crest that cannot be used is a warning:
    // the PDF is built without it.
    let withoutIt = Localized(
      es: "el PDF se genera sin escudo", en: "the PDF is built without a crest",
      pt: "o PDF é gerado sem brasão")
    func problem(_ code: String, _ message: Localized, _ help: Localized? = nil) -> (Crest?, [Diagnostic]) {
      let severity: Severity = code == "F007" ? .error : .warning
      let help =
        help.map {
          Localized(
            es: "\($0.es); \(withoutIt.es)", en: "\($0.en); \(withoutIt.en)",
            pt: "\($0.text(.pt)); \(withoutIt.text(.pt))")
        }
        ?? (severity == .warning ? withoutIt : nil)
      return (nil, [Diagnostic(code: code, severity: severity, message: message, range: range, help: help)])
    }
    let including = loaded.canonicalPath(of: range.source) ?? rootFolder + "/"
    let folder = including.hasSuffix("/") ? String(including.dropLast()) : parent(of: including)
    let path = loaded.fileSystem.canonicalPath(written, relativeTo: folder)
    let quoted = "`" + written + "`"
    guard path.hasPrefix(rootFolder == "/" ? "/" : rootFolder + "/"), path != rootFolder else {
      return problem(
        "F007",
        Localized(
          es: "el escudo \(quoted) está fuera de la carpeta del plan",
          en: "the crest \(quoted) is outside the plan's folder",
          pt: "o brasão \(quoted) está fora da pasta do plano"),
        Localized(
          es: "copie la imagen a la carpeta del plan (o a una subcarpeta) y escriba la ruta desde allí",
          en: "copy the image into the plan's folder (or a subfolder) and write the path from there",
          pt: "copie a imagem para a pasta do plano (ou uma subpasta) e escreva o caminho a partir dali"))
    }
    let bytes: [UInt8]
    switch loaded.fileSystem.read(path, limit: ImageHeader.maximumFileSize) {
    case .success(let read): bytes = read
    case .failure(let reason):
      return problem(
        "F006",
        Localized(
          es: "no se puede usar el escudo \(quoted): \(reason.reason.es)",
          en: "cannot use the crest \(quoted): \(reason.reason.en)",
          pt: "não é possível usar o brasão \(quoted): \(reason.reason.text(.pt))"))
    }
    switch ImageHeader.read(bytes) {
    case .failure(.notAnImage):
      return problem(
        "F008",
        Localized(
          es: "el escudo \(quoted) no es una imagen PNG ni JPEG",
          en: "the crest \(quoted) is neither a PNG nor a JPEG image",
          pt: "o brasão \(quoted) não é uma imagem PNG nem JPEG"),
        Localized(
          es: "expórtelo como PNG desde su programa de dibujo",
          en: "export it as PNG from your drawing program",
          pt: "exporte-o como PNG a partir do seu programa de desenho"))
    case .failure(.damaged(let format)):
      return problem(
        "F008",
        Localized(
          es: "el escudo \(quoted) está dañado: su encabezado \(format.rawValue) no se puede leer",
          en: "the crest \(quoted) is damaged: its \(format.rawValue) header cannot be read",
          pt: "o brasão \(quoted) está danificado: seu cabeçalho \(format.rawValue) não pode ser lido"))
    case .success(let header):
      guard header.isWithinLimits else {
        let size = "\(header.width) × \(header.height)"
        let limit = "\(ImageHeader.maximumPixels / 1_000_000) Mpx, \(ImageHeader.maximumSide) px"
        return problem(
          "F008",
          Localized(
            es: "el escudo \(quoted) es demasiado grande: \(size) píxeles (máximo \(limit) de lado)",
            en: "the crest \(quoted) is too large: \(size) pixels (at most \(limit) a side)",
            pt: "o brasão \(quoted) é grande demais: \(size) pixels (máximo \(limit) de lado)"),
          Localized(
            es: "redúzcalo: 1000 píxeles de lado bastan para imprimirlo nítido",
            en: "scale it down: 1000 pixels a side are enough for a sharp print",
            pt: "reduza-o: 1000 pixels de lado bastam para imprimi-lo nítido"))
      }
      return (Crest(path: path, header: header), [])
    }
  }

  private static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }
}
