import PlanDocument
import PlanLayout

/// A predictable stand-in for Pango: every character is half the font size wide, lines break at
/// spaces. Good enough to test pagination and geometry without fonts.
struct FixedAdvanceShaper: TextShaper {
  func shape(_ runs: [InlineRun], style: TextStyle, width: Double) -> ShapedParagraph {
    let advance = style.size * 0.5
    let capacity = max(1, Int(width / advance))
    let text = runs.map(\.text).joined()
    var lines: [ShapedLine] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var current = 0
      for word in paragraph.split(separator: " ") {
        let length = word.count
        if current > 0 && current + 1 + length > capacity {
          lines.append(line(current, advance, style))
          current = 0
        }
        current += (current > 0 ? 1 : 0) + min(length, capacity)
      }
      lines.append(line(current, advance, style))
    }
    return ShapedParagraph(lines: lines)
  }

  private func line(_ characters: Int, _ advance: Double, _ style: TextStyle) -> ShapedLine {
    ShapedLine(width: Double(characters) * advance, ascent: style.size * 0.8, height: style.lineHeight)
  }
}
