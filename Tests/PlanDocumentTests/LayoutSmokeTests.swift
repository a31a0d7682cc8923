import PlanDocument
import PlanLayout
import Testing

/// The showcase document goes through the layout: every anchor the document names becomes a named
/// destination on some page, so the PDF's links have somewhere to land.
@Suite struct LayoutSmokeTests {
  /// Every character half the font size wide; lines break at spaces.
  struct Shaper: TextShaper {
    func shape(_ runs: [InlineRun], style: TextStyle, width: Double) -> ShapedParagraph {
      let advance = style.size * 0.5
      let capacity = max(1, Int(width / advance))
      var lines: [ShapedLine] = []
      var current = 0
      for word in runs.map(\.text).joined().split(separator: " ") {
        if current > 0 && current + 1 + word.count > capacity {
          lines.append(line(current, advance, style))
          current = 0
        }
        current += (current > 0 ? 1 : 0) + min(word.count, capacity)
      }
      lines.append(line(current, advance, style))
      return ShapedParagraph(lines: lines)
    }

    func line(_ characters: Int, _ advance: Double, _ style: TextStyle) -> ShapedLine {
      ShapedLine(width: Double(characters) * advance, ascent: style.size * 0.8, height: style.lineHeight)
    }
  }

  @Test func everyAnchorBecomesADestination() {
    let document = Fixtures.showcase.1
    let list = Layout.layout(document, shaper: Shaper())
    #expect(list.pages.count > 20)
    var destinations: Set<String> = []
    for page in list.pages {
      for item in page.items {
        if case .anchor(let name, _) = item { destinations.insert(name) }
      }
    }
    let missing = Set(document.anchors).subtracting(destinations)
    #expect(missing.isEmpty, "anchors without a destination: \(missing.sorted())")
    #expect(list.outline.filter { $0.level == 0 }.count >= 14)
  }
}
