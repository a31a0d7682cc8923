import Foundation
import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// The showcase plan (plans/villa-aurora) follows the twelve guidelines: the guideline rules find
/// no error or warning in it (advisories, which only a person can settle, are allowed).
@Suite struct ShowcaseGuidelineTests {
  static let showcase: String = {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
      let candidate = directory.appendingPathComponent("plans/villa-aurora/villa-aurora.plan")
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
      directory.deleteLastPathComponent()
    }
    return "plans/villa-aurora/villa-aurora.plan"
  }()

  static let guidelineIds = Set((1...12).map { String(format: "G%02d", $0) })

  @Test func showcaseHasNoGuidelineErrorsOrWarnings() throws {
    let result = Checker.check(try PlanLoader.load(path: Self.showcase))
    let findings = result.diagnostics.filter {
      Self.guidelineIds.contains($0.code) && $0.severity != .advisory
    }
    #expect(
      findings.isEmpty,
      "\(findings.map { "\($0.code) \($0.range.start.line):\($0.range.start.column) \($0.message.es)" })")
  }

  @Test func showcaseComplianceCoversTheTwelveGuidelines() throws {
    let result = Checker.check(try PlanLoader.load(path: Self.showcase))
    #expect(result.compliance.map(\.id) == (1...12).map { String(format: "G%02d", $0) })
    for entry in result.compliance {
      #expect(!entry.evidence.isEmpty, "\(entry.id) gives no evidence")
      #expect(entry.status != .notMet, "\(entry.id) is not met: \(entry.findings) findings")
    }
  }
}
