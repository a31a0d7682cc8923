import PlanDocument
import PlanLayout
import Testing

@testable import PlanPDF

/// A one-shot build gives each layout back after the last page that draws it, and writes the very
/// same file as a build that keeps them (`plan watch`).
@Suite struct LayoutReleaseTests {
  @Test func aOneShotPaintGivesTheLayoutsBackAndWritesTheSameFile() throws {
    let shaper = PangoShaper(fonts: sharedShaper.fonts)
    let list = SampleDocument.make(shaper: shaper)
    let kept = try PDFPainter(shaper: shaper).render(list).pdf
    #expect(Self.cached(list, in: shaper) == Self.fragments(list).count)
    var painter = PDFPainter(shaper: shaper)
    painter.releasesLayouts = true
    let released = try painter.render(list).pdf
    #expect(released == kept)
    #expect(Self.cached(list, in: shaper) == 0)
  }

  static func fragments(_ list: DisplayList) -> [TextFragment] {
    list.pages.flatMap { page in
      page.items.compactMap { item -> TextFragment? in
        if case .text(let fragment) = item { return fragment }
        return nil
      }
    }
  }

  /// How many of the list's fragments have their layout in the shaper's cache.
  static func cached(_ list: DisplayList, in shaper: PangoShaper) -> Int {
    shaper.state.withLock { state in
      fragments(list).filter { fragment in
        state.cache[LayoutKey(runs: fragment.runs, style: fragment.style, width: fragment.width)] != nil
      }.count
    }
  }
}
