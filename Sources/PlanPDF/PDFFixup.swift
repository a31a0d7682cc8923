/// What cairo 1.16 writes wrong or leaves out, fixed by appending an incremental update (the
/// original bytes stay as they are; a new cross-reference section points back to cairo's with
/// `/Prev`). It replaces two objects:
///
/// - the Catalog gains `/Lang` (the document's language), `/ViewerPreferences` with
///   `/DisplayDocTitle true`, `/PageMode /UseOutlines` when there is an outline, and `/MarkInfo`
///   when it is missing;
/// - the Info dictionary gets proper PDF dates: cairo writes `(20250314093000+01'00)`, without
///   the `D:` prefix.
///
/// The trailer gains an `/ID` (cairo writes none) computed from the bytes, so the same content
/// always gets the same identifier and the output stays byte-deterministic.
enum PDFFixup {
  /// Appends the update to `pdf` itself: no copy of a file of tens of megabytes.
  static func apply(to pdf: inout [UInt8], language: String, date: PDFDate) throws(PaintError) {
    let identifier = IdentifierHash()
    pdf.withUnsafeBufferPointer { identifier.add($0) }
    pdf += try update(for: pdf, identifier: identifier.hex, language: language, date: date)
  }

  /// The bytes to append to cairo's file `source`: the new Catalog and Info objects, a
  /// cross-reference section for them and the trailer with `/ID [<identifier> <identifier>]`.
  static func update(
    for source: some PDFSource, identifier: String, language: String, date: PDFDate
  ) throws(PaintError) -> [UInt8] {
    let document = try CrossReference(source)
    guard let catalogOffset = document.offsets[document.root],
      var catalog = dictionary(in: source, at: catalogOffset)
    else { throw .unexpectedOutput("catalog \(document.root)") }
    if !language.isEmpty, !catalog.contains("/Lang") {
      catalog = adding("/Lang \(string(language))", to: catalog)
    }
    if !catalog.contains("/ViewerPreferences") {
      catalog = adding("/ViewerPreferences << /DisplayDocTitle true >>", to: catalog)
    }
    if catalog.contains("/Outlines"), !catalog.contains("/PageMode") {
      catalog = adding("/PageMode /UseOutlines", to: catalog)
    }
    if !catalog.contains("/MarkInfo") { catalog = adding("/MarkInfo << /Marked true >>", to: catalog) }

    var replaced: [(number: Int, body: String)] = [(document.root, catalog)]
    if let infoNumber = document.info {
      guard let infoOffset = document.offsets[infoNumber], var info = dictionary(in: source, at: infoOffset)
      else { throw .unexpectedOutput("info \(infoNumber)") }
      info = setting("/CreationDate", to: "(\(date.pdf))", in: info)
      info = setting("/ModDate", to: "(\(date.pdf))", in: info)
      replaced.append((infoNumber, info))
    }

    var update: [UInt8] = []
    if source.count > 0, source.bytes((source.count - 1)..<source.count) != [0x0A] { update.append(0x0A) }
    var entries: [(number: Int, offset: Int)] = []
    for (number, body) in replaced.sorted(by: { $0.number < $1.number }) {
      entries.append((number, source.count + update.count))
      update += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
    }
    let crossReference = source.count + update.count
    var text = "xref\n"
    for entry in entries {
      text += "\(entry.number) 1\n" + PDFDate.pad(entry.offset, 10) + " 00000 n \n"
    }
    text += "trailer\n<< /Size \(document.size) /Root \(document.root) 0 R"
    if let info = document.info { text += " /Info \(info) 0 R" }
    text += " /ID [<\(identifier)> <\(identifier)>] /Prev \(document.startOffset) >>\n"
    text += "startxref\n\(crossReference)\n%%EOF\n"
    update += Array(text.utf8)
    return update
  }

  // MARK: - Reading cairo's file

  /// The last cross-reference table and trailer of a classic (non-stream) PDF, as cairo writes.
  struct CrossReference {
    var startOffset: Int
    var offsets: [Int: Int] = [:]
    var size: Int
    var root: Int
    var info: Int?

