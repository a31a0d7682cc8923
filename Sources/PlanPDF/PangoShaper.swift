import CCairo
import CFontconfig
import CPango
import PlanDocument
import PlanLayout
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The production `TextShaper`: Pango on the fonts of a `FontLibrary`, at 72 units per inch (one
/// Pango unit of size = one PDF point), with no hinting and no rounding of glyph positions, so a
/// line measures the same whatever it is later drawn on (PDF or PNG at any resolution).
///
/// Thread safety: one Pango font map and context for the shaper, behind a `Mutex`. Pango font maps
/// are not thread-safe, so every use of Pango — shaping here and drawing in the painters — happens
/// while holding that lock: concurrent callers are serialised, never racing.
///
/// Layouts are cached by (runs, style, width): the painter draws the very layout the layout engine
/// measured.
public final class PangoShaper: SplittableShaper {
  public let fonts: FontLibrary
  let hyphenationDirectory: String
  let state: Mutex<ShaperState>
  /// A helper made (and its fonts loaded) ahead of time by `warmUp`.
  private let spare = Mutex<PangoShaper?>(nil)

  public init(fonts: FontLibrary, hyphenationDirectory: String = Hyphenator.defaultDirectory) {
    self.fonts = fonts
    self.hyphenationDirectory = hyphenationDirectory
    self.state = Mutex(ShaperState(fonts: fonts, hyphenator: Hyphenator(directory: hyphenationDirectory)))
  }

  /// A shaper on the fonts `FontLibrary.locate()` finds.
  public convenience init() throws(FontLibraryError) {
    self.init(fonts: try FontLibrary.locate())
  }

  public func shape(_ runs: [InlineRun], style: TextStyle, width: Double) -> ShapedParagraph {
    state.withLock { $0.layout(runs, style: style, width: width).paragraph }
  }

  /// The faces Pango actually picked for the text (`Noto Serif Bold 10`), sorted, without repeats.
  public func facesUsed(_ runs: [InlineRun], style: TextStyle, width: Double) -> [String] {
    state.withLock { $0.layout(runs, style: style, width: width).facesUsed() }
  }

  /// How many layouts the cache holds (for tests and statistics).
  public var cachedLayouts: Int { state.withLock { $0.cache.count } }

  /// Splitting is safe while every bundled face stays open: cairo 1.16 keeps at most ten FreeType
  /// faces open and closes others without the locks a second thread would need.
  public var splits: Bool { fonts.faces.count <= 10 }

  /// A shaper on the same fonts with a font map, context and cache of its own: Pango objects are
  /// never shared between the two while both are in use. Both have every face loaded before this
  /// returns (the one `warmUp` prepared, if any): cairo's table of font files is filled here, on
  /// one thread, not by two threads at once during layout.
  public func makeHelper() -> PangoShaper {
    let prepared = spare.withLock { spare in
      defer { spare = nil }
      return spare
    }
    return prepared ?? loadedHelper()
  }

  /// Does `makeHelper`'s work ahead of time, on a thread of the caller's choice (while the plan is
  /// still being read): opening the font files and reading their tables then costs the layout
  /// nothing.
  public func warmUp() {
    let helper = loadedHelper()
    spare.withLock { $0 = helper }
  }

  /// A new helper, with every face loaded into its font map and into this one.
  private func loadedHelper() -> PangoShaper {
    let helper = PangoShaper(fonts: fonts, hyphenationDirectory: hyphenationDirectory)
    loadFaces()
    helper.loadFaces()
    return helper
  }

  /// Shapes a word in every family in its four styles, and keeps those layouts for the shaper's
  /// life (never evicted with the cache): each face stays loaded, in Pango and in cairo.
  func loadFaces() {
    state.withLock { state in
      guard state.pinned.isEmpty else { return }
      for family in fonts.families {
        for (bold, italic) in [(false, false), (true, false), (false, true), (true, true)] {
          let style = TextStyle(family: family, size: 10, bold: bold, italic: italic, lineHeight: 12)
          state.pinned.append(state.layout([InlineRun("Áa")], style: style, width: 100))
        }
      }
    }
  }

  /// Moves the helper's layouts into this cache, once the helper is done. They stay tied to the
  /// helper's font map (each layout holds a reference to it), and they are drawn by whoever holds
  /// this shaper's lock, one thread at a time as always. The fonts underneath are the same files
  /// on both font maps, so the PDF embeds each face once.
  public func absorb(_ helper: PangoShaper) {
    let shaped = helper.state.withLock { helperState in
      defer { helperState.cache = [:] }
      return helperState.cache
    }
    state.withLock { $0.cache.merge(shaped) { mine, _ in mine } }
  }
}

/// What `PangoShaper` keeps behind its lock.
final class ShaperState {
  let fonts: FontLibrary
  let hyphenator: Hyphenator
  let fontMap: UnsafeMutablePointer<PangoFontMap>
  let context: OpaquePointer
  var cache: [LayoutKey: ShapedLayout] = [:]
  /// Layouts that keep every face loaded (`PangoShaper.loadFaces`).
  var pinned: [ShapedLayout] = []
  static let cacheLimit = 20_000

  init(fonts: FontLibrary, hyphenator: Hyphenator) {
    self.fonts = fonts
    self.hyphenator = hyphenator
    // The private configuration becomes fontconfig's current one before the first font map, so
    // Pango does not start loading the system configuration in the background.
    FcConfigSetCurrent(fonts.config)
    fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)
    pango_fc_font_map_set_config(OpaquePointer(fontMap), fonts.config)
    context = pango_font_map_create_context(fontMap)
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    pango_cairo_context_set_font_options(context, options)
    cairo_font_options_destroy(options)
    pango_cairo_context_set_resolution(context, 72)
    pango_context_set_round_glyph_positions(context, 0)
  }

  deinit {
    cache.removeAll()
    pinned.removeAll()
    g_object_unref(UnsafeMutableRawPointer(context))
    g_object_unref(UnsafeMutableRawPointer(fontMap))
  }

  func layout(_ runs: [InlineRun], style: TextStyle, width: Double) -> ShapedLayout {
    let key = LayoutKey(runs: runs, style: style, width: width)
    if let known = cache[key] { return known }
    if cache.count >= ShaperState.cacheLimit { cache.removeAll(keepingCapacity: true) }
    let shaped = shape(runs, style: style, width: width)
    cache[key] = shaped
    return shaped
  }

  /// Justified text is always hyphenated (even spacing needs the breaks). Ragged text — table
  /// cells, labels, diagrams — is hyphenated only when a word does not fit its column: a ragged
  /// edge reads better than a column of broken words, and most cells need no break at all.
  private func shape(_ runs: [InlineRun], style: TextStyle, width: Double) -> ShapedLayout {
    guard style.hyphenate, style.alignment != .justify, width.isFinite, width > 0 else {
      return ShapedLayout(runs: runs, style: style, width: width, state: self)
    }
    var whole = style
    whole.hyphenate = false
    let unbroken = ShapedLayout(runs: runs, style: whole, width: width, state: self)
    if unbroken.paragraph.lines.allSatisfy({ $0.width <= width + 0.5 }) { return unbroken }
    return ShapedLayout(runs: runs, style: style, width: width, state: self)
  }
}

