import CCairo
import Foundation
import PlanCheck
import PlanDocument
import PlanLayout
import PlanPDF
import PlanSyntax
import Testing

/// Every diagram of the showcase plan, painted to PNG by the same painter as the PDF and compared
/// with the image stored in `Snapshots/` pixel by pixel, as Typst's reference tests do: a pixel may
/// differ by a little in any channel (anti-aliasing), but no pixel may differ by more, so a single
/// changed word fails. To accept a deliberate change, run the tests with PLAN_UPDATE_SNAPSHOTS=1
/// and look at the new images.
@Suite(.serialized) struct DiagramSnapshotTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Snapshots")
  static let resolution = 60.0
  static let margin = 12.0

  static func figures() throws -> [(anchor: String, part: DiagramPart)] {
    let document = try PlanGeometryTests.document(PlanGeometryTests.plans[0])
    let area = LayoutSettings().textArea
    let context = DiagramContext(
      shaper: sharedShaper, theme: document.theme, language: document.metadata.language, width: area.width,
      maximumHeight: area.height - 40)
    var figures: [(String, DiagramPart)] = []
    for case .figure(let figure) in document.blocks + (try reportFigures()) {
      if let first = DiagramLayout.parts(figure.diagram, context: context).first {
        figures.append((figure.anchor, first))
      }
    }
    return figures
  }

  /// The progress report's figures: its summary board and three kinds of indicator chart (on the
  /// way to a percentage target, behind in money, a milestone reached).
  static func reportFigures() throws -> [PlanDocument.Block] {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("plans").path) {
      folder.deleteLastPathComponent()
    }
    let result = Checker.check(
      try PlanLoader.load(path: folder.appendingPathComponent("plans/villa-aurora/villa-aurora.plan").path))
    let report = ProgressReport.build(
      result, year: 2026, sources: [], date: "2027-01-15", planVersion: "0.9.0",
      availableFamilies: Set(sharedShaper.fonts.families))
    let kept: Set<String> = ["figura-estados", "indicador-ind_op1", "indicador-ind_oe2", "indicador-ind_a01"]
    return report.blocks.filter { block in
      if case .figure(let figure) = block { return kept.contains(figure.anchor) }
      return false
    }
  }

  /// The part alone on a page its size (plus a margin), painted to PNG.
  static func png(_ part: DiagramPart) throws -> [UInt8] {
    let size = Size(width: part.size.width + 2 * margin, height: part.size.height + 2 * margin)
    let list = DisplayList(
      pageSize: size,
      pages: [Page(number: 1, label: "1", items: part.items.map { $0.offset(margin, margin) })],
      outline: [],
      metadata: DocumentMetadata(
        title: "", author: "", subject: "", keywords: [], creator: "", language: "es", date: "2026-01-01"))
    return try PNGPainter(shaper: sharedShaper).render(list, page: 1, resolution: resolution).png
  }

  /// How far a channel of one pixel may stray (of 255) before the pixel counts as changed.
  static let tolerance = 24

  /// Whether both images have the same size, and how many pixels differ by more than `tolerance`
  /// in any channel.
  static func compare(_ a: URL, _ b: URL) -> (sameSize: Bool, differing: Int) {
    guard let x = cairo_image_surface_create_from_png(a.path),
      let y = cairo_image_surface_create_from_png(b.path)
    else { return (false, Int.max) }
    defer {
      cairo_surface_destroy(x)
      cairo_surface_destroy(y)
    }
    let width = cairo_image_surface_get_width(x)
    let height = cairo_image_surface_get_height(x)
    guard width == cairo_image_surface_get_width(y), height == cairo_image_surface_get_height(y), width > 0,
      let p = cairo_image_surface_get_data(x), let q = cairo_image_surface_get_data(y)
    else { return (false, Int.max) }
    let strideX = Int(cairo_image_surface_get_stride(x))
    let strideY = Int(cairo_image_surface_get_stride(y))
    var differing = 0
    for row in 0..<Int(height) {
      for column in 0..<Int(width) {
        for channel in 0..<3 {
          let u = Int(p[row * strideX + column * 4 + channel])
          let v = Int(q[row * strideY + column * 4 + channel])
          if abs(u - v) > tolerance {
            differing += 1
            break
          }
        }
      }
    }
    return (true, differing)
  }

  @Test func everyShowcaseDiagramMatchesItsSnapshot() throws {
    let update = ProcessInfo.processInfo.environment["PLAN_UPDATE_SNAPSHOTS"] != nil
    let figures = try Self.figures()
    #expect(figures.count >= 5)
    let scratch = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    for (anchor, part) in figures {
      let bytes = try Self.png(part)
      let stored = Self.folder.appendingPathComponent(anchor + ".png")
      if update {
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: stored)
        continue
      }
      guard FileManager.default.fileExists(atPath: stored.path) else {
        Issue.record(
          "no snapshot for \(anchor): run the tests with PLAN_UPDATE_SNAPSHOTS=1 and look at \(stored.path)")
        continue
      }
      let fresh = URL(fileURLWithPath: scratch).appendingPathComponent(anchor + ".png")
      try Data(bytes).write(to: fresh)
      let (sameSize, differing) = Self.compare(fresh, stored)
      #expect(sameSize, "\(anchor): the diagram changed size")
      #expect(differing == 0, "\(anchor): \(differing) pixels changed (\(fresh.path))")
    }
  }

  /// The comparison notices a real change: a diagram against another one.
  @Test func aDifferentDiagramDoesNotMatch() throws {
    let figures = try Self.figures()
    let scratch = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let a = URL(fileURLWithPath: scratch).appendingPathComponent("a.png")
    let b = URL(fileURLWithPath: scratch).appendingPathComponent("b.png")
    try Data(try Self.png(figures[0].part)).write(to: a)
    var moved = figures[0].part
    moved.items = moved.items.map { $0.offset(0, 9) }
    try Data(try Self.png(moved)).write(to: b)
    let (sameSize, differing) = Self.compare(a, b)
    #expect(sameSize)
    #expect(differing > 1000)
  }

  /// One letter of one word in the plan (the SWOT's first strength, «pymes» → «pymas») is a
  /// changed snapshot: 5 pixels at 60 dpi, which the old measure (1 % of the pixels) let through.
  @Test func oneChangedWordIsCaught() throws {
    let scratch = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let showcase = PlanBuilderFolder.showcase
    for name in try FileManager.default.contentsOfDirectory(atPath: showcase) {
      try FileManager.default.copyItem(atPath: showcase + "/" + name, toPath: scratch + "/" + name)
    }
    let diagnosis = scratch + "/diagnostico.plan"
    let text = try String(contentsOfFile: diagnosis, encoding: .utf8)
    #expect(text.contains("180 pymes,"))
    try text.replacingOccurrences(of: "180 pymes,", with: "180 pymas,").write(
      toFile: diagnosis, atomically: true, encoding: .utf8)
    let document = try PlanGeometryTests.document(path: scratch + "/villa-aurora.plan")
    let area = LayoutSettings().textArea
    let context = DiagramContext(
      shaper: sharedShaper, theme: document.theme, language: document.metadata.language, width: area.width,
      maximumHeight: area.height - 40)
    var swot: DiagramPart?
    for case .figure(let figure) in document.blocks where figure.anchor == "figura-foda" {
      swot = DiagramLayout.parts(figure.diagram, context: context).first
    }
    let fresh = URL(fileURLWithPath: scratch).appendingPathComponent("changed.png")
    try Data(try Self.png(try #require(swot))).write(to: fresh)
    let (sameSize, differing) = Self.compare(fresh, Self.folder.appendingPathComponent("figura-foda.png"))
    #expect(sameSize)
    #expect(differing > 0)
  }
}
