import Foundation
import Testing

/// `plan report` end to end on the showcase: a valid, reproducible PDF whose pages say what the
/// monitoring files record; no period, no report (unless forced); and the CSV export.
@Suite(.serialized) struct ReportTests {
  static let showcase = "plans/villa-aurora/villa-aurora.plan"
  static let epoch = ["SOURCE_DATE_EPOCH": "1798761600"]

  @Test func theShowcaseReportIsAValidReproduciblePDF() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = folder.appendingPathComponent("a.pdf").path
    let second = folder.appendingPathComponent("b.pdf").path
    let report = try CommandRunner.run(
      ["report", Self.showcase, "--periodo", "2026", "-o", first], environment: Self.epoch)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.contains("Se generó \(first) ("), "\(report.stdout)")
    // Every link lands and every character has a glyph: the painter warns of nothing.
    #expect(!report.stderr.contains("advertencia: página"), "\(report.stderr)")
    let again = try CommandRunner.run(
      ["report", Self.showcase, "--period", "2026", "-o", second], environment: Self.epoch)
    #expect(again.status == 0)
    #expect(
      FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second),
      "not byte-identical")
    #expect(try BuildTests.tool("qpdf", ["--check", first]).status == 0)
    let text = try BuildTests.tool("pdftotext", ["-layout", first, "-"]).output
      .replacingOccurrences(of: "\u{00AD}\n", with: "").replacingOccurrences(of: "\u{00AD}", with: "")
    for expected in [
      "Informe de avance 2026", "Datos al 30 de noviembre de 2026",
      "Resumen del período", "Todo el plan", "Avance de las acciones por eje", "Pymes locales que exportan",
      "Presupuesto planificado y ejecutado", "Agentes que aprueban la diplomatura", "Cancelada",
      "qué corresponde a cada responsable",
    ] {
      #expect(text.contains(expected), "missing «\(expected)»")
    }
    // The default name is beside the plan.
    #expect(
      try CommandRunner.run(["report", "--help"]).stdout.contains("<plan>-informe-<año>.pdf"))
  }

  @Test func aYearWithoutRecordsIsRefusedUnlessForced() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("r.pdf").path
    let refused = try CommandRunner.run(["report", Self.showcase, "--periodo", "2029", "-o", output])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "error: plans/villa-aurora/villa-aurora.plan: el plan no registra el período 2029"),
      "\(refused.stderr)")
    #expect(!FileManager.default.fileExists(atPath: output))
    let forced = try CommandRunner.run([
      "report", Self.showcase, "--periodo", "2029", "-o", output, "--force",
    ])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(FileManager.default.fileExists(atPath: output))
    // A year that is not a year is a usage error.
    #expect(try CommandRunner.run(["report", Self.showcase, "--periodo", "27"]).status == 2)
  }

  @Test func theCSVExportWritesTheSeriesAndTheSpending() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("serie.csv").path
    let result = try CommandRunner.run(["report", Self.showcase, "--periodo", "2026", "--csv", "-o", output])
    #expect(result.status == 0, "\(result.stderr)")
    let series = try #require(FileManager.default.contents(atPath: output))
    let spending = try #require(
      FileManager.default.contents(atPath: folder.appendingPathComponent("serie-ejecutado.csv").path))
    let lines = String(decoding: series, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.first?.hasPrefix("indice_tiempo,periodo,fecha_medicion,indicador_id") == true)
    // One row per value the monitoring files of 2025 (20) and 2026 (28) record.
    #expect(lines.count == 1 + 20 + 28, "\(lines.count)")
    #expect(
      lines.contains {
        $0.hasPrefix("2025-01-01,2025,2025-12-20,ind_oe2,") && $0.contains(",85000,,monto,USD,")
      })
    #expect(
      lines.contains {
        $0.hasPrefix("2026-01-01,2026,2026-11-20,ind_oe2,") && $0.contains(",190000,,monto,USD,")
      })
    #expect(String(decoding: spending, as: UTF8.self).hasPrefix("indice_tiempo,periodo,accion_id"))
    #expect(result.stdout.contains("serie-ejecutado.csv"))
  }

  /// The showcase records two years: the 2026 report compares them, and the 2025 one, the first,
  /// says it has nothing to compare.
  @Test func theSecondYearIsComparedWithTheFirst() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    func words(_ year: String) throws -> String {
      let output = folder.appendingPathComponent("informe-\(year).pdf").path
      let result = try CommandRunner.run(
        ["report", Self.showcase, "--periodo", year, "-o", output], environment: Self.epoch)
      #expect(result.status == 0, "\(result.stderr)")
      // One line of words, whatever the line breaks.
      return try BuildTests.tool("pdftotext", [output, "-"]).output
        .replacingOccurrences(of: "\u{00AD}\n", with: "").components(separatedBy: .whitespacesAndNewlines)
        .filter { !$0.isEmpty }.joined(separator: " ")
    }
    let text = try words("2026")
    #expect(text.contains("Informe de avance 2026"))
    #expect(text.contains("Emitido el 1 de enero de 2027"))
    #expect(text.contains("Cambios desde el período anterior"))
    #expect(text.contains("de en riesgo a en camino"), "a09 was delayed in 2025 and is done in 2026")
    #expect(text.contains("Estado en 2025") && text.contains("Estado en 2026"))
    let first = try words("2025")
    #expect(first.contains("Informe de avance 2025"))
    #expect(first.contains("2025 es el primer período con registros"), "\(first.prefix(2000))")
  }
}
