import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// What people paste — no-break spaces, zero-width characters, soft hyphens, typographic quotes,
/// guillemets — is named and read as it looks; what must never reach a PDF (controls, bidirectional
/// overrides, noncharacters) is a located error, and replaced visibly in the model.
@Suite struct SpecialCharacterTests {
  static func codes(_ text: String) -> [String] {
    PlanLoader.load(text: text).diagnostics.map(\.code)
  }

  @Test func pastedCharactersAreNamedInThreeLanguages() {
    let name = SpecialCharacters.name(0xA0)
    #expect(name.es == "espacio de no separación (U+00A0), habitual al copiar desde Word")
    #expect(name.en == "no-break space (U+00A0), common when copying from Word")
    #expect(name.pt == "espaço não separável (U+00A0), comum ao copiar do Word")
    for value: UInt32 in [
      0x202F, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD, 0xAB, 0xBB, 0x201C, 0x202E, 0x09,
    ] {
      let name = SpecialCharacters.name(value)
      #expect(name.es != name.en, "\(SpecialCharacters.codePoint(value))")
      #expect(name.pt != nil)
      #expect(name.es.contains(SpecialCharacters.codePoint(value)))
    }
  }

  @Test func aNoBreakSpaceBetweenWordsIsABlankWithAWarning() {
    let plan = PlanLoader.load(text: "plan \"X\" {\n  estado\u{A0}borrador\n\u{A0}\u{A0}idioma es\n}\n")
    #expect(plan.diagnostics.map(\.code) == ["S022", "S022"])
    #expect(
      plan.diagnostics[0].message.es
        == "carácter pegado: espacio de no separación (U+00A0), habitual al copiar desde Word")
    #expect(plan.diagnostics[1].message.en.hasPrefix("2 pasted characters: no-break space"))
    #expect(plan.diagnostics.allSatisfy { $0.severity == .warning })
  }

  @Test func invisibleCharactersInsideWordsAreLeftOut() {
    let plan = PlanLoader.load(
      text: "plan \"X\" {\n  esta\u{AD}do borrador\n}\nfoda {\n  debilidad d\u{200B}1 \"x\"\n}\n")
    #expect(plan.diagnostics.map(\.code) == ["S022", "S022"])
    let foda = plan.nodes.first { $0.key == "foda" }
    guard case .identifier(let id) = foda?.children.first?.values.first else {
      Issue.record("no identifier")
      return
    }
    #expect(id == "d1")
  }

  @Test func aZeroWidthSpaceAfterAWordEndsIt() {
    #expect(Self.codes("plan \"X\" {\n  idioma es\u{200B}\n}\n") == ["S022"])
  }

  @Test func controlsBidiAndNoncharactersAreErrorsAndNeverReachTheModel() {
    let text =
      "plan \"X\" {\n  ciudad \"a\u{202E}b\"\n  provincia \"c\u{FFFF}d\"\n  organismo \"e\u{85}f\"\n}\n"
    let plan = PlanLoader.load(text: text)
    #expect(plan.diagnostics.map(\.code).sorted() == ["S002", "S002", "S023"])
    let values = plan.nodes.first?.children.compactMap { node -> String? in
      if case .text(let text) = node.values.first { return text }
      return nil
    }
    #expect(values == ["a\u{FFFD}b", "c\u{FFFD}d", "e\u{FFFD}f"])
  }

  @Test func aNulInATextIsReplacedVisiblyNotCut() {
    let plan = PlanLoader.load(text: "plan \"X\" {\n  ciudad \"Villa\u{0}\u{0}Aurora\"\n}\n")
    #expect(plan.diagnostics.map(\.code) == ["S002"])
    guard case .text(let city) = plan.nodes.first?.children.first?.values.first else {
      Issue.record("no city")
      return
    }
    #expect(city == "Villa\u{FFFD}\u{FFFD}Aurora")
  }

  @Test func aRunOfControlCharactersIsOneFinding() {
    let bytes = [UInt8](repeating: 0, count: 100_000)
    let file = Parser.parse(path: "x.plan", bytes: bytes)
    #expect(file.diagnostics.map(\.code) == ["S002"])
    #expect(file.diagnostics[0].message.es.hasPrefix("100000 caracteres de control"))
  }

  @Test func guillemetsAndTypographicQuotesDelimitTexts() {
    for (open, close) in [
      ("\u{AB}", "\u{BB}"), ("\u{201C}", "\u{201D}"), ("\u{201D}", "\u{201D}"), ("\u{201E}", "\u{201C}"),
    ] {
      let plan = PlanLoader.load(text: "plan \"X\" {\n  ciudad \(open)Villa Aurora\(close)\n}\n")
      #expect(plan.diagnostics.map(\.code) == ["S007"], "\(open)…\(close)")
      guard case .text(let city) = plan.nodes.first?.children.first?.values.first else {
        Issue.record("no city for \(open)…\(close)")
        continue
      }
      #expect(city == "Villa Aurora")
    }
    // Inside a text they are part of it.
    #expect(Self.codes("plan \"X\" {\n  ciudad \"\u{AB}Villa\u{BB}\"\n}\n").isEmpty)
  }

  @Test func theFormatterRemovesPastedCharactersOutsideTextsOnly() throws {
    let text =
      "plan \u{AB}X\u{BB} {\n\u{A0}\u{A0}ciudad\u{A0}\"Villa\u{A0}Aurora\"\n  esta\u{AD}do borrador\u{200B}\n}\n"
    let formatted = try Formatter.format(Parser.parse(path: "x.plan", text: text))
    #expect(formatted == "plan \"X\" {\n  ciudad \"Villa\u{A0}Aurora\"\n  estado borrador\n}\n")
  }

  @Test func aTabInsideAQuotedTextIsNamed() {
    #expect(Self.codes("plan \"X\" {\n  ciudad \"Villa\tAurora\"\n}\n") == ["S022"])
  }

  @Test func printableLeavesOrdinaryTextAlone() {
    let text = "Ñandú «x» — 😀\tfin\nnueva"
    #expect(SpecialCharacters.printable(text) == text)
    #expect(SpecialCharacters.printable("a\u{0B}b\u{1B}c") == "a\u{FFFD}b\u{FFFD}c")
  }
}

/// A line that lost its line breaks, or a megabyte-long word, gives one short finding.
@Suite struct OversizedInputTests {
  @Test func wordsAfterTheArgumentsAreOneFinding() {
    let plan = PlanLoader.load(text: "plan \"X\" {\n  idioma es uno dos tres cuatro\n}\n")
    #expect(plan.diagnostics.map(\.code) == ["E104"])
    #expect(
      plan.diagnostics.first?.message.es == "`uno` y 3 palabras más sobran o no corresponden a `idioma`")
  }

  @Test func aHugeWordMakesAShortMessage() {
    let word = String(repeating: "a", count: 1_000_000)
    let plan = PlanLoader.load(text: word + "\n")
    #expect(plan.diagnostics.map(\.code) == ["E101"])
    #expect((plan.diagnostics.first?.message.es.count ?? 0) < 200)
  }
}
