import PlanDiagnostics

/// Something the painter drew differently from what the display list asked for. Never silent:
/// the caller prints these, in the language of the messages.
public enum PaintWarning: Hashable, Sendable, CustomStringConvertible {
  /// Characters no bundled font has (drawn as empty boxes): the words that hold them.
  case missingGlyphs(page: Int, text: String)
  /// The image file is missing or unreadable: a grey box is drawn instead.
  case unreadableImage(page: Int, path: String)
  /// The image is neither PNG nor JPEG: a grey box is drawn instead.
  case unsupportedImage(page: Int, path: String)
  /// A JPEG in a PNG snapshot is drawn as a grey box (the PDF embeds the JPEG itself).
  case jpegNotRasterised(page: Int, path: String)
  /// A link to an anchor that no page defines: not made clickable.
  case unknownAnchor(page: Int, anchor: String)
  /// A second destination with the same name: the first one is kept.
  case duplicateAnchor(page: Int, anchor: String)
  /// `metadata.date` is not ISO 8601: the creation date falls back to SOURCE_DATE_EPOCH (or 1970).
  case invalidDate(String)

  /// What the user reads, in their language.
  public var message: Localized {
    switch self {
    case .missingGlyphs(let page, let text):
      return Localized(
        es: "página \(page): ninguna fuente incluida tiene todos los caracteres de «\(text)»",
        en: "page \(page): no bundled font has every character of \"\(text)\"",
        pt: "página \(page): nenhuma fonte incluída tem todos os caracteres de «\(text)»")
    case .unreadableImage(let page, let path):
      return Localized(
        es: "página \(page): no se puede leer la imagen \(path); se dibuja un recuadro gris",
        en: "page \(page): cannot read image \(path); a grey box is drawn",
        pt: "página \(page): não é possível ler a imagem \(path); é desenhado um quadro cinza")
    case .unsupportedImage(let page, let path):
      return Localized(
        es: "página \(page): la imagen \(path) no es PNG ni JPEG; se dibuja un recuadro gris",
        en: "page \(page): image \(path) is neither PNG nor JPEG; a grey box is drawn",
        pt: "página \(page): a imagem \(path) não é PNG nem JPEG; é desenhado um quadro cinza")
    case .jpegNotRasterised(let page, let path):
      return Localized(
        es: "página \(page): el JPEG \(path) se muestra como un recuadro gris en la imagen PNG",
        en: "page \(page): JPEG \(path) is shown as a grey box in the PNG snapshot",
        pt: "página \(page): o JPEG \(path) aparece como um quadro cinza na imagem PNG")
    case .unknownAnchor(let page, let anchor):
      return Localized(
        es: "página \(page): enlace a un destino inexistente «\(anchor)»",
        en: "page \(page): link to an undefined destination \"\(anchor)\"",
        pt: "página \(page): link para um destino inexistente «\(anchor)»")
    case .duplicateAnchor(let page, let anchor):
      return Localized(
        es: "página \(page): destino repetido «\(anchor)»",
        en: "page \(page): duplicate destination \"\(anchor)\"",
        pt: "página \(page): destino repetido «\(anchor)»")
    case .invalidDate(let text):
      return Localized(
        es: "fecha del documento no válida «\(text)» (se espera AAAA-MM-DD)",
        en: "invalid document date \"\(text)\" (YYYY-MM-DD expected)",
        pt: "data do documento inválida «\(text)» (espera-se AAAA-MM-DD)")
    }
  }

  public var description: String { message.es }
}

/// Why a PDF or PNG could not be produced.
public enum PaintError: Error, Equatable, CustomStringConvertible {
  /// Cairo reported an error (its own message).
  case cairo(String)
  case cannotWrite(path: String, reason: String)
  /// The post-processing step did not understand cairo's output.
  case unexpectedOutput(String)
  case noSuchPage(Int, pages: Int)

  /// What the user reads, in their language (the system's and cairo's own words stay as they are).
  public var message: Localized {
    switch self {
    case .cairo(let message):
      return Localized(
        es: "cairo no pudo dibujar el documento: \(message)",
        en: "cairo could not draw the document: \(message)",
        pt: "o cairo não conseguiu desenhar o documento: \(message)")
    case .cannotWrite(let path, let reason):
      return Localized(
        es: "no se puede escribir \(path): \(reason)", en: "cannot write \(path): \(reason)",
        pt: "não é possível gravar \(path): \(reason)")
    case .unexpectedOutput(let detail):
      return Localized(
        es: "salida de cairo inesperada (\(detail))", en: "unexpected cairo output (\(detail))",
        pt: "saída inesperada do cairo (\(detail))")
    case .noSuchPage(let page, let pages):
      return Localized(
        es: "no existe la página \(page) (hay \(pages))", en: "there is no page \(page) (there are \(pages))",
        pt: "não existe a página \(page) (há \(pages))")
    }
  }

  public var description: String { message.es }
}
