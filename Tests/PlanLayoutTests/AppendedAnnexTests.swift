import PlanDocument
import PlanLayout
import Testing

/// The plan appended to the bill as Anexo I: its pages numbered on and labelled «Anexo I-n», its
/// bookmarks nested under the bill's last one.
@Suite struct AppendedAnnexTests {
  static func list(pages: Int, outline: [String]) -> DisplayList {
    DisplayList(
      pageSize: Size(width: 595, height: 842),
      pages: (1...pages).map { Page(number: $0, label: String($0), items: []) },
      outline: outline.enumerated().map {
        OutlineEntry(title: $1, level: 0, page: $0 + 1, y: 72, anchor: $1)
      },
      metadata: DocumentMetadata(
        title: "t", author: "a", subject: "s", keywords: [], creator: "c", language: "es-AR",
        date: "2026-06-01", sources: []))
  }

  @Test func theAnnexPagesFollowLabelledAsTheAnnex() {
    let bill = Self.list(pages: 3, outline: ["ord-texto", "ord-anexo-i"])
    let plan = Self.list(pages: 4, outline: ["cap-1", "cap-2"])
    let combined = bill.appending(annex: plan, labelPrefix: "Anexo I-")
    #expect(
      combined.pages.map(\.label) == ["1", "2", "3", "Anexo I-1", "Anexo I-2", "Anexo I-3", "Anexo I-4"])
    #expect(combined.pages.map(\.number) == Array(1...7))
    #expect(combined.outline.map(\.level) == [0, 0, 1, 1])
    #expect(combined.outline.map(\.page) == [1, 2, 4, 5])
    #expect(combined.metadata.title == "t")
  }
}
