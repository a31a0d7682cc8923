import Foundation
import PlanSyntax
import Testing

/// The reference tables of docs/language.md are written from the grammar: each
/// `<!-- referencia: KEY -->` and `<!-- vocabulario: NAME -->` block must be exactly what the grammar
/// says today. After an intended change, rewrite them with `PLAN_UPDATE_DOCS=1 swift test`.
@Suite struct LanguageReferenceTests {
  static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/language.md")

  /// The document with every marked block written anew, and the names of the blocks.
  static func regenerated(_ text: String) -> (text: String, references: [String], vocabularies: [String]) {
    var out: [Substring] = []
    var references: [String] = []
    var vocabularies: [String] = []
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    while let line = lines.popFirst() {
      out.append(line)
      let generated: String?
      if line.hasPrefix("<!-- referencia: "), line.hasSuffix(" -->") {
        let key = String(line.dropFirst("<!-- referencia: ".count).dropLast(" -->".count))
        references.append(key)
        generated =
          Grammar.constructs[key] == nil
          ? "(no existe «\(key)» en la gramática)\n" : GrammarReference.table(key)
      } else if line.hasPrefix("<!-- vocabulario: "), line.hasSuffix(" -->") {
        let name = String(line.dropFirst("<!-- vocabulario: ".count).dropLast(" -->".count))
        vocabularies.append(name)
        generated =
          Vocabulary.all.first { $0.name == name }.map { GrammarReference.vocabulary($0.choice) }
          ?? "(no existe el vocabulario «\(name)»)\n"
      } else {
        generated = nil
      }
      guard let generated else { continue }
      // Skip the old block up to its end marker.
      while let old = lines.first, old != "<!-- fin -->" { lines.removeFirst() }
      out += generated.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
    }
    return (out.joined(separator: "\n"), references, vocabularies)
  }

  @Test func theReferenceTablesAreTheGrammars() throws {
    let written = try String(contentsOf: Self.path, encoding: .utf8)
    let (text, _, _) = Self.regenerated(written)
    if ProcessInfo.processInfo.environment["PLAN_UPDATE_DOCS"] == "1", text != written {
      try text.write(to: Self.path, atomically: true, encoding: .utf8)
    }
    #expect(
      text == written, "docs/language.md's tables are stale: rewrite them with PLAN_UPDATE_DOCS=1 swift test")
  }

  /// Every top-level statement and every vocabulary has its table.
  @Test func everyStatementAndVocabularyIsDocumented() throws {
    let (_, references, vocabularies) = Self.regenerated(try String(contentsOf: Self.path, encoding: .utf8))
    for key in Grammar.root {
      #expect(references.contains(key), "docs/language.md has no table for «\(key)»")
    }
    for (name, _) in Vocabulary.all {
      #expect(vocabularies.contains(name), "docs/language.md has no table for the vocabulary «\(name)»")
    }
  }
}
