import PlanDocument
import PlanLayout
import Testing

/// A short table that ends its chapter never leaves its last rows alone on the chapter's last
/// page: when its rows would split, the whole table, with the heading just above it, starts on
/// the next page. Checked wherever the paragraph before it leaves the page foot.
@Suite struct TableTailTests {
  static func blocks(words: Int) -> [Block] {
    let rows = (1...4).map { row -> (cells: [[InlineRun]], anchor: String?) in
      ([[InlineRun("celda-\(row)")], [InlineRun("Herramienta de seguimiento \(row)")]], nil)
    }
    return [
      .heading(level: 0, text: "Escenarios", number: "1", anchor: "cap-1"),
      PaginationTests.paragraph(words),
      .heading(level: 1, text: "Herramientas tecnológicas", number: "1.1", anchor: "sec-1-1"),
      .table(
        Table(
          caption: nil, columns: [.init("Herramienta", share: 0.4), .init("Uso", share: 0.6)], rows: rows,
          details: rows.map { _ in nil })),
      .heading(level: 0, text: "Comunicación", number: "2", anchor: "cap-2"),
      PaginationTests.paragraph(30),
    ]
  }

  @Test(arguments: Array(stride(from: 300, through: 520, by: 4)))
  func theTableAndItsHeadingStayTogether(words: Int) {
    let list = Layout.layout(
      PaginationTests.document(Self.blocks(words: words)), shaper: FixedAdvanceShaper())
    func pages(of text: String) -> Set<Int> {
      Set(
        list.pages.filter { page in
          page.items.contains { item in
            if case .text(let fragment) = item { return fragment.runs.first?.text.hasPrefix(text) == true }
            return false
          }
        }.map(\.number))
    }
    let rowPages = pages(of: "celda-")
    #expect(rowPages.count == 1, "\(words) words: the rows fall on pages \(rowPages.sorted())")
    #expect(pages(of: "1.1") == rowPages, "\(words) words: the heading is not on the table's page")
  }
}
