import PlanDocument

/// The lines that join the nodes of a diagram (mind map, partners map). Both kinds leave and
/// arrive horizontally and stay inside the x range between their two ends, so a connector drawn in
/// the gutter between two columns can never cross the text of either column.
extension Path {
  /// A smooth S-shaped cubic from `start` to `end` (a branch leaving the centre of a map).
  public static func connector(from start: Point, to end: Point) -> Path {
    let middle = (start.x + end.x) / 2
    return Path([
      .move(start), .curve(Point(x: middle, y: start.y), Point(x: middle, y: end.y), end),
    ])
  }

  /// A connector that runs horizontally to `spineX`, turns down or up with a rounded corner, runs
  /// along the spine and turns again into `end`. Several elbows from one start share their spine,
  /// which reads as one tidy bracket even when the ends are far apart vertically.
  public static func elbow(from start: Point, to end: Point, spineX: Double, radius: Double = 4) -> Path {
    let rise = end.y - start.y
    guard abs(rise) > 0.5 else { return Path([.move(start), .line(end)]) }
    let across: Double = end.x >= start.x ? 1 : -1
    let down: Double = rise > 0 ? 1 : -1
    let r = max(0, min(radius, abs(rise) / 2, abs(spineX - start.x), abs(end.x - spineX)))
    // Quarter circles as cubics, control points at 0.5523 of the radius.
    let k = r * 0.5523
    let firstCorner = Point(x: spineX - across * r, y: start.y)
    let intoSpine = Point(x: spineX, y: start.y + down * r)
    let outOfSpine = Point(x: spineX, y: end.y - down * r)
    let secondCorner = Point(x: spineX + across * r, y: end.y)
    return Path([
      .move(start), .line(firstCorner),
      .curve(
        Point(x: firstCorner.x + across * k, y: start.y), Point(x: spineX, y: intoSpine.y - down * k),
        intoSpine),
      .line(outOfSpine),
      .curve(
        Point(x: spineX, y: outOfSpine.y + down * k), Point(x: secondCorner.x - across * k, y: end.y),
        secondCorner),
      .line(end),
    ])
  }
}
