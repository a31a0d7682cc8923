import PlanDocument
import PlanLayout
import Testing

/// Geometry of the pages: nothing leaves the text area, nothing overlaps, paragraphs split with at
/// least two lines on each side, headings stay with what follows, tables repeat their header, and
/// the contents show the real page of each heading.
@Suite struct PaginationTests {
  static let theme = Theme(
    bodyFamily: "Noto Serif", headingFamily: "Noto Sans", primary: Colour(red: 0.1, green: 0.2, blue: 0.4),
    accent: Colour(red: 0.8, green: 0.5, blue: 0.1), text: .black,
    muted: Colour(red: 0.4, green: 0.4, blue: 0.4),
    tableHeader: Colour(red: 0.1, green: 0.2, blue: 0.4), onPrimary: .white)

  static func document(_ blocks: [Block], watermark: String? = nil) -> Document {
    Document(
      metadata: DocumentMetadata(
        title: "Plan", author: "Villa Aurora", subject: "Plan", keywords: [], creator: "plan", language: "es",
        date: "2026-03-15"),
      theme: theme, watermark: watermark, runningTitle: "Villa Aurora en el Mundo",
      labels: PageLabels(
        pageOf: "Página %d de %d", contents: "Índice", continued: "(continúa)", figure: "Figura",
        listOfFigures: "Índice de figuras"),
      blocks: blocks)
  }

  static func paragraph(_ words: Int, seed: Int = 0, tag: String = "") -> Block {
    let vocabulary = [
      "internacionalización", "de", "la", "ciudad", "cooperación", "con", "socios", "y", "redes",
    ]
    let text = tag + (0..<words).map { vocabulary[($0 * 7 + seed) % vocabulary.count] }.joined(separator: " ")
    return .paragraph([InlineRun(text)], kind: .body)
  }

  static var sample: [Block] {
    var blocks: [Block] = [
      .cover(
        Cover(
          body: "Municipalidad", city: "Villa Aurora", title: "Plan", subtitle: "2026–2031",
          details: ["Borrador"], logoPath: nil)),
      .tableOfContents,
    ]
    for chapter in 1...4 {
      blocks.append(
        .heading(level: 0, text: "Capítulo \(chapter)", number: "\(chapter)", anchor: "cap-\(chapter)"))
      for section in 1...3 {
        blocks.append(
          .heading(
            level: 1, text: "Sección \(section)", number: "\(chapter).\(section)",
            anchor: "sec-\(chapter)-\(section)"))
        for index in 0..<4 {
          blocks.append(
            paragraph(40 + index * 37 + chapter * 11, seed: index, tag: "§\(chapter).\(section).\(index) "))
        }
        blocks.append(
          .list(
            [[InlineRun("Punto \(chapter).\(section).1")], [InlineRun("Punto \(chapter).\(section).2")]],
            ordered: false))
      }
      let rows = (1...(chapter * 12)).map { row -> (cells: [[InlineRun]], anchor: String?) in
        (
          [
            [InlineRun("a\(row)")],
            [InlineRun("Acción número \(row) con un título bastante largo para partirse")],
            [InlineRun("2026")],
          ], "fila-\(chapter)-\(row)"
        )
      }
      blocks.append(
        .table(
          Table(
            caption: "Tabla \(chapter)",
            columns: [
              .init("Id", share: 0.12), .init("Acción", share: 0.7),
              .init("Año", share: 0.18, alignment: .right),
            ],
            rows: rows,
            // Every other row has a line across the table (as the action table does).
            details: rows.indices.map { row in
              row % 2 == 0
                ? [InlineRun("Socios: red \(row) · Indicador: meta \(row) con un texto de detalle largo")]
                : nil
            })))
    }
    return blocks
  }

  let list = Layout.layout(
    PaginationTests.document(PaginationTests.sample, watermark: "BORRADOR"), shaper: FixedAdvanceShaper())
  let area = LayoutSettings().textArea

