import Foundation
import PlanSyntax
import Testing

/// The one file writer: whole or nothing, through links, with the old permissions, and no
/// temporary file left behind — whoever calls it (the PDF, `plan fmt`, `plan init`, PNG pages).
@Suite struct ReplacementFileTests {
  let folder: String

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("replace-\(UUID())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  func contents(_ name: String) -> String? {
    FileManager.default.contents(atPath: folder + "/" + name).map { String(decoding: $0, as: UTF8.self) }
  }

  func hiddenFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
  }

  @Test func replacesTheFileAndKeepsItsPermissions() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/plan.plan"
    try "viejo".write(toFile: path, atomically: false, encoding: .utf8)
    chmod(path, 0o600)
    try ReplacementFile.replace(path, with: Array("nuevo".utf8))
    #expect(contents("plan.plan") == "nuevo")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
    #expect(try hiddenFiles().isEmpty)
  }

  @Test func throughALinkTheFileItNamesIsReplacedAndTheLinkStays() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "viejo".write(toFile: folder + "/real.plan", atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.plan", withDestinationPath: "real.plan")
    try ReplacementFile.replace(folder + "/link.plan", with: Array("nuevo".utf8))
    #expect(contents("real.plan") == "nuevo")
    let link = try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.plan")
    #expect(link == "real.plan")
  }

  @Test func aWriteNotCommittedLeavesTheOldFileAndNoTemporaryFile() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/plan.pdf"
    try "viejo".write(toFile: path, atomically: false, encoding: .utf8)
    do {
      let file = try ReplacementFile(replacing: path)
      Array("a medias".utf8).withUnsafeBytes { file.write($0) }
      #expect(try hiddenFiles().count == 1)
    }
    #expect(contents("plan.pdf") == "viejo")
    #expect(try hiddenFiles().isEmpty)
  }

  @Test func aFolderThatDoesNotExistIsAFailureNamingThePath() {
    let path = folder + "/no/existe.pdf"
    #expect(throws: ReplacementFile.Failure.self) { try ReplacementFile.replace(path, with: [1, 2, 3]) }
    do {
      try ReplacementFile.replace(path, with: [1])
    } catch {
      #expect(error.path == path && error.reason.contains("No such file"))
    }
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// A pipe, a device or a folder stays what it is: nothing is written, and the failure says why.
  @Test func somethingThatIsNotARegularFileIsNeverReplaced() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let pipe = folder + "/salida.pdf"
    #expect(mkfifo(pipe, 0o644) == 0)
    #expect(throws: ReplacementFile.Failure.self) { try ReplacementFile.replace(pipe, with: [1, 2, 3]) }
    var info = stat()
    #expect(lstat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    #expect(try hiddenFiles().isEmpty)
    do {
      try ReplacementFile.replace(folder, with: [1])
      Issue.record("a folder was replaced")
    } catch {
      #expect(error.reason == "Is a directory")
    }
  }

  @Test func whatAKilledProcessLeftIsRemovedByTheNextWrite() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/plan.pdf"
    // Process 2³¹−2 does not exist: its file is stale.
    let stale = folder + "/.plan.pdf.2147483646.tmp"
    try "resto".write(toFile: stale, atomically: false, encoding: .utf8)
    try ReplacementFile.replace(path, with: Array("nuevo".utf8))
    #expect(!FileManager.default.fileExists(atPath: stale))
    #expect(contents("plan.pdf") == "nuevo")
  }
}
