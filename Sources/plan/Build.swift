import ArgumentParser
import FoundationEssentials
import Glibc
import PlanCommandLine

/// `plan build`: hands the work to `plan-build`, installed beside `plan`. The typesetting libraries
/// (Cairo, Pango, fontconfig, HarfBuzz) live only there, so `check` and `fmt` start without loading
/// them — a fifth of a `plan check` was spent just loading them.
struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build", abstract: BuildArguments.abstract, discussion: BuildArguments.discussion)

  @OptionGroup var arguments: BuildArguments

  func run() throws { Build.handOver(["build"] + arguments.arguments) }

  /// Replaces this process with `plan-build` and the given arguments; returns only on failure, by
  /// exiting with 2 and saying what is missing.
  ///
  /// - Parameter fallback: printed first when `plan-build` cannot run (the version line).
  static func handOver(_ arguments: [String], orSay fallback: String? = nil) -> Never {
    let helper = helperPath()
    var argv = ([helper] + arguments).map { strdup($0) } + [nil]
    execv(helper, &argv)
    if let fallback { Console.out(fallback + "\n") }
    let reason = String(cString: strerror(errno))
    Console.error(
      "error: no se pudo ejecutar \(helper) (\(reason)). `plan build` necesita el programa plan-build "
        + "junto a plan: compílelo con `make release` o cópielo a la misma carpeta.\n")
    Glibc.exit(2)
  }

  /// `plan-build` in the folder of the running `plan` (symbolic links resolved).
  static func helperPath() -> String {
    var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = buffer.withUnsafeMutableBufferPointer { bytes in
      bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
        readlink("/proc/self/exe", $0, bytes.count - 1)
      }
    }
    let executable =
      count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : CommandLine.arguments[0]
    let folder = executable.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
      separator: "/")
    return (folder.isEmpty ? "." : folder) + "/plan-build"
  }
}
