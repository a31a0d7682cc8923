import Foundation
import PlanSyntax
import Testing

/// The keys that connect the grammar to the code reading bound statements are checked against the
/// grammar: a key renamed in one place and not the other fails here, instead of silently leaving a
/// field (and a row of the document) empty.
@Suite struct GrammarKeyTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources")

  /// Every grammar key the model builder and the loaders name, with the file and line.
  static func keysUsed() throws -> [(key: String, place: String)] {
    // Every file of the model builder (`ModelBuilder*.swift`: one per part of the plan).
    let builders = try FileManager.default.contentsOfDirectory(
      atPath: sources.appendingPathComponent("PlanModel").path
    ).filter { $0.hasPrefix("ModelBuilder") && $0.hasSuffix(".swift") }.sorted().map { "PlanModel/" + $0 }
    #expect(builders.count >= 5)
    let files =
      builders + [
        "PlanSyntax/PlanLoader.swift", "PlanSyntax/PlanDiscovery.swift", "PlanSyntax/LanguageDetection.swift",
      ]
    let patterns = [
      // node.child("plan.escudo"), node.children("valores.valor")
      try Regex(#"\.(?:child|children)\("([a-z_.]+)"\)"#),
      // childText(node, "descripcion"), refs(node, "eje.actores", …), located(node, "…")
      try Regex(#"\b[a-zA-Z]+\([a-zA-Z]+, "([a-z_.]+)""#),
      // child.key == "comunicacion.interna"
      try Regex(#"\.key == "([a-z_.]+)""#),
    ]
    // In the model builder, any dotted word in quotes is a key, also in a call split over lines.
    let dotted = try Regex(#""([a-z_]+(?:\.[a-z_]+)+\.?)""#)
    var found: [(String, String)] = []
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        for pattern in patterns + (file.hasPrefix("PlanModel/") ? [dotted] : []) {
          for match in String(line).matches(of: pattern) {
            if let key = match.output[1].substring { found.append((String(key), "\(file):\(number + 1)")) }
          }
        }
      }
      // The sections a file's top level holds: `switch node.key { case "plan": … }`.
      if let start = text.range(of: "switch node.key {"),
        let end = text.range(of: "default:", range: start.upperBound..<text.endIndex)
      {
        let block = String(text[start.upperBound..<end.lowerBound])
        for match in block.matches(of: try Regex(#"case "([a-z_]+)""#)) {
          if let key = match.output[1].substring { found.append((String(key), "\(file) (switch node.key)")) }
        }
      }
    }
    return found
  }

  @Test func everyKeyTheModelReadsIsInTheGrammar() throws {
    let used = try Self.keysUsed()
    // The scan must see the model builder's keys, or it proves nothing.
    #expect(used.count > 100, "only \(used.count) keys found: has the model builder's style changed?")
    for (key, place) in used {
      // A key ending in a dot is the prefix of a family of members (`diagnostico.interno.`).
      let known =
        key.hasSuffix(".")
        ? Grammar.constructs.keys.contains { $0.hasPrefix(key) } : Grammar.constructs[key] != nil
      if !known { Issue.record("\(place): «\(key)» is not a key of the grammar (Schema/Grammar.swift)") }
    }
  }

  /// Every top-level section of the grammar is read by the model builder.
  @Test func everyTopLevelSectionIsRead() throws {
    let read = Set(try Self.keysUsed().filter { $0.place.hasSuffix("(switch node.key)") }.map(\.key))
    for key in Grammar.root where key != "incluir" {
      #expect(read.contains(key), "the model builder does not read the top-level section «\(key)»")
    }
  }
}
