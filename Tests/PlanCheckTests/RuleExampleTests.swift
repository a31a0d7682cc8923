import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// Every rule's documented examples are tests: the triggering ones must produce the rule's finding,
/// the passing ones must not. A rule without both kinds of example fails here.
@Suite struct RuleExampleTests {
  static let ids = Checker.rules.map { $0.descriptor.id }

  @Test func ruleIdsAreUniqueAndWellFormed() {
    #expect(Set(Self.ids).count == Self.ids.count)
    for id in Self.ids {
      #expect(id.count == 3 && id.first!.isUppercase && Int(id.dropFirst()) != nil, "\(id)")
    }
  }

  @Test(arguments: ids)
  func examples(_ id: String) throws {
    let rule = try #require(Checker.descriptor(for: id))
    #expect(!rule.examples.triggering.isEmpty, "\(id) has no triggering example")
    #expect(!rule.examples.passing.isEmpty, "\(id) has no passing example")
    for (index, example) in rule.examples.triggering.enumerated() {
      let result = Checker.check(PlanLoader.load(text: example, path: "\(id)-dispara-\(index + 1).plan"))
      let syntax = result.diagnostics.filter { $0.code.hasPrefix("S") || $0.code.hasPrefix("E1") }
      #expect(syntax.isEmpty, "\(id) triggering example \(index + 1) does not parse: \(syntax.map(\.code))")
      #expect(
        result.diagnostics.contains { $0.code == id }, "\(id) triggering example \(index + 1) did not trigger"
      )
    }
    for (index, example) in rule.examples.passing.enumerated() {
      let result = Checker.check(PlanLoader.load(text: example, path: "\(id)-pasa-\(index + 1).plan"))
      let syntax = result.diagnostics.filter { $0.code.hasPrefix("S") || $0.code.hasPrefix("E1") }
      #expect(syntax.isEmpty, "\(id) passing example \(index + 1) does not parse: \(syntax.map(\.code))")
      let own = result.diagnostics.filter { $0.code == id }
      #expect(own.isEmpty, "\(id) passing example \(index + 1) triggered: \(own.map(\.message.es))")
    }
  }

  @Test(arguments: ids)
  func metadataIsComplete(_ id: String) throws {
    let rule = try #require(Checker.descriptor(for: id))
    let descriptor = rule.descriptor
    for text in [descriptor.title, descriptor.rationale, descriptor.help, rule.guideline] {
      #expect(!text.es.isEmpty && !text.en.isEmpty, "\(id) lacks a Spanish or English text")
    }
    if rule.verification == .proxy {
      #expect(descriptor.defaultSeverity == .advisory, "\(id) is a proxy: its findings must be advisory")
    }
  }
}
