import PlanCommandLine
import PlanDocument
import PlanSyntax

/// `plan report --format csv`: the indicators' measurements, and beside them (`-ejecutado.csv`) the
/// budget spent, as `ProgressSeries` writes them; each file written atomically.
extension PlanBuilder {
  /// The files written and their rows.
  public struct CSVFiles: Sendable {
    public var written: [(path: String, rows: Int)]
  }

  /// The spending table's path beside the measurements': `x-informe-2027.csv` →
  /// `x-informe-2027-ejecutado.csv`.
  public static func spendingPath(besides measurements: String) -> String {
    (measurements.hasSuffix(".csv") ? String(measurements.dropLast(4)) : measurements) + "-ejecutado.csv"
  }

  public static func reportCSV(path: String, year: Int, output: String?, force: Bool)
    -> (result: BuildResult, files: CSVFiles?)
  {
    let measurements = output ?? defaultReportOutput(for: path, year: year, extension: "csv")
    let spending = spendingPath(besides: measurements)
    var (build, checked) = prepareReport(
      path: path, year: year, outputs: [measurements, spending], force: force)
    guard let result = checked else { return (build, nil) }
    let tables = [
      (measurements, ProgressSeries.measurementHeader, ProgressSeries.measurements(result.plan, upTo: year)),
      (spending, ProgressSeries.spendingHeader, ProgressSeries.spending(result.plan, upTo: year)),
    ]
    var files = CSVFiles(written: [])
    for (file, header, rows) in tables {
      do {
        try ReplacementFile.replace(file, with: Array(ProgressSeries.csv(header: header, rows: rows).utf8))
      } catch {
        build.outcome = .failedToWrite(error.message)
        return (build, nil)
      }
      files.written.append((file, rows.count))
    }
    build.outcome = .written(path: measurements, pages: 0)
    return (build, files)
  }
}
