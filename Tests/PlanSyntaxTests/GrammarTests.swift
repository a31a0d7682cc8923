import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// The grammar table is data; these tests keep it consistent.
@Suite struct GrammarTests {
  @Test func everyMemberExists() {
    for construct in Grammar.all {
      for member in construct.members {
        #expect(Grammar.constructs[member] != nil, "\(construct.key) names a missing member \(member)")
      }
    }
    for key in Grammar.root { #expect(Grammar.constructs[key] != nil) }
  }

  @Test func keysAreUnique() {
    #expect(Set(Grammar.all.map(\.key)).count == Grammar.all.count)
  }

  @Test func everyConstructIsReachableFromTheTop() {
    var reached = Set(Grammar.root)
    var queue = Grammar.root
    while let key = queue.popLast() {
      for member in Grammar.construct(key).members where !reached.contains(member) {
        reached.insert(member)
        queue.append(member)
      }
    }
    let unreachable = Set(Grammar.all.map(\.key)).subtracting(reached)
    #expect(unreachable.isEmpty, "unreachable: \(unreachable.sorted())")
  }

  /// Within one block, every spelling (Spanish, English, Portuguese, aliases, folded) names one
  /// construct only.
  @Test func spellingsDoNotCollideWithinAContext() {
    let contexts = [("", Grammar.root)] + Grammar.all.map { ($0.key, $0.members) }
    for (context, members) in contexts {
      var owner: [String: String] = [:]
      for key in members {
        let construct = Grammar.construct(key)
        for spelling in Set(construct.spellings.map(Keywords.fold)) {
          if let other = owner[spelling], other != key {
            Issue.record("`\(spelling)` means both \(other) and \(key) inside `\(context)`")
          }
          owner[spelling] = key
        }
      }
    }
  }

  /// Within one vocabulary, every spelling (Spanish, English, Portuguese, aliases) names one option.
  @Test func vocabularySpellingsAreUnambiguous() {
    for (_, choice) in Vocabulary.all {
      var owner: [String: String] = [:]
      for option in choice.options {
        for spelling in Set(option.spellings.map(Keywords.fold)) {
          if let other = owner[spelling], other != option.es {
            Issue.record("`\(spelling)` means both \(other) and \(option.es) in \(choice.name.en)")
          }
          owner[spelling] = option.es
        }
      }
    }
  }

  @Test func keywordsAreWordsOfTheLanguage() {
    for construct in Grammar.all {
      for spelling in construct.spellings {
        #expect(Literal.isIdentifier(spelling), "`\(spelling)` cannot be written as a keyword")
      }
    }
    for (_, choice) in Vocabulary.all {
      for option in choice.options {
        for spelling in option.spellings {
          #expect(Literal.isIdentifier(spelling), "`\(spelling)` cannot be written as a vocabulary word")
        }
      }
    }
  }

  /// Every keyword and vocabulary word has a Portuguese spelling written down (even one spelled as
  /// in Spanish), folded already, and the table names nothing the grammar lacks.
  @Test func everyKeywordAndVocabularyWordHasPortuguese() {
    let keys = Set(Grammar.all.map(\.key))
    #expect(Set(PortugueseSpellings.keywords.keys) == keys)
    let words = Set(Vocabulary.all.flatMap { $0.choice.options.map(\.es) })
    #expect(Set(PortugueseSpellings.words.keys) == words)
    for spelling in Array(PortugueseSpellings.keywords.values) + Array(PortugueseSpellings.words.values) {
      #expect(Keywords.fold(spelling) == spelling, "`\(spelling)` is not lower-case ASCII")
    }
  }

  @Test func didYouMeanFindsCloseKeywords() {
    #expect(Keywords.suggestion(for: "economica", among: ["economico", "social"]) == "economico")
    #expect(Keywords.suggestion(for: "fortalesa", among: ["fortaleza", "debilidad"]) == "fortaleza")
    #expect(Keywords.suggestion(for: "xyz", among: ["fortaleza", "debilidad"]) == nil)
  }
}
