import Foundation
import Testing

/// Every word of a word table has its three languages: `pick(es, en, pt)` and
/// `Localized(es:en:pt:)` do not compile without them, so what this checks is that none is left
/// empty and none is the Spanish copied over: the English has no Spanish letter or word, the
/// Portuguese no word only Spanish has. It reads the calls whose three arguments are plain literals
/// (most words; a word built with a condition inside its interpolations is not read).
@Suite struct WordTableLanguagesTests {
  struct Word {
    var file: String
    var es: String
    var en: String
    var pt: String
  }

  /// Words a language leaves empty on purpose, with why.
  static let emptyOnPurpose: [String: String] = [
    "S / D": "«Su Despacho» after the addressee of a note: English letters have no such line"
  ]

  /// What gives away a Spanish text (the surrounding spaces matter).
  static let spanishInEnglish = ["ñ", "ción", " el ", " los ", " las ", " del ", " y ", " de ", "¿", "¡"]
  static let spanishInPortuguese = ["ñ", "ción", " el ", " los ", " las ", " del ", " y ", "¿", "¡"]

  static func words() throws -> [Word] {
    let literal = #""((?:[^"\\]|\\.)*)""#
    let calls = try [
      Regex(#"pick\(\s*"# + literal + #",\s*"# + literal + #",\s*"# + literal + #"\s*\)"#),
      Regex(
        #"Localized\(\s*es:\s*"# + literal + #",\s*en:\s*"# + literal + #",\s*pt:\s*"# + literal + #"\s*\)"#),
    ]
    var words: [Word] = []
    for file in try WordTableUsageTests.swiftFiles() where WordTableUsageTests.isWordTable(file) {
      let text = try String(contentsOf: file, encoding: .utf8)
      for call in calls {
        for match in text.matches(of: call) {
          guard let es = match.output[1].substring, let en = match.output[2].substring,
            let pt = match.output[3].substring
          else { continue }
          words.append(Word(file: file.lastPathComponent, es: String(es), en: String(en), pt: String(pt)))
        }
      }
    }
    return words
  }

  static func marks(_ text: String, _ marks: [String]) -> [String] {
    let padded = " " + text.lowercased() + " "
    return marks.filter { padded.contains($0) }
  }

  @Test func everyWordHasItsThreeLanguages() throws {
    let words = try Self.words()
    #expect(words.count > 500)
    var problems: [String] = []
    for word in words {
      for text in [word.es, word.en, word.pt] where text.isEmpty && Self.emptyOnPurpose[word.es] == nil {
        problems.append("\(word.file): «\(word.es)» has an empty translation")
      }
      let english = Self.marks(word.en, Self.spanishInEnglish)
      if !english.isEmpty { problems.append("\(word.file): the English «\(word.en)» has \(english)") }
      let portuguese = Self.marks(word.pt, Self.spanishInPortuguese)
      if !portuguese.isEmpty {
        problems.append("\(word.file): the Portuguese «\(word.pt)» has \(portuguese)")
      }
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }
}
