import PlanModel
import PlanSyntax

/// The parts the plan writes itself: the foreword (a letter, signed), the free chapters placed after
/// the method's chapter they name (`despues_de`), and the annexes after the ones `plan` writes.
/// Each is a heading of the contents and of the PDF's bookmarks, like the method's own.
extension Composer {
  /// The chapter keys of `despues_de`, in the document's order; `presentacion` is after the
  /// foreword and the executive summary.
  static let chapterKeys = [
    "presentacion", "vision", "participantes", "diagnostico", "ejes", "herramientas", "acciones",
    "escenarios", "comunicacion", "marca", "seguimiento",
  ]

  mutating func foreword() {
    guard let foreword = plan.foreword else { return }
    writer.part(
      foreword.title ?? labels.forewordTitle, anchor: "prologo")
    for text in foreword.texts { chapterProse(text) }
    guard let signer = foreword.signedBy else { return }
    let participant = plan.participant(signer.name)
    writer.blocks.append(
      .signatures([
        Signature(name: participant?.name ?? signer.name, role: participant?.role ?? "")
      ]))
  }

  /// The plan's chapters that go after the method's chapter `key` (a chapter without `despues_de`
  /// goes after the presentation).
  mutating func freeChapters(after key: String) {
    for chapter in plan.chapters
    where (chapter.after ?? "presentacion") == key
      || (key == "presentacion" && !Composer.chapterKeys.contains(chapter.after ?? "presentacion"))
    {
      writer.chapter(chapter.title)
      parts(of: chapter)
    }
  }

  /// The plan's annexes, numbered after the compliance annex (and the observations one).
  mutating func freeAnnexes() {
    let first = forced ? 3 : 2
    for (index, annex) in plan.annexes.enumerated() {
      let number = RomanNumeral.text(first + index)
      writer.part(labels.annexNumber(number) + annex.title, anchor: "anexo-\(annex.id)")
      parts(of: annex)
    }
  }

  /// A chapter's texts and images in the plan's order; each image a numbered figure with its
  /// caption (and its caption as alternative text); one that did not pass the checks (F006–F008)
  /// leaves only its caption.
  mutating func parts(of chapter: FreeChapter) {
    for part in chapter.order {
      switch part {
      case .text(let index): chapterProse(chapter.texts[index])
      case .image(let index): image(index, of: chapter)
      }
    }
  }

  mutating func image(_ index: Int, of chapter: FreeChapter) {
    let image = chapter.images[index]
    guard let checked = image.checked else {
      if !image.caption.isEmpty { writer.paragraph(Markup.inline(image.caption), kind: .caption) }
      return
    }
    let name = image.path.value.split(separator: "/").last.map(String.init) ?? image.path.value
    placeFigure(
      Figure(
        caption: image.caption.isEmpty ? name : image.caption, anchor: "figura-\(chapter.id)-\(index + 1)",
        diagram: .picture(
          PictureDiagram(
            path: checked.path, pixelWidth: checked.header.width, pixelHeight: checked.header.height))))
  }

  /// Prose with tables: runs of lines that start with `|` are a table (its first line the header,
  /// an optional `|---|--:|` line the alignment of each column); the rest is prose.
  mutating func chapterProse(_ text: String) {
    var prose: [Substring] = []
    var table: [Substring] = []
    func flushProse(_ writer: inout Writer) {
      if !prose.isEmpty { writer.prose(prose.joined(separator: "\n")) }
      prose = []
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.trimmingPrefix(while: { $0 == " " || $0 == "\t" }).hasPrefix("|") {
        flushProse(&writer)
        table.append(line)
      } else {
        if !table.isEmpty { pipeTable(table) }
        table = []
        prose.append(line)
      }
    }
    flushProse(&writer)
    if !table.isEmpty { pipeTable(table) }
  }

  /// A table written with pipes; each column as wide as its longest cell (within bounds).
  mutating func pipeTable(_ lines: [Substring]) {
    func cells(_ line: Substring) -> [String] {
      var text = line.trimmingWhitespace()
      if text.hasPrefix("|") { text.removeFirst() }
      if text.hasSuffix("|") { text.removeLast() }
      return text.split(separator: "|", omittingEmptySubsequences: false).map {
        String($0).trimmingWhitespace()
      }
    }
    var rows = lines.map(cells)
    guard let header = rows.first else { return }
    rows.removeFirst()
    var alignments = [TextStyle.Alignment](repeating: .left, count: header.count)
    if let rule = rows.first, rule.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } }) {
      for (index, cell) in rule.enumerated() where index < alignments.count && cell.hasSuffix(":") {
        alignments[index] = cell.hasPrefix(":") ? .center : .right
      }
      rows.removeFirst()
    }
    let widths = header.indices.map { column in
      Double(min(40, max(6, ([header] + rows).map { column < $0.count ? $0[column].count : 0 }.max() ?? 0)))
    }
    writer.table(
      columns: header.indices.map { Table.Column(header[$0], share: widths[$0], alignment: alignments[$0]) },
      rows: rows.map { row in (row.map { Markup.inline($0) }, nil) })
  }
}
