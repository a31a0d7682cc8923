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
    // One row per value the two monitoring files of 2026 record.
    #expect(lines.count == 1 + 18, "\(lines.count)")
    #expect(
      lines.contains {
        $0.hasPrefix("2026-01-01,2026,2026-11-20,ind_oe2,") && $0.contains(",85000,,monto,USD,")
      })
    #expect(String(decoding: spending, as: UTF8.self).hasPrefix("indice_tiempo,periodo,accion_id"))
    #expect(result.stdout.contains("serie-ejecutado.csv"))
  }

  /// A second year of monitoring, added as one more file beside the plan: the report compares it
  /// with the first (the showcase itself can only hold 2026 until 2027 has begun).
  @Test func aSecondYearIsComparedWithTheFirst() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("villa-aurora")
    try FileManager.default.copyItem(
      at: CommandRunner.repository.appendingPathComponent("plans/villa-aurora"), to: copy)
    try Data(
      """
      periodo 2027 {
        corte 2027-11-30

        medicion ind_oc1 40 {
          fecha 2027-10-31
        }

        avance a09 cumplida 100% {
          relato "Memorándum firmado en marzo y ratificado por el Concejo en junio"
        }
      }

      """.utf8
    ).write(to: copy.appendingPathComponent("seguimiento/2027.plan"))
    let output = folder.appendingPathComponent("informe.pdf").path
    // In January 2028, 2027 is over.
    let result = try CommandRunner.run(
      ["report", "villa-aurora/villa-aurora.plan", "--periodo", "2027", "-o", output], in: folder,
      environment: ["SOURCE_DATE_EPOCH": "1831507200"])
    #expect(result.status == 0, "\(result.stderr)")
    // One line of words, whatever the line breaks.
    let text = try BuildTests.tool("pdftotext", [output, "-"]).output
      .replacingOccurrences(of: "\u{00AD}\n", with: "").components(separatedBy: .whitespacesAndNewlines)
      .filter { !$0.isEmpty }.joined(separator: " ")
    #expect(text.contains("Informe de avance 2027"))
    #expect(text.contains("Emitido el 15 de enero de 2028"))
    #expect(text.contains("Cambios desde el período anterior"))
    #expect(text.contains("de en riesgo a en camino"), "a09 was delayed in 2026 and is done in 2027")
    #expect(text.contains("Estado en 2026") && text.contains("Estado en 2027"))
  }
}
