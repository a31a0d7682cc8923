import PlanDocument

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the archival writer needs besides cairo's bytes.
struct ArchivalSettings {
  var standard: PDFStandard
  var metadata: DocumentMetadata
  /// The document's date, with a time and a zone (midnight UTC when the plan gives only a day).
  var date: PDFDate
  /// Each page's printed label (`1`, `2`… or `i`, `ii`…).
  var pageLabels: [String]
  /// Outline entries shown when the file opens: the outline root's `/Count`.
  var visibleOutlineEntries: Int
  /// The structure elements and link descriptions the painter recorded.
  var structure: StructureRecord

  /// The keywords as the information dictionary and the XMP both give them.
  var keywords: String { metadata.keywords.joined(separator: ", ") }
}

/// The changes to cairo's objects, one function per kind of object. What cairo 1.16 writes wrong or
/// leaves out, and what each change is for:
///
/// - catalog: `/Lang`, `/ViewerPreferences << /DisplayDocTitle true >>`, `/PageMode /UseOutlines`,
///   `/MarkInfo` (`/Marked false` in a file that tags only its links), the XMP `/Metadata`, the sRGB `/OutputIntents` (PDF/A), and `/PageLabels`
///   (cairo's is an empty number tree);
/// - information dictionary: dates with the `D:` prefix (cairo drops it);
/// - pages: `/Tabs /S` (PDF/UA 7.18.3);
/// - link annotations: the print flag `/F 4` (PDF/A 6.3.2) and a `/Contents` description
///   (PDF/UA 7.18.5);
/// - structure elements: the alternative text of figures, the scope of table headers, the span of
///   a cell across columns (cairo 1.16 ignores a tag's attributes), matched to the painter's record
///   by their order;
/// - the outline root: its `/Count` (cairo writes a negative one);
/// - CID fonts: `/CIDToGIDMap /Identity` (PDF/A 6.2.11.3.2);
/// - images: `/Interpolate false` (PDF/A 6.2.8);
/// - page contents: compressed, and in PDF/UA output their untagged painting marked as artifacts
///   (`ContentArtifacts`).
final class ArchivalEdits {
  let settings: ArchivalSettings
  /// How many structure elements have been matched to the record so far.
  private var elementsSeen = 0

  init(settings: ArchivalSettings) {
    self.settings = settings
  }

  enum ObjectEdit {
    case keep
    case replace([UInt8])
    /// Kept for the end (catalog, information dictionary).
    case hold
  }

  func object(number: Int, body: ArraySlice<UInt8>) throws(PaintError) -> ObjectEdit {
    guard body.count > 9, body[body.startIndex] == 0x3C, body[body.startIndex + 1] == 0x3C else {
      return .keep
    }
    if ArchivalEdits.hasPrefix(body, "<< /Type /StructElem\n") {
      return try structureElement(body).map { .replace($0) } ?? .keep
    }
    if ArchivalEdits.hasPrefix(body, "<< /Type /Annot\n") { return .replace(try annotation(Array(body))) }
    if ArchivalEdits.hasPrefix(body, "<< /Type /Page %") {
      return .replace(Self.adding("/Tabs /S", to: Array(body)))
    }
    if ArchivalEdits.hasPrefix(body, "<< /Type /Catalog\n") { return .hold }
    if ArchivalEdits.hasPrefix(body, "<< /Producer ") { return .hold }
    if ArchivalEdits.hasPrefix(body, "<< /Type /Outlines\n") { return .replace(outlineRoot(Array(body))) }
    if ArchivalEdits.hasPrefix(body, "<< /Type /Font\n   /Subtype /CIDFontType2\n") {
      return .replace(Self.adding("/CIDToGIDMap /Identity", to: Array(body)))
    }
    return .keep
  }

  /// A stream's new dictionary and data, or `nil` to copy it as it is. cairo writes page contents,
  /// form XObjects and ToUnicode maps uncompressed here (the painter asks for that): they are
  /// compressed, and page contents get their artifacts marked first.
  func stream(dictionary: String, data: UnsafeRawBufferPointer) throws(PaintError) -> (
    dictionary: String, data: [UInt8]
  )? {
    if dictionary.contains("/Interpolate true") {
      var fixed = dictionary
      fixed.replace("/Interpolate true", with: "/Interpolate false")
      return (fixed, Array(data))
    }
    guard !dictionary.contains("/Filter") else { return nil }
    let isPageContent =
      ArchivalEdits.length(in: dictionary).isIndirect && !dictionary.contains("/Type")
      && !dictionary.contains("/Subtype") && data.starts(with: "1 0 0 -1 0 ".utf8)
    let compressed: [UInt8]
    if isPageContent && settings.standard.accessible {
      compressed = Deflate.compress(try ContentArtifacts.wrap(data))
    } else {
      compressed = Deflate.compress(data)
    }
    let withoutLength = ArchivalEdits.removingLength(from: dictionary)
    let body = String(withoutLength.dropLast(2).reversed().drop { $0.isWhitespace }.reversed())
    return (body + "\n   /Filter /FlateDecode\n   /Length \(compressed.count)\n>>", compressed)
  }

