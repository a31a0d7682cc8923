import ArgumentParser
import FoundationEssentials
import PlanCommandLine
import PlanSyntax

/// `plan manual CARPETA`: writes the man pages of `plan` and of each subcommand (for `make
/// install` and `make dist`; not listed in the help).
struct Manual: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manual", abstract: "Escribe las páginas de manual (man) de plan y de cada comando.",
    shouldDisplay: false)

  @ArgumentParser.Argument(help: "La carpeta donde escribirlas (man1).", completion: .directory)
  var directory: String

  func run() throws {
    // The command tree as swift-argument-parser describes it, from this very executable.
    var described = ""
    do {
      _ = try Plan.parseAsRoot(["--experimental-dump-help"])
    } catch {
      described = Plan.fullMessage(for: error)
    }
    let pages = try ManualPages.pages(fromDumpedHelp: Array(described.utf8), version: planVersion)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    for page in pages {
      try ReplacementFile.replace(directory + "/" + page.fileName, with: Array(page.text.utf8))
    }
  }
}
