import Foundation
import PlanCheck
import PlanDiagnostics
import PlanDocument
import PlanLayout
import PlanModel
import PlanPDF
import PlanSyntax
import Testing

/// Titles far longer than their place (a 350-character plan title, a 300-character city, 10,000
/// characters of axis and action titles) are shortened with `…` where the space is fixed, with a
/// warning, and the full text is printed under the heading: nothing leaves its box, nothing
/// overlaps, no axis disappears from the timeline.
@Suite(.serialized) struct LongTitleTests {
  static let title = String(repeating: "Villa Aurora abierta al mundo ", count: 12)
  static let city = String(repeating: "Villa Aurora del Sur ", count: 15)
  static let axisTitle = String(repeating: "Exportaciones de las pymes locales ", count: 290)
  static let actionTitle = String(repeating: "Acompañar a las pymes exportadoras ", count: 290)

  static func result() throws -> CheckResult {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("plans").path) {
      folder.deleteLastPathComponent()
    }
    var text = try String(
      contentsOf: folder.appendingPathComponent("plans/minimo/minimo.plan"), encoding: .utf8)
    text = text.replacingOccurrences(of: "\"Villa Aurora en el Mundo\"", with: "\"\(title)\"")
      .replacingOccurrences(of: "ciudad    \"Villa Aurora\"", with: "ciudad    \"\(city)\"")
      .replacingOccurrences(of: "\"Pymes al mundo\"", with: "\"\(axisTitle)\"")
      .replacingOccurrences(
        of: "\"Acompañar a las pymes en su primera exportación\"", with: "\"\(actionTitle)\"")
    return Checker.check(PlanLoader.load(text: text))
  }

  @Test func eachShortenedTextIsAWarning() throws {
    let warnings = try Self.result().diagnostics.filter { $0.code == "M018" }
    #expect(warnings.count == 4, "\(warnings.map(\.message.es))")
    #expect(warnings.allSatisfy { $0.severity == .warning })
    #expect(
      warnings.contains { $0.message.es.hasPrefix("el título del plan tiene 360 caracteres: en la portada") })
  }

  @Test func shortenedTextsEndAtAWordWithAnEllipsis() {
    let shortened = PrintedLength.shortened(Self.title, to: 50)
    #expect(shortened.count <= 50)
    #expect(shortened.hasSuffix("…"))
    #expect(Self.title.hasPrefix(String(shortened.dropLast())))
    #expect(PrintedLength.shortened("corto", to: 50) == "corto")
  }

  @Test func nothingLeavesItsBoxOrOverlaps() throws {
    let result = try Self.result()
    let document = DocumentBuilder.build(
      result,
      sources: [DocumentSource(name: "plan.plan", sha256: String(repeating: "0123456789abcdef", count: 4))],
      date: "2026-06-01", watermark: nil, planVersion: "0.9.0",
      availableFamilies: Set(sharedShaper.fonts.families))
    // The whole titles are still in the document, under their shortened headings.
    let paragraphs = document.blocks.compactMap { block -> String? in
      if case .paragraph(let runs, _) = block { return runs.map(\.text).joined() }
      return nil
    }
    #expect(paragraphs.contains { $0.contains(Self.actionTitle) })
    #expect(paragraphs.contains { $0.contains(Self.axisTitle) })
    let list = Layout.layout(document, shaper: sharedShaper)
    let area = LayoutSettings().textArea
    let paper = Rect(x: 0, y: 0, width: list.pageSize.width, height: list.pageSize.height)
    for page in list.pages {
      let texts = page.items.compactMap { item -> TextFragment? in
        if case .text(let fragment) = item { return fragment }
        return nil
      }
      for fragment in texts {
        let isRunning = fragment.style.size < 9 && !area.intersects(fragment.frame)
        let bounds = page.number == 1 || isRunning ? paper : area
        #expect(bounds.contains(fragment.frame), "page \(page.number): \(fragment.frame)")
        // Running heads and index lines are one line or a few, never a wall of text.
        if isRunning { #expect(fragment.lines.count == 1) }
      }
      let frames = texts.map(\.frame).filter { $0.width > 0 && $0.height > 0 }
      for (index, frame) in frames.enumerated() {
        for other in frames[(index + 1)...] where frame.intersects(other) {
          let overlap =
            (min(frame.maxX, other.maxX) - max(frame.x, other.x))
            * (min(frame.maxY, other.maxY) - max(frame.y, other.y))
          #expect(overlap < 0.5, "page \(page.number): \(frame) overlaps \(other)")
        }
      }
    }
    // The axis keeps its place in the timeline.
    let timeline = document.blocks.compactMap { block -> Figure? in
      if case .figure(let figure) = block, figure.anchor == "figura-cronograma" { return figure }
      return nil
    }
    guard case .gantt(let gantt)? = timeline.first?.diagram else {
      Issue.record("no timeline")
      return
    }
    #expect(
      gantt.groups.contains { $0.title.hasPrefix("Eje económico: Exportaciones") && $0.title.hasSuffix("…") },
      "\(gantt.groups.map(\.title))")
    #expect(gantt.groups.flatMap(\.rows).allSatisfy { $0.title.count <= PrintedLength.figureLabel })
  }
}
