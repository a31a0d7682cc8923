/// Marks a page's untagged content as artifacts. cairo 1.16 puts marked content (`/P << /MCID 3 >>
/// BDC … EMC`) only around what is drawn inside a leaf structure element, and leaves everything
/// else — running heads, footers, rules, backgrounds, the watermark — unmarked, which PDF/UA does
/// not allow (every piece of content is either real content or an artifact). The painter draws
/// decoration only outside leaf elements, so every stretch of the content stream outside marked
/// content that paints something is wrapped in `/Artifact BMC … EMC`.
///
/// Text inside an artifact (running heads, footers «Página X de Y», repeated table headers) is
/// also given an empty replacement text (`/Span << /ActualText () >> BDC`, ISO 32000-1 14.9.4):
/// text extractors that ignore the structure tree (`pdftotext`, copy and paste) then read the body
/// in order, without a running head and a footer between every two pages. It still looks the same,
/// and costs a few bytes per page where glyph outlines would cost kilobytes.
///
/// The stream is read token by token (strings, names, arrays, dictionaries, inline images), so a
/// `BDC` inside a text string is never taken for an operator.
enum ContentArtifacts {
  /// `content` (an uncompressed content stream) with its untagged painting wrapped as artifacts.
  static func wrap(_ content: UnsafeRawBufferPointer) throws(PaintError) -> [UInt8] {
    guard let base = content.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return [] }
    let count = content.count
    var output: [UInt8] = []
    output.reserveCapacity(count + count / 16 + 64)
    /// Open marked-content sequences.
    var open: [Sequence] = []
    /// Start of the current untagged stretch, whether it paints and whether it shows text.
    var stretchStart = 0
    var stretchPaints = false
    var stretchShowsText = false
    /// cairo's own `/ActualText` spans in the stretch (a ligature's letters): dropped when the
    /// stretch becomes a text artifact, whose empty replacement text they would end early.
    var replacements: [Range<Int>] = []
    /// Where the operands of the next operator begin, and the last dictionary operand's range.
    var operandStart = -1
    var lastDictionary = 0..<0
    var index = 0

    func flushStretch(upTo end: Int) {
      guard end > stretchStart else { return }
      let stretch = UnsafeBufferPointer(start: base + stretchStart, count: end - stretchStart)
      if stretchPaints && stretchShowsText {
        output.append(contentsOf: textArtifactOpen)
        var copied = stretchStart
        for dropped in replacements {
          output.append(
            contentsOf: UnsafeBufferPointer(start: base + copied, count: dropped.lowerBound - copied))
          copied = dropped.upperBound
        }
        output.append(contentsOf: UnsafeBufferPointer(start: base + copied, count: end - copied))
        if stretch.last != 0x0A { output.append(0x0A) }
        output.append(contentsOf: textArtifactClose)
      } else if stretchPaints {
        output.append(contentsOf: artifactOpen)
        output.append(contentsOf: stretch)
        if stretch.last != 0x0A { output.append(0x0A) }
        output.append(contentsOf: artifactClose)
      } else {
        output.append(contentsOf: stretch)
      }
      stretchPaints = false
      stretchShowsText = false
      replacements = []
    }

