import Foundation
import PlanCheck
import PlanDocument
import PlanLayout
import PlanPDF
import PlanSyntax
import Testing

/// The repository's `plans/` folder and its showcase.
enum PlanBuilderFolder {
  static let plans: String = {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("plans").path) {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("plans").path
  }()
  static let showcase = plans + "/villa-aurora"
}

/// The layout of every plan in `plans/`, measured by Pango with the bundled fonts (what the PDF
/// shows), not by the fixed-advance shaper of the layout's own tests: nothing leaves its area,
/// no text overlaps other text, no line is wider than its column.
@Suite(.serialized) struct PlanGeometryTests {
  static let plans = [
    "villa-aurora/villa-aurora.plan", "minimo/minimo.plan", "minimal-en/minimal.plan",
    "incompleto/incompleto.plan", "almoranza/almoranza.plan", "entre-rios/entre-rios.plan",
    "rincon-del-parana/rincon-del-parana.plan", "villa-aurora-en/villa-aurora-en.plan",
    "villa-aurora-pt/villa-aurora-pt.plan",
  ]

  static func document(_ relative: String) throws -> Document {
    try document(path: PlanBuilderFolder.plans + "/" + relative)
  }

  static func document(path: String) throws -> Document {
    let result = Checker.check(try PlanLoader.load(path: path))
    let hasErrors = result.diagnostics.contains { $0.severity == .error }
    let document = DocumentBuilder.build(
      result,
      sources: [DocumentSource(name: "plan.plan", sha256: String(repeating: "0123456789abcdef", count: 4))],
      date: "2026-06-01", watermark: hasErrors ? "CON OBSERVACIONES" : nil,
      planVersion: "0.9.0", availableFamilies: Set(sharedShaper.fonts.families))
    return document
  }

  static func layout(_ relative: String) throws -> DisplayList {
    Layout.layout(try document(relative), shaper: sharedShaper)
  }

  static func texts(_ page: Page) -> [TextFragment] {
    page.items.compactMap { item in
      if case .text(let fragment) = item { return fragment }
      return nil
    }
  }

  @Test(arguments: plans) func everyTextStaysInsideItsArea(_ plan: String) throws {
    let list = try Self.layout(plan)
    let area = LayoutSettings().textArea
    let paper = Rect(x: 0, y: 0, width: list.pageSize.width, height: list.pageSize.height)
    for page in list.pages {
      for fragment in Self.texts(page) {
        // The cover uses the whole sheet; header and footer sit in the margins on purpose.
        let isRunning = fragment.style.size == TypeScale.fine && !area.intersects(fragment.frame)
        let bounds = page.number == 1 || isRunning ? paper : area
        #expect(
          bounds.contains(fragment.frame),
          "\(plan) page \(page.number): «\(fragment.runs.map(\.text).joined().prefix(40))» at \(fragment.frame)"
        )
      }
    }
  }

  @Test(arguments: plans) func noTextOverlapsOtherText(_ plan: String) throws {
    let list = try Self.layout(plan)
    for page in list.pages {
      let frames = Self.texts(page).map(\.frame).filter { $0.width > 0 && $0.height > 0 }
      for (index, frame) in frames.enumerated() {
        for other in frames[(index + 1)...] where frame.intersects(other) {
          // Touching edges are not overlaps: only a real shared area is.
          let overlap =
            (min(frame.maxX, other.maxX) - max(frame.x, other.x))
            * (min(frame.maxY, other.maxY) - max(frame.y, other.y))
          #expect(overlap < 0.5, "\(plan) page \(page.number): \(frame) overlaps \(other)")
        }
      }
    }
  }

  /// Pango cannot break a long word or code: such a line would stick out of its column. The layout
  /// must give the text room (or the hyphenator a break), so that no line is wider than its box.
  /// A paragraph's last line shrinks its spaces when the breaker counted on it (three lines of the
  /// Portuguese showcase stuck out 1 to 4 pt before).
  @Test(arguments: plans)
  func noLineIsWiderThanItsColumn(_ plan: String) throws {
    let list = try Self.layout(plan)
    var lines = 0
    for page in list.pages {
      for fragment in Self.texts(page) where fragment.width.isFinite && fragment.width > 0 {
        let shaped = sharedShaper.shape(fragment.runs, style: fragment.style, width: fragment.width)
        for index in fragment.lines where index < shaped.lines.count {
          lines += 1
          let text = fragment.runs.map(\.text).joined().prefix(40)
          let width = shaped.lines[index].width
          #expect(
            width <= fragment.width + 0.5,
            "\(plan) page \(page.number): a line of «\(text)» is \(width) wide in \(fragment.width)")
        }
      }
    }
    #expect(lines > 100)
  }

  /// Every diagram of every plan, drawn with Pango: inside its frame, no text over text, no text
  /// out of its shape.
  @Test(arguments: plans) func everyDiagramKeepsItsGeometry(_ plan: String) throws {
    let document = try Self.document(plan)
    let area = LayoutSettings().textArea
    let context = DiagramContext(
      shaper: sharedShaper, theme: document.theme, language: document.metadata.language, width: area.width,
      maximumHeight: area.height - 40)
    for case .figure(let figure) in document.blocks {
      for part in DiagramLayout.parts(figure.diagram, context: context) {
        let problems = DiagramGeometry.problems(in: part)
        #expect(problems.isEmpty, "\(plan) \(figure.anchor): \(problems.prefix(3))")
        #expect(part.size.height <= context.maximumHeight + 0.01)
      }
    }
  }

  /// The showcase has every kind of figure, each once, all listed in the list of figures.
  @Test func theShowcaseHasItsFigures() throws {
    let document = try Self.document(Self.plans[0])
    let anchors = document.blocks.compactMap { block -> String? in
      if case .figure(let figure) = block { return figure.anchor }
      return nil
    }
    for anchor in [
      "figura-foda", "figura-ejes", "figura-preguntas", "figura-herramientas", "figura-marca",
      "figura-cronograma",
      "figura-comision", "figura-mapa-mental", "figura-socios", "figura-entorno",
    ] {
      #expect(anchors.contains(anchor), "no \(anchor)")
    }
    #expect(Set(anchors).count == anchors.count)
    let list = Layout.layout(document, shaper: sharedShaper)
    let contents = list.pages.first { page in
      page.items.contains { if case .anchor("indice-figuras", _) = $0 { return true } else { return false } }
    }
    let links = contents?.items.compactMap { item -> String? in
      if case .open(.link(let anchor, _, _)) = item { return anchor }
      return nil
    }
    #expect(Set(links ?? []).isSuperset(of: anchors))
  }
}
