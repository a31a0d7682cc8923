import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// What canonical form looks like, one rule per test.
@Suite struct FormatterTests {
  private func format(_ text: String) throws -> String {
    try Formatter.format(Parser.parse(path: "prueba.plan", text: text))
  }

  @Test func indentsBlocksAndAlignsColumns() throws {
    let input = """
      foda {
      fortaleza f1 "Polo metalmecánico"
          debilidad   d10 "Sin oficina"
      }
      """
    let expected = """
      foda {
        fortaleza f1  "Polo metalmecánico"
        debilidad d10 "Sin oficina"
      }

      """
    #expect(try format(input) == expected)
  }

  @Test func aBlankLineOrACommentEndsAnAlignmentRun() throws {
    let input = """
      plan "X" {
        ciudad "A"
        provincia "B"

        horizonte 2026 a 2030
      }
      """
    let expected = """
      plan "X" {
        ciudad    "A"
        provincia "B"

        horizonte 2026 a 2030
      }

      """
    #expect(try format(input) == expected)
  }

  @Test func collapsesBlankLinesAndTrimsBlockEdges() throws {
    let input = "\n\n\nlema \"Uno\"\n\n\n\nfoda {\n\n  fortaleza f1 \"x\"\n\n}\n\n\n"
    #expect(try format(input) == "lema \"Uno\"\n\nfoda {\n  fortaleza f1 \"x\"\n}\n")
  }

  @Test func keepsEveryCommentInPlace() throws {
    let input = """
      # Encabezado
      foda { # matriz
        # fortalezas
        fortaleza f1 "x"   # la principal
      }  # fin
      # al final
      """
    let expected = """
      # Encabezado
      foda {  # matriz
        # fortalezas
        fortaleza f1 "x"  # la principal
      }  # fin
      # al final

      """
    #expect(try format(input) == expected)
  }

  @Test func reindentsProseKeepingRelativeIndentation() throws {
    let input = "vision \"\"\"\n        Primera línea.\n\n          - un punto\n        \"\"\"\n"
    let expected = "vision \"\"\"\n  Primera línea.\n\n    - un punto\n  \"\"\"\n"
    #expect(try format(input) == expected)
  }

  @Test func spellsKeywordsInThePlansLanguage() throws {
    let spanish = "plan \"X\" {\n  city \"A\"\n  language es\n  status draft\n  horizon 2026 to 2030\n}\n"
    #expect(
      try format(spanish)
        == "plan \"X\" {\n  ciudad    \"A\"\n  idioma    es\n  estado    borrador\n  horizonte 2026 a 2030\n}\n"
    )
    let english = "plan \"X\" {\n  ciudad \"A\"\n  idioma en\n  estado borrador\n}\n"
    #expect(try format(english) == "plan \"X\" {\n  city     \"A\"\n  language en\n  status   draft\n}\n")
  }

  @Test func accentsAndCaseInKeywordsAreCanonicalised() throws {
    #expect(try format("Visión \"x\"\nLEMA \"y\"\n") == "vision \"x\"\nlema   \"y\"\n")
  }

  @Test func expandsInlineBlocks() throws {
    let input = "eje economico \"E\" { objetivo oe1 \"O\" }\n"
    #expect(try format(input) == "eje economico \"E\" {\n  objetivo oe1 \"O\"\n}\n")
  }

  @Test func keepsContinuedListsOnTheirLines() throws {
    let input = "comision {\n  miembros a,   # primero\n    b, c\n}\n"
    #expect(try format(input) == "comision {\n  miembros a,  # primero\n      b, c\n}\n")
  }

  @Test func handlesCRLFTabsAndByteOrderMark() throws {
    let input = "\u{FEFF}foda {\r\n\tfortaleza f1 \"x\"\r\n}\r\n"
    #expect(try format(input) == "foda {\n  fortaleza f1 \"x\"\n}\n")
  }

  @Test func replacesTypographicQuotes() throws {
    #expect(try format("lema “Ciudad abierta”\n") == "lema \"Ciudad abierta\"\n")
  }

  @Test func keepsACommentOnALastLineWithoutLineBreak() throws {
    #expect(try format("lema \"x\" # nota") == "lema \"x\"  # nota\n")
  }

  @Test func aVariantNameIsKeptAndTranslated() throws {
    let province = """
      plan "Entre Ríos en el mundo" {
        idioma      es
        jurisdiccion provincia
      }
      MARCA_TERRITORIO "Entre Ríos" {
        diagnostico "Ríos, humedales y puentes."
      }
      """
    #expect(try format(province).contains("\nmarca_territorio \"Entre Ríos\" {"))
    let english = try Formatter.format(Parser.parse(path: "prueba.plan", text: province), language: .en)
    #expect(english.contains("\nterritory_brand \"Entre Ríos\" {"))
    #expect(try format("marca_ciudad \"Villa Aurora\" {\n  diagnostico \"x\"\n}\n").hasPrefix("marca_ciudad"))
  }

  @Test func refusesFilesWithSyntaxErrors() {
    #expect(throws: Formatter.Refusal.self) { try format("lema \"sin cerrar\n") }
  }

  @Test func emptyFileStaysEmpty() throws {
    #expect(try format("") == "")
    #expect(try format("\n\n") == "")
  }
}

/// A large file is bound and printed in two halves on two cores; the result must be the same bytes
/// as printing it in one pass, wherever the split falls.
@Suite struct ParallelFormattingTests {
  @Test func twoHalvesPrintExactlyWhatOnePassPrints() throws {
    var generator = SeededGenerator(seed: 7)
    let pieces = [
      "foda {\n  fortaleza f1 \"x\"\n}\n", "\n", "\n\n", "# comentario\n", "lema \"Uno\"\n",
      "vision \"Dos\"\n",
      "accion a1 \"A\" {\n  plazo corto # c\n}\n", "eje economico \"E\" { objetivo o1 \"O\" }\n",
      "comision {\n  miembros a,\n      b\n}\n",
    ]
    for round in 0..<40 {
      var text = ""
      for _ in 0..<Int.random(in: 2...30, using: &generator) {
        text += pieces.randomElement(using: &generator)!
      }
      let file = Parser.parse(path: "p.plan", text: text)
      let sequential = try Formatter.formatBytes(file, language: .es, parallelFrom: Int.max)
      let parallel = try Formatter.formatBytes(file, language: .es, parallelFrom: 2)
      #expect(sequential == parallel, "round \(round): \(text.debugDescription)")
    }
  }
}
