import CPango
import PlanDocument
import PlanLayout

/// A justified paragraph broken as a whole (`ParagraphBreaker`) on Pango's measurements: the text
/// is shaped once, on one unwrapped line; the breaker chooses the breaks among the spaces and the
/// hyphenation points; each line is then cut from that line's glyph runs, its spaces widened (or
/// narrowed) to fill the column. A space grows to at most 1.5 times its natural width: when no
/// breaks allow that, the looser lines end short of the column rather than stretch further.
///
/// The hyphen at a broken word's end is the font's hyphen glyph in the place of the soft hyphen
/// (U+00AD) that marks the break, as Pango does it: copied text gets the soft hyphen back, which
/// readers drop, not a hyphen inside the word.
final class JustifiedParagraph {
  /// Per line, its runs (copies this paragraph owns) and where each starts, in points from the
  /// paragraph's left edge.
  let lines: [[(item: UnsafeMutablePointer<PangoGlyphItem>, x: Double)]]
  /// Per line, the widest space as a multiple of its natural width (1 for an unjustified line).
  let spaceRatios: [Double]
  let widths: [Double]

  /// The natural width of a space stretches this much (and shrinks this much) at most.
  static let stretch = 0.5
  static let shrink = 0.25
  static let hyphenCost = 50.0

  /// `nil` when the paragraph does not come out as one unwrapped line (it holds a line break).
  init?(layout: OpaquePointer, width: Double) {
    guard pango_layout_get_line_count(layout) == 1,
      let line = pango_layout_get_line_readonly(layout, 0),
      let textPointer = pango_layout_get_text(layout)
    else { return nil }
    let text = UnsafeRawPointer(textPointer).assumingMemoryBound(to: UInt8.self)
    var attributeCount: Int32 = 0
    guard let attributes = pango_layout_get_log_attrs_readonly(layout, &attributeCount) else { return nil }
    let runs = JustifiedParagraph.runs(of: line)
    let characters = Characters(runs: runs, text: textPointer)
    guard characters.count > 0, characters.count + 1 == Int(attributeCount) else { return nil }
    let target = Int32((width * Double(PANGO_SCALE)).rounded())

    // The paragraph as boxes, glues and penalties, with the character each item ends at.
    var items: [ParagraphBreaker.Item] = []
    var itemEnds: [Int] = []
    var box = 0.0
    func flush(at index: Int) {
      if box > 0 {
        items.append(.box(width: box))
        itemEnds.append(index)
      }
      box = 0
    }
    for index in 0..<characters.count {
      let width = Double(characters.widths[index])
      switch characters.scalars[index] {
      case 0x20, 0xA0:
        flush(at: index)
        let breakable = characters.scalars[index] == 0x20 && attributes[index + 1].is_line_break != 0
        items.append(
          .glue(
            width: width, stretch: width * JustifiedParagraph.stretch,
            shrink: width * JustifiedParagraph.shrink,
            breakable: breakable))
        itemEnds.append(index + 1)
      default:
        box += width
        // A break inside a word: after a soft hyphen (with a hyphen), or after a hyphen or a
        // slash that Pango allows a break after.
        guard index + 1 < characters.count, attributes[index + 1].is_line_break != 0,
          characters.isClusterStart[index + 1]
        else { continue }
        let scalar = characters.scalars[index]
        let next = characters.scalars[index + 1]
        guard next != 0x20 && next != 0xA0 else { continue }
        flush(at: index + 1)
        if scalar == 0xAD {
          guard let hyphen = characters.hyphens[index] else { continue }
          items.append(
            .penalty(width: Double(hyphen.advance), cost: JustifiedParagraph.hyphenCost, flagged: true))
        } else {
          let isHyphen = scalar == 0x2D || scalar == 0x2010
          items.append(
            .penalty(width: 0, cost: isHyphen ? JustifiedParagraph.hyphenCost : 0, flagged: isHyphen))
        }
        itemEnds.append(index + 1)
      }
    }
    flush(at: characters.count)
    items.append(.glue(width: 0, stretch: 1e9, shrink: 0, breakable: false))
    itemEnds.append(characters.count)
    items.append(.penalty(width: 0, cost: ParagraphBreaker.forced, flagged: false))
    itemEnds.append(characters.count)

    let lineWidth = Double(target)
    var settings = ParagraphBreaker.Settings()
    var breaks = ParagraphBreaker.breaks(items, width: lineWidth, settings: settings)
    // No breaks keep every space within 1.5 times its width (long names, which are never
    // hyphenated, in a narrow column): the best breaks with looser lines, whose spaces still
    // stretch no further; such a line ends short of the column, ragged.
    let capped = breaks == nil
    if breaks == nil {
      settings.tolerance = 4
      breaks = ParagraphBreaker.breaks(items, width: lineWidth, settings: settings)
    }
    let chosen = breaks ?? ParagraphBreaker.firstFit(items, width: lineWidth)

    // Each line: from the character after the previous break to the character the break ends.
    var lines: [[(item: UnsafeMutablePointer<PangoGlyphItem>, x: Double)]] = []
    var ratios: [Double] = []
    var widths: [Double] = []
    var start = 0
    for (number, breakIndex) in chosen.enumerated() {
      let isLast = number == chosen.count - 1
      let end = isLast ? characters.count : itemEnds[breakIndex]
      guard end > start else { continue }
      var pieces = JustifiedParagraph.slice(
        runs, from: characters.bytes[start],
        to: end < characters.count ? characters.bytes[end] : characters.byteCount,
        text: textPointer)
      let (natural, spaces) = JustifiedParagraph.finish(
        &pieces, text: text, hyphenAtEnd: !isLast && characters.scalars[end - 1] == 0xAD,
        hyphen: end > 0 ? characters.hyphens[end - 1] : nil)
      var ratio = 1.0
      var lineWidth = natural
      // The last line keeps its natural spaces unless the breaker counted on shrinking them to
      // fit (a one-line paragraph just wider than the column), as TeX does.
      if !spaces.isEmpty, natural != target, !isLast || natural > target {
        var difference = target - natural
        if capped {
          let most = spaces.reduce(Int32(0)) { total, space in
            total
              + Int32(
                Double(space.glyphs.pointee.glyphs[space.index].geometry.width) * JustifiedParagraph.stretch)
          }
          difference = min(difference, most)
        }
        // Shares that add up exactly: the first spaces get one unit more (or less).
        let count = Int32(spaces.count)
        let share = difference / count
        var remainder = abs(difference % count)
        for space in spaces {
          var change = share
          if remainder > 0 {
            change += difference > 0 ? 1 : -1
            remainder -= 1
          }
          let natural = space.glyphs.pointee.glyphs[space.index].geometry.width
          space.glyphs.pointee.glyphs[space.index].geometry.width += change
          ratio = max(ratio, Double(natural + change) / Double(natural))
        }
        lineWidth = natural + difference
      }
      var x = 0.0
      lines.append(
        pieces.map { piece in
          defer { x += pango_units_to_double(pango_glyph_string_get_width(piece.pointee.glyphs)) }
          return (piece, x)
        })
      ratios.append(ratio)
      widths.append(pango_units_to_double(lineWidth))
      start =
        isLast
        ? characters.count
        : JustifiedParagraph.firstCharacter(after: breakIndex, items: items, itemEnds: itemEnds)
    }
    self.lines = lines
    self.spaceRatios = ratios
    self.widths = widths
  }

