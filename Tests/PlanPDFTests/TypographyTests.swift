import Foundation
import PlanDocument
import PlanLayout
import Testing

@testable import PlanPDF

/// Typography measured on every example plan, as Pango lays it out with the bundled fonts.
@Suite(.serialized) struct TypographyTests {
  /// Justified paragraphs are broken as a whole: no word space of a justified line (a paragraph's
  /// last line is not justified) is wider than 1.5 times its natural width.
  @Test(arguments: PlanGeometryTests.plans) func wordSpacesStayWithinOneAndAHalf(_ plan: String) throws {
    let list = try PlanGeometryTests.layout(plan)
    var widest = (ratio: 1.0, page: 0, text: "")
    var lines = 0
    for page in list.pages {
      for fragment in PlanGeometryTests.texts(page) where fragment.style.alignment == .justify {
        let shaped = sharedShaper.shape(fragment.runs, style: fragment.style, width: fragment.width)
        for index in fragment.lines where index < shaped.lines.count - 1 {
          lines += 1
          let ratio = shaped.lines[index].spaceRatio
          if ratio > widest.ratio {
            widest = (ratio, page.number, String(fragment.runs.map(\.text).joined().prefix(50)))
          }
        }
      }
    }
    print(
      "\(plan): \(lines) justified lines, widest word space \(widest.ratio)× (page \(widest.page): «\(widest.text)»)"
    )
    #expect(widest.ratio <= 1.5 + 0.005, "page \(widest.page): «\(widest.text)» spaces at \(widest.ratio)×")
  }

  /// A type scale, not a size per purpose: every text of every plan uses one of six sizes.
  @Test(arguments: PlanGeometryTests.plans) func sixTypeSizes(_ plan: String) throws {
    let list = try PlanGeometryTests.layout(plan)
    var sizes: Set<Double> = []
    for page in list.pages {
      for fragment in PlanGeometryTests.texts(page) { sizes.insert(fragment.style.size) }
    }
    #expect(
      sizes.isSubset(of: Set(TypeScale.sizes)),
      "sizes outside the scale: \(sizes.subtracting(TypeScale.sizes).sorted())")
    #expect(sizes.count <= 6)
  }
}
