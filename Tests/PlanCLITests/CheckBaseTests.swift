import Foundation
import Testing

/// `plan check --base` on a pull request: two commits in a temporary repository; the review shows
/// what the change introduced and fixed, hides what was already there, and fails only for what the
/// change introduced.
@Suite(.serialized) struct CheckBaseTests {
  @Test func theReviewOfAChangeInAGitRepository() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var approved = try String(
      contentsOf: CommandRunner.repository.appendingPathComponent("plans/minimo/minimo.plan"), encoding: .utf8
    )
    // An error already in the approved plan: a reference to an undeclared participant.
    approved += "\naccion a02 \"Misión comercial\" {\n  objetivos oe1\n  responsable nadie\n}\n"
    try Data(approved.utf8).write(to: folder.appendingPathComponent("plan.plan"))
    try DiffCommandTests.git(["init", "-q"], in: folder)
    try DiffCommandTests.git(["add", "-A"], in: folder)
    try DiffCommandTests.git(["commit", "-q", "-m", "Aprobado"], in: folder)
    // The change: a01 leaves objective oe1 for an undeclared one, so oe1 keeps only a02.
    let amended = approved.replacingOccurrences(of: "  objetivos   oe1\n", with: "  objetivos   oe9\n")
    try Data(amended.utf8).write(to: folder.appendingPathComponent("plan.plan"))
    try DiffCommandTests.git(["commit", "-q", "-am", "Enmienda"], in: folder)
    let review = try CommandRunner.run(
      ["check", "--base", "HEAD~1", "plan.plan", "--format", "concise"], in: folder)
    #expect(review.status == 1, "\(review.stdout)\(review.stderr)")
    let lines = review.stdout.split(separator: "\n")
    #expect(lines.contains { $0.contains("[M001]") && $0.contains("oe9") })
    #expect(!lines.contains { $0.contains("[M001]") && $0.contains("nadie") }, "the old error is hidden")
    #expect(review.stderr.hasPrefix("Respecto de HEAD~1:plan.plan: "))
    #expect(review.stderr.contains(" 0 corregidos, "))
    #expect(review.stderr.contains("(no se muestran; --todos los muestra)"))
    let all = try CommandRunner.run(
      ["check", "--base", "HEAD~1", "plan.plan", "--format", "concise", "--todos"], in: folder)
    #expect(all.stdout.split(separator: "\n").contains { $0.contains("[M001]") && $0.contains("nadie") })
    // JSON: every finding with its state, and the counts.
    let json = try CommandRunner.run(
      ["check", "--base", "HEAD~1", "plan.plan", "--format", "json"], in: folder)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let states = (object["diagnostics"] as? [[String: Any]] ?? []).compactMap {
      $0["baseline_state"] as? String
    }
    #expect(states.contains("new") && states.contains("unchanged"))
    let baseline = try #require(object["baseline"] as? [String: Any])
    #expect(baseline["new"] as? Int == states.filter { $0 == "new" }.count)
    #expect(baseline["absent"] as? Int == 0 && baseline["base"] as? String == "HEAD~1:plan.plan")
    // Fixing the old error and nothing else: a fixed finding, nothing new, exit 0.
    let fixed = approved.replacingOccurrences(of: "  responsable nadie\n", with: "  responsable rrii\n")
    try Data(fixed.utf8).write(to: folder.appendingPathComponent("plan.plan"))
    let clean = try CommandRunner.run(
      ["check", "--base", "HEAD~1", "plan.plan", "--format", "sarif"], in: folder)
    #expect(clean.status == 0, "\(clean.stderr)")
    let sarif = try #require(
      try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any])
    let results = (sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]] ?? []
    let marked = results.compactMap { $0["baselineState"] as? String }
    #expect(marked.filter { $0 == "absent" }.count == 1 && !marked.contains("new"))
    let absent = try #require(results.first { $0["baselineState"] as? String == "absent" })
    #expect(absent["ruleId"] as? String == "M001")
  }
}
