import Dispatch
import Foundation
import Testing

@testable import PlanBuild

/// `plan watch` builds, then watches again: a save made while the build ran must still be seen.
@Suite struct FileWatcherTests {
  /// Waits for the watcher on another thread, at most `seconds`.
  static func changes(_ watcher: FileWatcher, within seconds: Double) -> [String]? {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var found: [String]?
    nonisolated(unsafe) let watching = watcher
    Thread.detachNewThread {
      found = watching.waitForChange()
      done.signal()
    }
    return done.wait(timeout: .now() + seconds) == .success ? found : nil
  }

  @Test func aSaveDuringABuildIsSeenAfterIt() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("plan.plan")
    try "vision \"uno\"\n".write(to: file, atomically: false, encoding: .utf8)

    let watcher = FileWatcher()
    watcher.watch([file.path])
    // The "build" reads the file; the user saves before the watch is set again.
    try "vision \"dos, más largo\"\n".write(to: file, atomically: false, encoding: .utf8)
    watcher.watch([file.path])
    #expect(Self.changes(watcher, within: 5) == [file.path])
  }
}
