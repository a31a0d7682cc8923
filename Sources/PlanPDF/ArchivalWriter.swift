import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Rewrites cairo's PDF, as cairo writes it, into the file `plan` publishes: PDF 1.7 with object
/// streams and a compressed cross-reference stream (about a third of cairo's size), XMP metadata,
/// the sRGB output intent, and what cairo 1.16 leaves out or gets wrong (see `ArchivalEdits`).
///
/// It reads cairo's objects one at a time as they arrive, so the file is never held whole in
/// memory: streams go straight to the output; every other object is edited if it must be and
/// packed into an object stream, compressed a hundred at a time; the catalog and the information
/// dictionary wait for the end, when the new objects' numbers are known.
///
/// Why not qpdf: rewriting the ×10 plan's 17 MB with object streams takes qpdf 2.3 s of CPU, more
/// than the whole build; this pass costs a fraction of that, on its own thread (see
/// `ArchivalPipeline`), and relies only on how cairo writes its files (one object after another,
/// `N 0 obj … endobj`, streams with a direct or a following `/Length`).
final class ArchivalWriter {
  let settings: ArchivalSettings
  private let output: any ArchivalOutput
  private let edits: ArchivalEdits
  private let identifier = IdentifierHash()

  /// cairo's bytes not yet parsed, from `start`.
  private var input: [UInt8] = []
  private var start = 0
  private var sawHeader = false
  private var trailer: (size: Int, root: Int, info: Int?)?

  /// Where each object ended up: at an offset of the file, or in an object stream.
  private var places = ObjectPlaces()
  /// Object streams already compressed: how many objects, where the first one starts, the data.
  private var batches: [(count: Int, first: Int, data: [UInt8])] = []
  private var batch = ObjectStreamBatch()
  /// `/Length` objects of streams this writer recompressed: no longer referenced, left out.
  private var droppedLengths: Set<Int> = []
  /// Objects kept for the end (the catalog, the information dictionary).
  private var held: [Int: [UInt8]] = [:]
  private var failure: PaintError?

  init(settings: ArchivalSettings, output: any ArchivalOutput) {
    self.settings = settings
    self.output = output
    self.edits = ArchivalEdits(settings: settings)
  }

  /// Takes the next bytes cairo wrote.
  func feed(_ bytes: UnsafeRawBufferPointer) {
    guard failure == nil else { return }
    identifier.add(bytes.assumingMemoryBound(to: UInt8.self))
    if start > 0 && start >= input.count / 2 {
      input.removeFirst(start)
      start = 0
    }
    input.append(contentsOf: bytes)
    do throws(PaintError) {
      try parse()
    } catch {
      failure = error
    }
  }

  /// Writes what was held back and the cross-reference stream, once cairo has finished.
  func finish() throws(PaintError) {
    if let failure { throw failure }
    try parse()
    guard let trailer else { throw .unexpectedOutput("no trailer") }
    guard let catalog = held[trailer.root] else { throw .unexpectedOutput("catalog \(trailer.root)") }
    try edits.checkComplete()
    var next = trailer.size
    let metadataNumber = next
    next += 1
    let profileNumber: Int? = settings.standard.archival ? next : nil
    if profileNumber != nil { next += 1 }
    var info: [UInt8]?
    var producer = ""
    if let number = trailer.info {
      guard let body = held[number] else { throw .unexpectedOutput("info \(number)") }
      (info, producer) = edits.information(body)
    }
    let metadata = XMPPacket(
      title: settings.metadata.title, author: settings.metadata.author, subject: settings.metadata.subject,
      keywords: settings.keywords, creatorTool: settings.metadata.creator, producer: producer,
      language: settings.metadata.language, date: settings.date.iso8601, standard: settings.standard,
      sources: settings.metadata.sourceChecksums
    ).bytes()
    writeStream(
      number: metadataNumber, dictionary: "<< /Type /Metadata /Subtype /XML /Length \(metadata.count) >>",
      data: metadata)
    if let profileNumber {
      let profile = Deflate.compress(SRGBProfile.bytes)
      writeStream(
        number: profileNumber, dictionary: "<< /N 3 /Filter /FlateDecode /Length \(profile.count) >>",
        data: profile)
    }
    pack(trailer.root, edits.catalog(catalog, metadata: metadataNumber, profile: profileNumber)[...])
    if let number = trailer.info, let info { pack(number, info[...]) }
    closeBatch()
    // The object streams, numbered after everything else.
    var batchNumbers: [Int] = []
    for current in batches {
      batchNumbers.append(next)
      writeStream(
        number: next,
        dictionary: "<< /Type /ObjStm /N \(current.count) /First \(current.first) /Filter /FlateDecode "
          + "/Length \(current.data.count) >>",
        data: current.data)
      next += 1
    }
    writeCrossReference(
      number: next, batchNumbers: batchNumbers, root: trailer.root, info: trailer.info)
    try output.close()
  }

