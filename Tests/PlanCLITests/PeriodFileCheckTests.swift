import Foundation
import Testing

/// `plan check` and the period files beside a plan: the plan reads them without `incluir`, and a
/// period file checked alone is checked within its plan.
@Suite struct PeriodFileCheckTests {
  static func folder() throws -> URL {
    let folder = try CommandRunner.temporaryFolder()
    let monitoring = folder.appendingPathComponent("seguimiento")
    try FileManager.default.createDirectory(at: monitoring, withIntermediateDirectories: true)
    try Data("plan \"X\" {\n  horizonte 2026 a 2031\n}\n".utf8).write(
      to: folder.appendingPathComponent("main.plan"))
    try Data("periodo 2027 {\n  medicion zz 3\n}\n".utf8).write(
      to: monitoring.appendingPathComponent("2027.plan"))
    return folder
  }

  @Test func thePlanReadsThePeriodFileBesideItAndLocatesItsFindingsThere() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(["check", "--format", "concise", "main.plan"], in: folder)
    #expect(result.stdout.contains("seguimiento/2027.plan:2:"), "\(result.stdout)")
    #expect(result.stdout.contains("M001"), "\(result.stdout)")
    // A folder check finds one plan, not two.
    let whole = try CommandRunner.run(["check", "--format", "concise", "."], in: folder)
    #expect(whole.stdout.components(separatedBy: "seguimiento/2027.plan:2:").count == 2, "\(whole.stdout)")
  }

  @Test func aPeriodFileIsCheckedWithinThePlanBesideIt() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(["check", "--format", "concise", "seguimiento/2027.plan"], in: folder)
    #expect(
      result.stderr.contains("seguimiento/2027.plan es un archivo de seguimiento del plan main.plan"),
      "\(result.stderr)")
    #expect(result.stdout.contains("M001"), "\(result.stdout)")
    #expect(!result.stdout.contains("main.plan:"), "a finding of main.plan was listed: \(result.stdout)")
  }
}