    init(_ source: some PDFSource) throws(PaintError) {
      let tailStart = max(0, source.count - 1024)
      let tail = source.bytes(tailStart..<source.count)
      guard let keyword = PDFFixup.lastIndex(of: "startxref", in: tail, from: 0),
        let start = PDFFixup.integer(in: tail, after: keyword + 9), start < source.count
      else { throw .unexpectedOutput("startxref") }
      // The table and the trailer, from "xref" to the end (offsets below are relative to it).
      let pdf = source.bytes(start..<source.count)
      guard PDFFixup.matches("xref", in: pdf, at: 0) else { throw .unexpectedOutput("startxref") }
      startOffset = start
      var index = 4
      // Subsections: "first count" then count entries of 20 bytes.
      while true {
        index = PDFFixup.skipWhitespace(pdf, index)
        if PDFFixup.matches("trailer", in: pdf, at: index) { break }
        guard let first = PDFFixup.integer(in: pdf, after: index),
          let count = PDFFixup.integer(in: pdf, after: PDFFixup.endOfInteger(pdf, index))
        else { throw .unexpectedOutput("xref subsection") }
        index = PDFFixup.skipWhitespace(pdf, PDFFixup.endOfInteger(pdf, PDFFixup.endOfInteger(pdf, index)))
        for number in first..<(first + count) {
          guard index + 20 <= pdf.count else { throw .unexpectedOutput("xref entry") }
          if pdf[index + 17] == UInt8(ascii: "n"), let offset = PDFFixup.integer(in: pdf, after: index) {
            offsets[number] = offset
          }
          index += 20
        }
      }
      let trailer = String(decoding: pdf[index..<min(pdf.count, index + 512)], as: UTF8.self)
      guard let size = PDFFixup.reference("/Size", in: trailer, isReference: false),
        let root = PDFFixup.reference("/Root", in: trailer, isReference: true)
      else { throw .unexpectedOutput("trailer") }
      self.size = size
      self.root = root
      self.info = PDFFixup.reference("/Info", in: trailer, isReference: true)
    }
  }

  /// The dictionary of the object at `offset` (`N G obj << … >> endobj`), as text. Reads a few
  /// kilobytes from there, more if the object is longer.
  static func dictionary(in source: some PDFSource, at offset: Int) -> String? {
    guard offset >= 0, offset < source.count else { return nil }
    var length = 4096
    while true {
      let pdf = source.bytes(offset..<min(source.count, offset + length))
      if let objectKeyword = firstIndex(of: "obj", in: pdf, from: 0),
        let end = firstIndex(of: "endobj", in: pdf, from: objectKeyword + 3)
      {
        let body = String(decoding: pdf[(objectKeyword + 3)..<end], as: UTF8.self)
        let trimmed = body.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
        let text = String(trimmed)
        guard text.hasPrefix("<<"), text.hasSuffix(">>") else { return nil }
        return text
      }
      if offset + length >= source.count { return nil }
      length *= 4
    }
  }

  /// `dictionary` with one more `/Key value` line before its closing `>>`.
  static func adding(_ entry: String, to dictionary: String) -> String {
    String(dictionary.dropLast(2).reversed().drop { $0.isWhitespace }.reversed()) + "\n   " + entry + "\n>>"
  }

  /// `dictionary` with the string value of `key` replaced (or added).
  static func setting(_ key: String, to value: String, in dictionary: String) -> String {
    guard let keyRange = dictionary.firstRange(of: key + " ("),
      let close = dictionary[keyRange.upperBound...].firstIndex(of: ")")
    else { return adding("\(key) \(value)", to: dictionary) }
    return String(dictionary[..<keyRange.lowerBound]) + key + " " + value
      + String(dictionary[dictionary.index(after: close)...])
  }

  /// A PDF literal string: `(es-AR)`, with `\`, `(` and `)` escaped.
  static func string(_ value: String) -> String {
    var text = "("
    for scalar in value.unicodeScalars where scalar.isASCII && scalar.value >= 0x20 {
      if scalar == "\\" || scalar == "(" || scalar == ")" { text += "\\" }
      text.unicodeScalars.append(scalar)
    }
    return text + ")"
  }

  // MARK: - Byte scanning

  static func matches(_ keyword: String, in pdf: [UInt8], at index: Int) -> Bool {
    let bytes = Array(keyword.utf8)
    guard index >= 0, index + bytes.count <= pdf.count else { return false }
    return pdf[index..<(index + bytes.count)].elementsEqual(bytes)
  }

  static func firstIndex(of keyword: String, in pdf: [UInt8], from start: Int) -> Int? {
    let bytes = Array(keyword.utf8)
    guard let first = bytes.first, start < pdf.count else { return nil }
    var index = start
    while index + bytes.count <= pdf.count {
      if pdf[index] == first && matches(keyword, in: pdf, at: index) { return index }
      index += 1
    }
    return nil
  }

