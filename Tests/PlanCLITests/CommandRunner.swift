import Foundation

/// Runs the `plan` executable built next to the tests, the way a user or CI would.
struct CommandRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `plan` binary in the same build folder as the running test bundle.
  static let executable: URL = {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "plan"),
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("plan"),
      repository.appendingPathComponent(".build/debug/plan"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
  }()

  /// Runs `plan` with arguments in a folder, with a clean environment (no colour, no TTY).
  static func run(
    _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:], input: String? = nil
  ) throws -> Result {
    try run(executable, arguments, in: folder, environment: environment, input: input)
  }

  /// Runs any program the same way.
  static func run(
    _ program: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
    input: String? = nil, cleanEnvironment: Bool = false
  ) throws -> Result {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = folder ?? repository
    var env =
      cleanEnvironment
      ? ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
      : ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    process.standardInput = stdin
    try process.run()
    // Fed from another thread so that a child writing a lot before reading cannot deadlock us.
    let data = Data((input ?? "").utf8)
    let writer = Thread {
      stdin.fileHandleForWriting.write(data)
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    // Read both pipes before waiting, so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plan-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}
