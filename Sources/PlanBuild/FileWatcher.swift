import FoundationEssentials
import Glibc
import PlanDiagnostics

/// Tells when any of a set of files changes: saved in place, saved by writing a new file and
/// renaming it over the old one (as most editors do), deleted, or created again.
///
/// It watches the files' folders with inotify — a file replaced by a rename is a new file, and a
/// watch on the old one would see nothing more — and, as a safety net for file systems without
/// inotify (network shares) or a folder that was itself replaced, compares each file's size, date
/// and inode once a second.
final class FileWatcher {
  private let descriptor: Int32
  /// Watch descriptor → folder.
  private var folders: [Int32: String] = [:]
  /// Absolute paths of the files that matter.
  private var files: Set<String> = []
  private var signatures: [String: Signature] = [:]

  /// What identifies a version of a file without reading it.
  struct Signature: Equatable {
    var exists: Bool
    var size: Int
    var modified: Int
    var modifiedNanoseconds: Int
    var inode: UInt
  }

  init() {
    // Without inotify (descriptor -1) the once-a-second comparison still sees every change.
    descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
  }

  deinit { if descriptor >= 0 { close(descriptor) } }

  /// Watches exactly these files from now on (paths relative to the current folder or absolute).
  func watch(_ paths: [String]) {
    for (watch, _) in folders { inotify_rm_watch(descriptor, watch) }
    folders = [:]
    files = Set(paths.map(Self.absolute))
    signatures = Dictionary(uniqueKeysWithValues: files.map { ($0, Self.signature(of: $0)) })
    guard descriptor >= 0 else { return }
    let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
    for folder in Set(files.map(Self.folder)) {
      let watch = inotify_add_watch(descriptor, folder, mask)
      if watch >= 0 { folders[watch] = folder }
    }
  }

  /// Waits until a watched file changes, then a little longer for the rest of the save (an editor
  /// writes, renames, sets permissions…), and returns the files that changed.
  func waitForChange(settle: Int32 = 80) -> [String] {
    while true {
      if let changed = wait(timeout: 1000), !changed.isEmpty {
        var all = Set(changed)
        // Gather what follows closely, so that one save gives one build.
        while let more = wait(timeout: settle), !more.isEmpty { all.formUnion(more) }
        for file in all { signatures[file] = Self.signature(of: file) }
        return all.sorted()
      }
      // Nothing from inotify for a second: compare what the files look like now.
      let changed = files.filter { Self.signature(of: $0) != signatures[$0] }
      if !changed.isEmpty {
        for file in changed { signatures[file] = Self.signature(of: file) }
        return changed.sorted()
      }
    }
  }

  /// The watched files inotify mentioned within `timeout` milliseconds (nil: nothing at all).
  private func wait(timeout: Int32) -> [String]? {
    guard descriptor >= 0 else {
      usleep(UInt32(timeout) * 1000)
      return nil
    }
    var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    let ready = poll(&poller, 1, timeout)
    guard ready > 0 else { return nil }
    var changed: [String] = []
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      var offset = 0
      // struct inotify_event: int wd, uint32 mask, uint32 cookie, uint32 len, char name[len].
      while offset + 16 <= count {
        let watch = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int32.self) }
        let length = Int(
          buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
        let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
        if let folder = folders[watch], !nameBytes.isEmpty {
          let path = (folder == "/" ? "" : folder) + "/" + String(decoding: nameBytes, as: UTF8.self)
          if files.contains(path) { changed.append(path) }
        }
        offset += 16 + length
      }
    }
    return changed
  }

  static func signature(of path: String) -> Signature {
    var info = stat()
    guard stat(path, &info) == 0 else {
      return Signature(exists: false, size: 0, modified: 0, modifiedNanoseconds: 0, inode: 0)
    }
    return Signature(
      exists: true, size: Int(info.st_size), modified: Int(info.st_mtim.tv_sec),
      modifiedNanoseconds: Int(info.st_mtim.tv_nsec), inode: UInt(info.st_ino))
  }

  static func absolute(_ path: String) -> String {
    PathText.normalize(PathText.absolute(path, from: FileManager.default.currentDirectoryPath))
  }

  static func folder(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }
}
