import Foundation
import Glibc
import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// Every file a plan names is read the same way: regular files only, at most 64 MB, without
/// waiting on a FIFO; the cap is tested at its boundary with sparse files (no disk is used).
@Suite struct FileLimitTests {
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plan-limits-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// A file of `size` bytes that takes no room on disk.
  static func sparse(_ url: URL, size: Int) throws {
    let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    #expect(descriptor >= 0)
    #expect(ftruncate(descriptor, off_t(size)) == 0)
    close(descriptor)
  }

  @Test func theCapIsSixtyFourMegabytes() {
    #expect(PlanLoader.maximumFileSize == 64 * 1024 * 1024)
  }

  @Test func aFileOfExactlyTheCapIsReadAndOneByteMoreIsRefused() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let limit = PlanLoader.maximumFileSize
    let exact = folder.appendingPathComponent("exacto.plan")
    try Self.sparse(exact, size: limit)
    let read = SafeFile.read(exact.path, limit: limit)
    guard case .success(let bytes) = read else {
      Issue.record("a file of exactly \(limit) bytes was refused: \(read)")
      return
    }
    #expect(bytes.count == limit)
    let over = folder.appendingPathComponent("excede.plan")
    try Self.sparse(over, size: limit + 1)
    #expect(SafeFile.read(over.path, limit: limit) == .failure(.tooLarge(size: limit + 1, limit: limit)))
  }

  @Test func theLoaderRefusesAnOversizedRootOrInclude() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let big = folder.appendingPathComponent("grande.plan")
    try Self.sparse(big, size: PlanLoader.maximumFileSize + 1)
    let result = PlanLoader.open(path: big.path)
    guard case .failure(let reason) = result else {
      Issue.record("an oversized plan was read")
      return
    }
    #expect(reason.reason.es.contains("demasiado grande"))
    #expect(reason.reason.es.contains("64.000001 MB"), "\(reason.reason.es)")
    let main = folder.appendingPathComponent("main.plan")
    try Data("incluir \"grande.plan\"\n".utf8).write(to: main)
    let plan = try PlanLoader.load(path: main.path)
    let include = try #require(plan.diagnostics.first { $0.code == "F002" })
    #expect(include.message.en.contains("too large"))
  }

  @Test func aFIFOIsRefusedWithoutWaiting() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("tuberia.plan")
    #expect(mkfifo(fifo.path, 0o644) == 0)
    #expect(SafeFile.read(fifo.path, limit: 1000) == .failure(.notRegularFile))
    #expect(SafeFile.read("/dev/zero", limit: 1000) == .failure(.notRegularFile))
    #expect(SafeFile.read(folder.path, limit: 1000) == .failure(.folder))
    #expect(SafeFile.read(folder.appendingPathComponent("no").path, limit: 1000) == .failure(.missing))
  }

  @Test func megabytesNeverPrintASizeOverTheCapAsTheCap() {
    #expect(FileReadFailure.megabytes(64 * 1_048_576) == "64")
    #expect(FileReadFailure.megabytes(64 * 1_048_576 + 1) == "64.000001")
    #expect(FileReadFailure.megabytes(100 * 1_048_576) == "100")
    #expect(FileReadFailure.megabytes(1_572_864) == "1.5")
  }

  @Test func aFolderInMemoryResolvesIncludesAndConfinesThem() {
    let files = MemoryFileSystem(files: [
      "/plan/main.plan": Array("incluir \"sub/a.plan\"\nincluir \"../fuera.plan\"\n".utf8),
      "/plan/sub/a.plan": Array("vision \"x\"\n".utf8),
      "/fuera.plan": Array("lema \"y\"\n".utf8),
    ])
    guard case .success(let plan) = PlanLoader.open(path: "/plan/main.plan", fileSystem: files) else {
      Issue.record("the plan in memory was not read")
      return
    }
    #expect(plan.files.map(\.source.path) == ["/plan/main.plan", "/plan/sub/a.plan"])
    #expect(plan.diagnostics.map(\.code) == ["F003"])
    #expect(plan.rootFolder == "/plan")
  }
}
