/// Something the painter drew differently from what the display list asked for. Never silent:
/// the caller prints these (Spanish first, then English).
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

  public var description: String {
    switch self {
    case .missingGlyphs(let page, let text):
      return "página \(page): ninguna fuente incluida tiene todos los caracteres de «\(text)» "
        + "/ page \(page): no bundled font has every character of \"\(text)\""
    case .unreadableImage(let page, let path):
      return "página \(page): no se puede leer la imagen \(path) / page \(page): cannot read image \(path)"
    case .unsupportedImage(let page, let path):
      return "página \(page): la imagen \(path) no es PNG ni JPEG / page \(page): image \(path) is "
        + "neither PNG nor JPEG"
    case .jpegNotRasterised(let page, let path):
      return "página \(page): el JPEG \(path) se muestra como un recuadro gris en la imagen PNG "
        + "/ page \(page): JPEG \(path) is shown as a grey box in the PNG snapshot"
    case .unknownAnchor(let page, let anchor):
      return "página \(page): enlace a un destino inexistente «\(anchor)» / page \(page): link to "
        + "an undefined destination \"\(anchor)\""
    case .duplicateAnchor(let page, let anchor):
      return "página \(page): destino repetido «\(anchor)» / page \(page): duplicate destination "
        + "\"\(anchor)\""
    case .invalidDate(let text):
      return "fecha del documento no válida «\(text)» (se espera ISO 8601) / invalid document date "
        + "\"\(text)\" (ISO 8601 expected)"
    }
  }
}

/// Why a PDF or PNG could not be produced.
public enum PaintError: Error, Equatable, CustomStringConvertible {
  /// Cairo reported an error (its own message).
  case cairo(String)
  case cannotWrite(path: String, reason: String)
  /// The post-processing step did not understand cairo's output.
  case unexpectedOutput(String)
  case noSuchPage(Int, pages: Int)

  public var description: String {
    switch self {
    case .cairo(let message):
      return "error de cairo: \(message) / cairo error: \(message)"
    case .cannotWrite(let path, let reason):
      return "no se puede escribir \(path): \(reason) / cannot write \(path): \(reason)"
    case .unexpectedOutput(let detail):
      return "salida de cairo inesperada (\(detail)) / unexpected cairo output (\(detail))"
    case .noSuchPage(let page, let pages):
      return "no existe la página \(page) (hay \(pages)) / there is no page \(page) (there are \(pages))"
    }
  }
}