  // MARK: - Reading cairo's file

  private func parse() throws(PaintError) {
    while true {
      let available = input.count - start
      if available <= 0 { return }
      if !sawHeader {
        // `%PDF-1.5` and a comment line of binary bytes: replaced by this writer's header.
        guard let firstLine = find("\n", from: start), let secondLine = find("\n", from: firstLine + 1) else {
          return
        }
        guard matches("%PDF-", at: start) else { throw .unexpectedOutput("header") }
        start = secondLine + 1
        sawHeader = true
        output.write(Array("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8).latin1Header)
        continue
      }
      skipWhitespace()
      if start >= input.count { return }
      if matches("xref", at: start) {
        guard try readTrailer() else { return }
        continue
      }
      if trailer != nil { throw .unexpectedOutput("bytes after the trailer") }
      guard try readObject() else { return }
    }
  }

  /// One object, if all of it has arrived.
  private func readObject() throws(PaintError) -> Bool {
    // "N 0 obj\n"
    var index = start
    var number = 0
    while index < input.count, input[index] >= 0x30, input[index] <= 0x39 {
      number = number * 10 + Int(input[index] - 0x30)
      index += 1
    }
    guard index + 7 <= input.count else { return false }
    guard index > start, matches(" 0 obj\n", at: index) else { throw .unexpectedOutput("object header") }
    let bodyStart = index + 7
    let end = find("\nendobj\n", from: bodyStart)
    let streamKeyword = find(">>\nstream\n", from: bodyStart, before: end)
    if let streamKeyword {
      return try readStream(number: number, dictionaryEnd: streamKeyword + 2, bodyStart: bodyStart)
    }
    guard let end else { return false }
    start = end + 8
    if droppedLengths.remove(number) != nil { return true }
    try object(number, input[bodyStart..<end])
    return true
  }

  /// A stream object: its dictionary, its data (up to `/Length`, direct or given by the object
  /// cairo writes right after it) and `endstream`.
  private func readStream(number: Int, dictionaryEnd: Int, bodyStart: Int) throws(PaintError) -> Bool {
    let dictionary = String(decoding: input[bodyStart..<dictionaryEnd], as: UTF8.self)
    let dataStart = dictionaryEnd + 8  // "\nstream\n"
    var dataEnd: Int
    var after: Int
    var lengthObject: Int?
    switch ArchivalEdits.length(in: dictionary) {
    case .direct(let length):
      dataEnd = dataStart + length
      guard dataEnd <= input.count else { return false }
      var index = dataEnd
      while index < input.count, input[index] == 0x0A || input[index] == 0x0D { index += 1 }
      let trailerText = "endstream\nendobj\n"
      guard index + trailerText.utf8.count <= input.count else { return false }
      guard matches(trailerText, at: index) else { throw .unexpectedOutput("endstream of \(number)") }
      after = index + trailerText.utf8.count
    case .indirect(let object):
      // The data ends before the "endstream" whose length the next object (cairo writes it
      // right after the stream) confirms.
      var search = dataStart
      while true {
        guard let candidate = find("\nendstream\nendobj\n", from: search) else { return false }
        let confirmation = "\(object) 0 obj\n   \(candidate - dataStart)\nendobj\n"
        let confirmationStart = candidate + 18
        if confirmationStart + confirmation.utf8.count > input.count { return false }
        if matches(confirmation, at: confirmationStart) {
          dataEnd = candidate
          after = confirmationStart
          lengthObject = object
          break
        }
        search = candidate + 1
      }
    case .missing:
      throw .unexpectedOutput("stream \(number) without /Length")
    }
    let outcome: PaintError? = input.withUnsafeBytes { bytes in
      let slice = UnsafeRawBufferPointer(rebasing: bytes[dataStart..<dataEnd])
      do throws(PaintError) {
        if let edited = try edits.stream(dictionary: dictionary, data: slice) {
          if let lengthObject { droppedLengths.insert(lengthObject) }
          writeStream(number: number, dictionary: edited.dictionary, data: edited.data)
        } else {
          writeStream(number: number, dictionary: dictionary, data: slice)
        }
        return nil
      } catch {
        return error
      }
    }
    if let outcome { throw outcome }
    start = after
    return true
  }

  /// cairo's `xref` table and trailer: only the trailer's `/Size`, `/Root` and `/Info` are used.
  /// (The table is twenty bytes an object; the trailer is read from the last kilobyte.)
  private func readTrailer() throws(PaintError) -> Bool {
    let tailStart = max(start, input.count - 2048)
    guard let end = find("%%EOF", from: tailStart),
      let trailerStart = find("trailer", from: max(start, end - 1024))
    else {
      if find("%%EOF", from: start) == nil { return false }
      throw .unexpectedOutput("trailer")
    }
    let dictionary = Substring(String(decoding: input[(trailerStart + 7)..<end], as: UTF8.self))
    guard let size = ArchivalEdits.integer(after: "/Size", in: dictionary),
      let root = ArchivalEdits.reference(after: "/Root", in: dictionary)
    else { throw .unexpectedOutput("trailer") }
    trailer = (size, root, ArchivalEdits.reference(after: "/Info", in: dictionary))
    start = end + 5
    return true
  }

  // MARK: - Writing

  /// An object that is not a stream: edited, then packed (or held for the end).
  private func object(_ number: Int, _ body: ArraySlice<UInt8>) throws(PaintError) {
    switch try edits.object(number: number, body: body) {
    case .keep: pack(number, body)
    case .replace(let edited): pack(number, edited[...])
    case .hold: held[number] = Array(body)
    }
  }

  private func pack(_ number: Int, _ body: ArraySlice<UInt8>) {
    places.pack(number, batch: batches.count, index: batch.count)
    batch.add(number, body)
    if batch.count == ObjectStreamBatch.capacity { closeBatch() }
  }

  private func closeBatch() {
    guard batch.count > 0 else { return }
    batches.append((batch.count, batch.first, Deflate.compress(batch.stream)))
    batch = ObjectStreamBatch()
  }

  private func writeStream(number: Int, dictionary: String, data: UnsafeRawBufferPointer) {
    places.put(number, at: output.offset)
    output.write(Array("\(number) 0 obj\n\(dictionary)\nstream\n".utf8))
    output.write(data)
    output.write(Array("\nendstream\nendobj\n".utf8))
  }

  private func writeStream(number: Int, dictionary: String, data: [UInt8]) {
    data.withUnsafeBytes { writeStream(number: number, dictionary: dictionary, data: $0) }
  }

  /// The cross-reference stream (`/W [1 4 2]`): free, in-file and packed objects; the trailer's
  /// keys in its dictionary; then `startxref`.
  private func writeCrossReference(number: Int, batchNumbers: [Int], root: Int, info: Int?) {
    let size = number + 1
    var table = [UInt8](repeating: 0, count: size * 7)
    func entry(_ index: Int, _ kind: UInt8, _ field2: Int, _ field3: Int) {
      let base = index * 7
      table[base] = kind
      for byte in 0..<4 { table[base + 1 + byte] = UInt8(truncatingIfNeeded: field2 >> (8 * (3 - byte))) }
      table[base + 5] = UInt8(truncatingIfNeeded: field3 >> 8)
      table[base + 6] = UInt8(truncatingIfNeeded: field3)
    }
    entry(0, 0, 0, 65535)
    for number in 1..<size {
      switch places[number] {
      case .file(let offset): entry(number, 1, offset, 0)
      case .packed(let batch, let index): entry(number, 2, batchNumbers[batch], index)
      case .free: entry(number, 0, 0, 0)
      }
    }
    let offset = output.offset
    entry(number, 1, offset, 0)
    let data = Deflate.compress(table)
    let id = identifier.hex
    var dictionary =
      "<< /Type /XRef /Size \(size) /W [1 4 2] /Root \(root) 0 R"
    if let info { dictionary += " /Info \(info) 0 R" }
    dictionary += " /ID [<\(id)> <\(id)>] /Filter /FlateDecode /Length \(data.count) >>"
    writeStream(number: number, dictionary: dictionary, data: data)
    output.write(Array("startxref\n\(offset)\n%%EOF\n".utf8))
  }

  // MARK: - Byte scanning

  private func skipWhitespace() {
    while start < input.count, input[start] == 0x0A || input[start] == 0x0D || input[start] == 0x20 {
      start += 1
    }
  }

  private func matches(_ text: String, at index: Int) -> Bool {
    let bytes = text.utf8
    guard index + bytes.count <= input.count else { return false }
    return input[index..<(index + bytes.count)].elementsEqual(bytes)
  }

  /// The first occurrence of `text` at or after `from` (and before `limit`, when given).
  private func find(_ text: StaticString, from: Int, before limit: Int? = nil) -> Int? {
    let length = text.utf8CodeUnitCount
    let end = limit.map { min($0 + length, input.count) } ?? input.count
    guard from < end, end - from >= length else { return nil }
    return input.withUnsafeBufferPointer { bytes in
      text.withUTF8Buffer { needle in
        let first = needle[0]
        var index = from
        let last = end - length
        while index <= last {
          guard let hit = memchr(bytes.baseAddress! + index, Int32(first), last - index + 1) else {
            return nil
          }
          index = bytes.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(bytes.baseAddress! + index, needle.baseAddress!, length) == 0 {
            if let limit, index >= limit { return nil }
            return index
          }
          index += 1
        }
        return nil
      }
    }
  }
}

/// Where the archival writer's bytes go: the temporary file, or memory.
protocol ArchivalOutput: AnyObject {
  /// Bytes written so far.
  var offset: Int { get }
  func write(_ bytes: UnsafeRawBufferPointer)
  /// Called once, after the last byte.
  func close() throws(PaintError)
}

extension ArchivalOutput {
  func write(_ bytes: [UInt8]) { bytes.withUnsafeBytes { write($0) } }
}

/// The output in memory (`PDFPainter.render`).
final class MemoryOutput: ArchivalOutput {
  var bytes: [UInt8] = []
  var offset: Int { bytes.count }
  func write(_ bytes: UnsafeRawBufferPointer) { self.bytes.append(contentsOf: bytes) }
  func close() {}
}

/// Up to `capacity` objects for one object stream: their bodies one after another, and the
/// `number offset` pairs that head the stream.
struct ObjectStreamBatch {
  static let capacity = 100
  private(set) var count = 0
  private var index: [UInt8] = []
  private var bodies: [UInt8] = []

  mutating func add(_ number: Int, _ body: ArraySlice<UInt8>) {
    ObjectStreamBatch.appendDecimal(number, to: &index)
    index.append(0x20)
    ObjectStreamBatch.appendDecimal(bodies.count, to: &index)
    index.append(0x20)
    bodies += body
    bodies.append(0x0A)
    count += 1
  }

  var first: Int { index.count }
  var stream: [UInt8] { index + bodies }

  static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
    if value >= 10 { appendDecimal(value / 10, to: &bytes) }
    bytes.append(UInt8(0x30 + value % 10))
  }
}

/// Where each object number ended up: written in the file at an offset, packed in an object
/// stream, or nowhere (free).
struct ObjectPlaces {
  enum Place {
    case free
    case file(offset: Int)
    case packed(batch: Int, index: Int)
  }

  /// Per object number: an offset (≥ 0), a packed place (`-2 - batch * capacity - index`), or -1.
  private var entries: [Int] = []

  private mutating func grow(to number: Int) {
    if number >= entries.count { entries += repeatElement(-1, count: number - entries.count + 1) }
  }

  mutating func put(_ number: Int, at offset: Int) {
    grow(to: number)
    entries[number] = offset
  }

  mutating func pack(_ number: Int, batch: Int, index: Int) {
    grow(to: number)
    entries[number] = -2 - (batch * ObjectStreamBatch.capacity + index)
  }

  subscript(number: Int) -> Place {
    guard number < entries.count else { return .free }
    let value = entries[number]
    if value >= 0 { return .file(offset: value) }
    if value == -1 { return .free }
    let packed = -2 - value
    return .packed(batch: packed / ObjectStreamBatch.capacity, index: packed % ObjectStreamBatch.capacity)
  }
}

extension Array where Element == UInt8 {
  /// The header's second line is written as four bytes above 127, not as UTF-8.
  fileprivate var latin1Header: [UInt8] {
    let text = String(decoding: self, as: UTF8.self)
    return text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
  }
}
