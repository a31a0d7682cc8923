import Foundation
import PlanSyntax

/// Where the repository's files are, found from this source file so no resources are needed.
enum Fixtures {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every `.plan` file below a folder of the repository, sorted.
  static func planFiles(under folder: String) -> [URL] {
    let root = repository.appendingPathComponent(folder)
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
      return []
    }
    var files: [URL] = []
    for case let url as URL in enumerator where url.pathExtension == "plan" { files.append(url) }
    return files.sorted { $0.path < $1.path }
  }

  /// The example plans, every corpus input and every input the fuzzer once broke, as paths relative
  /// to the repository.
  static var allPlanFiles: [String] {
    (planFiles(under: "plans") + planFiles(under: "Tests/PlanSyntaxTests/Malformed")
      + planFiles(under: "fuzz/regressions")).map {
        String($0.path.dropFirst(repository.path.count + 1))
      }
  }

  static func bytes(_ relativePath: String) -> [UInt8] {
    [UInt8](
      FileManager.default.contents(atPath: repository.appendingPathComponent(relativePath).path) ?? Data())
  }

  /// Parses and binds text, returning the model dump and all diagnostics.
  static func model(_ text: String, path: String = "prueba.plan") -> (dump: String, diagnostics: [String]) {
    let plan = PlanLoader.load(text: text, path: path)
    return (
      ModelDump.dump(plan.nodes),
      plan.diagnostics.map { "\($0.code) \($0.range.start.line):\($0.range.start.column)" }
    )
  }
}

/// A small deterministic generator, so "random" tests fail the same way every time.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
}
