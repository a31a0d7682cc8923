/// Blocks of known heights placed on the two sides of a central node (the mind map's branches, the
/// partners map's groups). Each block goes to the side that is shorter so far, so the two columns
/// stay balanced while each keeps the blocks in their order; a block never shares its rows with
/// another, which is what makes the result free of collisions by construction.
struct TwoSidedArrangement {
  enum Side { case left, right }

  struct Placement {
    var block: Int
    var side: Side
    /// Top of the block, from the top of its side's column.
    var top: Double
  }

  var placements: [Placement] = []
  var leftHeight = 0.0
  var rightHeight = 0.0

  /// `heights` in reading order, `gap` between blocks of one side.
  init(heights: [Double], gap: Double) {
    for (index, height) in heights.enumerated() {
      let side: Side = rightHeight < leftHeight ? .right : .left
      switch side {
      case .left:
        placements.append(Placement(block: index, side: .left, top: leftHeight + (leftHeight > 0 ? gap : 0)))
        leftHeight += height + (leftHeight > 0 ? gap : 0)
      case .right:
        placements.append(
          Placement(block: index, side: .right, top: rightHeight + (rightHeight > 0 ? gap : 0)))
        rightHeight += height + (rightHeight > 0 ? gap : 0)
      }
    }
  }

  /// The taller of the two columns.
  var height: Double { max(leftHeight, rightHeight) }

  /// Where a column of `sideHeight` starts when both are centred on a band `total` high.
  static func offset(_ sideHeight: Double, in total: Double) -> Double { (total - sideHeight) / 2 }

  /// The blocks split, in order, into consecutive runs whose arrangement is at most `maximum` high
  /// (a block taller than `maximum` on its own gets a run to itself: callers cut blocks to fit first).
  static func runs(heights: [Double], gap: Double, maximum: Double) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start = 0
    while start < heights.count {
      var end = start + 1
      while end < heights.count
        && TwoSidedArrangement(heights: Array(heights[start...end]), gap: gap).height <= maximum
      {
        end += 1
      }
      runs.append(start..<end)
      start = end
    }
    return runs
  }
}
