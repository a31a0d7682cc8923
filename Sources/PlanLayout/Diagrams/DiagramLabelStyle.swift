import PlanDocument

extension DiagramCanvas {
  /// `style` with hyphenation only when `text` has a word wider than `width`. Short labels in
  /// narrow boxes (a branch, a tile) read better broken between words; a word that cannot fit
  /// still gets hyphenation points, so that no line ever sticks out of its box.
  public func labelStyle(_ style: TextStyle, for text: String, width: Double) -> TextStyle {
    var plain = style
    plain.hyphenate = false
    let longest =
      text.split(whereSeparator: \.isWhitespace).map { word in
        context.shaper.shape([InlineRun(String(word))], style: plain, width: 10_000).lines.map(
          \.width
        ).max() ?? 0
      }.max() ?? 0
    var chosen = style
    chosen.hyphenate = longest > width
    return chosen
  }
}