  deinit {
    for line in lines {
      for piece in line { pango_glyph_item_free(piece.item) }
    }
  }

  /// The character the line after a break starts at: past the dropped spaces.
  private static func firstCharacter(after breakIndex: Int, items: [ParagraphBreaker.Item], itemEnds: [Int])
    -> Int
  {
    let next = ParagraphBreaker.lineStart(after: breakIndex, in: items)
    // The items before `next` end at itemEnds[next - 1]; the line starts there.
    return itemEnds[next - 1]
  }

  // MARK: - Glyph runs

  static func runs(of line: UnsafeMutablePointer<PangoLayoutLine>) -> [UnsafeMutablePointer<PangoGlyphItem>] {
    var result: [UnsafeMutablePointer<PangoGlyphItem>] = []
    var node = line.pointee.runs
    while let current = node {
      if let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) { result.append(run) }
      node = current.pointee.next
    }
    return result
  }

  /// Copies of the parts of `runs` between two byte offsets of the text.
  static func slice(
    _ runs: [UnsafeMutablePointer<PangoGlyphItem>], from start: Int, to end: Int,
    text: UnsafePointer<CChar>
  ) -> [UnsafeMutablePointer<PangoGlyphItem>] {
    var pieces: [UnsafeMutablePointer<PangoGlyphItem>] = []
    for run in runs {
      let offset = Int(run.pointee.item.pointee.offset)
      let length = Int(run.pointee.item.pointee.length)
      guard offset < end, offset + length > start, let copy = pango_glyph_item_copy(run) else { continue }
      if start > offset, let before = pango_glyph_item_split(copy, text, Int32(start - offset)) {
        pango_glyph_item_free(before)
      }
      let copyOffset = Int(copy.pointee.item.pointee.offset)
      if end < copyOffset + Int(copy.pointee.item.pointee.length),
        let piece = pango_glyph_item_split(copy, text, Int32(end - copyOffset))
      {
        pango_glyph_item_free(copy)
        pieces.append(piece)
      } else {
        pieces.append(copy)
      }
    }
    return pieces
  }

  /// Makes a cut line ready to draw: no width for a final space, the hyphen glyph in place of a
  /// final soft hyphen. Returns the line's width (Pango units) and its inner spaces (to justify).
  static func finish(
    _ pieces: inout [UnsafeMutablePointer<PangoGlyphItem>], text: UnsafePointer<UInt8>, hyphenAtEnd: Bool,
    hyphen: (glyph: PangoGlyph, advance: Int32)?
  ) -> (Int32, [(glyphs: UnsafeMutablePointer<PangoGlyphString>, index: Int)]) {
    var spaces: [(glyphs: UnsafeMutablePointer<PangoGlyphString>, index: Int)] = []
    // The line's last glyph (the final space or soft hyphen), found from the end.
    if let last = pieces.last {
      let glyphs = last.pointee.glyphs!
      let count = Int(glyphs.pointee.num_glyphs)
      if count > 0 {
        let offset = Int(last.pointee.item.pointee.offset)
        let byte = offset + Int(glyphs.pointee.log_clusters[count - 1])
        if text[byte] == 0x20 {
          glyphs.pointee.glyphs[count - 1].geometry.width = 0
        } else if hyphenAtEnd, let hyphen, text[byte] == 0xC2, text[byte + 1] == 0xAD {
          glyphs.pointee.glyphs[count - 1].glyph = hyphen.glyph
          glyphs.pointee.glyphs[count - 1].geometry.width = hyphen.advance
        }
      }
    }
    var total: Int32 = 0
    for (pieceIndex, piece) in pieces.enumerated() {
      let glyphs = piece.pointee.glyphs!
      let offset = Int(piece.pointee.item.pointee.offset)
      let count = Int(glyphs.pointee.num_glyphs)
      for index in 0..<count {
        let width = glyphs.pointee.glyphs[index].geometry.width
        total += width
        let byte = offset + Int(glyphs.pointee.log_clusters[index])
        let isSpace = text[byte] == 0x20 || (text[byte] == 0xC2 && text[byte + 1] == 0xA0)
        let isFinal = pieceIndex == pieces.count - 1 && index == count - 1
        if isSpace && width > 0 && !isFinal { spaces.append((glyphs, index)) }
      }
    }
    return (total, spaces)
  }

  /// The paragraph's characters: their code points, byte offsets, logical widths (Pango
  /// units), whether a glyph cluster starts at each, and the hyphen of the font of each soft
  /// hyphen.
  struct Characters {
    var scalars: [UInt32] = []
    var bytes: [Int] = []
    var widths: [Int32] = []
    var isClusterStart: [Bool] = []
    var hyphens: [Int: (glyph: PangoGlyph, advance: Int32)] = [:]
    var byteCount = 0
    var count: Int { scalars.count }

    init(runs: [UnsafeMutablePointer<PangoGlyphItem>], text: UnsafePointer<CChar>) {
      let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
      var hyphenByFont: [UnsafeMutableRawPointer: (glyph: PangoGlyph, advance: Int32)?] = [:]
      for run in runs {
        let item = run.pointee.item.pointee
        let offset = Int(item.offset)
        let characters = Int(item.num_chars)
        var logical = [Int32](repeating: 0, count: characters)
        pango_glyph_item_get_logical_widths(run, text, &logical)
        // Cluster starts of this run, as byte offsets.
        var starts = Set<Int>()
        let glyphs = run.pointee.glyphs.pointee
        for index in 0..<Int(glyphs.num_glyphs) { starts.insert(offset + Int(glyphs.log_clusters[index])) }
        var byte = offset
        for index in 0..<characters {
          let lead = bytes[byte]
          let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
          var scalar = UInt32(lead)
          if length > 1 {
            scalar = UInt32(lead) & (0xFF >> (length + 1))
            for continuation in 1..<length {
              scalar = scalar << 6 | UInt32(bytes[byte + continuation] & 0x3F)
            }
          }
          if scalar == 0xAD, let font = item.analysis.font {
            let key = UnsafeMutableRawPointer(font)
            if hyphenByFont[key] == nil {
              var advance: Int32 = 0
              let glyph = plan_pango_hyphen_glyph(font, &advance)
              hyphenByFont[key] = glyph == 0 ? .some(nil) : (glyph, advance)
            }
            if case .some(.some(let hyphen)) = hyphenByFont[key] { hyphens[scalars.count] = hyphen }
          }
          scalars.append(scalar)
          self.bytes.append(byte)
          widths.append(logical[index])
          isClusterStart.append(starts.contains(byte))
          byte += length
        }
        byteCount = max(byteCount, offset + Int(item.length))
      }
    }
  }
}
