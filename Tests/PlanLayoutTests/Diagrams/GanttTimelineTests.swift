import Glibc
import PlanDocument
import Testing

@testable import PlanLayout

/// The Gantt chart keeps its geometry with any plan: 120 actions with 200-character titles,
/// actions without dates or with only one, dependencies on actions drawn on another part, horizons
/// of one and of fifteen years. It splits over parts with the legend and the time axis repeated.
@Suite struct GanttTimelineTests {
  static func context(height: Double = 700, width: Double = 481) -> DiagramContext {
    DiagramContext(
      shaper: FixedAdvanceShaper(), theme: PaginationTests.theme, language: "es", width: width,
      maximumHeight: height)
  }

  /// `actions` actions over `years` years from 2026, in groups of 25; every seventh has no dates,
  /// every eleventh no end, every thirteenth no start; each fifth depends on the action three
  /// before it and on the first one (which ends up on another part in long charts).
  static func diagram(actions: Int, titleLength: Int = 60, years: Int = 6) -> GanttDiagram {
    let first = 2026
    let span = Double(years)
    let rows = (1...max(1, actions)).map { index -> GanttDiagram.Row in
      let id = "a\(index)"
      let title = String(
        String(repeating: "Acción municipal ", count: titleLength / 17 + 1).prefix(titleLength))
      let start = Double(first) + span * Double(index % 10) / 12
      let end = min(Double(first) + span, start + span * Double(1 + index % 4) / 6)
      let term: GanttDiagram.Term? = [.short, .medium, .long, nil][index % 4]
      var dependsOn: [String] = []
      if index % 5 == 0 { dependsOn = ["a\(index - 3)", "a1"] }
      return GanttDiagram.Row(
        id: id, title: title, term: term,
        start: index % 7 == 0 || index % 13 == 0 ? nil : start,
        end: index % 7 == 0 || index % 11 == 0 ? nil : end,
        milestones: index % 3 == 0 ? [(start + end) / 2, end] : [], dependsOn: dependsOn)
    }
    let groups = stride(from: 0, to: rows.count, by: 25).map { offset in
      GanttDiagram.Group(
        title: "Eje \(offset / 25 + 1): " + String(repeating: "título del eje ", count: 3),
        rows: Array(rows[offset..<min(rows.count, offset + 25)]))
    }
    return GanttDiagram(
      firstYear: first, lastYear: first + years - 1, groups: groups, actionLabel: "Acción",
      termNames: [.short: "Corto plazo", .medium: "Mediano plazo", .long: "Largo plazo"],
      noTermName: "Sin plazo", milestoneName: "Hito", dependencyName: "Depende de",
      noDatesLabel: "Sin fechas",
      noStartLabel: "sin fecha de inicio", noEndLabel: "sin fecha de fin",
      monthInitials: ["E", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"])
  }

  static func layout(_ diagram: GanttDiagram, context: DiagramContext = context()) -> [DiagramPart] {
    GanttTimelineDiagram.layout(diagram, context: context)
  }

  @Test(arguments: [(1, 40, 6), (27, 80, 6), (120, 200, 6), (120, 60, 1), (120, 200, 15), (40, 120, 2)])
  func geometryHolds(actions: Int, titleLength: Int, years: Int) {
    let context = Self.context()
    let parts = Self.layout(Self.diagram(actions: actions, titleLength: titleLength, years: years))
    DiagramChecks.expectSound(parts, context)
    // Every action is named exactly once, whatever the number of parts.
    let texts = DiagramGeometry.texts(parts)
    for index in 1...actions {
      #expect(texts.filter { $0.hasPrefix("a\(index)  ") }.count == 1, "action a\(index)")
    }
    if actions == 120 { #expect(parts.count > 3) }
  }

  @Test func everyPartRepeatsTheLegendAndTheTimeAxis() {
    let parts = Self.layout(Self.diagram(actions: 120, titleLength: 120))
    #expect(parts.count > 3)
    for part in parts {
      let texts = DiagramGeometry.texts([part])
      #expect(texts.contains("Acción"))
      #expect(
        ["Corto plazo", "Mediano plazo", "Largo plazo", "Hito", "Depende de"].allSatisfy(texts.contains))
      #expect((2026...2031).map(String.init).allSatisfy(texts.contains))
      // A group cut by the page break is named again, marked as continued.
      #expect(texts.contains { $0.hasPrefix("Eje ") })
    }
    #expect(DiagramGeometry.texts(parts).contains { $0.hasPrefix("Eje 1") && $0.hasSuffix(" …") })
  }

  @Test func rowsSayWhichDatesAreMissing() {
    let texts = DiagramGeometry.texts(Self.layout(Self.diagram(actions: 14)))
    #expect(texts.filter { $0 == "Sin fechas" }.count == 2)  // a7, a14
    #expect(texts.contains { $0.hasPrefix("a11  ") && $0.hasSuffix("sin fecha de fin") })
    #expect(texts.contains { $0.hasPrefix("a13  ") && $0.hasSuffix("sin fecha de inicio") })
    #expect(texts.contains { $0.hasPrefix("a12  ") && !$0.contains("sin fecha") })
  }

  @Test func aOneYearHorizonLabelsItsMonths() {
    let texts = DiagramGeometry.texts(Self.layout(Self.diagram(actions: 10, years: 1)))
    #expect(texts.contains("2026"))
    #expect(texts.filter { $0.count == 1 }.count == 12)
  }

  @Test func aFifteenYearHorizonLabelsEveryYearThatFits() {
    let parts = Self.layout(Self.diagram(actions: 10, years: 15))
    let years = DiagramGeometry.texts(parts).filter { Int($0).map { (2026...2040).contains($0) } ?? false }
    #expect(years.count >= 5)
    #expect(DiagramGeometry.problems(in: parts[0]).isEmpty)
    // On a narrow page fewer years are labelled, never overlapping.
    let narrow = Self.layout(Self.diagram(actions: 10, years: 15), context: Self.context(width: 300))
    #expect(DiagramGeometry.problems(in: narrow[0]).isEmpty)
    #expect(DiagramGeometry.texts(narrow).filter { Int($0) != nil }.count < 15)
  }

  /// Arrows are drawn inside their part; a prerequisite on an earlier part leaves a dashed stub.
  @Test func dependenciesStayOnTheirPart() {
    let parts = Self.layout(Self.diagram(actions: 120, titleLength: 120))
    func dashedPaths(_ part: DiagramPart) -> Int {
      part.items.filter {
        if case .path(_, nil, _, _, let dash) = $0 { return dash > 0 }
        return false
      }.count
    }
    func arrowPaths(_ part: DiagramPart) -> Int {
      part.items.filter {
        if case .path(let path, nil, _, _, 0) = $0 { return path.elements.count >= 4 }
        return false
      }.count
    }
    #expect(arrowPaths(parts[0]) > 0)
    #expect(parts.dropFirst().allSatisfy { dashedPaths($0) > 0 })
  }

  @Test func milestonesAreDiamondsOnTheirBars() {
    let diagram = Self.diagram(actions: 3)
    let parts = Self.layout(diagram)
    let diamonds = parts[0].items.filter {
      if case .path(let path, _, .some(.white), _, _) = $0 { return path.elements.count == 5 }
      return false
    }
    #expect(diamonds.count == 2)  // a3's two milestones
  }

  @Test func aChartWithoutRowsIsJustItsAxis() {
    var diagram = Self.diagram(actions: 1)
    diagram.groups = []
    let parts = Self.layout(diagram)
    #expect(parts.count == 1)
    #expect(DiagramGeometry.problems(in: parts[0]).isEmpty)
  }

  @Test func sameChartSameGeometry() {
    let a = Self.layout(Self.diagram(actions: 60, titleLength: 90))
    let b = Self.layout(Self.diagram(actions: 60, titleLength: 90))
    #expect(a.map { $0.items.compactMap(\.bounds) } == b.map { $0.items.compactMap(\.bounds) })
  }
}

/// The colours that carry a meaning (a term, a status) read on white paper and in a greyscale
/// print: each at least 3:1 against white, the terms three clearly different greys.
@Suite struct MeaningColourTests {
  /// WCAG relative luminance.
  static func luminance(_ colour: Colour) -> Double {
    func linear(_ value: Double) -> Double {
      value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(colour.red) + 0.7152 * linear(colour.green) + 0.0722 * linear(colour.blue)
  }

  static func contrastWithWhite(_ colour: Colour) -> Double { 1.05 / (luminance(colour) + 0.05) }

  @Test func termColoursReadOnWhiteAndInGrey() {
    let terms: [GanttDiagram.Term] = [.short, .medium, .long]
    for term in terms {
      #expect(Self.contrastWithWhite(GanttTimelineDiagram.colour(term)) >= 3, "\(term)")
    }
    // Lightness as a greyscale print shows it (L*, 0…100): at least ten apart.
    let lightness = terms.map { 116 * cbrt(Self.luminance(GanttTimelineDiagram.colour($0))) - 16 }
    for (index, value) in lightness.enumerated() {
      for other in lightness[(index + 1)...] { #expect(abs(value - other) >= 10, "lightness \(lightness)") }
    }
    #expect(Self.contrastWithWhite(GanttTimelineDiagram.colour(nil)) >= 3)
  }

  @Test func statusColoursReadOnWhite() {
    for status in [
      PartnersDiagram.Status.inForce, .negotiating, .proposed, .expired, .suspended, .undeclared,
    ] {
      #expect(Self.contrastWithWhite(PartnersMapDiagram.colour(status)) >= 3, "\(status)")
    }
  }
}
