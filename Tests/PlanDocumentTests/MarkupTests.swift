import PlanDocument
import Testing

@Suite struct MarkupTests {
  @Test func blankLinesSeparateParagraphsAndNewlinesAreSpaces() {
    let parts = Markup.parts("Una ciudad\nabierta.\n\n  Y serrana.  \n")
    #expect(parts == [.paragraph([InlineRun("Una ciudad abierta.")]), .paragraph([InlineRun("Y serrana.")])])
  }

  @Test func dashLinesFormAList() {
    let parts = Markup.parts(
      """
      Nos comprometemos a:

      - abrir el municipio
        al mundo;
      - aprender de otras ciudades.
      Cierre sin línea en blanco.
      """)
    #expect(
      parts == [
        .paragraph([InlineRun("Nos comprometemos a:")]),
        .list([
          [InlineRun("abrir el municipio al mundo;")],
          [InlineRun("aprender de otras ciudades. Cierre sin línea en blanco.")],
        ]),
      ])
  }

  @Test func listRightAfterAParagraphLine() {
    let parts = Markup.parts("Vínculos:\n- Pinerolo\n- Mercociudades\n\nFin.")
    #expect(
      parts == [
        .paragraph([InlineRun("Vínculos:")]), .list([[InlineRun("Pinerolo")], [InlineRun("Mercociudades")]]),
        .paragraph([InlineRun("Fin.")]),
      ])
  }

  @Test func emphasisAndStrong() {
    #expect(
      Markup.inline("es *la puerta* de las **sierras**.") == [
        InlineRun("es "), InlineRun("la puerta", italic: true), InlineRun(" de las "),
        InlineRun("sierras", bold: true), InlineRun("."),
      ])
  }

  @Test func nestedAndTripleDelimiters() {
    #expect(
      Markup.inline("*a **b** c*") == [
        InlineRun("a ", italic: true), InlineRun("b", bold: true, italic: true),
        InlineRun(" c", italic: true),
      ])
    #expect(Markup.inline("***todo***") == [InlineRun("todo", bold: true, italic: true)])
  }

  @Test func unmatchedDelimitersStayAsText() {
    #expect(Markup.inline("5 * 3 = 15") == [InlineRun("5 * 3 = 15")])
    #expect(Markup.inline("un *solo asterisco") == [InlineRun("un *solo asterisco")])
    #expect(
      Markup.inline("**abierto y *cerrado*") == [
        InlineRun("**abierto y "), InlineRun("cerrado", italic: true),
      ])
    #expect(Markup.inline("** no **") == [InlineRun("** no **")])
  }

  @Test func emphasisAcrossALineBreak() {
    #expect(
      Markup.inline("un **polo\n  metalmecánico** de") == [
        InlineRun("un "), InlineRun("polo metalmecánico", bold: true), InlineRun(" de"),
      ])
  }

  @Test func flattenedJoinsParagraphsAndItems() {
    #expect(Markup.flattened("Uno.\n\n- a\n- *b*") == [InlineRun("Uno. a; "), InlineRun("b", italic: true)])
  }

  @Test func blocksGiveParagraphKind() {
    let blocks = Markup.blocks("Texto.\n\n- ítem", kind: .lead)
    guard blocks.count == 2, case .paragraph(_, let kind) = blocks[0],
      case .list(let items, let ordered) = blocks[1]
    else {
      Issue.record("unexpected blocks")
      return
    }
    #expect(kind == .lead)
    #expect(items == [[InlineRun("ítem")]])
    #expect(!ordered)
  }

  @Test func longUnmatchedInputStaysFast() {
    let text = String(repeating: "*a **b ", count: 5000)
    let runs = Markup.inline(text)
    #expect(runs.map(\.text).joined().count > 0)
  }
}
