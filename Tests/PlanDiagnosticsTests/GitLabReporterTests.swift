import Foundation
import Testing

@testable import PlanDiagnostics

@Suite struct GitLabReporterTests {
  /// The fields GitLab's code-quality report documents, and nothing it would not read.
  @Test func everyIssueHasTheDocumentedFields() throws {
    let fixture = ReportFixtures.make()
    let issues = try Self.parse(GitLabReporter(context: fixture.context).render(fixture.diagnostics))
    #expect(issues.count == fixture.diagnostics.count)
    for issue in issues {
      #expect(Set(issue.keys) == ["description", "check_name", "fingerprint", "severity", "location"])
      #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
      let location = try #require(issue["location"] as? [String: Any])
      #expect((location["path"] as? String)?.hasPrefix("plans/") == true)
      let lines = try #require(location["lines"] as? [String: Int])
      #expect((lines["begin"] ?? 0) >= 1 && (lines["end"] ?? 0) >= (lines["begin"] ?? 0))
    }
    let first = try #require(issues.first { $0["check_name"] as? String == "E106" })
    #expect(first["severity"] as? String == "major")
    #expect(
      first["description"] as? String
        == "valor inválido «borador» para `estado` (ayuda: ¿quiso decir `borrador`?)")
    #expect(issues.first { $0["check_name"] as? String == "G07" }?["severity"] as? String == "info")
    #expect(issues.first { $0["check_name"] as? String == "E120" }?["severity"] as? String == "minor")
  }

  /// GitLab shows only the first issue of a fingerprint and compares fingerprints with the target
  /// branch: each must be unique, and must not change when the finding's lines move.
  @Test func fingerprintsAreUniqueAndSurviveMovedLines() throws {
    let fixture = ReportFixtures.make()
    // Two findings identical in everything but their place.
    let twin = Diagnostic(
      code: "X999", severity: .warning, message: fixture.diagnostics[3].message,
      range: fixture.main.range(fixture.main.bytes.count - 1..<fixture.main.bytes.count))
    let issues = try Self.parse(
      GitLabReporter(context: fixture.context).render(fixture.diagnostics + [twin, twin]))
    let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
    #expect(fingerprints.count == issues.count)
    #expect(Set(fingerprints).count == fingerprints.count)
    #expect(fingerprints.allSatisfy { $0.count == 32 && $0.allSatisfy(\.isHexDigit) })

    // The same plan with two lines added at the top: same fingerprints, other line numbers.
    let shifted = SourceText(path: fixture.main.path, text: "# nuevo\n# otro\n" + ReportFixtures.mainText)
    let moved = fixture.diagnostics.filter { $0.range.file == fixture.main.path }.map { diagnostic in
      var copy = diagnostic
      let text = diagnostic.range.source.text(diagnostic.range.offsets)
      let start = shifted.text(0..<shifted.bytes.count).utf8.count - ReportFixtures.mainText.utf8.count
      copy.range = shifted.range(
        (diagnostic.range.offsets.lowerBound + start)..<(diagnostic.range.offsets.upperBound + start))
      #expect(shifted.text(copy.range.offsets) == text)
      return copy
    }
    let before = try Self.parse(
      GitLabReporter(context: fixture.context).render(
        fixture.diagnostics.filter { $0.range.file == fixture.main.path }))
    let after = try Self.parse(GitLabReporter(context: fixture.context).render(moved))
    #expect(before.map { $0["fingerprint"] as? String } == after.map { $0["fingerprint"] as? String })
    #expect(
      before.map { ($0["location"] as? [String: Any])?["lines"] as? [String: Int] }.map { $0?["begin"] }
        != after.map { ($0["location"] as? [String: Any])?["lines"] as? [String: Int] }.map { $0?["begin"] })
  }

  /// A run that could not check everything writes no report: an empty array would read as clean.
  @Test func aRunThatCouldNotCheckEverythingWritesNothing() {
    var fixture = ReportFixtures.make()
    fixture.context.failures = [
      ExecutionFailure(path: "a.plan", reason: Localized(es: "no existe", en: "missing", pt: "no existe"))
    ]
    #expect(GitLabReporter(context: fixture.context).render(fixture.diagnostics) == "")
    #expect(GitLabReporter(context: fixture.context).render([]) == "")
  }

  static func parse(_ output: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
  }
}
