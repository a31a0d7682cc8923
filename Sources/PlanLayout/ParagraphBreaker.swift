/// Breaks a paragraph into lines as a whole, in the manner of Knuth and Plass ("Breaking
/// paragraphs into lines", 1981): among the ways to break it, the one whose lines are most even
/// (the least total demerits), instead of filling each line in turn. Justified lines then need
/// little stretching, and a hyphen is used only where it makes the paragraph better.
///
/// Pure arithmetic on widths: the shaper measures the text (Pango) and turns the breaks into
/// lines; tests run it on made-up widths.
public enum ParagraphBreaker {
  /// The paragraph as the algorithm sees it.
  public enum Item: Equatable, Sendable {
    /// Text that cannot be broken (a word or part of one).
    case box(width: Double)
    /// A space: its natural width, how much wider and narrower it may become; a break here drops
    /// it. `breakable` is false for a no-break space.
    case glue(width: Double, stretch: Double, shrink: Double, breakable: Bool)
    /// A place to break with a cost (a hyphenation point: a hyphen of `width` appears when taken;
    /// `flagged` for hyphens, so that two hyphenated lines in a row cost more).
    case penalty(width: Double, cost: Double, flagged: Bool)
  }

  public struct Settings: Sendable {
    /// How far the spaces of a line may stretch, as a share of their stretch (1: every space
    /// at its natural width plus its stretch).
    public var tolerance = 1.0
    public var linePenalty = 10.0
    /// Extra demerits for two hyphenated lines in a row, and for a line much looser or tighter
    /// than the one before.
    public var doubleHyphen = 3000.0
    public var fitnessJump = 100.0
    public init() {}
  }

  /// A penalty at least this high forbids a break; at most `forced`, it forces one.
  public static let forbidden = 10_000.0
  public static let forced = -10_000.0

