import PlanDocument
import PlanLayout
import Testing

/// The report's indicator chart: sound geometry whatever the data, the points where their values
/// say, every number written under the plot, and a status drawn as its shape.
@Suite struct IndicatorChartTests {
  typealias Chart = IndicatorChartDiagram

  static func chart(
    years: ClosedRange<Int> = 2025...2031,
    expected: [(Double, Double)] = [(2026, 0), (2029, 60), (2032, 120)],
    measured: [(Double, Double)] = [(2026.9, 21)], status: StatusMark = .onTrack, label: String = "21",
    stepwise: Bool = false, statusText: String = "En camino · medido 21 (31/10/2026)"
  ) -> Chart {
    let values = expected.map(\.1) + measured.map(\.1)
    let scale = Chart.scale(low: min(0, values.min() ?? 0), high: values.max() ?? 1)
    return Chart(
      expected: expected.map { Chart.Point(at: $0.0, value: $0.1) }, stepwise: stepwise,
      measured: measured.map { Chart.Point(at: $0.0, value: $0.1) },
      years: years.map { Chart.Year(year: $0, expected: "\($0 - 2000)", measured: $0 == 2026 ? label : "") },
      lowest: scale.lowest, highest: scale.highest, ticks: scale.ticks.map { ($0, "\(Int($0))") },
      status: status,
      statusText: statusText, expectedLabel: "Esperado", measuredLabel: "Medido", description: "")
  }

  @Test(arguments: [
    ("short", chart()),
    (
      "long horizon",
      chart(years: 2015...2040, expected: [(2016, 5), (2041, 5000)], measured: [(2020.5, 800)])
    ),
    ("one year", chart(years: 2026...2026, expected: [(2027, 1)], measured: [])),
    ("milestone", chart(expected: [(2026, 0), (2028, 1)], measured: [(2026.5, 0)], stepwise: true)),
    ("falling", chart(expected: [(2026, 900), (2032, 100)], measured: [(2026.9, 950), (2027.9, 990)])),
    ("wide labels", chart(label: "USD 1.200.000.000", statusText: String(repeating: "desviado ", count: 40))),
    (
      "a value on the axis",
      chart(expected: [(2026, 0), (2029, 1)], measured: [(2026.9, 0)], status: .atRisk)
    ),
    ("negative", chart(expected: [(2026, -40), (2032, 30)], measured: [(2026.9, -50)], status: .offTrack)),
  ])
  func geometryHolds(name: String, chart: Chart) {
    let context = DiagramChecks.context()
    DiagramChecks.expectSound(IndicatorChartLayout.layout(chart, context: context), context, name: name)
  }

  @Test func everyNumberIsWrittenUnderThePlot() {
    let texts = DiagramGeometry.texts(
      IndicatorChartLayout.layout(Self.chart(), context: DiagramChecks.context()))
    for year in 2025...2031 {
      #expect(texts.contains(String(year)))
      #expect(texts.contains("\(year - 2000)"))
    }
    #expect(texts.contains("21"))
    #expect(texts.contains("Esperado") && texts.contains("Medido"))
    #expect(texts.contains("En camino · medido 21 (31/10/2026)"))
  }

  /// The latest value is drawn as its status's shape, centred on its date and value; the others as
  /// dots; the targets as squares on the dashed path.
  @Test func theLatestValueIsItsStatusShapeWhereItsValueSays() throws {
    let context = DiagramChecks.context()
    let chart = Self.chart(measured: [(2026.5, 10), (2027.5, 40)], status: .atRisk)
    let part = try #require(IndicatorChartLayout.layout(chart, context: context).first)
    let triangles = part.items.compactMap { item -> Rect? in
      guard case .path(let path, let fill, _, _, _) = item, fill != nil, path.elements.count == 4 else {
        return nil
      }
      return path.bounds
    }
    // The status line's triangle, and the latest value's.
    #expect(triangles.count == 2)
    let latest = try #require(triangles.max { $0.y < $1.y })
    // A year's column is as wide as the plot over the number of years; 2028.0 (the end of 2027) is
    // the centre of 2027's column.
    let plotWidth = context.width - 64 - 10
    let column = plotWidth / 7
    let centreX = 64 + (2027.5 - 2026 + 0.5) * column
    #expect(abs((latest.x + latest.width / 2) - centreX) < 0.01)
    // Higher values are higher on the page: the share of the way down from the axis's top.
    let ticks = part.items.compactMap { item -> Double? in
      if case .line(let from, let to, _, _) = item, from.y == to.y { return from.y }
      return nil
    }.sorted()
    let top = try #require(ticks.first)
    let bottom = try #require(ticks.last)
    let centreY = latest.y + latest.height / 0.925 / 2
    let share = (chart.highest - 40) / (chart.highest - chart.lowest)
    #expect(abs(centreY - (top + (bottom - top) * share)) < 0.01)
  }

  @Test func theValueAxisHasRoundTicksAroundTheValues() {
    let scale = Chart.scale(low: 0, high: 46)
    #expect(scale.lowest == 0)
    #expect(scale.highest >= 46)
    #expect(scale.ticks.first == 0)
    #expect(scale.ticks.count >= 3 && scale.ticks.count <= 7)
    let money = Chart.scale(low: 0, high: 1_200_000)
    #expect(money.ticks.contains(500_000))
    let flat = Chart.scale(low: 5, high: 5)
    #expect(flat.lowest < 5 && flat.highest > 5)
  }
}
