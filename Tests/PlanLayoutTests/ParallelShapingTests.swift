import Glibc
import PlanDocument
import PlanLayout
import Synchronization
import Testing

/// The fixed shaper, split in two: it remembers what it shaped (as a cache would), and whether it
/// was the helper that shaped it.
final class SplittingShaper: SplittableShaper {
  struct Key: Hashable {
    var text: String
    var style: TextStyle
    var width: Double
  }

  /// Counts shared by a shaper and its helpers.
  final class Counts: Sendable {
    /// Requests that found nothing cached (each is shaping work done), on either thread.
    let misses = Mutex<Int>(0)
    let helpers = Mutex<Int>(0)
    let keys = Mutex<[String: Int]>([:])
  }

  let isHelper: Bool
  let counts: Counts
  let shaped = Mutex<[Key: (paragraph: ShapedParagraph, byHelper: Bool)]>([:])

  init(isHelper: Bool = false, counts: Counts = Counts()) {
    self.isHelper = isHelper
    self.counts = counts
  }

  func shape(_ runs: [InlineRun], style: TextStyle, width: Double) -> ShapedParagraph {
    let key = Key(text: runs.map(\.text).joined(separator: "\u{1}"), style: style, width: width)
    if let known = shaped.withLock({ $0[key] }) { return known.paragraph }
    counts.misses.withLock { $0 += 1 }
    counts.keys.withLock { $0[key.text, default: 0] += 1 }
    // As slow as real shaping, so that the helper's thread is up before the work is gone.
    usleep(200)
    let paragraph = FixedAdvanceShaper().shape(runs, style: style, width: width)
    shaped.withLock { $0[key] = (paragraph, isHelper) }
    return paragraph
  }

  func makeHelper() -> SplittingShaper {
    counts.helpers.withLock { $0 += 1 }
    return SplittingShaper(isHelper: true, counts: counts)
  }

  var splits: Bool { true }

  func absorb(_ helper: SplittingShaper) {
    let theirs = helper.shaped.withLock { $0 }
    shaped.withLock { $0.merge(theirs) { mine, _ in mine } }
  }

  var byHelper: Int { shaped.withLock { $0.values.filter(\.byHelper).count } }
  var count: Int { shaped.withLock { $0.count } }
}

/// The fixed shaper with a cache, in one piece: the work a layout does without the split.
final class CountingShaper: TextShaper {
  let misses = Mutex<Int>(0)
  let shaped = Mutex<[SplittingShaper.Key: ShapedParagraph]>([:])

  func shape(_ runs: [InlineRun], style: TextStyle, width: Double) -> ShapedParagraph {
    let key = SplittingShaper.Key(
      text: runs.map(\.text).joined(separator: "\u{1}"), style: style, width: width)
    if let known = shaped.withLock({ $0[key] }) { return known }
    misses.withLock { $0 += 1 }
    let paragraph = FixedAdvanceShaper().shape(runs, style: style, width: width)
    shaped.withLock { $0[key] = paragraph }
    return paragraph
  }
}

@Suite struct ParallelShapingTests {
  static let document = PaginationTests.document(PaginationTests.sample, watermark: "BORRADOR")
  /// Chapters of paragraphs and lists that never repeat a text.
  static let distinct = PaginationTests.document(
    [.tableOfContents]
      + (1...6).flatMap { chapter -> [Block] in
        [.heading(level: 0, text: "Capítulo \(chapter)", number: "\(chapter)", anchor: "c\(chapter)")]
          + (1...12).map { PaginationTests.paragraph(30 + $0 * 5, seed: $0, tag: "§\(chapter).\($0) ") }
          + [.list([[InlineRun("Punto \(chapter).1")], [InlineRun("Punto \(chapter).2")]], ordered: true)]
      })

  @Test func twoThreadsShapeTheDocumentAndThePassesFindItShaped() {
    let shaper = SplittingShaper()
    let list = Layout.layout(ParallelShapingTests.distinct, shaper: shaper)
    #expect(shaper.counts.helpers.withLock { $0 } == 1)
    #expect(list.pages.count > 5)
    // The helper took a real share of the blocks (it starts from the back)…
    #expect(shaper.byHelper > shaper.count / 10, "\(shaper.byHelper) of \(shaper.count)")
    #expect(shaper.byHelper < shaper.count)
    // …and nothing was shaped twice, by the other thread or by the passes after them: the work is
    // what one thread alone does, but for the list markers «1.» and «2.», which both halves have.
    let single = CountingShaper()
    _ = Layout.layout(ParallelShapingTests.distinct, shaper: single)
    let alone = single.misses.withLock { $0 }
    #expect(shaper.count == alone)
    #expect((alone...(alone + 2)).contains(shaper.counts.misses.withLock { $0 }))
  }

  @Test func theSplitChangesNothingInThePages() {
    let split = Layout.layout(ParallelShapingTests.document, shaper: SplittingShaper())
    let single = Layout.layout(ParallelShapingTests.document, shaper: FixedAdvanceShaper())
    #expect(split.pages.count == single.pages.count)
    #expect(split.outline.map(\.page) == single.outline.map(\.page))
    for (one, other) in zip(split.pages, single.pages) {
      #expect(one.items.count == other.items.count, "page \(one.number)")
      #expect(frames(one) == frames(other), "page \(one.number)")
    }
  }

  /// Every text item's frame and lines, in order.
  func frames(_ page: Page) -> [String] {
    page.items.compactMap { item in
      guard case .text(let fragment) = item else { return nil }
      return "\(fragment.frame) \(fragment.lines) \(fragment.runs.map(\.text).joined())"
    }
  }
}
