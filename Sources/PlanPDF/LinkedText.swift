import CCairo
import CPango
import PlanDocument
import PlanLayout

/// Text with links in it (a SWOT item cited in a table, an objective in a sheet): each line is
/// drawn run by run, every link's words inside a `Link` element (whose annotation cairo sizes to
/// them) and the words around them inside `Span` elements, so that a screen reader meets the link
/// where it is in the sentence, with its text.
extension PageRenderer {
  /// Whether a fragment's links are drawn as elements around their words: in tagged output, when
  /// it has links, and not inside a figure (a figure is one element with its alternative text;
  /// its links follow it).
  func drawsLinkedText(_ fragment: TextFragment) -> Bool {
    tagged && fragment.runs.contains { $0.link != nil } && !insideFigure
  }

  func drawLinkedText(_ fragment: TextFragment, page: Int) throws(PaintError) {
    let shaped = state.layout(fragment.runs, style: fragment.style, width: fragment.width)
    noteMissingGlyphs(shaped, page: page)
    guard let text = pango_layout_get_text(shaped.layout) else { return }
    let lines = fragment.lines.clamped(to: 0..<shaped.paragraph.lines.count)
    var top = fragment.origin.y
    for index in lines {
      let line = shaped.paragraph.lines[index]
      let baseline = top + line.ascent
      // Consecutive runs with the same link (or none) make one element.
      var group: (anchor: String?, runs: [(run: UnsafeMutablePointer<PangoGlyphItem>, x: Double)]) = (nil, [])
      func flush() throws(PaintError) {
        guard !group.runs.isEmpty else { return }
        if let anchor = group.anchor {
          try open(.link(anchor: anchor, description: linkDescription(anchor, shaped: shaped)), page: page)
        } else {
          try open(.span, page: page)
        }
        setColour(fragment.style.colour)
        for (run, start) in group.runs {
          cairo_move_to(context, start, baseline)
          pango_cairo_show_glyph_item(context, text, run)
        }
        cairo_new_path(context)
        try close()
        group.runs = []
      }
      for (run, x) in shaped.runs(ofLine: index) {
        let start = Int(run.pointee.item.pointee.offset)
        let anchor = shaped.linkRanges.first { $0.start <= start && start < $0.end }?.anchor
        if anchor != group.anchor || group.runs.isEmpty {
          try flush()
          group.anchor = anchor
        }
        group.runs.append((run, fragment.origin.x + x))
      }
      try flush()
      top += line.height
    }
  }

  /// What a link leads to, for its annotation: the destination's title when the document names
  /// it, else the link's own words.
  func linkDescription(_ anchor: String, shaped: ShapedLayout) -> String {
    if let title = anchorTitles[anchor] { return title }
    guard let range = shaped.linkRanges.first(where: { $0.anchor == anchor }),
      let text = pango_layout_get_text(shaped.layout)
    else { return anchor }
    let bytes = UnsafeBufferPointer(
      start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self) + range.start,
      count: range.end - range.start)
    return String(decoding: bytes, as: UTF8.self).filter { $0 != Hyphenator.softHyphen }
  }
}
