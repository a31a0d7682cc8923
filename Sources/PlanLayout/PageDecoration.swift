import PlanDocument

/// What every page but the cover carries around its text: the running head (the document on the
/// left, the current chapter on the right) over a hairline, the footer "Página X de Y", and the
/// watermark behind everything. All of it is drawn outside any structure element that holds
/// text, so the PDF marks it as artifacts.
extension Flow {
  /// "Página %d de %d" with its two numbers.
  static func fill(_ template: String, _ first: Int, _ second: Int) -> String {
    var out = ""
    var numbers = [first, second][...]
    var rest = Substring(template)
    while let range = rest.firstRange(of: "%d"), let number = numbers.popFirst() {
      out += rest[..<range.lowerBound] + String(number)
      rest = rest[range.upperBound...]
    }
    return out + rest
  }

  /// The chapter a page belongs to: the last one that started on it or before.
  func chapter(onPage page: Int) -> String? {
    chapterStarts.last { $0.page <= page }?.title
  }

  /// The pages with running head, footer and watermark.
  func decoratedPages() -> [Page] {
    let total = pages.count
    return pages.enumerated().map { index, content in
      let number = index + 1
      var items: [DisplayItem] = []
      if let watermark = document.watermark {
        items.append(.watermark(watermark, colour: Colour(red: 0.85, green: 0.85, blue: 0.87, alpha: 0.55)))
      }
      items += content
      if !plainPages.contains(number) {
        let headerTop = area.y - settings.headerGap
        let chapter = self.chapter(onPage: number)
        // The chapter on the right; the document's title on the left, in what room is left.
        var chapterWidth = 0.0
        if let chapter {
          var style = styles.header
          style.alignment = .right
          let (fitted, measured) = oneLine(chapter, style: style, width: area.width * 0.45)
          chapterWidth = min(area.width * 0.45, (measured.lines.first?.width ?? 0).rounded(.up) + 1)
          let shaped = shaper.shape([InlineRun(fitted)], style: style, width: chapterWidth)
          items.append(
            line(
              fitted, style: style, x: area.maxX - chapterWidth, width: chapterWidth, top: headerTop,
              shaped: shaped))
        }
        let titleWidth = area.width - chapterWidth - (chapter == nil ? 0 : 18)
        let (runningTitle, title) = oneLine(document.runningTitle, style: styles.header, width: titleWidth)
        items.append(
          line(
            runningTitle, style: styles.header, x: area.x, width: titleWidth, top: headerTop,
            shaped: title))
        items.append(
          .line(
            from: Point(x: area.x, y: area.y - 10), to: Point(x: area.maxX, y: area.y - 10),
            colour: Colour(red: 0.75, green: 0.77, blue: 0.8), width: 0.4))
        let text = Flow.fill(document.labels.pageOf, number, total)
        let footerTop = area.maxY + settings.footerGap - styles.footer.lineHeight
        let footer = shaper.shape([InlineRun(text)], style: styles.footer, width: area.width)
        items.append(
          line(text, style: styles.footer, x: area.x, width: area.width, top: footerTop, shaped: footer))
      }
      return Page(number: number, label: String(number), items: items)
    }
  }

  /// A running text in one line: whole if it fits, else its first words with "…" (never cut
  /// silently at the end of the first line).
  func oneLine(_ text: String, style: TextStyle, width: Double) -> (String, ShapedParagraph) {
    var shaped = shaper.shape([InlineRun(text)], style: style, width: width)
    guard shaped.lines.count > 1 else { return (text, shaped) }
    var words = text.split(separator: " ")
    var fitted = text
    while words.count > 1 && shaped.lines.count > 1 {
      words.removeLast()
      // No dangling separator before the ellipsis ("Versión 1.0 ·…").
      while let word = words.last, word.isEmpty || word.last!.isPunctuation || word.last == "·" {
        if word.count <= 1 { words.removeLast() } else { words[words.count - 1].removeLast() }
      }
      fitted = words.joined(separator: " ") + "…"
      shaped = shaper.shape([InlineRun(fitted)], style: style, width: width)
    }
    return (fitted, shaped)
  }

  /// The first line of a running text (a running head never takes two lines).
  private func line(
    _ text: String, style: TextStyle, x: Double, width: Double, top: Double, shaped: ShapedParagraph
  ) -> DisplayItem {
    .text(
      TextFragment(
        runs: [InlineRun(text)], style: style, width: width, origin: Point(x: x, y: top),
        lines: 0..<min(1, shaped.lines.count),
        frame: Rect(x: x, y: top, width: width, height: shaped.lines.first?.height ?? 0)))
  }
}
