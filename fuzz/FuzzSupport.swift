// What every fuzz target shares: stopping on a broken invariant, checking that diagnostics point
// into their files, and reading one input as a folder of files.
//
// Compiled into each target by `fuzz/run.sh`, together with the library sources (one module, so
// no imports are needed and internal declarations are visible).

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Stops the run; libFuzzer then saves the input that got here.
func fail(_ message: String) -> Never {
  fatalError("fuzz: " + message)
}

/// Checks that every location of every diagnostic is inside its own source.
func checkLocations(_ diagnostics: [Diagnostic], sources: [SourceText], stage: String) {
  for diagnostic in diagnostics {
    checkRange(diagnostic.range, sources: sources, what: "\(stage) \(diagnostic.code)")
    for note in diagnostic.notes {
      guard let range = note.range else { continue }
      checkRange(range, sources: sources, what: "\(stage) \(diagnostic.code) note")
    }
    for fixIt in diagnostic.fixIts {
      checkRange(fixIt.range, sources: sources, what: "\(stage) \(diagnostic.code) fix-it")
    }
  }
}

func checkRange(_ range: SourceRange, sources: [SourceText], what: String) {
  guard sources.contains(where: { $0 === range.source }) else { fail("\(what): range is in another source") }
  let source = range.source
  let offsets = range.offsets
  guard offsets.lowerBound >= 0, offsets.upperBound <= source.bytes.count else {
    fail("\(what): offsets \(offsets) outside 0..<\(source.bytes.count)")
  }
  for position in [range.start, range.end] {
    guard position.line >= 1, position.column >= 1, position.line <= source.lineCount else {
      fail("\(what): bad position \(position.line):\(position.column)")
    }
  }
}

/// An input read as a plan folder: the bytes up to the first line `@@@ name` are `/plan/main.plan`;
/// each such line starts a file named by the rest of it (`sub/a.plan`, `escudo.png`, `../fuera.plan`),
/// so one input can hold a plan, its includes and its crest.
enum FuzzFolder {
  static let root = "/plan/main.plan"

  static func files(_ bytes: [UInt8]) -> [String: [UInt8]] {
    let marker: [UInt8] = Array("\n@@@ ".utf8)
    var files: [String: [UInt8]] = [:]
    var name = root
    var start = 0
    var index = 0
    while index + marker.count <= bytes.count {
      if bytes[index] == 0x0A, bytes[index..<(index + marker.count)].elementsEqual(marker) {
        files[name, default: []] += bytes[start..<(index + 1)]
        var end = index + marker.count
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let written = String(decoding: bytes[(index + marker.count)..<end], as: UTF8.self)
        name = MemoryFileSystem(files: [:]).canonicalPath(written, relativeTo: "/plan")
        start = min(end + 1, bytes.count)
        index = start
        continue
      }
      index += 1
    }
    files[name, default: []] += bytes[start...]
    return files
  }
}
