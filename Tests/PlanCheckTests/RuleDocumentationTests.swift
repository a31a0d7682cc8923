import Foundation
import PlanCheck
import Testing

/// `docs/rules.md` is generated from the rules' metadata; it must not go stale.
@Suite struct RuleDocumentationTests {
  @Test func docsRulesIsUpToDate() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/rules.md")
    let written = try String(contentsOf: path, encoding: .utf8)
    #expect(
      written == RuleDocumentation.markdown(Checker.rules),
      "docs/rules.md is stale: regenerate it with `plan rules --markdown > docs/rules.md`")
  }

  @Test func explainPrintsTheGuidelineAndExamples() throws {
    let rule = try #require(Checker.descriptor(for: "g07"))
    let spanish = RuleDocumentation.explain(rule, language: .es)
    #expect(spanish.contains("G07 — Difundido interna y externamente"))
    #expect(spanish.contains("«7) Debe ser difundido interna y externamente»"))
    #expect(spanish.contains("Dispara:") && spanish.contains("No dispara:"))
    #expect(spanish.contains("# plan:ignore G07 — motivo"))
    let english = RuleDocumentation.explain(rule, language: .en)
    #expect(english.contains("Disseminated internally and externally"))
  }

  @Test func everyRuleIsListed() {
    let list = RuleDocumentation.list(Checker.rules, language: .es)
    #expect(list.split(separator: "\n").count == Checker.rules.count)
    for id in (1...12).map({ String(format: "G%02d", $0) }) { #expect(list.contains(id)) }
  }
}
