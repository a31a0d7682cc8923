import Foundation
import PlanSyntax
import Testing

/// Every ```plan block in the docs is a file the language accepts: no syntax or structure error.
/// (The checker's rules may still ask for more sections: the examples show one construct each.)
@Suite struct DocumentationExampleTests {
  static let documents = ["docs/language.md", "docs/rules.md", "README.md"]

  static func blocks(in document: String) -> [(line: Int, text: String)] {
    let text = String(decoding: Fixtures.bytes(document), as: UTF8.self)
    var blocks: [(Int, String)] = []
    var current: [Substring]?
    var start = 0
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if current == nil, line.trimmingCharacters(in: .whitespaces) == "```plan" {
        current = []
        start = index + 1
      } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
        blocks.append((start, current!.joined(separator: "\n") + "\n"))
        current = nil
      } else if current != nil {
        current!.append(line)
      }
    }
    return blocks
  }

  @Test(arguments: documents)
  func examplesParseWithoutErrors(_ document: String) {
    let blocks = Self.blocks(in: document)
    if document != "README.md" { #expect(!blocks.isEmpty, "\(document) has no ```plan example") }
    for (line, text) in blocks {
      let plan = PlanLoader.load(text: text, path: "\(document):\(line)")
      let errors = plan.diagnostics.filter { $0.severity == .error }
      #expect(
        errors.isEmpty,
        "\(document), example at line \(line): \(errors.map { "\($0.code) \($0.message.es)" })")
    }
  }
}