/// What a layout depends on. The texts are hashed and compared as UTF-8 bytes, not as Unicode
/// strings: Pango shapes the bytes, and skipping normalisation keeps cheap the lookups that every
/// pass of the layout and the painter make for every paragraph.
struct LayoutKey: Hashable {
  var runs: [InlineRun]
  var style: TextStyle
  var width: Double

  func hash(into hasher: inout Hasher) {
    hasher.combine(runs.count)
    for run in runs {
      LayoutKey.combine(run.text, into: &hasher)
      hasher.combine(run.bold)
      hasher.combine(run.italic)
      hasher.combine(run.mark)
      if let link = run.link { LayoutKey.combine(link, into: &hasher) } else { hasher.combine(-1) }
    }
    hasher.combine(style)
    hasher.combine(width)
  }

  static func == (left: LayoutKey, right: LayoutKey) -> Bool {
    guard left.width == right.width, left.runs.count == right.runs.count, left.style == right.style else {
      return false
    }
    for (one, other) in zip(left.runs, right.runs) {
      guard one.bold == other.bold, one.italic == other.italic, one.mark == other.mark,
        sameBytes(one.text, other.text)
      else {
        return false
      }
      switch (one.link, other.link) {
      case (nil, nil): continue
      case (let a?, let b?) where sameBytes(a, b): continue
      default: return false
      }
    }
    return true
  }