  // MARK: - Objects

  /// The element with the entries recorded for it, or `nil` when it has none to add.
  private func structureElement(_ body: ArraySlice<UInt8>) throws(PaintError) -> [UInt8]? {
    let index = elementsSeen
    elementsSeen += 1
    guard let expected = settings.structure.element(index) else {
      throw .unexpectedOutput("structure element \(index + 1) was not recorded")
    }
    // "<< /Type /StructElem\n   /S /" then the type and a line end.
    let typeStart = body.startIndex + 28
    let role = expected.role.utf8
    guard body.count > 28 + role.count, body[typeStart - 1] == 0x2F,
      body[typeStart..<(typeStart + role.count)].elementsEqual(role), body[typeStart + role.count] == 0x0A
    else {
      throw .unexpectedOutput("structure element \(index + 1) is not \(expected.role)")
    }
    return expected.extras.isEmpty ? nil : Self.adding(expected.extras, to: Array(body))
  }

  /// The entries added to link annotations, by destination.
  private var linkEntries: [String: String] = [:]

  private func annotation(_ body: [UInt8]) throws(PaintError) -> [UInt8] {
    guard Self.firstIndex(of: "/Subtype /Link", in: body) != nil else { return Self.adding("/F 4", to: body) }
    guard let destination = Self.firstIndex(of: "/Dest ", in: body) else {
      throw .unexpectedOutput("link without /Dest")
    }
    let tokenStart = destination + 6
    let tokenEnd = body[tokenStart...].firstIndex(of: 0x0A) ?? body.count
    let token = String(decoding: body[tokenStart..<tokenEnd], as: UTF8.self)
    guard let anchor = PDFText.decode(Substring(token)) else { throw .unexpectedOutput("link destination") }
    if let known = linkEntries[anchor] { return Self.adding(known, to: body) }
    let entries = "/F 4 /Contents \(PDFText.literal(settings.structure.linkDescription(anchor)))"
    linkEntries[anchor] = entries
    return Self.adding(entries, to: body)
  }

  static func firstIndex(of text: StaticString, in body: [UInt8]) -> Int? {
    let length = text.utf8CodeUnitCount
    guard body.count >= length else { return nil }
    return text.withUTF8Buffer { needle in
      body.withUnsafeBufferPointer { bytes in
        for index in 0...(bytes.count - length)
        where bytes[index] == needle[0]
          && memcmp(bytes.baseAddress! + index, needle.baseAddress!, length) == 0
        {
          return index
        }
        return nil
      }
    }
  }

  private func outlineRoot(_ body: [UInt8]) -> [UInt8] {
    let text = String(decoding: body, as: UTF8.self)
    guard let range = text.firstRange(of: "/Count ") else { return body }
    let rest = text[range.upperBound...]
    let number = rest.prefix { $0 == "-" || $0.isNumber }
    return Array(
      (text[..<range.upperBound] + "\(settings.visibleOutlineEntries)" + rest.dropFirst(number.count)).utf8)
  }

  /// The catalog with the entries cairo leaves out.
  func catalog(_ body: [UInt8], metadata: Int, profile: Int?) -> [UInt8] {
    var text = String(decoding: body, as: UTF8.self)
    var entries: [String] = []
    if !settings.metadata.language.isEmpty {
      entries.append("/Lang \(PDFText.literal(settings.metadata.language))")
    }
    entries.append("/ViewerPreferences << /DisplayDocTitle true >>")
    if text.contains("/Outlines"), !text.contains("/PageMode") { entries.append("/PageMode /UseOutlines") }
    if !settings.standard.accessible {
      // Only links are tagged (see `PageRenderer.structured`): readers must not take the file
      // for a tagged one.
      text.replace("/Marked true", with: "/Marked false")
    } else if !text.contains("/MarkInfo") {
      entries.append("/MarkInfo << /Marked true >>")
    }
    entries.append("/Metadata \(metadata) 0 R")
    if let profile {
      entries.append(
        "/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier "
          + "\(PDFText.literal(SRGBProfile.identifier)) /Info \(PDFText.literal(SRGBProfile.identifier)) "
          + "/RegistryName (http://www.color.org) /DestOutputProfile \(profile) 0 R >>]")
    }
    if let labels = PageLabelRanges.numberTree(settings.pageLabels) {
      entries.append("/PageLabels \(labels)")
    }
    var result = Array(text.utf8)
    for entry in entries { result = Self.adding(entry, to: result) }
    return result
  }

