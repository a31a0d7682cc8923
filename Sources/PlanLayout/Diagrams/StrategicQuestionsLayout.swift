import PlanDocument

/// The strategic axis's six questions as tiles, three to a row (two on a narrow page), each with
/// the question on a coloured band and the plan's answer under it. When an answer is too long for a
/// row of tiles, the tiles go one per row at full width, and a tile's text continues on the next
/// part line by line.
public enum StrategicQuestionsLayout {
  static let gap = 6.0
  static let padding = 6.0

  public static func layout(_ diagram: StrategicQuestionsDiagram, context: DiagramContext) -> [DiagramPart] {
    let theme = context.theme
    let titleStyle = context.style(
      size: TypeScale.small, bold: true, colour: theme.onPrimary, alignment: .center, hyphenate: false)
    let questionStyle = context.style(
      size: TypeScale.small, bold: true, colour: theme.onPrimary, hyphenate: false)
    let answerStyle = context.style(size: TypeScale.fine)
    let missingStyle = context.style(size: TypeScale.fine, italic: true, colour: theme.muted)
    let measure = DiagramCanvas(context)
    let titleBox = Rect(
      x: 0, y: 0, width: context.width,
      height: measure.height(
        of: [InlineRun(diagram.title)], style: titleStyle, width: context.width - 2 * padding)
        + 2 * padding)

    func drawTitle(_ canvas: inout DiagramCanvas) -> Double {
      canvas.shape(.roundedRect(titleBox, radius: 4), fill: theme.tableHeader)
      canvas.text([InlineRun(diagram.title)], style: titleStyle, centredIn: titleBox, padding: padding)
      return titleBox.height + gap
    }

    func drawTile(
      _ canvas: inout DiagramCanvas, _ question: String, _ runs: [InlineRun], _ style: TextStyle,
      lines: Range<Int>?,
      box: Rect, band: Double
    ) {
      let tint = theme.accent.tint(0.08)
      canvas.shape(.roundedRect(box, radius: 3), fill: tint, stroke: theme.accent, lineWidth: 0.6)
      let bandBox = Rect(x: box.x, y: box.y, width: box.width, height: band)
      canvas.shape(.roundedRect(bandBox, radius: 3), fill: theme.primary)
      canvas.text(
        [InlineRun(question)], style: questionStyle, at: Point(x: box.x + padding, y: box.y + 4),
        width: box.width - 2 * padding)
      let origin = Point(x: box.x + padding, y: box.y + band + padding)
      if let lines {
        canvas.text(runs, style: style, at: origin, width: box.width - 2 * padding, lines: lines)
      } else {
        canvas.text(runs, style: style, at: origin, width: box.width - 2 * padding)
      }
    }

    func answer(_ tile: StrategicQuestionsDiagram.Tile) -> ([InlineRun], TextStyle) {
      tile.answer.map { ([InlineRun($0)], answerStyle) } ?? ([InlineRun(diagram.unanswered)], missingStyle)
    }
    func bandHeight(_ width: Double) -> Double {
      (diagram.tiles.map {
        measure.height(of: [InlineRun($0.question)], style: questionStyle, width: width - 2 * padding)
      }
      .max() ?? 0) + 2 * 4
    }

    // Three (or two) tiles a row when every row fits on a part.
    let perRow = context.width >= 420 ? 3 : 2
    let tileWidth = (context.width - Double(perRow - 1) * gap) / Double(perRow)
    let band = bandHeight(tileWidth)
    let rows = stride(from: 0, to: diagram.tiles.count, by: perRow).map { start in
      Array(diagram.tiles[start..<min(start + perRow, diagram.tiles.count)])
    }
    let rowHeights = rows.map { row in
      band + 2 * padding
        + (row.map { tile -> Double in
          let (runs, style) = answer(tile)
          return measure.height(of: runs, style: style, width: tileWidth - 2 * padding)
        }.max() ?? 0)
    }
    if rowHeights.allSatisfy({ $0 + titleBox.height + gap <= context.maximumHeight }) {
      var parts: [DiagramPart] = []
      var canvas = DiagramCanvas(context)
      var y = drawTitle(&canvas)
      for (index, row) in rows.enumerated() {
        if y + rowHeights[index] > context.maximumHeight {
          parts.append(canvas.part(height: y - gap))
          canvas = DiagramCanvas(context)
          y = drawTitle(&canvas)
        }
        for (column, tile) in row.enumerated() {
          let x = Double(column) * (tileWidth + gap)
          let (runs, style) = answer(tile)
          drawTile(
            &canvas, tile.question, runs, style, lines: nil,
            box: Rect(x: x, y: y, width: tileWidth, height: rowHeights[index]), band: band)
        }
        y += rowHeights[index] + gap
      }
      parts.append(canvas.part(height: y - gap))
      return parts
    }

    // Long answers: one tile per row, split by lines.
    let fullBand = bandHeight(context.width)
    var parts: [DiagramPart] = []
    var canvas = DiagramCanvas(context)
    var y = drawTitle(&canvas)
    for tile in diagram.tiles {
      let (runs, style) = answer(tile)
      let lines = context.shaper.shape(runs, style: style, width: context.width - 2 * padding).lines
      var next = 0
      repeat {
        var room = context.maximumHeight - y - fullBand - 2 * padding
        if room < style.lineHeight * 2 && y > titleBox.height + gap + 0.01 {
          parts.append(canvas.part(height: y - gap))
          canvas = DiagramCanvas(context)
          y = drawTitle(&canvas)
          room = context.maximumHeight - y - fullBand - 2 * padding
        }
        var take = 0
        var height = 0.0
        while next + take < lines.count, take == 0 || height + lines[next + take].height <= room {
          height += lines[next + take].height
          take += 1
        }
        let box = Rect(x: 0, y: y, width: context.width, height: fullBand + 2 * padding + height)
        drawTile(&canvas, tile.question, runs, style, lines: next..<(next + take), box: box, band: fullBand)
        y += box.height + gap
        next += take
      } while next < lines.count
    }
    parts.append(canvas.part(height: y - gap))
    return parts
  }
}
