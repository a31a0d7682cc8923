import PlanDocument

/// The shapes of the monitoring statuses (`StatusMark`), for the report's figures: a filled circle
/// on track, a triangle at risk, a diamond off track, a hollow circle for no data. Each has its own
/// colour too, but the shape alone tells them apart.
public enum StatusShapes {
  public static func colour(_ mark: StatusMark, theme: Theme) -> Colour {
    switch mark {
    case .onTrack: return Colour(red: 0.13, green: 0.50, blue: 0.27)
    case .atRisk: return Colour(red: 0.80, green: 0.52, blue: 0.0)
    case .offTrack: return Colour(red: 0.75, green: 0.16, blue: 0.13)
    case .none: return theme.muted
    }
  }

  /// The outline of a mark of side `size` centred on `centre`.
  public static func path(_ mark: StatusMark, centre: Point, size: Double) -> Path {
    let half = size / 2
    switch mark {
    case .onTrack, .none:
      return Path.ellipse(in: Rect(x: centre.x - half, y: centre.y - half, width: size, height: size))
    case .atRisk:
      return Path([
        .move(Point(x: centre.x, y: centre.y - half)),
        .line(Point(x: centre.x + half, y: centre.y + half * 0.85)),
        .line(Point(x: centre.x - half, y: centre.y + half * 0.85)), .close,
      ])
    case .offTrack:
      return Path([
        .move(Point(x: centre.x, y: centre.y - half)), .line(Point(x: centre.x + half, y: centre.y)),
        .line(Point(x: centre.x, y: centre.y + half)), .line(Point(x: centre.x - half, y: centre.y)), .close,
      ])
    }
  }

  /// Draws a mark: filled in its colour, or hollow for no data.
  public static func draw(_ mark: StatusMark, centre: Point, size: Double, on canvas: inout DiagramCanvas) {
    let colour = colour(mark, theme: canvas.context.theme)
    let outline = path(mark, centre: centre, size: size)
    if mark == .none {
      canvas.shape(outline, fill: nil, stroke: colour, lineWidth: 1)
    } else {
      canvas.shape(outline, fill: colour, stroke: nil)
    }
  }
}
