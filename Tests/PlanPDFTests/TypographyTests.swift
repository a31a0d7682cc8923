import CPango
import Foundation
import PlanLayout
import Testing

@testable import PlanDocument
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

/// Lines as text, to check where they break.
extension TypographyTests {
  static func lineTexts(_ fragment: TextFragment) -> [String] {
    sharedShaper.state.withLock { state in
      let shaped = state.layout(fragment.runs, style: fragment.style, width: fragment.width)
      guard let text = pango_layout_get_text(shaped.layout) else { return [] }
      let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
      return fragment.lines.filter { $0 < shaped.paragraph.lines.count }.map { index in
        shaped.runs(ofLine: index).map { run in
          let start = Int(run.item.pointee.item.pointee.offset)
          let length = Int(run.item.pointee.item.pointee.length)
          return String(decoding: UnsafeBufferPointer(start: bytes + start, count: length), as: UTF8.self)
        }.joined().filter { $0 != "\u{00AD}" }
      }
    }
  }

  /// No line starts or ends with a lone separator, and none separates an abbreviation from its
  /// number, a number from its unit or from the year it belongs to.
  @Test(arguments: PlanGeometryTests.plans) func noBadBreaks(_ plan: String) throws {
    let list = try PlanGeometryTests.layout(plan)
    var checked = 0
    for page in list.pages {
      for fragment in PlanGeometryTests.texts(page) {
        let lines = Self.lineTexts(fragment).map { $0.trimmingCharacters(in: .whitespaces) }
        // A cell that holds only "—" (nothing to say) is not a separator.
        if fragment.runs.map(\.text).joined().trimmingCharacters(in: .whitespaces).count == 1 { continue }
        for (index, line) in lines.enumerated() where !line.isEmpty {
          checked += 1
          for separator in ["·", "—", "–", "|"] {
            #expect(
              !line.hasPrefix(separator + " ") && line != separator,
              "page \(page.number): «\(line)» starts with \(separator)")
            #expect(!line.hasSuffix(" " + separator), "page \(page.number): «\(line)» ends with \(separator)")
          }
          guard index + 1 < lines.count else { continue }
          let last = line.split(separator: " ").last.map(String.init) ?? ""
          let next = lines[index + 1].split(separator: " ").first.map(String.init) ?? ""
          #expect(
            !Typography.binds(last, next), "page \(page.number): «\(last)» ⏎ «\(next)» must not break")
        }
      }
    }
    #expect(checked > 10)
  }
}
