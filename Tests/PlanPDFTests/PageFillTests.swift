import PlanDocument
import PlanLayout
import Testing

/// No page in the middle of a chapter is left nearly empty (under a fifth of its text area), on
/// every example plan as Pango lays it out. A chapter's last page may be short: the next chapter
/// starts a page of its own. Every short page is printed, chapter ends included, so that a page
/// holding only a table's last rows shows in the test log.
@Suite(.serialized) struct PageFillTests {
  static let minimumShare = 0.2

  @Test(arguments: PlanGeometryTests.plans) func noPageInAChapterIsNearlyEmpty(_ plan: String) throws {
    let list = try PlanGeometryTests.layout(plan)
    let area = LayoutSettings().textArea
    let chapterStarts = Set(list.outline.filter { $0.level == 0 }.map(\.page))
    var nearlyEmpty: [String] = []
    for page in list.pages {
      let share = Self.filledShare(page, area: area)
      guard share < Self.minimumShare else { continue }
      let endsChapter = page.number == list.pages.count || chapterStarts.contains(page.number + 1)
      let note = "\(plan) page \(page.number): \(Int((share * 100).rounded())) % full"
      print(note + (endsChapter ? " (the chapter's last page)" : ""))
      if !endsChapter { nearlyEmpty.append(note) }
    }
    #expect(nearlyEmpty.isEmpty, "\(nearlyEmpty.joined(separator: "; "))")
  }

  /// How far down the text area the page's content reaches, from 0 (nothing) to 1 (its foot).
  /// The running head and the footer lie outside the area; the watermark is not content.
  static func filledShare(_ page: Page, area: Rect) -> Double {
    var bottom = area.y
    for item in page.items {
      let reach: Double
      switch item {
      case .text(let fragment): reach = fragment.frame.maxY
      case .rectangle(let rect, _, _, _): reach = rect.maxY
      case .image(_, let frame): reach = frame.maxY
      case .path(let path, _, _, _, _): reach = path.bounds.maxY
      case .line(let from, let to, _, _): reach = max(from.y, to.y)
      case .leader(let from, let to, _): reach = max(from.y, to.y)
      case .link, .anchor, .watermark, .open, .close: continue
      }
      if reach <= area.maxY + 0.5 { bottom = max(bottom, reach) }
    }
    return (bottom - area.y) / area.height
  }
}
