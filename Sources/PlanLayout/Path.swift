import PlanDocument

/// A vector outline for diagrams: straight segments and cubic curves, in page points.
public struct Path: Sendable, Hashable {
  public enum Element: Sendable, Hashable {
    case move(Point)
    case line(Point)
    case curve(Point, Point, Point)
    case close
  }

  public var elements: [Element]
  public init(_ elements: [Element]) { self.elements = elements }

  /// A rectangle with rounded corners (radius clamped to half the shorter side).
  public static func roundedRect(_ rect: Rect, radius: Double) -> Path {
    let r = max(0, min(radius, rect.width / 2, rect.height / 2))
    guard r > 0 else {
      return Path([
        .move(Point(x: rect.x, y: rect.y)), .line(Point(x: rect.maxX, y: rect.y)),
        .line(Point(x: rect.maxX, y: rect.maxY)), .line(Point(x: rect.x, y: rect.maxY)), .close,
      ])
    }
    // A quarter circle as one cubic: control points at 0.5523 of the radius.
    let k = r * 0.5523
    return Path([
      .move(Point(x: rect.x + r, y: rect.y)),
      .line(Point(x: rect.maxX - r, y: rect.y)),
      .curve(
        Point(x: rect.maxX - r + k, y: rect.y), Point(x: rect.maxX, y: rect.y + r - k),
        Point(x: rect.maxX, y: rect.y + r)),
      .line(Point(x: rect.maxX, y: rect.maxY - r)),
      .curve(
        Point(x: rect.maxX, y: rect.maxY - r + k), Point(x: rect.maxX - r + k, y: rect.maxY),
        Point(x: rect.maxX - r, y: rect.maxY)),
      .line(Point(x: rect.x + r, y: rect.maxY)),
      .curve(
        Point(x: rect.x + r - k, y: rect.maxY), Point(x: rect.x, y: rect.maxY - r + k),
        Point(x: rect.x, y: rect.maxY - r)),
      .line(Point(x: rect.x, y: rect.y + r)),
      .curve(
        Point(x: rect.x, y: rect.y + r - k), Point(x: rect.x + r - k, y: rect.y),
        Point(x: rect.x + r, y: rect.y)),
      .close,
    ])
  }

  /// An ellipse inside `rect` (a circle when it is square).
  public static func ellipse(in rect: Rect) -> Path {
    let cx = rect.x + rect.width / 2
    let cy = rect.y + rect.height / 2
    let rx = rect.width / 2
    let ry = rect.height / 2
    let kx = rx * 0.5523
    let ky = ry * 0.5523
    return Path([
      .move(Point(x: cx + rx, y: cy)),
      .curve(Point(x: cx + rx, y: cy + ky), Point(x: cx + kx, y: cy + ry), Point(x: cx, y: cy + ry)),
      .curve(Point(x: cx - kx, y: cy + ry), Point(x: cx - rx, y: cy + ky), Point(x: cx - rx, y: cy)),
      .curve(Point(x: cx - rx, y: cy - ky), Point(x: cx - kx, y: cy - ry), Point(x: cx, y: cy - ry)),
      .curve(Point(x: cx + kx, y: cy - ry), Point(x: cx + rx, y: cy - ky), Point(x: cx + rx, y: cy)),
      .close,
    ])
  }

  /// A diamond (a milestone) centred on `centre`, `size` points across.
  public static func diamond(centre: Point, size: Double) -> Path {
    let h = size / 2
    return Path([
      .move(Point(x: centre.x, y: centre.y - h)), .line(Point(x: centre.x + h, y: centre.y)),
      .line(Point(x: centre.x, y: centre.y + h)), .line(Point(x: centre.x - h, y: centre.y)), .close,
    ])
  }

  /// A closed polygon through `points`.
  public static func polygon(_ points: [Point]) -> Path {
    guard let first = points.first else { return Path([]) }
    return Path([.move(first)] + points.dropFirst().map { .line($0) } + [.close])
  }

  /// The smallest rectangle holding every point of the path (control points included).
  public var bounds: Rect {
    var xs: [Double] = []
    var ys: [Double] = []
    for element in elements {
      switch element {
      case .move(let p), .line(let p):
        xs.append(p.x)
        ys.append(p.y)
      case .curve(let a, let b, let c):
        xs += [a.x, b.x, c.x]
        ys += [a.y, b.y, c.y]
      case .close: break
      }
    }
    guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else {
      return Rect(x: 0, y: 0, width: 0, height: 0)
    }
    return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
  }

  /// The same path moved by `dx`, `dy`.
  public func offset(_ dx: Double, _ dy: Double) -> Path {
    func move(_ p: Point) -> Point { Point(x: p.x + dx, y: p.y + dy) }
    return Path(
      elements.map { element in
        switch element {
        case .move(let p): return .move(move(p))
        case .line(let p): return .line(move(p))
        case .curve(let a, let b, let c): return .curve(move(a), move(b), move(c))
        case .close: return .close
        }
      })
  }
}
