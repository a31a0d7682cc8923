import PlanDiagnostics
import PlanSyntax

/// A word the fonts cannot draw, turned into a finding at the place of the plan that wrote it.
///
/// The painter knows the page and the word; the plan's author needs the line to change. Every
/// character of the document that is not ours (labels are covered by the fonts) comes from the
/// plan's text, so the word is found in the source files, in the order they were loaded.
public enum MissingGlyphs {
  public static let code = "C001"

  public static func diagnostic(word: String, page: Int, files: [SyntaxFile]) -> Diagnostic? {
    guard let (file, offsets) = locate(word, in: files) else { return nil }
    return Diagnostic(
      code: code, severity: .warning,
      message: Localized(
        es: "ninguna fuente del documento tiene todos los caracteres de «\(word)»: en la página \(page) "
          + "se verían recuadros vacíos",
        en: "no font of the document has every character of \"\(word)\": page \(page) would show empty "
          + "boxes",
        pt: "nenhuma fonte do documento tem todos os caracteres de «\(word)»: a página \(page) "
          + "mostraria caixas vazias"),
      range: file.source.range(offsets),
      help: Localized(
        es: "escríbalo también en caracteres latinos, por ejemplo «Pekín (北京)» → «Pekín», o agregue a "
          + "fonts/ una fuente libre que tenga esos caracteres",
        en:
          "write it in Latin characters too, for example \"Beijing (北京)\" → \"Beijing\", or add to fonts/ a "
          + "free font that has those characters",
        pt: "escreva-o também em caracteres latinos, por exemplo «Pequim (北京)» → «Pequim», ou adicione a "
          + "fonts/ uma fonte livre que tenha esses caracteres"))
  }

  /// The first place the word is written, as bytes of one of the files; else the first place its
  /// first unusual character is (the word may have been joined or quoted by the document).
  static func locate(_ word: String, in files: [SyntaxFile]) -> (SyntaxFile, Range<Int>)? {
    let needle = Array(word.utf8)
    for file in files {
      if let start = find(needle, in: file.source.bytes) { return (file, start..<(start + needle.count)) }
    }
    guard let unusual = word.unicodeScalars.first(where: { $0.value > 0x24F }) else { return nil }
    let scalar = Array(String(unusual).utf8)
    for file in files {
      if let start = find(scalar, in: file.source.bytes) { return (file, start..<(start + scalar.count)) }
    }
    return nil
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard let first = needle.first, needle.count <= haystack.count else { return nil }
    var index = 0
    while index + needle.count <= haystack.count {
      if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }
}
