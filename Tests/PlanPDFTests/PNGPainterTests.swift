import Foundation
import PlanDocument
import PlanLayout
import Testing

@testable import PlanPDF

@Suite struct PNGPainterTests {
  /// Width and height from a PNG's IHDR chunk.
  func size(_ png: [UInt8]) -> (Int, Int) {
    func value(_ at: Int) -> Int { png[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (value(16), value(20))
  }

  @Test func rendersOnePageAtTheAskedResolution() throws {
    let list = SampleDocument.make(shaper: sharedShaper)
    let painter = PNGPainter(shaper: sharedShaper)
    let (png, warnings) = try painter.render(list, page: 2, resolution: 50)
    #expect(warnings == [])
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(size(png) == (413, 585))
    let again = try painter.render(list, page: 2, resolution: 50).png
    #expect(png == again)
    let full = try painter.render(list, page: 1, resolution: 72).png
    #expect(size(full) == (595, 842))
  }

  @Test func unknownPageIsAnError() {
    let list = SampleDocument.make(shaper: sharedShaper)
    #expect(throws: PaintError.noSuchPage(3, pages: 2)) {
      try PNGPainter(shaper: sharedShaper).render(list, page: 3)
    }
  }
}
