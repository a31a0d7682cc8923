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

  /// What the findings call the image, and what the document does without it.
  struct Noun {
    var name: Localized
    var withoutIt: Localized

    static let crest = Noun(
      name: Localized(es: "el escudo", en: "the crest", pt: "o brasão"),
      withoutIt: Localized(
        es: "el PDF se genera sin escudo", en: "the PDF is built without a crest",
        pt: "o PDF é gerado sem brasão"))
    /// An `imagen` of a free chapter or annex, checked as the crest is.
    static let chapterImage = Noun(
      name: Localized(es: "el archivo de imagen", en: "the image file", pt: "o arquivo de imagem"),
      withoutIt: Localized(
        es: "el documento se genera sin esa imagen (sólo con su epígrafe)",
        en: "the document is built without that image (only its caption)",
        pt: "o documento é gerado sem essa imagem (só com a legenda)"))
  }

  /// Checks the crest the plan names, if any (or, with `noun`, another image it names).
  static func check(_ logo: Located<String>?, in loaded: LoadedPlan, noun: Noun = .crest) -> (
    Crest?, [Diagnostic]
  ) {
    guard let logo, !logo.value.isEmpty, let rootFolder = loaded.rootFolder else { return (nil, []) }
    let written = logo.value
    let range = logo.range
    // Outside the folder is an error, as for includes; a crest that cannot be used is a warning:
    // the PDF is built without it.
    let withoutIt = noun.withoutIt
    let (es, en, pt) = (noun.name.es, noun.name.en, noun.name.text(.pt))
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
          es: "\(es) \(quoted) está fuera de la carpeta del plan",
          en: "\(en) \(quoted) is outside the plan's folder",
          pt: "\(pt) \(quoted) está fora da pasta do plano"),
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
          es: "no se puede usar \(es) \(quoted): \(reason.reason.es)",
          en: "cannot use \(en) \(quoted): \(reason.reason.en)",
          pt: "não é possível usar \(pt) \(quoted): \(reason.reason.text(.pt))"))
    }
    switch ImageHeader.read(bytes) {
    case .failure(.notAnImage):
      return problem(
        "F008",
        Localized(
          es: "\(es) \(quoted) no es una imagen PNG ni JPEG",
          en: "\(en) \(quoted) is neither a PNG nor a JPEG image",
          pt: "\(pt) \(quoted) não é uma imagem PNG nem JPEG"),
        Localized(
          es: "expórtelo como PNG desde su programa de dibujo",
          en: "export it as PNG from your drawing program",
          pt: "exporte-o como PNG a partir do seu programa de desenho"))
    case .failure(.damaged(let format)):
      return problem(
        "F008",
        Localized(
          es: "\(es) \(quoted) está dañado: su encabezado \(format.rawValue) no se puede leer",
          en: "\(en) \(quoted) is damaged: its \(format.rawValue) header cannot be read",
          pt: "\(pt) \(quoted) está danificado: seu cabeçalho \(format.rawValue) não pode ser lido"))
    case .success(let header):
      guard header.isWithinLimits else {
        let size = "\(header.width) × \(header.height)"
        let limit = "\(ImageHeader.maximumPixels / 1_000_000) Mpx, \(ImageHeader.maximumSide) px"
        return problem(
          "F008",
          Localized(
            es: "\(es) \(quoted) es demasiado grande: \(size) píxeles (máximo \(limit) de lado)",
            en: "\(en) \(quoted) is too large: \(size) pixels (at most \(limit) a side)",
            pt: "\(pt) \(quoted) é grande demais: \(size) pixels (máximo \(limit) de lado)"),
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
