import PlanDiagnostics
import Testing

@testable import PlanSyntax

@Suite struct LiteralTests {
  @Test(arguments: [
    ("12000000", Language.es, 12_000_000.0), ("12.000.000", .es, 12_000_000), ("12_000_000", .es, 12_000_000),
    ("3,5", .es, 3.5), ("1.234,56", .es, 1234.56), ("2.5", .es, 2.5), ("-4", .es, -4),
    ("1,500.25", .en, 1500.25), ("3.5", .en, 3.5), ("1,000,000", .en, 1_000_000),
  ])
  func readsNumbersTheWayEachLanguageWritesThem(_ word: String, _ language: Language, _ expected: Double) {
    #expect(Literal.number(word, language: language) == expected)
  }

  @Test(arguments: ["12.00.000", "1,2,3", "abc", "3,", "1.2345.678", ""])
  func rejectsMalformedNumbers(_ word: String) {
    #expect(Literal.number(word, language: .es) == nil)
  }

  @Test func readsDatesWithTheirPrecision() {
    #expect(Literal.date("2026") == PlanDate(year: 2026))
    #expect(Literal.date("2026-03") == PlanDate(year: 2026, month: 3))
    #expect(Literal.date("2024-02-29") == PlanDate(year: 2024, month: 2, day: 29))
    #expect(Literal.date("2026-02-29") == nil)
    #expect(Literal.date("2026-13") == nil)
    #expect(Literal.date("2026-3") == nil)
    #expect(Literal.isoSuggestion(for: "15/03/2026") == "2026-03-15")
    #expect(Literal.isoSuggestion(for: "03/2026") == "2026-03")
  }

  @Test func readsColoursAndCodes() {
    #expect(Literal.colour("#1a5276") == "#1A5276")
    #expect(Literal.colour("#abc") == "#AABBCC")
    #expect(Literal.colour("#12345") == nil)
    #expect(Literal.isSDGCode("11.3"))
    #expect(Literal.isSDGCode("17.b"))
    #expect(Literal.isSDGCode("5"))
    #expect(!Literal.isSDGCode("18.1"))
    #expect(!Literal.isSDGCode("11."))
    #expect(Literal.isIdentifier("a01") && Literal.isIdentifier("ñandú_2") && !Literal.isIdentifier("1a"))
  }

  @Test func decodesProseBlocks() {
    let raw = "\"\"\"\n    Uno.\n\n      - dos\n    \"\"\""
    #expect(TextLiterals.proseText(raw) == "Uno.\n\n  - dos")
    #expect(TextLiterals.decodeString("\"a \\\"b\\\" \\\\ c\"") == "a \"b\" \\ c")
  }

  /// Line ends of every kind, tabs, under-indented and blank lines, an unclosed block, a one-line
  /// block, and a blank that a combining accent turns into text.
  @Test func decodesProseEdgeCases() {
    let mixed = TextLiterals.decodeProse("\"\"\"\r\n  uno  \r  dos\t\n\n\tcuatro\n x\n  \"\"\"")
    #expect(mixed.lines == ["uno", "dos", "", "cuatro", "x"])
    #expect(mixed.underIndented == [5])
    #expect(TextLiterals.decodeProse("\"\"\"\n    a\n      b").lines == ["a", "  b"])
    #expect(TextLiterals.decodeProse("\"\"\"  una línea  \"\"\"").lines == ["  una línea"])
    #expect(TextLiterals.decodeProse("\"\"\"sin cierre").lines == ["sin cierre"])
    // Leading blanks are indentation even before a combining accent (fmt re-indents such lines).
    let accent = TextLiterals.decodeProse("\"\"\"\n   \u{301}a\n  \"\"\"")
    #expect(accent.lines == [" \u{301}a"])
  }

  @Test func unifiedDiffShowsOnlyTheChange() {
    let old = (1...20).map { "línea \($0)" }.joined(separator: "\n") + "\n"
    let new = old.replacingOccurrences(of: "línea 10\n", with: "línea diez\n")
    let diff = UnifiedDiff.make(old: old, new: new, oldName: "a", newName: "b")
    #expect(diff.contains("@@ -7,7 +7,7 @@"))
    #expect(diff.contains("-línea 10\n+línea diez\n"))
    #expect(UnifiedDiff.make(old: old, new: old, oldName: "a", newName: "b").isEmpty)
  }
}
