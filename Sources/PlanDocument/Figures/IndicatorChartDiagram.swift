import PlanModel
import PlanSyntax

/// One indicator over the plan's years: the path expected from its baseline to its targets, the
/// values measured in each period and the status of the latest one. Below the plot, one column per
/// year with the expected and the measured value, so every number the chart shows is also written.
public struct IndicatorChartDiagram: Sendable {
  /// A point of a line: when (a fractional year: 2028.0 is the end of 2027) and how much.
  public struct Point: Sendable, Equatable {
    public var at: Double
    public var value: Double
    public init(at: Double, value: Double) {
      self.at = at
      self.value = value
    }
  }

  /// A year column under the plot, with its values written out.
  public struct Year: Sendable {
    public var year: Int
    public var expected: String
    public var measured: String
    public init(year: Int, expected: String, measured: String) {
      self.year = year
      self.expected = expected
      self.measured = measured
    }
  }

  public var expected: [Point]
  /// Whether the expected path moves in whole steps (a milestone) rather than along a line.
  public var stepwise: Bool
  public var measured: [Point]
  public var years: [Year]
  /// The value axis: its ends and its ticks, with their labels.
  public var lowest: Double
  public var highest: Double
  public var ticks: [(value: Double, label: String)]
  public var status: StatusMark
  /// "En riesgo · último valor 27 (30/11/2027)".
  public var statusText: String
  /// "Esperado", "Medido": the row labels under the plot.
  public var expectedLabel: String
  public var measuredLabel: String
  /// The figure's alternative text.
  public var description: String

  public init(
    expected: [Point], stepwise: Bool, measured: [Point], years: [Year], lowest: Double, highest: Double,
    ticks: [(value: Double, label: String)], status: StatusMark, statusText: String, expectedLabel: String,
    measuredLabel: String, description: String
  ) {
    self.expected = expected
    self.stepwise = stepwise
    self.measured = measured
    self.years = years
    self.lowest = lowest
    self.highest = highest
    self.ticks = ticks
    self.status = status
    self.statusText = statusText
    self.expectedLabel = expectedLabel
    self.measuredLabel = measuredLabel
    self.description = description
  }

  /// A value axis from `low` to `high` with three to six round ticks: its ends and the ticks.
  public static func scale(low: Double, high: Double) -> (lowest: Double, highest: Double, ticks: [Double]) {
    var low = min(low, high)
    var high = max(low, high)
    if high - low < 1e-9 {
      low -= max(1, abs(low) * 0.1)
      high += max(1, abs(high) * 0.1)
    }
    let raw = (high - low) / 4
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
    let lowest = (low / step).rounded(.down) * step
    let highest = (high / step).rounded(.up) * step
    var ticks: [Double] = []
    var tick = lowest
    while tick <= highest + step / 1000 {
      ticks.append(abs(tick) < step / 1000 ? 0 : tick)
      tick += step
    }
    return (lowest, highest, ticks)
  }
}
