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

  /// No errors, and one warning on purpose: the showcase's 2026 monitoring leaves one indicator
  /// without a value, as a real office's does (A04, located in its monitoring file).
  @Test func theShowcaseHasNoErrorsAndOnlyItsStaleIndicator() throws {
    let actual = try Self.findings(of: "plans/villa-aurora/villa-aurora.plan")
    let serious = actual.split(separator: "\n").filter { $0.hasPrefix("error") || $0.hasPrefix("warning") }
    #expect(serious.count == 1, "\(serious.joined(separator: "\n"))")
    #expect(serious.first?.hasPrefix("warning A04 plans/villa-aurora/seguimiento/") == true)
    #expect(serious.first?.contains("`ind_a16`") == true)
  }

  @Test func theIncompletePlanIsSyntacticallyValid() throws {
    let actual = try Self.findings(of: "plans/incompleto/incompleto.plan")
    for line in actual.split(separator: "\n") {
      let code = line.split(separator: " ")[1]
      #expect(!code.hasPrefix("S") && !code.hasPrefix("E1"), "\(line)")
    }
  }
}
