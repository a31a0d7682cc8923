import PlanDocument

/// The layout rules every diagram keeps, checked on its display items (the tests run this on every
/// diagram of every plan, and on stress plans): everything inside the part's frame, no text over
/// other text, and no text leaving the shape it was written in.
public enum DiagramGeometry {
  public static func problems(in part: DiagramPart) -> [String] {
    var problems: [String] = []
    let frame = Rect(x: 0, y: 0, width: part.size.width, height: part.size.height)
    let tolerance = 0.5
    func inside(_ inner: Rect, _ outer: Rect) -> Bool {
      inner.x >= outer.x - tolerance && inner.y >= outer.y - tolerance && inner.maxX <= outer.maxX + tolerance
        && inner.maxY <= outer.maxY + tolerance
    }
    var texts: [(text: String, frame: Rect)] = []
    var shapes: [Rect] = []
    for item in part.items {
      guard let bounds = item.bounds else { continue }
      if !inside(bounds, frame) { problems.append("\(describe(item)) leaves the frame \(frame): \(bounds)") }
      switch item {
      case .text(let fragment): texts.append((fragment.runs.map(\.text).joined(), fragment.frame))
      case .path(_, let fill, _, _, _) where fill != nil: shapes.append(bounds)
      case .rectangle(_, let fill, _, _) where fill != nil: shapes.append(bounds)
      default: break
      }
    }
    for (index, text) in texts.enumerated() {
      for other in texts[(index + 1)...] {
        let overlapWidth = min(text.frame.maxX, other.frame.maxX) - max(text.frame.x, other.frame.x)
        let overlapHeight = min(text.frame.maxY, other.frame.maxY) - max(text.frame.y, other.frame.y)
        if overlapWidth > tolerance && overlapHeight > tolerance {
          problems.append("«\(text.text.prefix(30))» overlaps «\(other.text.prefix(30))»")
        }
      }
      // The innermost filled shape under the text's first point must hold all of it.
      let start = Point(x: text.frame.x + 0.1, y: text.frame.y + 0.1)
      let holders = shapes.filter {
        start.x >= $0.x && start.x <= $0.maxX && start.y >= $0.y && start.y <= $0.maxY
      }
      if let holder = holders.min(by: { $0.width * $0.height < $1.width * $1.height }),
        !inside(text.frame, holder)
      {
        problems.append("«\(text.text.prefix(30))» overflows its shape \(holder): \(text.frame)")
      }
    }
    return problems
  }

  static func describe(_ item: DisplayItem) -> String {
    switch item {
    case .text(let fragment): return "text «\(fragment.runs.map(\.text).joined().prefix(30))»"
    case .path: return "a shape"
    case .rectangle: return "a rectangle"
    case .line: return "a line"
    case .leader: return "a leader"
    case .link(_, let anchor): return "a link to \(anchor)"
    case .image(let path, _): return "image \(path)"
    case .anchor(let name, _): return "anchor \(name)"
    case .watermark: return "the watermark"
    case .open(let role): return "the start of \(role.name)"
    case .close: return "the end of a structure element"
    }
  }

  /// Every text drawn in the parts, joined (to check that all labels are present).
  public static func texts(_ parts: [DiagramPart]) -> [String] {
    parts.flatMap { part in
      part.items.compactMap { item -> String? in
        if case .text(let fragment) = item { return fragment.runs.map(\.text).joined() }
        return nil
      }
    }
  }
}
