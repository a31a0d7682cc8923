import PlanModel
import PlanSyntax

/// `plan report --format csv`: the monitoring data as CSV in the conventions of Argentina's
/// open-data portals (datos.gob.ar time series): UTF-8, comma-separated, `.` for decimals and no
/// thousands separator, one header row in snake_case, ISO 8601 dates, `indice_tiempo` first (the
/// start of the yearly period, `R/P1Y`), the currency of an amount in its own `moneda_id` column
/// (ISO 4217), fields quoted as RFC 4180 says and lines ended by CRLF. Two tables: the indicators'
/// measurements, and the budget spent by the actions.
public enum ProgressSeries {
  public static let measurementHeader = [
    "indice_tiempo", "periodo", "fecha_medicion", "indicador_id", "indicador", "objetivo_id", "accion_id",
    "valor", "valor_texto", "unidad", "moneda_id", "valor_esperado", "estado", "fuente", "nota",
  ]
  public static let spendingHeader = [
    "indice_tiempo", "periodo", "accion_id", "accion", "estado_avance", "avance_porcentaje",
    "monto_ejecutado",
    "moneda_id", "fuente",
  ]

  /// One row per measured value recorded up to `year`, in date order.
  public static func measurements(_ plan: Plan, upTo year: Int) -> [[String]] {
    let horizon = plan.metadata.horizon?.value
    let thresholds = Thresholds(plan.review)
    var rows: [(key: (Int, String, Int), row: [String])] = []
    var order = 0
    for record in plan.periodRecords where record.year <= year {
      for measurement in record.measurements {
        order += 1
        let found = plan.indicator(measurement.indicator.name)
        let trajectory = found.flatMap { IndicatorTrajectory($0.indicator, horizon: horizon) }
        let status = found.map {
          PeriodTracking.status(
            of: measurement, indicator: $0.indicator, trajectory: trajectory, thresholds: thresholds)
        }
        let expected = trajectory?.expected(at: measurement.effectiveDate.fractionalYear)
        let (number, text, unit, currency) = columns(measurement.value)
        rows.append(
          (
            (record.year, measurement.effectiveDate.description, order),
            [
              "\(record.year)-01-01", String(record.year), fullDate(measurement.effectiveDate),
              measurement.indicator.name, found?.indicator.name ?? "", found?.objective?.id ?? "",
              found?.action?.id ?? "", number, text, unit, currency, expected.map(decimal) ?? "",
              status?.rawValue ?? "", measurement.source ?? "", measurement.note ?? "",
            ]
          ))
      }
    }
    return rows.sorted { $0.key < $1.key }.map(\.row)
  }

  /// One row per amount spent by an action in a period up to `year`.
  public static func spending(_ plan: Plan, upTo year: Int) -> [[String]] {
    var rows: [[String]] = []
    for record in plan.periodRecords.sorted(by: { $0.year < $1.year }) where record.year <= year {
      for progress in record.progress {
        let action = plan.actions.first { $0.id == progress.action.name }
        for line in progress.spent {
          rows.append([
            "\(record.year)-01-01", String(record.year), progress.action.name, action?.title ?? "",
            progress.status.value, progress.percent.map { decimal($0.value) } ?? "", decimal(line.amount),
            line.currency, line.source ?? "",
          ])
        }
      }
    }
    return rows
  }

  /// The table as RFC 4180 text: the header, then the rows, each line ended by CRLF.
  public static func csv(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map { $0.map(quoted).joined(separator: ",") + "\r\n" }.joined()
  }

  /// A field quoted when it holds a comma, a quote or a line break (quotes doubled).
  public static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacing("\"", with: "\"\"") + "\""
  }

  /// A number with `.` for decimals, no grouping and no exponent: `27`, `0.35`, `12000000`.
  public static func decimal(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    let scaled = (abs(value) * 1_000_000).rounded()
    guard scaled < 1e18 else { return String(value) }
    let whole = Int(scaled) / 1_000_000
    var fraction = String(Int(scaled) % 1_000_000)
    fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let sign = value < 0 ? "-" : ""
    return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }

  static func columns(_ value: Measure) -> (number: String, text: String, unit: String, currency: String) {
    switch value {
    case .number(let number): return (decimal(number), "", "numero", "")
    case .percentage(let number): return (decimal(number), "", "porcentaje", "")
    case .amount(let number, let currency): return (decimal(number), "", "monto", currency)
    case .text(let text): return ("", text, "texto", "")
    }
  }

  /// `2027-11-30`; a month or a year alone stands for its last day.
  static func fullDate(_ date: PlanDate) -> String { date.endOfPeriod.description }
}
