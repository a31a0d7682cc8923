import PlanDocument

/// Columns of stacked cards, split over parts when taller than a page: what the axes overview
/// draws. Every card is measured first; each part takes, column by column, the cards that fit, and
/// repeats the column headers.
struct CardColumns {
  struct Card {
    var runs: [InlineRun]
    var style: TextStyle
    var fill: Colour
    var stroke: Colour?
    /// A second text at the card's bottom right (an action count), or `nil`.
    var badge: String?
  }

  struct Column {
    var header: [InlineRun]
    var cards: [Card]
  }

  static let gap = 6.0
  static let cardGap = 5.0
  static let padding = 5.0

  static func layout(
    _ columns: [Column], headerStyle: TextStyle, headerFill: Colour, badgeStyle: TextStyle,
    context: DiagramContext
  ) -> [DiagramPart] {
    guard !columns.isEmpty else { return [] }
    let width = (context.width - Double(columns.count - 1) * gap) / Double(columns.count)
    let inner = width - 2 * padding
    let measure = DiagramCanvas(context)
    let headerHeight =
      (columns.map { measure.height(of: $0.header, style: headerStyle, width: inner) }.max() ?? 0) + 2
      * padding
    let badgeHeight = measure.height(of: [InlineRun("0")], style: badgeStyle, width: inner)
    let heights = columns.map { column in
      column.cards.map { card in
        measure.height(of: card.runs, style: card.style, width: inner) + 2 * padding
          + (card.badge == nil ? 0 : badgeHeight)
      }
    }
    var parts: [DiagramPart] = []
    var next = [Int](repeating: 0, count: columns.count)
    repeat {
      var canvas = DiagramCanvas(context)
      let room = context.maximumHeight - headerHeight - gap
      var bottom = headerHeight
      for (index, column) in columns.enumerated() {
        let x = Double(index) * (width + gap)
        let header = Rect(x: x, y: 0, width: width, height: headerHeight)
        canvas.shape(.roundedRect(header, radius: 4), fill: headerFill)
        canvas.text(column.header, style: headerStyle, centredIn: header, padding: padding)
        var y = headerHeight + gap
        var used = 0.0
        while next[index] < column.cards.count {
          let height = heights[index][next[index]]
          // A card taller than a whole part is drawn anyway (alone): it cannot be split.
          if used > 0 && used + height > room { break }
          let card = column.cards[next[index]]
          let box = Rect(x: x, y: y, width: width, height: height)
          canvas.shape(.roundedRect(box, radius: 3), fill: card.fill, stroke: card.stroke, lineWidth: 0.6)
          canvas.text(card.runs, style: card.style, at: Point(x: x + padding, y: y + padding), width: inner)
          if let badge = card.badge {
            canvas.text(
              [InlineRun(badge)], style: badgeStyle,
              at: Point(x: x + padding, y: y + height - padding - badgeHeight), width: inner)
          }
          y += height + cardGap
          used += height + cardGap
          next[index] += 1
        }
        bottom = max(bottom, y - cardGap)
      }
      parts.append(canvas.part(height: bottom))
    } while zip(next, columns).contains { $0 < $1.cards.count }
    return parts
  }
}
