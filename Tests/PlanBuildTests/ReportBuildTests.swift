import Foundation
import PlanBuild
import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// `plan report` as a library: its default name, its marks under `--force`, and its issue date.
@Suite struct ReportBuildTests {
  @Test func theReportIsNamedAfterThePlanAndTheYear() {
    #expect(
      PlanBuilder.defaultReportOutput(for: "plans/x/ciudad.plan", year: 2027)
        == "plans/x/ciudad-informe-2027.pdf")
    #expect(
      PlanBuilder.defaultReportOutput(for: "ciudad.plan", year: 2027, extension: "csv")
        == "ciudad-informe-2027.csv")
    #expect(PlanBuilder.spendingPath(besides: "a/serie.csv") == "a/serie-ejecutado.csv")
  }

  @Test func aForcedReportSaysWhyOnEveryPage() {
    #expect(PlanBuilder.reportWatermark(errors: 0, recorded: true, language: .es) == nil)
    #expect(PlanBuilder.reportWatermark(errors: 0, recorded: false, language: .es) == "SIN DATOS DEL PERÍODO")
    #expect(PlanBuilder.reportWatermark(errors: 2, recorded: true, language: .en) == "WITH OBSERVATIONS")
    #expect(
      PlanBuilder.reportWatermark(errors: 1, recorded: false, language: .pt)
        == "COM OBSERVAÇÕES · SEM DADOS DO PERÍODO")
  }

  /// A report is dated when it is issued (or by SOURCE_DATE_EPOCH), never by the plan's approval.
  @Test func aReportIsDatedWhenIssued() {
    #expect(DocumentDate.issued(environment: ["SOURCE_DATE_EPOCH": "1798761600"]) == "2027-01-01")
    #expect(DocumentDate.issued(environment: [:]) == PlanDate.today(environment: [:]).description)
  }

  @Test func aYearWithoutRecordsIsRefused() {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("plans").path) {
      folder.deleteLastPathComponent()
    }
    let result = PlanBuilder().report(
      path: folder.appendingPathComponent("plans/villa-aurora/villa-aurora.plan").path, year: 2030,
      options: PlanBuilder.Options(output: "/tmp/never-written-\(UUID()).pdf"))
    #expect(result.exitCode == 1)
    guard case .noPeriodData(let year, _) = result.outcome else {
      Issue.record("not refused for the missing period: \(result.outcome)")
      return
    }
    #expect(year == 2030)
  }
}

/// The approved plan's fingerprint does not move when a year of monitoring is recorded beside it.
@Suite struct MonitoringFingerprintTests {
  @Test func periodFilesLeaveThePlansFingerprintAlone() {
    let plan: [String: [UInt8]] = [
      "/p/main.plan": Array("plan \"X\" {\n  horizonte 2026 a 2031\n}\n".utf8)
    ]
    var monitored = plan
    monitored["/p/seguimiento/2026.plan"] = Array("periodo 2026 {\n}\n".utf8)
    guard
      case .success(let before) = PlanLoader.open(
        path: "/p/main.plan", fileSystem: MemoryFileSystem(files: plan)),
      case .success(let after) = PlanLoader.open(
        path: "/p/main.plan", fileSystem: MemoryFileSystem(files: monitored))
    else {
      Issue.record("the plans in memory were not read")
      return
    }
    #expect(after.files.count == 2)
    #expect(SourceFingerprint.sources(of: before) == SourceFingerprint.sources(of: after))
    // The report's fingerprint covers what it reports.
    #expect(
      SourceFingerprint.sources(of: after, withPeriodFiles: true) != SourceFingerprint.sources(of: after))
  }
}
