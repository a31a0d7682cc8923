import PlanDocument

/// A chapter's image at 150 pixels per inch, or smaller to fit the text width and one part's
/// height, centred; never enlarged (a small image is not blurred to fill the page).
public enum PictureLayout {
  public static let pixelsPerInch = 150.0

  public static func layout(_ picture: PictureDiagram, context: DiagramContext) -> [DiagramPart] {
    guard picture.pixelWidth > 0, picture.pixelHeight > 0 else { return [] }
    let natural = Size(
      width: Double(picture.pixelWidth) * 72 / pixelsPerInch,
      height: Double(picture.pixelHeight) * 72 / pixelsPerInch)
    let scale = min(1, context.width / natural.width, context.maximumHeight / natural.height)
    let size = Size(width: natural.width * scale, height: natural.height * scale)
    let frame = Rect(x: (context.width - size.width) / 2, y: 0, width: size.width, height: size.height)
    return [
      DiagramPart(
        size: Size(width: context.width, height: size.height),
        items: [.image(path: picture.path, frame: frame)])
    ]
  }
}
