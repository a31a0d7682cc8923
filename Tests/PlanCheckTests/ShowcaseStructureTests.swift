import Foundation
import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// The showcase plan is the reference a municipality copies: the structure and traceability rules
/// must find nothing to fix in it.
@Suite struct ShowcaseStructureTests {
  static let codes = ["T01", "T02", "T03", "T04", "D01", "D02", "D03", "D04", "B01", "P01"]

  static func showcase() throws -> CheckResult {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let loaded = try PlanLoader.load(
      path: root.appendingPathComponent("plans/villa-aurora/villa-aurora.plan").path)
    return Checker.check(loaded)
  }

  @Test func everyStructureRuleIsRegistered() {
    let registered = Checker.rules.map { $0.descriptor.id }
    for code in Self.codes { #expect(registered.contains(code), "\(code) is not registered") }
  }

  @Test func theShowcaseHasNoStructureFindings() throws {
    let result = try Self.showcase()
    let findings = result.diagnostics.filter {
      Self.codes.contains($0.code) && ($0.severity == .error || $0.severity == .warning)
    }
    #expect(
      findings.isEmpty,
      "\(findings.map { "\($0.code) \($0.range.file):\($0.range.start.line): \($0.message.es)" })")
  }
}