    while index < count {
      let byte = base[index]
      if isWhitespace(byte) {
        index += 1
        continue
      }
      let tokenStart = index
      switch byte {
      case 0x25:  // % comment
        while index < count, base[index] != 0x0A, base[index] != 0x0D { index += 1 }
        continue
      case 0x28:  // ( literal string
        index = endOfLiteralString(base, count, from: index)
      case 0x3C:  // < hex string or << dictionary
        if index + 1 < count, base[index + 1] == 0x3C {
          index = endOfDictionary(base, count, from: index)
          lastDictionary = tokenStart..<index
        } else {
          while index < count, base[index] != 0x3E { index += 1 }
          index += 1
        }
      case 0x5B, 0x5D, 0x7B, 0x7D:  // [ ] { }: array delimiters count as operands
        index += 1
      case 0x2F:  // /Name
        index += 1
        while index < count, isRegular(base[index]) { index += 1 }
      default:
        if !isRegular(byte) { throw .unexpectedOutput("content byte \(byte)") }
        while index < count, isRegular(base[index]) { index += 1 }
        let length = index - tokenStart
        if !isOperand(base + tokenStart, length) {
          let start = operandStart >= 0 ? operandStart : tokenStart
          switch Operator(base + tokenStart, length) {
          case .beginMarked(let properties):
            let tagged = properties && contains(base, lastDictionary, "/MCID")
            if tagged && open.isEmpty {
              // The untagged stretch ends where this sequence's operands begin.
              flushStretch(upTo: start)
              stretchStart = start
            } else if tagged && !open.contains(.tagged) {
              // Tagged content inside an untagged sequence (an /ActualText span) that the
              // stretch would wrap: cairo never writes that.
              throw .unexpectedOutput("tagged content inside untagged marked content")
            }
            if tagged {
              open.append(.tagged)
            } else if properties && !open.contains(.tagged) && contains(base, lastDictionary, "/ActualText") {
              replacements.append(start..<index)
              open.append(.replacement)
            } else {
              open.append(.untagged)
            }
          case .endMarked:
            guard let sequence = open.popLast() else { throw .unexpectedOutput("EMC without BDC") }
            if sequence == .replacement { replacements.append(tokenStart..<index) }
            if sequence == .tagged && open.isEmpty {
              // The tagged sequence is copied as it is (with the line end after it); a new
              // untagged stretch starts after it.
              while index < count, isWhitespace(base[index]) { index += 1 }
              output.append(
                contentsOf: UnsafeBufferPointer(start: base + stretchStart, count: index - stretchStart))
              stretchStart = index
              stretchPaints = false
              stretchShowsText = false
            }
          case .inlineImage:
            index = endOfInlineImage(base, count, from: index)
            if !open.contains(.tagged) { stretchPaints = true }
          case .paints:
            if !open.contains(.tagged) { stretchPaints = true }
          case .showsText:
            if !open.contains(.tagged) {
              stretchPaints = true
              stretchShowsText = true
            }
          case .other:
            break
          }
          operandStart = -1
          lastDictionary = 0..<0
          continue
        }
      }
      if operandStart < 0 { operandStart = tokenStart }
    }
    guard open.isEmpty else { throw .unexpectedOutput("BDC without EMC") }
    flushStretch(upTo: count)
    return output
  }

  private static let artifactOpen = Array("/Artifact BMC\n".utf8)
  private static let artifactClose = Array("EMC\n".utf8)
  /// An artifact that shows text: its text replaced by nothing for extractors.
  private static let textArtifactOpen = Array("/Artifact BMC\n/Span << /ActualText () >> BDC\n".utf8)
  private static let textArtifactClose = Array("EMC\nEMC\n".utf8)

  /// An open marked-content sequence: tagged (with an MCID), one of cairo's replacement-text
  /// spans outside tagged content, or another untagged one.
  private enum Sequence {
    case tagged
    case replacement
    case untagged
  }

  /// What an operator means for the wrapping.
  private enum Operator {
    /// `BMC` (no properties) or `BDC` (with a property list).
    case beginMarked(properties: Bool)
    case endMarked
    case inlineImage
    /// Paints a path, a shading or an XObject.
    case paints
    /// Shows text (`Tj`, `TJ`, `'`, `"`).
    case showsText
    case other

    init(_ name: UnsafePointer<UInt8>, _ length: Int) {
      switch length {
      case 1:
        switch name[0] {
        case 0x53, 0x73, 0x66, 0x46, 0x42, 0x62: self = .paints  // S s f F B b
        case 0x27, 0x22: self = .showsText  // ' "
        default: self = .other
        }
      case 2:
        let pair = (name[0], name[1])
        switch pair {
        case (0x54, 0x6A), (0x54, 0x4A): self = .showsText  // Tj TJ
        case (0x66, 0x2A), (0x42, 0x2A), (0x62, 0x2A), (0x73, 0x68), (0x44, 0x6F):
          self = .paints  // f* B* b* sh Do
        case (0x42, 0x49): self = .inlineImage  // BI
        default: self = .other
        }
      case 3:
        if name[0] == 0x42, name[1] == 0x44, name[2] == 0x43 {
          self = .beginMarked(properties: true)  // BDC
        } else if name[0] == 0x42, name[1] == 0x4D, name[2] == 0x43 {
          self = .beginMarked(properties: false)  // BMC
        } else if name[0] == 0x45, name[1] == 0x4D, name[2] == 0x43 {
          self = .endMarked  // EMC
        } else {
          self = .other
        }
      default:
        self = .other
      }
    }
  }

  // MARK: - Lexical classes (ISO 32000-1, 7.2)

  @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
  }

  @inline(__always) static func isDelimiter(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: return true
    default: return false
    }
  }

  @inline(__always) static func isRegular(_ byte: UInt8) -> Bool { !isWhitespace(byte) && !isDelimiter(byte) }

  /// Numbers and the keywords `true`, `false` and `null` are operands; any other run of regular
  /// characters is an operator.
  private static func isOperand(_ token: UnsafePointer<UInt8>, _ length: Int) -> Bool {
    let first = token[0]
    if (first >= 0x30 && first <= 0x39) || first == 0x2B || first == 0x2D || first == 0x2E { return true }
    let word = UnsafeBufferPointer(start: token, count: length)
    return word.elementsEqual("true".utf8) || word.elementsEqual("false".utf8)
      || word.elementsEqual("null".utf8)
  }

  private static func endOfLiteralString(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> Int {
    var depth = 0
    var index = start
    while index < count {
      switch base[index] {
      case 0x5C: index += 1  // backslash: the next byte is escaped
      case 0x28: depth += 1
      case 0x29:
        depth -= 1
        if depth == 0 { return index + 1 }
      default: break
      }
      index += 1
    }
    return count
  }

  /// The end of a dictionary, skipping the strings and nested dictionaries inside it.
  private static func endOfDictionary(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> Int {
    var depth = 0
    var index = start
    while index < count {
      let byte = base[index]
      if byte == 0x28 {
        index = endOfLiteralString(base, count, from: index)
        continue
      }
      if byte == 0x3C, index + 1 < count, base[index + 1] == 0x3C {
        depth += 1
        index += 2
        continue
      }
      if byte == 0x3E, index + 1 < count, base[index + 1] == 0x3E {
        depth -= 1
        index += 2
        if depth == 0 { return index }
        continue
      }
      index += 1
    }
    return count
  }

  /// After `BI … ID`, the image data runs to an `EI` between white-space characters.
  private static func endOfInlineImage(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> Int {
    var index = start
    // The ID keyword.
    while index + 1 < count,
      !(base[index] == 0x49 && base[index + 1] == 0x44 && isWhitespace(base[index + 2]))
    {
      index += 1
    }
    index += 3
    while index + 2 < count {
      if isWhitespace(base[index]) && base[index + 1] == 0x45 && base[index + 2] == 0x49
        && (index + 3 == count || isWhitespace(base[index + 3]))
      {
        return index + 3
      }
      index += 1
    }
    return count
  }

  private static func contains(_ base: UnsafePointer<UInt8>, _ range: Range<Int>, _ word: String) -> Bool {
    let needle = Array(word.utf8)
    guard range.count >= needle.count else { return false }
    var index = range.lowerBound
    while index + needle.count <= range.upperBound {
      if base[index] == needle[0]
        && UnsafeBufferPointer(start: base + index, count: needle.count).elementsEqual(needle)
      {
        return true
      }
      index += 1
    }
    return false
  }
}
