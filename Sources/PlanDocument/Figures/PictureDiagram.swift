/// An image a chapter or annex of the plan brings (`imagen`): a photograph, a map, a chart made
/// elsewhere. It passed the crest's checks (inside the plan's folder, a PNG or JPEG of sensible
/// size); its caption is its alternative text.
public struct PictureDiagram: Sendable {
  /// Absolute, links resolved.
  public var path: String
  public var pixelWidth: Int
  public var pixelHeight: Int

  public init(path: String, pixelWidth: Int, pixelHeight: Int) {
    self.path = path
    self.pixelWidth = pixelWidth
    self.pixelHeight = pixelHeight
  }
}