  /// The information dictionary with proper dates, and its producer (for the XMP).
  func information(_ body: [UInt8]) -> (body: [UInt8], producer: String) {
    var text = String(decoding: body, as: UTF8.self)
    for key in ["/CreationDate", "/ModDate"] {
      text = Self.setting(key, to: "(\(settings.date.pdf))", in: text)
    }
    var producer = ""
    if let range = text.firstRange(of: "/Producer ") {
      let token = text[range.upperBound...].prefix { $0 != "\n" }
      producer = PDFText.decode(Substring(token)) ?? ""
    }
    return (Array(text.utf8), producer)
  }

  /// Every recorded structure element met its object.
  func checkComplete() throws(PaintError) {
    let recorded = settings.structure.elementCount
    guard elementsSeen == recorded else {
      throw .unexpectedOutput("\(elementsSeen) structure elements written, \(recorded) recorded")
    }
  }

  // MARK: - Dictionary text

  enum Length {
    case direct(Int)
    case indirect(Int)
    case missing

    var isIndirect: Bool {
      if case .indirect = self { return true } else { return false }
    }
  }

  static func length(in dictionary: String) -> Length {
    guard let range = dictionary.firstRange(of: "/Length ") else { return .missing }
    let words = dictionary[range.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(3)
    guard let first = words.first, let value = Int(first) else { return .missing }
    if words.count == 3, words[words.startIndex + 1] == "0", words[words.startIndex + 2].hasPrefix("R") {
      return .indirect(value)
    }
    return .direct(value)
  }

  /// The dictionary without its `/Length` entry (`/Length 12` or `/Length 12 0 R`).
  private static func removingLength(from dictionary: String) -> String {
    guard let range = dictionary.firstRange(of: "/Length ") else { return dictionary }
    var end = dictionary[range.upperBound...].drop { $0 == " " }.startIndex
    end = dictionary[end...].drop { $0.isNumber }.startIndex
    if dictionary[end...].hasPrefix(" 0 R") { end = dictionary.index(end, offsetBy: 4) }
    return String(dictionary[..<range.lowerBound]) + String(dictionary[end...])
  }

  static func integer(after key: String, in text: Substring) -> Int? {
    guard let range = text.firstRange(of: key) else { return nil }
    let digits = text[range.upperBound...].drop { $0 == " " || $0 == "\n" }.prefix { $0.isNumber }
    return Int(digits)
  }

  /// `/Root 12 0 R` → 12.
  static func reference(after key: String, in text: Substring) -> Int? {
    guard let range = text.firstRange(of: key) else { return nil }
    let words = text[range.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(3)
    guard words.count == 3, words[words.startIndex + 2].hasPrefix("R") else { return nil }
    return Int(words[words.startIndex])
  }

  /// The dictionary `body` (`<< … >>`) with `entry` before its closing `>>`.
  static func adding(_ entry: String, to body: [UInt8]) -> [UInt8] {
    var end = body.count
    while end > 0, body[end - 1] == 0x0A || body[end - 1] == 0x20 { end -= 1 }
    guard end >= 2, body[end - 1] == 0x3E, body[end - 2] == 0x3E else { return body }
    var result = Array(body[..<(end - 2)])
    while let last = result.last, last == 0x0A || last == 0x20 { result.removeLast() }
    result += Array("\n   \(entry)\n>>".utf8)
    return result
  }

  static func setting(_ key: String, to value: String, in dictionary: String) -> String {
    guard let keyRange = dictionary.firstRange(of: key + " ("),
      let close = dictionary[keyRange.upperBound...].firstIndex(of: ")")
    else { return String(decoding: adding("\(key) \(value)", to: Array(dictionary.utf8)), as: UTF8.self) }
    return String(dictionary[..<keyRange.lowerBound]) + key + " " + value
      + String(dictionary[dictionary.index(after: close)...])
  }

  static func hasPrefix(_ body: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard body.count >= count else { return false }
    return prefix.withUTF8Buffer { prefix in
      body.withUnsafeBufferPointer { $0.prefix(count).elementsEqual(prefix) }
    }
  }
}