  @Test func nothingLeavesTheTextArea() {
    for page in list.pages where page.number > 1 {
      for item in page.items {
        guard case .text(let fragment) = item else { continue }
        // Header and footer sit outside the text area on purpose.
        if fragment.style.size == TypeScale.fine && !area.intersects(fragment.frame) { continue }
        #expect(
          area.contains(fragment.frame),
          "page \(page.number): \(fragment.runs.first?.text.prefix(30) ?? "") at \(fragment.frame)")
      }
    }
  }

  @Test func textNeverOverlaps() {
    for page in list.pages {
      let frames = page.items.compactMap { item -> Rect? in
        if case .text(let fragment) = item { return fragment.frame }
        return nil
      }
      for (index, frame) in frames.enumerated() {
        for other in frames[(index + 1)...] {
          #expect(!frame.intersects(other), "page \(page.number): \(frame) overlaps \(other)")
        }
      }
    }
  }

  @Test func splitParagraphsKeepTwoLinesOnEachSide() {
    var seen: [String: [Range<Int>]] = [:]
    for page in list.pages {
      for case .text(let fragment) in page.items where fragment.style.alignment == .justify {
        seen[fragment.runs.map(\.text).joined(), default: []].append(fragment.lines)
      }
    }
    var splits = 0
    for (_, parts) in seen where parts.count > 1 {
      splits += 1
      for part in parts { #expect(part.count >= 2, "a fragment of \(part.count) line") }
    }
    #expect(splits > 0, "the sample should split some paragraph across pages")
  }

  @Test func everyHeadingIsFollowedByContentOnItsPage() {
    for page in list.pages {
      let texts = page.items.compactMap { item -> TextFragment? in
        if case .text(let fragment) = item, fragment.style.size != 8 { return fragment }
        return nil
      }
      guard let last = texts.last else { continue }
      #expect(!(last.style.bold && last.style.size >= 11), "page \(page.number) ends with a heading")
    }
  }

  @Test func tablesRepeatTheirHeaderOnEveryPage() {
    // The 48-row table of chapter 4 needs more than one page: each of its pages starts with "Acción".
    var headerPages = 0
    for page in list.pages {
      let headers = page.items.filter { item in
        if case .text(let fragment) = item {
          return fragment.runs.first?.text == "Acción" && fragment.style.bold
        }
        return false
      }
      if !headers.isEmpty { headerPages += 1 }
    }
    #expect(headerPages > 4)
  }

  @Test func tableDetailsStayUnderTheirRow() {
    var details = 0
    for page in list.pages {
      let texts = page.items.compactMap { item -> TextFragment? in
        if case .text(let fragment) = item { return fragment }
        return nil
      }
      for (index, fragment) in texts.enumerated()
      where fragment.runs.first?.text.hasPrefix("Socios: red") == true {
        details += 1
        let row = Int(fragment.runs[0].text.split(separator: " ")[2])!
        // The cell just before it is the same row's year, drawn on the same page, above it.
        let above = texts[..<index].last {
          $0.runs.first?.text.hasPrefix("Acción número \(row + 1) ") == true
        }
        #expect(above != nil, "the detail of row \(row) is not on its row's page")
        if let above { #expect(above.frame.maxY <= fragment.frame.y + 0.01) }
        #expect(fragment.frame.width <= area.width - 8 + 0.01)
      }
    }
    #expect(details == (1...4).map { ($0 * 12 + 1) / 2 }.reduce(0, +))
  }

  @Test func theContentsShowTheRealPages() {
    let headingPage = Dictionary(uniqueKeysWithValues: list.outline.map { ($0.anchor, $0.page) })
    #expect(headingPage["cap-1"] != nil)
    // The number printed next to each entry is the page where the heading landed.
    let contents = list.pages.filter { page in
      page.items.contains { if case .anchor("indice", _) = $0 { return true } else { return false } }
    }
    #expect(contents.count == 1)
    let numbers = contents[0].items.compactMap { item -> String? in
      if case .text(let fragment) = item, fragment.style.alignment == .right,
        fragment.style.size != TypeScale.fine
      {
        return fragment.runs.first?.text
      }
      return nil
    }
    #expect(numbers.first == String(headingPage["cap-1"]!))
    #expect(numbers.count == 16)
  }

  @Test func footersCountPages() {
    let total = list.pages.count
    for page in list.pages where page.number > 1 {
      let footer = page.items.contains { item in
        if case .text(let fragment) = item {
          return fragment.runs.first?.text == "Página \(page.number) de \(total)"
        }
        return false
      }
      #expect(footer, "page \(page.number) has no footer")
    }
    // The cover has neither header nor footer, but every page has the watermark.
    #expect(
      !list.pages[0].items.contains {
        if case .text(let f) = $0 { return f.style.size == TypeScale.fine } else { return false }
      })
    for page in list.pages {
      #expect(page.items.contains { if case .watermark = $0 { return true } else { return false } })
    }
  }

  @Test func everyLinkTargetsAnAnchor() {
    var anchors: Set<String> = []
    var links: [String] = []
    for page in list.pages {
      for item in page.items {
        if case .anchor(let name, _) = item { anchors.insert(name) }
        if case .link(_, let target) = item { links.append(target) }
        if case .open(.link(let target, _, _)) = item { links.append(target) }
        if case .text(let fragment) = item { links += fragment.runs.compactMap(\.link) }
      }
    }
    #expect(!links.isEmpty)
    for link in links { #expect(anchors.contains(link), "\(link)") }
  }

  @Test func layoutIsDeterministic() {
    let again = Layout.layout(
      PaginationTests.document(PaginationTests.sample, watermark: "BORRADOR"), shaper: FixedAdvanceShaper())
    #expect(again.pages.count == list.pages.count)
    #expect(again.outline.map(\.page) == list.outline.map(\.page))
  }
}
