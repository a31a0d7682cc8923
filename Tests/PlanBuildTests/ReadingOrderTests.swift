import Foundation
import PlanBuild
import PlanCheck
import PlanSyntax
import Testing

/// Text extractors that ignore the structure tree (`pdftotext`, copy and paste) read the body in
/// order: the running head and the footer «Página X de Y», artifacts on every page, are not text
/// for them, so they never fall between the last line of one page and the first of the next.
@Suite(.serialized) struct ReadingOrderTests {
  @Test func pdftotextReadsNoRunningHeadNorFooter() throws {
    let plan = PlanBuilderTests.plan("plans/villa-aurora/villa-aurora.plan")
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("plan-order-\(UUID()).pdf")
      .path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let result = PlanBuilder().build(path: plan, options: PlanBuilder.Options(output: output))
    guard case .written(_, let pages) = result.outcome else {
      Issue.record("not written: \(result.outcome)")
      return
    }
    let loaded = try PlanLoader.load(path: plan)
    let document = PlanBuilder.document(
      for: Checker.check(loaded), loaded: loaded, options: PlanBuilder.Options(), families: [])
    let text = try ExtractedText.of(output)
    // The body is there (the test would pass on an empty extraction otherwise).
    #expect(text.contains("Visión"))
    #expect(!text.contains(document.runningTitle), "the running head «\(document.runningTitle)» is extracted")
    let footers = (1...pages).map { Self.footer(document.labels.pageOf, page: $0, of: pages) }
    let extracted = footers.filter { text.contains($0) }
    #expect(extracted.isEmpty, "\(extracted.count) footers extracted, the first «\(extracted.first ?? "")»")
  }

  /// "Página %d de %d" with its two numbers.
  static func footer(_ template: String, page: Int, of total: Int) -> String {
    let parts = template.components(separatedBy: "%d")
    return parts[0] + String(page) + parts[1] + String(total) + parts[2...].joined()
  }
}
