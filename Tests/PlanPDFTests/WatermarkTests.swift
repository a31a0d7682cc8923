import Foundation
import PlanDocument
import PlanLayout
import Testing

@testable import PlanPDF

/// The watermark of a draft (or of a build with observations) is on every page, but its outlines
/// are written once: a form XObject that the pages after the first reference.
@Suite struct WatermarkTests {
  static let colour = Colour(red: 0.85, green: 0.85, blue: 0.87, alpha: 0.55)

  /// Five pages, each with the watermark, a heading, a link and its anchor (tags on every page).
  static func document() -> DisplayList {
    let style = TextStyle(family: "Noto Sans", size: 12, bold: true, lineHeight: 16)
    let pages = (1...5).map { number in
      var items: [DisplayItem] = [.watermark("BORRADOR", colour: colour)]
      items.append(.anchor("p\(number)", at: Point(x: 70, y: 72)))
      _ = SampleDocument.place(
        [InlineRun("Página \(number): "), InlineRun("siguiente", link: "p\(number % 5 + 1)")], style, 70, 72,
        455, sharedShaper, &items)
      return Page(number: number, label: "\(number)", items: items)
    }
    return DisplayList(pageSize: .a4, pages: pages, outline: [], metadata: SampleDocument.metadata)
  }

  /// Each page's content stream, uncompressed (qpdf's QDF form marks them by page).
  static func pageContents(_ pdf: String) throws -> [String] {
    let folder = try temporaryFolder()
    let qdf = folder + "/qdf.pdf"
    let expanded = try run("qpdf", ["--qdf", "--object-streams=disable", pdf, qdf])
    #expect(expanded.status == 0, "\(expanded.error)")
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: qdf)), as: UTF8.self)
    return text.components(separatedBy: "%% Contents for page ").dropFirst().map { section in
      let body = section.components(separatedBy: "endstream").first ?? ""
      return body.components(separatedBy: "stream\n").dropFirst().joined()
    }
  }

  @Test func outlinesAreWrittenOnceAndEveryPageShowsThem() throws {
    let folder = try temporaryFolder()
    let path = folder + "/marca.pdf"
    let warnings = try PDFPainter(shaper: sharedShaper).paint(WatermarkTests.document(), to: path)
    #expect(warnings == [])
    let check = try run("qpdf", ["--check", path])
    #expect(check.status == 0, "\(check.output)\(check.error)")

    let contents = try WatermarkTests.pageContents(path)
    #expect(contents.count == 5)
    func curves(_ content: String) -> Int {
      content.split(whereSeparator: \.isWhitespace).filter { $0 == "c" }.count
    }
    // The first page draws the outlines itself; the others paint the one recorded copy.
    #expect(curves(contents[0]) > 50)
    for content in contents.dropFirst() {
      #expect(curves(content) == 0)
      #expect(content.contains(" Do"))
    }
    let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    #expect(raw.components(separatedBy: "/Subtype /Form").count - 1 == 1)

    // Every page looks the same under its text: the watermark is there on all of them.
    let first = try grey(in: path, page: 1)
    for page in 2...5 {
      let share = try grey(in: path, page: page)
      #expect(abs(share - first) < 0.01, "page \(page): \(share) grey against \(first) on page 1")
    }
    #expect(first > 0.02)

    // Still no watermark in the extracted text, and the links and tags survive.
    let extract = try run("pdftotext", ["-enc", "UTF-8", path, "-"])
    #expect(!extract.output.contains("BORRADOR"))
    #expect(extract.output.contains("Página 5: siguiente"))
    #expect(try expandedText(of: path).components(separatedBy: "/Subtype /Link").count - 1 == 5)
    let info = try run("pdfinfo", [path])
    #expect(info.output.split(separator: "\n").contains { $0.hasPrefix("Tagged:") && $0.hasSuffix("yes") })
  }

  /// The share of a page's pixels (rendered at 20 dpi) in the watermark's light grey.
  func grey(in pdf: String, page: Int) throws -> Double {
    let folder = try temporaryFolder()
    let prefix = folder + "/pagina"
    let rendered = try run("pdftoppm", ["-r", "20", "-gray", "-f", "\(page)", "-l", "\(page)", pdf, prefix])
    #expect(rendered.status == 0, "\(rendered.error)")
    let file = try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".pgm") }
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + (file ?? "")))
    // A binary PGM: "P5\n<width> <height>\n255\n" then one byte per pixel.
    var newlines = 0
    var start = 0
    for (index, byte) in data.enumerated() where byte == 0x0A {
      newlines += 1
      if newlines == 3 {
        start = index + 1
        break
      }
    }
    let pixels = data[start...]
    let light = pixels.filter { $0 > 200 && $0 < 245 }.count
    return Double(light) / Double(max(pixels.count, 1))
  }
}
