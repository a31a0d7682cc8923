import PlanDocument
import PlanLayout
import Testing

@testable import PlanPDF

@Suite struct ShapingTests {
  static let paragraph =
    "El Ayuntamiento de Villa Aurora impulsará la internacionalización del municipio mediante "
    + "infraestructuras digitales, acompañantes lingüísticos y un desarrollo económico sostenible que "
    + "refuerce la cooperación con las ciudades hermanadas de Europa y de América Latina. ¿Cómo "
    + "lograrlo? ¡Con la participación de la ciudadanía! «Nada sobre nosotros sin nosotros» —dicen "
    + "las asociaciones vecinales—, y por eso cada acción del plan tendrá un responsable, un "
    + "presupuesto de 14.500 € y un indicador verificable antes de diciembre de 2028."

  static let body = TextStyle(
    family: "Noto Serif", size: 10.5, lineHeight: 14.5, alignment: .justify, hyphenate: true, language: "es")

  @Test func justifiedSpanishParagraphStaysInsideItsColumn() {
    let shaped = sharedShaper.shape([InlineRun(Self.paragraph)], style: Self.body, width: 300)
    #expect(shaped.lines.count > 1)
    for (index, line) in shaped.lines.enumerated() {
      #expect(line.width <= 300.5, "line \(index): \(line.width)")
      #expect(line.height == 14.5)
      #expect(line.ascent > 0 && line.ascent < 14.5)
    }
    // Every line but the last is justified to the full width, unless its spaces would have to grow
    // past 1.5 times their width (then it ends a little short).
    for line in shaped.lines.dropLast() {
      #expect(abs(line.width - 300) < 0.5 || (line.spaceRatio > 1.49 && line.width < 300))
      #expect(line.spaceRatio <= 1.5 + 0.005)
    }
    #expect(shaped.missingGlyphs.isEmpty)
  }

  /// A justified line with no space to stretch (one long word, an address, a code) keeps its
  /// letters at their natural spacing: justification widens word spaces only, never letter-spaces.
  @Test func aLineWithoutSpacesIsNotLetterSpaced() {
    var style = Self.body
    style.hyphenate = false
    let word = "internacionalización"
    let natural = sharedShaper.shape([InlineRun(word)], style: style, width: 1000).lines[0].width
    // Two words never fit on a line: each line holds one, with no space inside to widen.
    let column = natural * 1.6
    let shaped = sharedShaper.shape(
      [InlineRun(Array(repeating: word, count: 4).joined(separator: " "))], style: style, width: column)
    #expect(shaped.lines.count == 4)
    for line in shaped.lines { #expect(abs(line.width - natural) < 0.5, "stretched to \(line.width)") }
  }

  @Test func narrowColumnsGetHyphenated() {
    let shaped = sharedShaper.state.withLock { state in
      let layout = state.layout([InlineRun(Self.paragraph)], style: Self.body, width: 150)
      return (layout.paragraph.lines.count, layout.facesUsed())
    }
    let unhyphenated = sharedShaper.shape(
      [InlineRun(Self.paragraph)],
      style: {
        var style = Self.body; style.hyphenate = false; return style
      }(),
      width: 150)
    #expect(shaped.0 <= unhyphenated.lines.count)
    #expect(shaped.1 == ["Noto Serif 10.5"])
  }

  @Test func linkRectanglesFollowTheText() {
    let style = TextStyle(family: "Noto Sans", size: 12, alignment: .center)
    let shaped = sharedShaper.shape(
      [InlineRun("Véase "), InlineRun("la sección 2.1", link: "sec-2-1")], style: style, width: 300)
    #expect(shaped.lines.count == 1)
    let line = shaped.lines[0]
    #expect(line.links.count == 1)
    let link = line.links[0]
    #expect(link.anchor == "sec-2-1")
    // Centred: the line starts at (300 − width) / 2 and the link ends where the line ends.
    let start = (300 - line.width) / 2
    #expect(abs(link.rect.maxX - (start + line.width)) < 0.5)
    #expect(link.rect.x > start && link.rect.width > 40)
    #expect(link.rect.y == 0 && link.rect.height == line.height)
  }

  @Test func aLinkBrokenAcrossLinesHasARectangleOnEachLine() {
    let style = TextStyle(family: "Noto Serif", size: 10, alignment: .left)
    let runs = [
      InlineRun("Consulte "), InlineRun("el análisis de las alianzas internacionales", link: "dafo"),
    ]
    let shaped = sharedShaper.shape(runs, style: style, width: 120)
    let links = shaped.lines.flatMap(\.links)
    #expect(shaped.lines.count >= 2)
    #expect(links.count >= 2)
    #expect(links.allSatisfy { $0.anchor == "dafo" && $0.rect.maxX <= 120.5 })
  }

  @Test func missingGlyphsAreReportedNotHidden() {
    let style = TextStyle(family: "Noto Serif", size: 10)
    let shaped = sharedShaper.shape([InlineRun("Ciudad hermanada: 京都 y 😀 fin")], style: style, width: 300)
    #expect(shaped.missingGlyphs == ["京都", "😀"])
  }

  @Test func boldAndItalicRunsAndStyles() {
    let style = TextStyle(family: "Noto Sans", size: 9, bold: true)
    let faces = sharedShaper.facesUsed(
      [InlineRun("Título "), InlineRun("en cursiva", italic: true)], style: style, width: 300)
    #expect(faces == ["Noto Sans Bold 9", "Noto Sans Bold Italic 9"])
  }

  @Test func sameInputSameLayoutFromTheCache() {
    let runs = [InlineRun("Una frase que se mide dos veces para comprobar la caché del maquetador.")]
    // A shaper of its own: other tests use the shared one in parallel.
    let shaper = PangoShaper(fonts: sharedShaper.fonts)
    let first = shaper.shape(runs, style: Self.body, width: 200)
    #expect(shaper.cachedLayouts == 1)
    let second = shaper.shape(runs, style: Self.body, width: 200)
    #expect(first.lines == second.lines)
    #expect(shaper.cachedLayouts == 1)
    _ = shaper.shape(runs, style: Self.body, width: 201)
    #expect(shaper.cachedLayouts == 2)
  }

  @Test func concurrentCallersGetTheSameAnswers() async {
    let expected = sharedShaper.shape([InlineRun(Self.paragraph)], style: Self.body, width: 250).lines
    let results = await withTaskGroup(of: [ShapedLine].self) { group in
      for index in 0..<8 {
        group.addTask {
          let width = index.isMultiple(of: 2) ? 250.0 : 250.0 + Double(index)
          _ = sharedShaper.shape([InlineRun(Self.paragraph)], style: Self.body, width: width)
          return sharedShaper.shape([InlineRun(Self.paragraph)], style: Self.body, width: 250).lines
        }
      }
      var all: [[ShapedLine]] = []
      for await lines in group { all.append(lines) }
      return all
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0 == expected })
  }

  @Test func emptyTextIsOneEmptyLine() {
    let shaped = sharedShaper.shape([], style: Self.body, width: 300)
    #expect(shaped.lines.count == 1)
    #expect(shaped.lines[0].width == 0)
  }
}
