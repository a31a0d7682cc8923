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
    let document = try CrossReference(pdf)
    guard let catalogOffset = document.offsets[document.root],
      var catalog = dictionary(in: pdf, at: catalogOffset)
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
      guard let infoOffset = document.offsets[infoNumber], var info = dictionary(in: pdf, at: infoOffset)
      else { throw .unexpectedOutput("info \(infoNumber)") }
      info = setting("/CreationDate", to: "(\(date.pdf))", in: info)
      info = setting("/ModDate", to: "(\(date.pdf))", in: info)
      replaced.append((infoNumber, info))
    }

    // The identifier is a hash of cairo's file, before the update.
    let identifier = hexHash(pdf, seed: 0xCBF2_9CE4_8422_2325) + hexHash(pdf, seed: 0x8422_2325_CBF2_9CE4)
    if pdf.last != 0x0A { pdf.append(0x0A) }
    var entries: [(number: Int, offset: Int)] = []
    for (number, body) in replaced.sorted(by: { $0.number < $1.number }) {
      entries.append((number, pdf.count))
      pdf += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
    }
    let crossReference = pdf.count
    var text = "xref\n"
    for entry in entries {
      text += "\(entry.number) 1\n" + PDFDate.pad(entry.offset, 10) + " 00000 n \n"
    }
    text += "trailer\n<< /Size \(document.size) /Root \(document.root) 0 R"
    if let info = document.info { text += " /Info \(info) 0 R" }
    text += " /ID [<\(identifier)> <\(identifier)>] /Prev \(document.startOffset) >>\n"
    text += "startxref\n\(crossReference)\n%%EOF\n"
    pdf += Array(text.utf8)
  }

  // MARK: - Reading cairo's file

  /// The last cross-reference table and trailer of a classic (non-stream) PDF, as cairo writes.
  struct CrossReference {
    var startOffset: Int
    var offsets: [Int: Int] = [:]
    var size: Int
    var root: Int
    var info: Int?

    init(_ pdf: [UInt8]) throws(PaintError) {
      let tail = max(0, pdf.count - 1024)
      guard let keyword = PDFFixup.lastIndex(of: "startxref", in: pdf, from: tail),
        let start = PDFFixup.integer(in: pdf, after: keyword + 9), start < pdf.count,
        PDFFixup.matches("xref", in: pdf, at: start)
      else { throw .unexpectedOutput("startxref") }
      startOffset = start
      var index = start + 4
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

  /// The dictionary of the object at `offset` (`N G obj << … >> endobj`), as text.
  static func dictionary(in pdf: [UInt8], at offset: Int) -> String? {
    guard let objectKeyword = firstIndex(of: "obj", in: pdf, from: offset),
      let end = firstIndex(of: "endobj", in: pdf, from: objectKeyword + 3)
    else { return nil }
    let body = String(decoding: pdf[(objectKeyword + 3)..<end], as: UTF8.self)
    let trimmed = body.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
    let text = String(trimmed)
    guard text.hasPrefix("<<"), text.hasSuffix(">>") else { return nil }
    return text
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

  /// 64-bit FNV-1a of the bytes from `seed`, as 16 hexadecimal digits.
  static func hexHash(_ bytes: [UInt8], seed: UInt64) -> String {
    var hash = seed
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let digits = String(hash, radix: 16, uppercase: true)
    return String(repeating: "0", count: 16 - digits.count) + digits
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
