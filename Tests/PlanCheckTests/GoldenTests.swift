import Foundation
import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// The deliberately incomplete plan in `plans/incompleto/` and its expected findings, line by line.
/// Regenerate the expectation after an intended change with `PLAN_UPDATE_GOLDEN=1 swift test`.
@Suite struct GoldenTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func findings(of relativePath: String) throws -> String {
    let previous = FileManager.default.currentDirectoryPath
    _ = FileManager.default.changeCurrentDirectoryPath(repository.path)
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    let result = Checker.check(try PlanLoader.load(path: relativePath))
    return result.diagnostics.map { diagnostic in
      "\(diagnostic.severity.rawValue) \(diagnostic.code) \(diagnostic.range.file):"
        + "\(diagnostic.range.start.line):\(diagnostic.range.start.column) \(diagnostic.message.es)"
    }.joined(separator: "\n") + "\n"
  }

  @Test func theIncompletePlanGetsExactlyItsExpectedFindings() throws {
    let actual = try Self.findings(of: "plans/incompleto/incompleto.plan")
    let golden = Self.repository.appendingPathComponent("Tests/PlanCheckTests/Golden/incompleto.txt")
    if ProcessInfo.processInfo.environment["PLAN_UPDATE_GOLDEN"] == "1" {
      try actual.write(to: golden, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(actual == expected, "findings changed; if intended, rerun with PLAN_UPDATE_GOLDEN=1")
  }

  /// No errors, and two warnings on purpose, as a real office's monitoring has: the year in course
  /// leaves one indicator without a value (A04, in the monitoring file of the department that
  /// records its action, not the first file of the year) and the city brand's launch is late (A06).
  @Test func theShowcaseHasNoErrorsAndOnlyItsStaleIndicatorAndLateAction() throws {
    let actual = try Self.findings(of: "plans/villa-aurora/villa-aurora.plan")
    let serious = actual.split(separator: "\n").filter { $0.hasPrefix("error") || $0.hasPrefix("warning") }
    #expect(serious.count == 2, "\(serious.joined(separator: "\n"))")
    #expect(serious.first?.hasPrefix("warning A04 plans/villa-aurora/seguimiento/2026.plan:4:9 ") == true)
    #expect(serious.first?.contains("`ind_a25`") == true)
    #expect(serious.last?.hasPrefix("warning A06 plans/villa-aurora/seguimiento/2026.plan:") == true)
    #expect(serious.last?.contains("`a23`") == true)
  }

  @Test func theIncompletePlanIsSyntacticallyValid() throws {
    let actual = try Self.findings(of: "plans/incompleto/incompleto.plan")
    for line in actual.split(separator: "\n") {
      let code = line.split(separator: " ")[1]
      #expect(!code.hasPrefix("S") && !code.hasPrefix("E1"), "\(line)")
    }
  }
}
