import Foundation
import Glibc
import PlanDiagnostics
import PlanSyntax
import Testing

@testable import PlanModel

/// The crest (`escudo`) is confined and checked as includes are, and its size is read from its
/// header before anything decodes it.
@Suite struct CrestTests {
  /// A PNG signature and IHDR chunk declaring `width` × `height` (enough for the header check).
  static func pngHeader(width: UInt32, height: UInt32, depth: UInt8 = 8) -> [UInt8] {
    func big(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
    return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + big(width)
      + big(height) + [depth, 0, 0, 0, 0] + [0, 0, 0, 0]
  }

  /// The 41-byte JPEG of the issue: a start-of-frame segment claiming 20000 × 20000 pixels.
  static let jpegBomb: [UInt8] =
    [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
    + [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x4E, 0x20, 0x4E, 0x20, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03]

  static func check(_ escudo: String, files: [String: [UInt8]]) -> (Crest?, [String]) {
    var all = files
    all["/plan/main.plan"] = Array("plan \"X\" {\n  escudo \"\(escudo)\"\n}\n".utf8)
    guard
      case .success(let loaded) = PlanLoader.open(
        path: "/plan/main.plan", fileSystem: MemoryFileSystem(files: all))
    else { return (nil, ["unreadable"]) }
    let resolved = PlanModel.resolve(loaded)
    return (resolved.plan.crest, resolved.diagnostics.filter { $0.code.hasPrefix("F") }.map(\.code))
  }

  @Test func headersGiveFormatAndSize() {
    #expect(
      ImageHeader.read(Self.pngHeader(width: 300, height: 200))
        == .success(ImageHeader(format: .png, width: 300, height: 200)))
    #expect(
      ImageHeader.read(Self.jpegBomb) == .success(ImageHeader(format: .jpeg, width: 20000, height: 20000)))
    #expect(ImageHeader.read(Array("GIF89a....".utf8)) == .failure(.notAnImage))
    #expect(
      ImageHeader.read(Array(Self.pngHeader(width: 1, height: 1).prefix(20))) == .failure(.damaged(.png)))
    #expect(ImageHeader.read([0xFF, 0xD8, 0xFF, 0xD9]) == .failure(.damaged(.jpeg)))
  }

  @Test func aGoodCrestInsideTheFolderIsKept() {
    let (crest, codes) = Self.check(
      "img/escudo.png", files: ["/plan/img/escudo.png": Self.pngHeader(width: 800, height: 900)])
    #expect(codes.isEmpty)
    #expect(crest?.path == "/plan/img/escudo.png")
    #expect(crest?.header.width == 800)
  }

  @Test func aCrestOutsideTheFolderIsRefused() {
    let png = Self.pngHeader(width: 10, height: 10)
    for path in ["../escudo.png", "/escudo.png", "img/../../escudo.png"] {
      let (crest, codes) = Self.check(path, files: ["/escudo.png": png])
      #expect(crest == nil, "\(path)")
      #expect(codes == ["F007"], "\(path)")
    }
  }

  @Test func missingWrongOrHugeCrestsAreLocatedFindings() {
    #expect(Self.check("no.png", files: [:]).1 == ["F006"])
    #expect(Self.check("e.gif", files: ["/plan/e.gif": Array("GIF89a.......".utf8)]).1 == ["F008"])
    #expect(Self.check("e.jpg", files: ["/plan/e.jpg": Self.jpegBomb]).1 == ["F008"])
    // The 1-bit PNG of 23000²: tiny file, 2 GB once decoded.
    #expect(
      Self.check("e.png", files: ["/plan/e.png": Self.pngHeader(width: 23000, height: 23000, depth: 1)]).1
        == ["F008"])
    #expect(Self.check("e.png", files: ["/plan/e.png": Self.pngHeader(width: 4096, height: 4096)]).1.isEmpty)
    #expect(
      Self.check("e.png", files: ["/plan/e.png": Self.pngHeader(width: 4097, height: 4096)]).1 == ["F008"])
    let big =
      Self.pngHeader(width: 10, height: 10) + [UInt8](repeating: 0, count: ImageHeader.maximumFileSize)
    #expect(Self.check("e.png", files: ["/plan/e.png": big]).1 == ["F006"])
  }

  @Test func onDiskLinksFIFOsAndDevicesAreRefusedWithoutWaiting() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plan-crest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(mkfifo(folder.appendingPathComponent("tuberia.png").path, 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("cero.png").path, withDestinationPath: "/dev/zero")
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("enlace.png").path, withDestinationPath: "tuberia.png")
    for (name, code) in [("tuberia.png", "F006"), ("cero.png", "F007"), ("enlace.png", "F006")] {
      let main = folder.appendingPathComponent("main.plan")
      try Data("plan \"X\" {\n  escudo \"\(name)\"\n}\n".utf8).write(to: main)
      let resolved = PlanModel.resolve(try PlanLoader.load(path: main.path))
      #expect(resolved.diagnostics.filter { $0.code.hasPrefix("F") }.map(\.code) == [code], "\(name)")
      #expect(resolved.plan.crest == nil)
      let finding = resolved.diagnostics.first { $0.code == code }
      #expect(finding?.range.start.line == 2, "\(name): located at the escudo line")
    }
  }
}
