import Foundation
import Testing

/// Shell completions tried as a person at a terminal would: in a real interactive bash, zsh and
/// fish (inside tmux), Tab after `plan check ` offers the `.plan` files and the folders, nothing
/// else; Tab after `plan ch` completes the command.
@Suite(.serialized) struct CompletionTests {
  enum Shell: String, CaseIterable {
    case bash, zsh, fish

    /// The shell started with no startup files, and the lines that load the completion script.
    func start(home: String) -> (command: [String], setup: String) {
      switch self {
      case .bash:
        return (
          ["bash", "--norc", "--noprofile", "-i"],
          "PS1='$ '; source /usr/share/bash-completion/bash_completion; source \(home)/completion"
        )
      case .zsh:
        return (
          ["zsh", "-f", "-i"],
          "PS1='%% '; mkdir -p \(home)/zfunc && cp \(home)/completion \(home)/zfunc/_plan; "
            + "fpath=(\(home)/zfunc $fpath); autoload -Uz compinit; compinit -u"
        )
      case .fish:
        return (["fish", "--no-config", "-i"], "source \(home)/completion")
      }
    }
  }

  /// One tmux server of its own, so that the test never touches a user's sessions.
  struct Terminal {
    let socket = "plan-test-\(UUID().uuidString.prefix(8))"

    /// Runs a tmux client the way a terminal would (no signal blocked: Foundation's `Process` passes
    /// on the test runner's, and a tmux server started so never answers); its output through a file,
    /// since the server it may start outlives it and would hold a pipe open.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
      let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID()).txt")
      defer { try? FileManager.default.removeItem(at: output) }
      let child = try BuildTests.spawnAsFromATerminal(
        "/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments, in: "/", output: output.path)
      var status: Int32 = 0
      waitpid(child, &status, 0)
      return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "t"]) }

    /// Waits until the screen shows `text` (completion is asynchronous), for a few seconds at most.
    func waitFor(_ text: String, seconds: Int = 10) throws -> String {
      var shown = ""
      for _ in 0..<(seconds * 10) {
        shown = try screen()
        if shown.contains(text) { return shown }
        usleep(100_000)
      }
      return shown
    }
  }

  @Test(arguments: Shell.allCases)
  func tabOffersPlanFilesAndFolders(shell: Shell) throws {
    let home = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    let work = home.appendingPathComponent("oficina")
    try FileManager.default.createDirectory(
      at: work.appendingPathComponent("anexos"), withIntermediateDirectories: true)
    for name in ["alfa.plan", "beta.txt", "gamma.pdf"] {
      _ = FileManager.default.createFile(atPath: work.appendingPathComponent(name).path, contents: Data())
    }
    let bin = home.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: bin.appendingPathComponent("plan"), withDestinationURL: CommandRunner.executable)
    let script = try CommandRunner.run(["--generate-completion-script", shell.rawValue])
    #expect(script.status == 0)
    #expect(script.stdout.contains("plan"))
    try script.stdout.write(to: home.appendingPathComponent("completion"), atomically: true, encoding: .utf8)

    let terminal = Terminal()
    let (command, setup) = shell.start(home: home.path)
    try terminal.tmux(
      [
        "new-session", "-d", "-s", "t", "-x", "150", "-y", "40", "env", "-i", "HOME=\(home.path)",
        "TERM=xterm",
        "PATH=\(bin.path):/usr/bin:/bin",
      ] + command)
    defer { _ = try? terminal.tmux(["kill-server"]) }
    // Only the shell's answer shows «listo-42»; the typed line shows the sum.
    let sum = shell == .fish ? "(math 40 + 2)" : "$((40 + 2))"
    try terminal.tmux(["send-keys", "-t", "t", "\(setup); cd \(work.path); echo listo-\(sum)", "Enter"])
    _ = try terminal.waitFor("listo-42")

    // The first Tab writes what both candidates share («a»); the next ones list them (bash may
    // want one more when the first changed the line): Tab until the list shows, as a person would.
    try terminal.tmux(["send-keys", "-t", "t", "plan check "])
    var listed = ""
    for _ in 0..<4 where !listed.contains("alfa.plan") {
      try terminal.tmux(["send-keys", "-t", "t", "Tab"])
      listed = try terminal.waitFor("alfa.plan", seconds: 2)
    }
    #expect(listed.contains("alfa.plan") && listed.contains("anexos/"), "\(shell):\n\(listed)")
    #expect(!listed.contains("beta.txt") && !listed.contains("gamma.pdf"), "\(shell):\n\(listed)")

    // The command itself, on a cleared screen (the list above already shows «plan check»).
    if shell == .fish { try terminal.tmux(["send-keys", "-t", "t", "Escape"]) }
    try terminal.tmux(["send-keys", "-t", "t", "C-u", "C-l"])
    try terminal.tmux(["send-keys", "-t", "t", "plan ch", "Tab"])
    var prompt = ""
    for _ in 0..<100 {
      prompt = try terminal.screen().split(separator: "\n").last { !$0.isEmpty }.map(String.init) ?? ""
      if prompt.contains("plan check") { break }
      usleep(100_000)
    }
    #expect(prompt.contains("plan check"), "\(shell): «\(prompt)»")
  }
}
