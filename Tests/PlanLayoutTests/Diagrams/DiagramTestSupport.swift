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

  static func expectSound(
    _ parts: [DiagramPart], _ context: DiagramContext, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(!parts.isEmpty, sourceLocation: sourceLocation)
    for part in parts {
      let problems = DiagramGeometry.problems(in: part)
      #expect(problems.isEmpty, "\(problems.prefix(3))", sourceLocation: sourceLocation)
      #expect(part.size.height <= context.maximumHeight + 0.01, sourceLocation: sourceLocation)
      #expect(part.size.width == context.width, sourceLocation: sourceLocation)
    }
  }

  static func long(_ length: Int, _ seed: String = "") -> String {
    String((seed + String(repeating: "palabra larga ", count: length / 14 + 1)).prefix(length))
  }
}
