import PlanDocument
import PlanLayout
import Testing

/// The running head takes one line: a chapter or a document title too long for it ends in "…" at
/// a word, never cut silently at the end of the line.
@Suite struct RunningHeadTests {
  @Test func aLongChapterTitleEndsWithAnEllipsis() throws {
    let title = "Anexo II. Convenios internacionales vigentes de la provincia y de sus municipios"
    let document = PaginationTests.document([
      .heading(level: 0, text: title, number: nil, anchor: "anexo"), PaginationTests.paragraph(40),
    ])
    let list = Layout.layout(document, shaper: FixedAdvanceShaper())
    let area = LayoutSettings().textArea
    let heads = list.pages.flatMap(\.items).compactMap { item -> TextFragment? in
      guard case .text(let fragment) = item, fragment.frame.maxY <= area.y else { return nil }
      return fragment
    }
    let chapter = try #require(heads.first { $0.style.alignment == .right })
    let text = chapter.runs.map(\.text).joined()
    #expect(text.hasSuffix("…"), "\(text)")
    #expect(title.hasPrefix(String(text.dropLast())))
    #expect(chapter.lines == 0..<1)
    // A short one is left whole.
    let short = heads.first { $0.style.alignment != .right }?.runs.map(\.text).joined()
    #expect(short == "Villa Aurora en el Mundo")
  }
}
