import Foundation
import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// Every rule's documented examples are tests. A triggering example marks with `↓` each place where
/// the rule must report: the rule reports there, that many times and nowhere else, and a
/// `# plan:ignore` for the rule silences every one of those findings. A passing example gets no
/// finding of the rule. A rule without both kinds of example, or a rule file the checker does not
/// run, fails here.
@Suite struct RuleExampleTests {
  static let ids = Checker.rules.map { $0.descriptor.id }

  static func check(_ text: String, _ name: String) -> CheckResult {
    Checker.check(PlanLoader.load(text: text, path: name))
  }

  @Test func ruleIdsAreUniqueAndWellFormed() {
    #expect(Set(Self.ids).count == Self.ids.count)
    for id in Self.ids {
      #expect(id.count == 3 && id.first!.isUppercase && Int(id.dropFirst()) != nil, "\(id)")
    }
  }

  /// Each file in Sources/PlanCheck/Rules that declares a rule declares one the checker runs.
  @Test func everyRuleFileIsRegistered() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/PlanCheck/Rules")
    let registered = Set(Checker.rules.map { String(describing: $0) })
    let declaration = try Regex(#"struct\s+(\w+)\s*:\s*Rule\b"#)
    var declared: [String] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where file.hasSuffix(".swift") {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for match in text.matches(of: declaration) {
        let name = String(match.output[1].substring ?? "")
        declared.append(name)
        #expect(
          registered.contains(name), "\(file) declares the rule \(name), which the checker does not run")
        #expect(file == name + ".swift", "the rule \(name) should be the file \(name).swift")
      }
    }
    #expect(declared.count == Checker.rules.count, "\(declared.sorted()) vs \(registered.sorted())")
  }

  @Test(arguments: ids)
  func triggeringExamplesReportExactlyWhereMarked(_ id: String) throws {
    let rule = try #require(Checker.descriptor(for: id))
    #expect(!rule.examples.triggering.isEmpty, "\(id) has no triggering example")
    for (index, example) in rule.examples.triggering.enumerated() {
      let text = RuleExamples.unmarked(example)
      let marked = RuleExamples.markedOffsets(example)
      let name = "\(id)-dispara-\(index + 1).plan"
      #expect(!marked.isEmpty, "\(id) triggering example \(index + 1) marks no finding with ↓")
      let result = Self.check(text, name)
      let syntax = result.diagnostics.filter { $0.code.hasPrefix("S") || $0.code.hasPrefix("E1") }
      #expect(syntax.isEmpty, "\(id) triggering example \(index + 1) does not parse: \(syntax.map(\.code))")
      let found = result.diagnostics.filter { $0.code == id }.map(\.range.offsets.lowerBound).sorted()
      let explanation =
        "\(id) triggering example \(index + 1): findings at \(Self.places(found, in: text)), marked "
        + "\(Self.places(marked.sorted(), in: text))\n\(Self.mark(text, at: found))"
      #expect(found == marked.sorted(), "\(explanation)")
    }
  }

  /// The same examples under `# plan:ignore-file`, and with a `# plan:ignore` before each statement
  /// that holds a finding: the rule's findings are gone, and no suppression goes unused.
  @Test(arguments: ids)
  func triggeringExamplesCanBeIgnored(_ id: String) throws {
    let rule = try #require(Checker.descriptor(for: id))
    for (index, example) in rule.examples.triggering.enumerated() {
      let text = RuleExamples.unmarked(example)
      let wholeFile = Self.check(
        "# plan:ignore-file \(id) — ejemplo de la regla\n" + text, "\(id)-\(index + 1).plan")
      #expect(
        !wholeFile.diagnostics.contains { $0.code == id || $0.code.hasPrefix("R") },
        "\(id) example \(index + 1) under plan:ignore-file: \(wholeFile.diagnostics.map(\.code))")

      // Findings inside statements (not at the top of the file) can be ignored one statement at a time.
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let marked = Set(
        RuleExamples.markedOffsets(example).filter { $0 > 0 }.map { Self.line(of: $0, in: text) })
      guard !marked.isEmpty, !RuleExamples.markedOffsets(example).contains(0) else { continue }
      var annotated: [String] = []
      // A comment before a statement covers its whole block: a finding inside a block whose opening
      // line is already covered needs no comment of its own (it would go unused).
      var coveringIndentation: Int?
      for (number, line) in lines.enumerated() {
        let indentation = line.prefix { $0 == " " }.count
        if let covering = coveringIndentation, !line.trimmingCharacters(in: .whitespaces).isEmpty,
          indentation <= covering
        {
          coveringIndentation = nil
        }
        if marked.contains(number + 1), coveringIndentation == nil {
          annotated.append(
            String(repeating: " ", count: indentation) + "# plan:ignore \(id) — ejemplo de la regla")
          if line.hasSuffix("{") { coveringIndentation = indentation }
        }
        annotated.append(line)
      }
      let each = Self.check(annotated.joined(separator: "\n"), "\(id)-\(index + 1)-cada.plan")
      let left = each.diagnostics.filter { $0.code == id || $0.code.hasPrefix("R") }
      #expect(
        left.isEmpty,
        "\(id) example \(index + 1) with plan:ignore on each statement: \(left.map { "\($0.code) \($0.message.es)" })"
      )
    }
  }

  @Test(arguments: ids)
  func passingExamplesDoNotTrigger(_ id: String) throws {
    let rule = try #require(Checker.descriptor(for: id))
    #expect(!rule.examples.passing.isEmpty, "\(id) has no passing example")
    for (index, example) in rule.examples.passing.enumerated() {
      #expect(!example.contains(RuleExamples.marker), "\(id) passing example \(index + 1) has a ↓")
      let result = Self.check(example, "\(id)-pasa-\(index + 1).plan")
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

  // MARK: Support

  static func line(of offset: Int, in text: String) -> Int {
    Array(text.utf8).prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count + 1
  }

  static func places(_ offsets: [Int], in text: String) -> String {
    let source = SourceText(path: "x", text: text)
    return "["
      + offsets.map { "\(source.position(of: $0).line):\(source.position(of: $0).column)" }
      .joined(separator: ", ") + "]"
  }

  /// The example with a `↓` where the rule did report: what the markers should be.
  static func mark(_ text: String, at offsets: [Int]) -> String {
    var bytes = Array(text.utf8)
    for offset in offsets.sorted(by: >) { bytes.insert(contentsOf: Array("↓".utf8), at: offset) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
