import Foundation
import PlanCheck
import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// `plan check --lang pt` speaks Portuguese: every code's explanation and every finding on a plan
/// full of problems, with no Spanish sentence left inside the Portuguese labels.
@Suite struct PortugueseTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Words that are Spanish and cannot be Portuguese (the surrounding spaces matter).
  static let spanishWords = [
    " el ", " los ", " las ", " del ", " una ", " por favor", "acción", " y ", "también", "según",
    "ningún", "quite", "añada", "agregue", "agregar", " está vacío", " ya ", " sólo ", " hay que",
    "escriba", "cítel", "márquel", "debe ir", " pero ", " sin dar", "llave", "¿", "ñ",
  ]

  /// The text without what is not prose: code spans (`…`), and the plan's own text quoted «…» or
  /// "…" (the user's Spanish words, names of places and institutions).
  static func prose(_ text: String) -> String {
    var out = ""
    var closing: Character?
    for character in text {
      if let end = closing {
        if character == end { closing = nil }
        continue
      }
      switch character {
      case "`": closing = "`"
      case "«": closing = "»"
      case "\"": closing = "\""
      default: out.append(character)
      }
    }
    return " " + out.lowercased().replacing("\n", with: " ") + " "
  }

  /// The Spanish words a Portuguese text still has.
  static func spanish(in text: String) -> [String] {
    let words = prose(text)
    return spanishWords.filter { words.contains($0) }
  }

  /// Each code's texts as `plan explain` shows them: rules and every other code.
  static var explained: [(id: String, texts: [Localized])] {
    Checker.rules.map { rule in
      let descriptor = rule.descriptor
      return (descriptor.id, [descriptor.title, descriptor.rationale, descriptor.help])
    }
      + CodeCatalog.documentation.map { entry in
        (entry.id, [entry.title, entry.explanation, entry.fix] + (entry.withoutExample.map { [$0] } ?? []))
      }
  }

  @Test func everyCodeIsExplainedInPortuguese() {
    let codes = Self.explained
    #expect(codes.count > 90)
    var same = 0
    var total = 0
    for (id, texts) in codes {
      for text in texts {
        total += 1
        if text.pt == text.es { same += 1 }
        let found = Self.spanish(in: text.text(.pt))
        #expect(found.isEmpty, "\(id): Spanish \(found) in «\(text.text(.pt))»")
      }
    }
    // A text may read the same in both languages ("Concejo Deliberante"); most may not.
    #expect(same * 20 < total, "\(same) of \(total) Portuguese texts are the Spanish ones")
  }

  @Test func findingsOnAnIncompletePlanAreInPortuguese() throws {
    let path = Self.repository.appendingPathComponent("plans/incompleto/incompleto.plan").path
    let result = Checker.check(try PlanLoader.load(path: path))
    #expect(result.diagnostics.count > 20)
    var texts = [Localized]()
    for diagnostic in result.diagnostics {
      texts.append(diagnostic.message)
      if let help = diagnostic.help { texts.append(help) }
      texts += diagnostic.notes.map(\.message)
    }
    for entry in result.compliance { texts += [entry.title] + entry.evidence }
    var same = 0
    for text in texts {
      if text.pt == text.es { same += 1 }
      let found = Self.spanish(in: text.text(.pt))
      #expect(found.isEmpty, "Spanish \(found) in «\(text.text(.pt))» (Spanish: «\(text.es)»)")
    }
    #expect(same * 10 < texts.count, "\(same) of \(texts.count) Portuguese findings are the Spanish ones")
  }

  /// Keywords and vocabulary words spelt only in Spanish: a Portuguese text names the Portuguese
  /// spelling (`responsavel`, not `responsable`), as a Portuguese plan is written.
  static let spanishOnlyKeywords: Set<String> = {
    let spanish =
      Grammar.all.map { ($0.es, $0.pt) }
      + Vocabulary.all.flatMap { $0.choice.options.map { ($0.es, $0.pt) } }
    let portuguese = Set(spanish.map(\.1))
    // `tablero` is also an identifier a rule's example chose for a technology tool.
    return Set(spanish.filter { $0.0 != $0.1 && !portuguese.contains($0.0) }.map(\.0)).subtracting(["tablero"]
    )
  }()

  /// The Spanish keywords a Portuguese text names in code spans; quoted texts in the span (the
  /// plan's own words) and the program's commands (`plan check`, `# plan:ignore`) do not count.
  static func spanishKeywords(in text: String) -> [String] {
    text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
      .flatMap { _, span -> [String] in
        if span.hasPrefix("plan ") || span.contains("plan:") || span.hasPrefix("man ") { return [] }
        let code = span.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
          .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        return code.split { !($0.isLetter || $0 == "_") }.map(String.init)
          .filter { spanishOnlyKeywords.contains($0) }
      }
  }

  /// Every code's explanation, and the findings on a plan full of problems and on every rule's
  /// triggering examples.
  static func messages() throws -> [Localized] {
    var texts = Self.explained.flatMap(\.texts)
    let path = Self.repository.appendingPathComponent("plans/incompleto/incompleto.plan").path
    var examples: [LoadedPlan] = []
    for rule in Checker.rules {
      for example in rule.examples.triggering {
        examples.append(PlanLoader.load(text: example.replacing("↓", with: ""), path: "ejemplo.plan"))
      }
    }
    for loaded in [try PlanLoader.load(path: path)] + examples {
      for diagnostic in Checker.check(loaded).diagnostics {
        texts += [diagnostic.message] + (diagnostic.help.map { [$0] } ?? []) + diagnostic.notes.map(\.message)
      }
    }
    return texts
  }

  /// Reports shorten a long code span (it may quote a long word of the user's); `plan`'s own spans
  /// must fit, in every language, so that no help is cut.
  @Test func noOwnCodeSpanIsShortened() throws {
    for text in try Self.messages() {
      for language in Language.allCases {
        let spans = text.text(language).split(separator: "`", omittingEmptySubsequences: false)
          .enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        for span in spans {
          #expect(span.unicodeScalars.count <= TerminalText.quotedLimit, "\(span)")
        }
      }
    }
  }

  @Test func portugueseTextsNameThePortugueseKeywords() throws {
    #expect(Self.spanishOnlyKeywords.contains("responsable"))
    #expect(!Self.spanishOnlyKeywords.contains("meta"))
    let texts = try Self.messages()
    for text in texts {
      let found = Self.spanishKeywords(in: text.text(.pt))
      #expect(found.isEmpty, "Spanish keywords \(found) in «\(text.text(.pt))»")
    }
  }

  /// The word list finds Spanish: the Spanish texts themselves trip it.
  @Test func theWordListRecognisesSpanish() {
    let codes = Self.explained
    let tripped = codes.filter { !$0.texts.flatMap { Self.spanish(in: $0.es) }.isEmpty }
    #expect(tripped.count * 2 > codes.count)
  }
}