  private static func combine(_ text: String, into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { bytes in
      hasher.combine(bytes.count)
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    }
  }

  private static func sameBytes(_ one: String, _ other: String) -> Bool {
    var one = one
    var other = other
    return one.withUTF8 { left in
      other.withUTF8 { right in
        left.count == right.count
          && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
      }
    }
  }
}

/// One Pango layout and what was measured on it. Never changed after it is made, and its Pango
/// objects are only touched while the shaper's lock is held: it can pass from the thread that
/// shaped it to the one that draws it (`PangoShaper.absorb`).
final class ShapedLayout: @unchecked Sendable {
  let layout: OpaquePointer
  let lines: [UnsafeMutablePointer<PangoLayoutLine>]
  /// Each line's left edge relative to the paragraph's (alignment), in points.
  let offsets: [Double]
  let paragraph: ShapedParagraph
  /// A justified paragraph's own lines (`nil`: Pango's lines, `lines`).
  let justified: JustifiedParagraph?
  /// The byte ranges of the text that link to an anchor (each its own Pango run, so that the
  /// painter can tag a link's words).
  let linkRanges: [(anchor: String, start: Int, end: Int)]

  init(runs: [InlineRun], style: TextStyle, width: Double, state: ShaperState) {
    layout = pango_layout_new(state.context)
    let family = state.fonts.resolve(family: style.family)
    let description = pango_font_description_new()
    pango_font_description_set_family(description, family)
    pango_font_description_set_absolute_size(description, style.size * Double(PANGO_SCALE))
    pango_font_description_set_weight(description, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_font_description_set_style(description, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
    pango_layout_set_font_description(layout, description)
    pango_font_description_free(description)

    // The text (its no-break spaces in place, hyphenated when asked), with bold/italic attributes
    // and the byte ranges of links.
    let runs = Typography.apply(runs)
    var text = ""
    var links: [(anchor: String, start: Int, end: Int)] = []
    let attributes = pango_attr_list_new()
    for run in runs {
      let piece = style.hyphenate ? state.hyphenator.hyphenate(run.text, language: style.language) : run.text
      let start = text.utf8.count
      text += piece
      let end = text.utf8.count
      guard end > start else { continue }
      if run.bold && !style.bold {
        ShapedLayout.insert(pango_attr_weight_new(PANGO_WEIGHT_BOLD), start, end, into: attributes)
      }
      if run.italic && !style.italic {
        ShapedLayout.insert(pango_attr_style_new(PANGO_STYLE_ITALIC), start, end, into: attributes)
      }
      switch run.mark {
      case .inserted?:
        ShapedLayout.insert(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), start, end, into: attributes)
      case .deleted?: ShapedLayout.insert(pango_attr_strikethrough_new(1), start, end, into: attributes)
      case nil: break
      }
      if let anchor = run.link {
        links.append((anchor, start, end))
        // An attribute that changes nothing drawn (the text's own colour) but ends Pango's runs
        // at the link's edges.
        let colour = style.colour
        ShapedLayout.insert(
          pango_attr_foreground_new(
            UInt16(colour.red * 65535), UInt16(colour.green * 65535), UInt16(colour.blue * 65535)),
          start, end, into: attributes)
      }
    }
    let language = pango_language_from_string(style.language)
    ShapedLayout.insert(pango_attr_language_new(language), 0, text.utf8.count, into: attributes)
    pango_layout_set_text(layout, text, Int32(text.utf8.count))
    pango_layout_set_attributes(layout, attributes)
    pango_attr_list_unref(attributes)

    pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
    switch style.alignment {
    case .left, .justify: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
    case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
    case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
    }
    // Justification is ours: Pango's would letter-space a line without spaces.
    pango_layout_set_justify(layout, 0)
    // Lines are placed by the painter at `style.lineHeight` apart (ShapedLine.height); Pango's own
    // line spacing is not used.

    // A justified paragraph is measured unwrapped and broken as a whole (`JustifiedParagraph`);
    // other text (and a justified text that holds line breaks) is wrapped by Pango, ragged. A
    // redline (marked words) is ragged too: the painter draws Pango's underlines and strikes only
    // with whole lines.
    var justified: JustifiedParagraph?
    if style.alignment == .justify && width.isFinite && width > 0 && !runs.contains(where: { $0.mark != nil })
    {
      pango_layout_set_width(layout, -1)
      justified = JustifiedParagraph(layout: layout, width: width)
    }
    if justified == nil {
      pango_layout_set_width(layout, width.isFinite && width > 0 ? pango_units_from_double(width) : -1)
    }

    // Lines: width, alignment offset, the baseline inside the line box (half-leading above and
    // below the font's natural height), and the link rectangles.
    var lines: [UnsafeMutablePointer<PangoLayoutLine>] = []
    var offsets: [Double] = []
    var shapedLines: [ShapedLine] = []
    let iterator = pango_layout_get_iter(layout)
    repeat {
      guard let line = pango_layout_iter_get_line_readonly(iterator) else { break }
      var logical = PangoRectangle()
      pango_layout_iter_get_line_extents(iterator, nil, &logical)
      var natural = PangoRectangle()
      pango_layout_line_get_extents(line, nil, &natural)
      let naturalAscent = -pango_units_to_double(natural.y)
      let naturalHeight = pango_units_to_double(natural.height)
      let ascent = (style.lineHeight - naturalHeight) / 2 + naturalAscent
      if let justified {
        // One unwrapped line: the paragraph's lines are the breaker's.
        for (index, runs) in justified.lines.enumerated() {
          offsets.append(0)
          shapedLines.append(
            ShapedLine(
              width: justified.widths[index], ascent: ascent, height: style.lineHeight,
              links: ShapedLayout.linkRects(runs, links: links, height: style.lineHeight),
              spaceRatio: justified.spaceRatios[index]))
        }
        break
      }
      let lineStart = Int(line.pointee.start_index)
      let lineEnd = lineStart + Int(line.pointee.length)
      var lineLinks: [(anchor: String, rect: Rect)] = []
      for link in links where link.start < lineEnd && link.end > lineStart {
        let start = Int32(max(link.start, lineStart))
        let end = Int32(min(link.end, lineEnd))
        var ranges: UnsafeMutablePointer<Int32>? = nil
        var count: Int32 = 0
        pango_layout_line_get_x_ranges(line, start, end, &ranges, &count)
        if let ranges {
          for index in 0..<Int(count) {
            let left = pango_units_to_double(ranges[2 * index])
            let right = pango_units_to_double(ranges[2 * index + 1])
            guard right > left else { continue }
            lineLinks.append(
              (link.anchor, Rect(x: left, y: 0, width: right - left, height: style.lineHeight)))
          }
          g_free(ranges)
        }
      }
      lines.append(line)
      offsets.append(pango_units_to_double(logical.x))
      shapedLines.append(
        ShapedLine(
          width: pango_units_to_double(logical.width), ascent: ascent, height: style.lineHeight,
          links: lineLinks))
    } while pango_layout_iter_next_line(iterator) != 0
    pango_layout_iter_free(iterator)

    self.justified = justified
    self.lines = lines
    self.offsets = offsets
    self.linkRanges = links
    let missing =
      pango_layout_get_unknown_glyphs_count(layout) > 0
      ? ShapedLayout.wordsWithMissingGlyphs(layout: layout, text: text) : []
    self.paragraph = ShapedParagraph(lines: shapedLines, missingGlyphs: missing)
  }

  deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

  /// The glyph runs of line `index` and where each starts, in points from the paragraph's left
  /// edge (its alignment included).
  func runs(ofLine index: Int) -> [(item: UnsafeMutablePointer<PangoGlyphItem>, x: Double)] {
    if let justified { return justified.lines[index] }
    var x = offsets[index]
    return JustifiedParagraph.runs(of: lines[index]).map { run in
      defer { x += pango_units_to_double(pango_glyph_string_get_width(run.pointee.glyphs)) }
      return (run, x)
    }
  }

  /// The rectangles of the links on a line of runs.
  static func linkRects(
    _ runs: [(item: UnsafeMutablePointer<PangoGlyphItem>, x: Double)],
    links: [(anchor: String, start: Int, end: Int)], height: Double
  ) -> [(anchor: String, rect: Rect)] {
    guard !links.isEmpty else { return [] }
    var rects: [(anchor: String, rect: Rect)] = []
    for (run, x) in runs {
      let offset = Int(run.pointee.item.pointee.offset)
      guard let link = links.first(where: { $0.start <= offset && offset < $0.end }) else { continue }
      let width = pango_units_to_double(pango_glyph_string_get_width(run.pointee.glyphs))
      if let last = rects.last, last.anchor == link.anchor, abs(last.rect.maxX - x) < 0.01 {
        rects[rects.count - 1].rect.width += width
      } else {
        rects.append((link.anchor, Rect(x: x, y: 0, width: width, height: height)))
      }
    }
    return rects
  }

  private static func insert(
    _ attribute: UnsafeMutablePointer<PangoAttribute>?, _ start: Int, _ end: Int,
    into list: OpaquePointer?
  ) {
    guard let attribute else { return }
    attribute.pointee.start_index = UInt32(start)
    attribute.pointee.end_index = UInt32(end)
    pango_attr_list_insert(list, attribute)
  }

  /// Every glyph run of the layout, in order.
  func forEachRun(_ body: (UnsafeMutablePointer<PangoGlyphItem>) -> Void) {
    var lineNode = pango_layout_get_lines_readonly(layout)
    while let currentLine = lineNode {
      lineNode = currentLine.pointee.next
      guard let line = currentLine.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self) else {
        continue
      }
      var node = line.pointee.runs
      while let current = node {
        if let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) { body(run) }
        node = current.pointee.next
      }
    }
  }

  /// The words (whitespace-separated, soft hyphens removed) holding a character no font could
  /// draw. Pango's unknown glyph carries the character it stands for.
  static func wordsWithMissingGlyphs(layout: OpaquePointer, text: String) -> [String] {
    var missing: Set<Unicode.Scalar> = []
    var node = pango_layout_get_lines_readonly(layout)
    while let current = node {
      if let line = current.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self) {
        var runNode = line.pointee.runs
        while let runCurrent = runNode {
          if let run = runCurrent.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) {
            let glyphs = run.pointee.glyphs.pointee
            for index in 0..<Int(glyphs.num_glyphs) {
              let glyph = glyphs.glyphs[index].glyph
              if plan_pango_glyph_is_unknown(glyph) != 0,
                let scalar = Unicode.Scalar(plan_pango_unknown_glyph_character(glyph))
              {
                missing.insert(scalar)
              }
            }
          }
          runNode = runCurrent.pointee.next
        }
      }
      node = current.pointee.next
    }
    guard !missing.isEmpty else { return [] }
    var words: [String] = []
    for word in text.split(whereSeparator: { $0.isWhitespace }) {
      guard word.unicodeScalars.contains(where: { missing.contains($0) }) else { continue }
      let clean = String(word.filter { $0 != Hyphenator.softHyphen })
      if !words.contains(clean) { words.append(clean) }
    }
    return words
  }

  /// The faces Pango picked for each run (`Noto Serif Bold 10`), sorted, without repeats.
  func facesUsed() -> [String] {
    var faces: Set<String> = []
    forEachRun { run in
      guard let font = run.pointee.item.pointee.analysis.font else { return }
      let description = pango_font_describe(font)
      if let name = pango_font_description_to_string(description) {
        faces.insert(String(cString: name))
        g_free(name)
      }
      pango_font_description_free(description)
    }
    return faces.sorted()
  }
}
