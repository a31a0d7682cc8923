import Foundation
import Testing

/// `plan watch` the way an officer uses it: save, look, save again — with editors that save by
/// renaming, files deleted and created again, a plan that stops being readable, and Ctrl-C.
@Suite(.serialized) struct WatchTests {
  /// A running `plan watch` whose output goes to a file the test reads as it grows.
  struct Watching {
    let process: pid_t
    let log: URL

    func output() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Waits until the output has `count` lines containing `text`, for at most 20 seconds.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1) -> Bool {
      for _ in 0..<400 {
        if output().components(separatedBy: text).count - 1 >= count { return true }
        usleep(50_000)
      }
      return false
    }

    func interrupt() -> Int32 {
      kill(process, SIGINT)
      var status: Int32 = 0
      waitpid(process, &status, 0)
      return status
    }
  }

  static func start(_ arguments: [String], in folder: URL, log: URL, environment: [String: String] = [:])
    throws
    -> Watching
  {
    for (key, value) in environment { setenv(key, value, 1) }
    defer { for key in environment.keys { unsetenv(key) } }
    let process = try BuildTests.spawnAsFromATerminal(
      CommandRunner.executable.path, ["watch"] + arguments, in: folder.path, output: log.path)
    return Watching(process: process, log: log)
  }

  static func copyShowcase(to folder: URL) throws {
    let showcase = CommandRunner.repository.appendingPathComponent("plans/villa-aurora")
    for name in try FileManager.default.contentsOfDirectory(atPath: showcase.path)
    where name.hasSuffix(".plan") || name.hasSuffix(".png") {
      try FileManager.default.copyItem(
        at: showcase.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
  }

  /// Saves `text` as an editor that writes a new file and renames it over the old one.
  static func saveByRenaming(_ text: String, to file: URL) throws {
    let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).swp")
    try text.write(to: temporary, atomically: false, encoding: .utf8)
    #expect(rename(temporary.path, file.path) == 0)
  }

  @Test func rebuildsOnEverySaveAndKeepsTheLastGoodPDF() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.copyShowcase(to: folder)
    let main = folder.appendingPathComponent("villa-aurora.plan")
    let pdf = folder.appendingPathComponent("villa-aurora.pdf")
    let watching = try Self.start(
      ["villa-aurora.plan"], in: folder, log: folder.appendingPathComponent("log.txt"))
    defer { _ = watching.interrupt() }

    #expect(watching.waitFor("Se generó villa-aurora.pdf"), "\(watching.output())")
    #expect(watching.waitFor("Esperando cambios en 5 archivo(s)"), "\(watching.output())")
    let first = try Data(contentsOf: pdf)

    // An error, saved by renaming: reported, and the good PDF stays.
    let original = try String(contentsOf: main, encoding: .utf8)
    try Self.saveByRenaming(
      original.replacingOccurrences(of: "estado           aprobado", with: "estado  aprobad"), to: main)
    #expect(watching.waitFor("error[E106]"), "\(watching.output())")
    #expect(watching.waitFor("el PDF anterior queda como estaba"), "\(watching.output())")
    #expect(try Data(contentsOf: pdf) == first)

    // Fixed, with a one-word change, written in place: a new PDF.
    try original.replacingOccurrences(of: "Villa Aurora en el Mundo", with: "Villa Aurora ante el Mundo")
      .write(to: main, atomically: false, encoding: .utf8)
    #expect(watching.waitFor("Se generó villa-aurora.pdf", count: 2), "\(watching.output())")
    #expect(try Data(contentsOf: pdf) != first)

    // An included file deleted, then created again.
    let actions = folder.appendingPathComponent("acciones.plan")
    let actionsText = try String(contentsOf: actions, encoding: .utf8)
    try FileManager.default.removeItem(at: actions)
    #expect(watching.waitFor("error[F002]"), "\(watching.output())")
    try actionsText.write(to: actions, atomically: false, encoding: .utf8)
    #expect(watching.waitFor("Se generó villa-aurora.pdf", count: 3), "\(watching.output())")

    // The crest is watched too.
    let crest = folder.appendingPathComponent("escudo.png")
    let image = try Data(contentsOf: crest)
    try FileManager.default.removeItem(at: crest)
    try image.write(to: crest)
    #expect(watching.waitFor("Cambió: escudo.png"), "\(watching.output())")
    #expect(watching.waitFor("Se generó villa-aurora.pdf", count: 4), "\(watching.output())")

    // The main file gone: said, and watched until it is back.
    try FileManager.default.removeItem(at: main)
    #expect(watching.waitFor("villa-aurora.plan: el archivo no existe"), "\(watching.output())")
    try original.write(to: main, atomically: false, encoding: .utf8)
    #expect(watching.waitFor("Se generó villa-aurora.pdf", count: 5), "\(watching.output())")

    // Ctrl-C ends it as an interrupted program ends, leaving no temporary file.
    let status = watching.interrupt()
    #expect(status & 0x7F == SIGINT, "wait status \(status)")
    #expect(
      try !FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.hasSuffix(".tmp") })
  }

  /// `--open` opens the PDF once, with the desktop's viewer (here a stand-in that notes its call).
  @Test func openOpensThePDFOnce() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.copyShowcase(to: folder)
    let calls = folder.appendingPathComponent("visor.txt")
    let viewer = folder.appendingPathComponent("visor.sh")
    try "#!/bin/sh\necho \"$1\" >> '\(calls.path)'\n".write(to: viewer, atomically: true, encoding: .utf8)
    chmod(viewer.path, 0o755)
    let watching = try Self.start(
      ["--open", "villa-aurora.plan"], in: folder, log: folder.appendingPathComponent("log.txt"),
      environment: ["PLAN_VIEWER": viewer.path])
    defer { _ = watching.interrupt() }
    #expect(watching.waitFor("Esperando cambios"), "\(watching.output())")
    let main = folder.appendingPathComponent("villa-aurora.plan")
    let text = try String(contentsOf: main, encoding: .utf8)
    try (text + "\n").write(to: main, atomically: false, encoding: .utf8)
    #expect(watching.waitFor("Esperando cambios", count: 2), "\(watching.output())")
    usleep(200_000)
    let opened = (try? String(contentsOf: calls, encoding: .utf8)) ?? ""
    #expect(opened == "villa-aurora.pdf\n", "viewer calls: «\(opened)»")
  }

  /// A plan that cannot be read at all from the start is reported and waited for.
  @Test func aMissingPlanIsWaitedFor() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let watching = try Self.start(
      ["--lang", "en", "nuevo.plan"], in: folder, log: folder.appendingPathComponent("log.txt"))
    defer { _ = watching.interrupt() }
    #expect(watching.waitFor("nuevo.plan: the file does not exist"), "\(watching.output())")
    #expect(watching.waitFor("Waiting for changes to 1 file(s)"), "\(watching.output())")
    try String(
      contentsOf: CommandRunner.repository.appendingPathComponent("plans/minimo/minimo.plan"), encoding: .utf8
    )
    .write(to: folder.appendingPathComponent("nuevo.plan"), atomically: true, encoding: .utf8)
    #expect(watching.waitFor("Changed: nuevo.plan"), "\(watching.output())")
  }
}
