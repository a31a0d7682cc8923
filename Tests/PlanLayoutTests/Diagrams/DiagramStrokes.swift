import PlanDocument
import PlanLayout

/// Where the strokes of a diagram (connectors, rules) run, to check that none crosses a text:
/// `DiagramGeometry` checks text against text and shapes, not against lines.
enum DiagramStrokes {
  /// Points along every unfilled path and every line of `part`, a few per segment or curve.
  static func points(_ part: DiagramPart) -> [Point] {
    var points: [Point] = []
    for item in part.items {
      switch item {
      case .path(let path, .none, _, _, _):
        var current = Point(x: 0, y: 0)
        for element in path.elements {
          switch element {
          case .move(let point):
            current = point
          case .line(let point):
            points += sample(current, point)
            current = point
          case .curve(let a, let b, let c):
            for step in 0...24 {
              let t = Double(step) / 24
              let u = 1 - t
              points.append(
                Point(
                  x: u * u * u * current.x + 3 * u * u * t * a.x + 3 * u * t * t * b.x + t * t * t * c.x,
                  y: u * u * u * current.y + 3 * u * u * t * a.y + 3 * u * t * t * b.y + t * t * t * c.y))
            }
            current = c
          case .close:
            break
          }
        }
      case .line(let from, let to, _, _):
        points += sample(from, to)
      default:
        break
      }
    }
    return points
  }

  static func sample(_ from: Point, _ to: Point) -> [Point] {
    (0...12).map { step in
      let t = Double(step) / 12
      return Point(x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t)
    }
  }

  /// Texts that a stroke runs through (their frames shrunk by half a point: touching is fine).
  static func crossedTexts(_ part: DiagramPart) -> [String] {
    let strokes = points(part)
    return part.items.compactMap { item -> String? in
      guard case .text(let fragment) = item else { return nil }
      let frame = fragment.frame
      let crossed = strokes.contains { point in
        point.x > frame.x + 0.5 && point.x < frame.maxX - 0.5 && point.y > frame.y + 0.5
          && point.y < frame.maxY - 0.5
      }
      return crossed ? fragment.runs.map(\.text).joined() : nil
    }
  }
}
