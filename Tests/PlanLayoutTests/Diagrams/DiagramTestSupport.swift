import PlanDocument
import PlanLayout
import Testing

/// What every diagram test checks on every part: the geometry rules, the part height, the width.
enum DiagramChecks {
  static func context(width: Double = 481, height: Double = 700) -> DiagramContext {
    DiagramContext(
      shaper: FixedAdvanceShaper(), theme: PaginationTests.theme, language: "es", width: width,
      maximumHeight: height)
  }

  /// Every part keeps the geometry rules (and, with `strokes`, no connector crosses a text), stays
  /// within the part height, and is as wide as the context. `name` tells the failing case apart.
  static func expectSound(
    _ parts: [DiagramPart], _ context: DiagramContext, name: String = "", strokes: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(!parts.isEmpty, "\(name)", sourceLocation: sourceLocation)
    for part in parts {
      let problems = DiagramGeometry.problems(in: part)
      #expect(problems.isEmpty, "\(name): \(problems.prefix(3))", sourceLocation: sourceLocation)
      if strokes {
        let crossed = DiagramStrokes.crossedTexts(part)
        #expect(crossed.isEmpty, "\(name): \(crossed.prefix(3))", sourceLocation: sourceLocation)
      }
      #expect(part.size.height <= context.maximumHeight + 0.01, "\(name)", sourceLocation: sourceLocation)
      #expect(part.size.width == context.width, "\(name)", sourceLocation: sourceLocation)
    }
  }

  static func long(_ length: Int, _ seed: String = "") -> String {
    String((seed + String(repeating: "palabra larga ", count: length / 14 + 1)).prefix(length))
  }
}
