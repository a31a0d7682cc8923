import Foundation
import Testing

/// What `plan check` reads besides one file — a folder of plans, standard input for editors — and
/// the formats for editors and CI: concise, gitlab, and SARIF when the check could not run.
@Suite(.serialized) struct CheckInputsTests {
  /// A folder holds several plans; the files they include are checked through them, once.
  @Test func aFolderChecksEachMainPlanOnce() throws {
    let result = try CommandRunner.run(["check", "--format", "json", "plans"])
    #expect(result.status == 1, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(
      json["files"] as? [String] == [
        "plans/almoranza/almoranza.plan", "plans/entre-rios/entre-rios.plan",
        "plans/incompleto/incompleto.plan",
        "plans/minimal-en/minimal.plan", "plans/minimo/minimo.plan",
        "plans/rincon-del-parana/rincon-del-parana.plan", "plans/villa-aurora-en/villa-aurora-en.plan",
        "plans/villa-aurora-pt/villa-aurora-pt.plan", "plans/villa-aurora/villa-aurora.plan",
      ])
    #expect((json["compliance"] as? [Any])?.count == 9)
    // The showcase's included files and its monitoring files are not checked as plans of their own:
    // its findings are the 2026 monitoring's indicator without a value (A04) and its late action (A06).
    let diagnostics = json["diagnostics"] as? [[String: Any]] ?? []
    let showcase = diagnostics.filter { ($0["file"] as? String)?.hasPrefix("plans/villa-aurora/") == true }
    #expect(showcase.compactMap { $0["code"] as? String } == ["A04", "A06"], "\(showcase)")
    #expect(!diagnostics.contains { ($0["file"] as? String)?.hasPrefix("plans/villa-aurora-") == true })
  }

  @Test func aFolderWithoutPlansCannotBeChecked() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("vacia"), withIntermediateDirectories: true)
    let result = try CommandRunner.run(["check", "vacia"], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("vacia: la carpeta no tiene archivos .plan"))
    let english = try CommandRunner.run(["check", "--lang", "en", "vacia"], in: folder)
    #expect(english.stderr.contains("vacia: the folder has no .plan files"))
  }

  /// An editor sends its unsaved buffer on standard input and names the file it stands for: the
  /// locations name that file, and its includes are read beside it.
  @Test func standardInputWithTheFileItStandsFor() throws {
    let main = try String(
      contentsOfFile: CommandRunner.repository.path + "/plans/villa-aurora/villa-aurora.plan", encoding: .utf8
    )
    let broken = main.replacingOccurrences(of: "estado           aprobado", with: "estado           aprobad")
    #expect(broken != main)
    let result = try CommandRunner.run(
      ["check", "--format", "concise", "--stdin-filename", "plans/villa-aurora/villa-aurora.plan", "-"],
      input: broken)
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1, "\(result.stdout)")
    #expect(lines.first?.hasPrefix("plans/villa-aurora/villa-aurora.plan:") == true)
    #expect(lines.first?.contains(": error[E106]: ") == true)
    // Without a name, `-` stands for the buffer; includes are then looked for in the current folder.
    let bare = try CommandRunner.run(
      ["check", "--format", "concise", "-"], input: "foda {\n  fortaleza f1 \"x\"\n")
    #expect(bare.status == 1)
    #expect(bare.stdout.hasPrefix("-:"))
  }

  @Test func standardInputOnlyOnce() throws {
    #expect(try CommandRunner.run(["check", "-", "-"], input: "").status == 2)
    #expect(
      try CommandRunner.run(["check", "--stdin-filename", "a.plan", "plans/minimo/minimo.plan"]).status == 2)
  }

  @Test func gitlabFormatIsAnArrayOfIssues() throws {
    let result = try CommandRunner.run(["check", "--format", "gitlab", "plans/incompleto/incompleto.plan"])
    #expect(result.status == 1)
    let issues = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(!issues.isEmpty)
    #expect(
      issues.allSatisfy {
        ($0["location"] as? [String: Any])?["path"] as? String == "plans/incompleto/incompleto.plan"
      })
  }

  /// Exit code 2 with `--format sarif`: a valid log that says the run failed, never a clean one.
  @Test(arguments: [
    ["check", "--format", "sarif", "no-existe.plan"],
    ["check", "--format", "sarif", "--opcion-que-no-existe", "plans/minimo/minimo.plan"],
    ["check", "--format=sarif", "--lang", "fr", "plans/minimo/minimo.plan"],
  ])
  func sarifSaysWhenTheCheckCouldNotRun(arguments: [String]) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 2)
    #expect(!result.stderr.isEmpty)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect(run["results"] == nil)
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == false)
    let notifications = invocation["toolExecutionNotifications"] as? [[String: Any]] ?? []
    #expect(notifications.count == 1)
  }
}