  /// The indices of the items the lines end at (the last one is the paragraph's last item), or
  /// `nil` when no set of breaks keeps every line within the tolerance.
  public static func breaks(_ items: [Item], width lineWidth: Double, settings: Settings = Settings())
    -> [Int]?
  {
    guard !items.isEmpty else { return [] }
    // Totals from the start, to measure any line in constant time.
    var totalWidth = [0.0]
    var totalStretch = [0.0]
    var totalShrink = [0.0]
    totalWidth.reserveCapacity(items.count + 1)
    totalStretch.reserveCapacity(items.count + 1)
    totalShrink.reserveCapacity(items.count + 1)
    for item in items {
      var (width, stretch, shrink) = (0.0, 0.0, 0.0)
      switch item {
      case .box(let w): width = w
      case .glue(let w, let y, let z, _): (width, stretch, shrink) = (w, y, z)
      case .penalty: break
      }
      totalWidth.append(totalWidth.last! + width)
      totalStretch.append(totalStretch.last! + stretch)
      totalShrink.append(totalShrink.last! + shrink)
    }

    var nodes = [Node(position: -1, start: 0, fitness: 1, demerits: 0, flagged: false, previous: nil)]
    var active: [Int] = [0]

    for (position, item) in items.enumerated() {
      // Legal breaks: a breakable glue right after a box, or a penalty that is not forbidden.
      var penaltyWidth = 0.0
      var cost = 0.0
      var flagged = false
      switch item {
      case .box:
        continue
      case .glue(_, _, _, let breakable):
        guard breakable, position > 0, case .box = items[position - 1] else { continue }
      case .penalty(let width, let itemCost, let itemFlagged):
        guard itemCost < forbidden else { continue }
        (penaltyWidth, cost, flagged) = (width, itemCost, itemFlagged)
      }
      var best: [Int: (demerits: Double, node: Int)] = [:]
      var stillActive: [Int] = []
      stillActive.reserveCapacity(active.count)
      for index in active {
        let node = nodes[index]
        let natural = totalWidth[position] - totalWidth[node.start] + penaltyWidth
        let ratio: Double
        if natural < lineWidth {
          let stretch = totalStretch[position] - totalStretch[node.start]
          ratio = stretch > 0 ? (lineWidth - natural) / stretch : .infinity
        } else if natural > lineWidth {
          let shrink = totalShrink[position] - totalShrink[node.start]
          ratio = shrink > 0 ? (lineWidth - natural) / shrink : -.infinity
        } else {
          ratio = 0
        }
        // A line already too long to shrink to the width ends this start's chances; a forced
        // break ends every line that starts before it.
        if ratio >= -1 && cost > forced { stillActive.append(index) }
        // The paragraph's last line may be as short as it likes.
        let last = cost <= forced
        guard ratio >= -1, last || ratio <= settings.tolerance else { continue }
        let badness = last && ratio > 0 ? 0 : 100 * abs(ratio) * abs(ratio) * abs(ratio)
        var demerits = (settings.linePenalty + badness) * (settings.linePenalty + badness)
        if cost > 0 {
          demerits += cost * cost
        } else if cost > forced {
          demerits -= cost * cost
        }
        if flagged && node.flagged { demerits += settings.doubleHyphen }
        let fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3
        if abs(fitness - node.fitness) > 1 { demerits += settings.fitnessJump }
        demerits += node.demerits
        if best[fitness].map({ demerits < $0.demerits }) ?? true { best[fitness] = (demerits, index) }
      }
      active = stillActive
      for fitness in best.keys.sorted() {
        let chosen = best[fitness]!
        nodes.append(
          Node(
            position: position, start: lineStart(after: position, in: items), fitness: fitness,
            demerits: chosen.demerits, flagged: flagged, previous: chosen.node))
        active.append(nodes.count - 1)
      }
      if active.isEmpty { return nil }
    }
    let end = items.count - 1
    guard
      let final = active.filter({ nodes[$0].position == end }).min(by: {
        nodes[$0].demerits < nodes[$1].demerits
      })
    else { return nil }
    var result: [Int] = []
    var current: Int? = final
    while let index = current, nodes[index].position >= 0 {
      result.append(nodes[index].position)
      current = nodes[index].previous
    }
    return result.reversed()
  }

  /// The first-fit breaks (each line as full as it can be), for a paragraph no set of breaks can
  /// keep within any tolerance (a word wider than the line): a line that cannot fit is left
  /// overfull.
  public static func firstFit(_ items: [Item], width lineWidth: Double) -> [Int] {
    var result: [Int] = []
    var start = 0
    while start < items.count {
      var used = 0.0
      var lastBreak: Int?
      var position = start
      var next: Int?
      scan: while position < items.count {
        switch items[position] {
        case .box(let width):
          used += width
          if used > lineWidth, let taken = lastBreak {
            next = taken
            break scan
          }
        case .glue(let width, _, _, let breakable):
          if breakable, position > start, case .box = items[position - 1] { lastBreak = position }
          used += width
        case .penalty(let width, let cost, _):
          if cost <= forced {
            result.append(position)
            return result
          }
          if cost < forbidden && used + width <= lineWidth { lastBreak = position }
        }
        position += 1
      }
      guard let taken = next else {
        result.append(items.count - 1)
        return result
      }
      result.append(taken)
      start = lineStart(after: taken, in: items)
    }
    return result
  }

  /// Where the line after a break at `position` begins: glue and penalties after a break are
  /// dropped, up to the next box.
  public static func lineStart(after position: Int, in items: [Item]) -> Int {
    var index = position + 1
    while index < items.count {
      switch items[index] {
      case .box: return index
      case .penalty(_, let cost, _) where cost <= forced: return index
      default: index += 1
      }
    }
    return index
  }

  private struct Node {
    var position: Int
    /// Where the line after this break starts.
    var start: Int
    var fitness: Int
    var demerits: Double
    var flagged: Bool
    var previous: Int?
  }
}