  static func lastIndex(of keyword: String, in pdf: [UInt8], from start: Int) -> Int? {
    var index = pdf.count - keyword.utf8.count
    while index >= start {
      if matches(keyword, in: pdf, at: index) { return index }
      index -= 1
    }
    return nil
  }

  static func skipWhitespace(_ pdf: [UInt8], _ start: Int) -> Int {
    var index = start
    while index < pdf.count, [0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00].contains(pdf[index]) { index += 1 }
    return index
  }

  /// The non-negative integer after optional whitespace at `start`.
  static func integer(in pdf: [UInt8], after start: Int) -> Int? {
    var index = skipWhitespace(pdf, start)
    var value = 0
    let first = index
    while index < pdf.count, pdf[index] >= 0x30 && pdf[index] <= 0x39 {
      value = value * 10 + Int(pdf[index] - 0x30)
      index += 1
    }
    return index > first ? value : nil
  }

  static func endOfInteger(_ pdf: [UInt8], _ start: Int) -> Int {
    var index = skipWhitespace(pdf, start)
    while index < pdf.count, pdf[index] >= 0x30 && pdf[index] <= 0x39 { index += 1 }
    return index
  }

  /// `/Root 1 0 R` → 1; `/Size 12` → 12.
  static func reference(_ key: String, in text: String, isReference: Bool) -> Int? {
    guard let range = text.firstRange(of: key) else { return nil }
    let rest = text[range.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard let value = Int(digits) else { return nil }
    if isReference {
      let tail = rest.dropFirst(digits.count).prefix(8)
      guard tail.contains("R") else { return nil }
    }
    return value
  }
}

/// Random access to cairo's finished file, wherever it is (memory or a file being written).
protocol PDFSource {
  var count: Int { get }
  func bytes(_ range: Range<Int>) -> [UInt8]
}

extension Array: PDFSource where Element == UInt8 {
  func bytes(_ range: Range<Int>) -> [UInt8] { Array(self[range]) }
}

/// The file identifier: two 64-bit hashes (different seeds and multipliers) of cairo's bytes, fed
/// in pieces as they are written, eight bytes at a time, as 32 hexadecimal digits. The same
/// content always gets the same identifier.
final class IdentifierHash {
  private var first: UInt64 = 0xCBF2_9CE4_8422_2325
  private var second: UInt64 = 0x8422_2325_CBF2_9CE4
  /// The bytes of a word that a piece ended in the middle of (little-endian), and how many.
  private var partial: UInt64 = 0
  private var partialBytes = 0
  private var total: UInt64 = 0

  func add(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    let count = bytes.count
    total &+= UInt64(count)
    var index = 0
    // The rest of a word the previous piece began.
    while partialBytes > 0 && partialBytes < 8 && index < count {
      partial |= UInt64(base[index]) << (8 * UInt64(partialBytes))
      partialBytes += 1
      index += 1
    }
    if partialBytes == 8 {
      IdentifierHash.mix(partial, into: &first, &second)
      partial = 0
      partialBytes = 0
    }
    let raw = UnsafeRawPointer(base)
    var first = self.first
    var second = self.second
    while index + 8 <= count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      IdentifierHash.mix(word, into: &first, &second)
      index += 8
    }
    self.first = first
    self.second = second
    // The start of the next word.
    while index < count {
      partial |= UInt64(base[index]) << (8 * UInt64(partialBytes))
      partialBytes += 1
      index += 1
    }
  }

  var hex: String {
    var first = self.first
    var second = self.second
    if partialBytes > 0 { IdentifierHash.mix(partial, into: &first, &second) }
    IdentifierHash.mix(total, into: &first, &second)
    return IdentifierHash.hex(IdentifierHash.avalanche(first))
      + IdentifierHash.hex(IdentifierHash.avalanche(second))
  }

  private static func mix(_ word: UInt64, into first: inout UInt64, _ second: inout UInt64) {
    first = (first ^ word) &* 0x9E37_79B9_7F4A_7C15
    first ^= first >> 29
    second = (second ^ word) &* 0xC2B2_AE3D_27D4_EB4F
    second ^= second >> 31
  }

  /// MurmurHash3's finaliser: every input bit reaches every output bit.
  private static func avalanche(_ value: UInt64) -> UInt64 {
    var value = value
    value ^= value >> 33
    value = value &* 0xFF51_AFD7_ED55_8CCD
    value ^= value >> 33
    value = value &* 0xC4CE_B9FE_1A85_EC53
    value ^= value >> 33
    return value
  }

  static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
