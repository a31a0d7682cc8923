import Foundation
import Testing

/// Every word of a word table is used: a label, a message or a word no code reads is a
/// translation that nobody maintains and nobody sees. The tables are the files named `*Labels*`,
/// `*Words` and `BillArticles`; a word is used when its name appears in some source file besides
/// its own declaration.
@Suite struct WordTableUsageTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources")

  static func swiftFiles() throws -> [URL] {
    let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
  }

  static func isWordTable(_ file: URL) -> Bool {
    let name = file.deletingPathExtension().lastPathComponent
    return name.contains("Labels") || name.hasSuffix("Words") || name == "BillArticles"
  }

  /// How many times each identifier-like word appears in a text.
  static func count(_ text: String, into counts: inout [Substring: Int]) {
    var start: String.Index?
    for index in text.indices {
      let character = text[index]
      if character.isLetter || character.isNumber || character == "_" {
        if start == nil { start = index }
      } else if let first = start {
        counts[text[first..<index], default: 0] += 1
        start = nil
      }
    }
    if let first = start { counts[text[first...], default: 0] += 1 }
  }

  @Test func everyWordOfEveryTableIsUsed() throws {
    let files = try Self.swiftFiles()
    let texts = try files.map { try String(contentsOf: $0, encoding: .utf8) }
    var counts: [Substring: Int] = [:]
    for text in texts { Self.count(text, into: &counts) }
    let tables = files.indices.filter { Self.isWordTable(files[$0]) }
    #expect(tables.count >= 10)
    let declaration = try Regex(
      #"(?m)^\s*(?:public |static |nonisolated )*(?:var|let|func) ([a-zA-Z_][a-zA-Z0-9_]*)"#)
    var unused: [String] = []
    for table in tables {
      for match in texts[table].matches(of: declaration) {
        guard let name = match.output[1].substring else { continue }
        if counts[name, default: 0] <= 1 { unused.append("\(files[table].lastPathComponent): \(name)") }
      }
    }
    #expect(unused.isEmpty, "words no code uses: \(unused)")
  }
}
