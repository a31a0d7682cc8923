import Foundation
import Glibc
import Testing

/// Nothing the user wrote is lost: `-o` onto a file of the plan is refused, a killed build's
/// temporary file is removed by the next build of the same output (and nothing else is), and a
/// crest that is a FIFO or a device never makes a build wait.
@Suite(.serialized) struct NeverLostTests {
  /// A copy of the minimal plan with a crest and an include, in a fresh folder.
  static func plan() throws -> URL {
    let folder = try CommandRunner.temporaryFolder()
    var text = try String(
      contentsOf: CommandRunner.repository.appendingPathComponent("plans/minimo/minimo.plan"), encoding: .utf8
    )
    text = text.replacingOccurrences(
      of: "  idioma    es\n", with: "  idioma    es\n  escudo    \"escudo.png\"\n")
    text += "\nincluir \"lema.plan\"\n"
    try Data(text.utf8).write(to: folder.appendingPathComponent("minimo.plan"))
    try Data("lema \"Villa Aurora, abierta\"\n".utf8).write(to: folder.appendingPathComponent("lema.plan"))
    try FileManager.default.copyItem(
      at: CommandRunner.repository.appendingPathComponent("plans/villa-aurora/escudo.png"),
      to: folder.appendingPathComponent("escudo.png"))
    return folder
  }

  @Test func outputOntoAnyFileOfThePlanIsRefused() throws {
    let folder = try Self.plan()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("enlace.pdf").path, withDestinationPath: "minimo.plan")
    for output in ["minimo.plan", "./lema.plan", "escudo.png", folder.path + "/minimo.plan", "enlace.pdf"] {
      let before = try Data(contentsOf: folder.appendingPathComponent("minimo.plan"))
      let result = try CommandRunner.run(["build", "minimo.plan", "-o", output, "--force"], in: folder)
      #expect(result.status == 2, "\(output): \(result.stderr)")
      #expect(result.stderr.contains("es un archivo del plan"), "\(output): \(result.stderr)")
      #expect(try Data(contentsOf: folder.appendingPathComponent("minimo.plan")) == before)
    }
    #expect(try Data(contentsOf: folder.appendingPathComponent("lema.plan")).count < 100)
    #expect(try Data(contentsOf: folder.appendingPathComponent("escudo.png")).starts(with: [0x89, 0x50]))
  }

  /// A disk that takes no more bytes (a file-size limit of 0, SIGXFSZ ignored so that the write
  /// fails with EFBIG as on a full disk): `plan init` says so, exits 2 and leaves no folder and no
  /// temporary file behind; into a folder that existed, it leaves the folder as it was.
  @Test func initOnAFullDiskLeavesNothingBehind() throws {
    let scratch = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let shell = URL(fileURLWithPath: "/bin/sh")
    let command = "trap '' XFSZ; ulimit -f 0; exec \"$0\" init \"Villa Nueva\" --directory \"$1\""
    let fresh = try CommandRunner.run(
      shell, ["-c", command, CommandRunner.executable.path, "nueva"], in: scratch)
    #expect(fresh.status == 2, "\(fresh.stderr)")
    #expect(fresh.stderr.contains("error:") && fresh.stderr.contains("villa-nueva.plan"), "\(fresh.stderr)")
    #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("nueva").path))
    let existing = scratch.appendingPathComponent("existente")
    try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: true)
    let into = try CommandRunner.run(
      shell, ["-c", command, CommandRunner.executable.path, "existente"], in: scratch)
    #expect(into.status == 2)
    #expect(try FileManager.default.contentsOfDirectory(atPath: existing.path).isEmpty)
  }

  /// A process number no process has now.
  static func deadProcess() -> Int32 {
    var candidate: Int32 = 4_000_000
    while kill(candidate, 0) == 0 || errno != ESRCH { candidate -= 1 }
    return candidate
  }

  @Test func aKilledBuildsTemporaryFileGoesWithTheNextBuildAndNothingElse() throws {
    let folder = try Self.plan()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dead = Self.deadProcess()
    let stale = [".minimo.pdf.\(dead).tmp", ".minimo.pdf.\(dead).3.tmp"]
    let kept = [
      ".minimo.pdf.\(getpid()).tmp",  // a process that runs (this one)
      ".minimo.pdf.tmp", ".minimo.pdf.12x.tmp", ".otro.pdf.\(dead).tmp", "minimo.pdf.\(dead).tmp",
      ".minimo.pdf.\(dead).tmp.bak",
    ]
    for name in stale + kept {
      try Data(repeating: 0x25, count: 1000).write(to: folder.appendingPathComponent(name))
    }
    // A link with the pattern is not followed nor removed.
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent(".minimo.pdf.\(dead - 1).tmp").path,
      withDestinationPath: "lema.plan")
    let result = try CommandRunner.run(["build", "minimo.plan", "--force"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
    for name in stale { #expect(!names.contains(name), "\(name) was left") }
    for name in kept { #expect(names.contains(name), "\(name) was removed") }
    #expect(names.contains(".minimo.pdf.\(dead - 1).tmp"))
    #expect(try Data(contentsOf: folder.appendingPathComponent("lema.plan")).count < 100)
  }

  @Test func aCrestThatIsAFIFOOrADeviceIsAFindingNotAHang() throws {
    let folder = try Self.plan()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.removeItem(at: folder.appendingPathComponent("escudo.png"))
    #expect(mkfifo(folder.appendingPathComponent("escudo.png").path, 0o644) == 0)
    let check = try CommandRunner.run(["check", "minimo.plan"], in: folder)
    #expect(check.stdout.contains("advertencia[F006]"), "\(check.stdout)")
    #expect(check.stdout.contains("--> minimo.plan:7:13"), "\(check.stdout)")
    let build = try CommandRunner.run(["build", "minimo.plan", "--force"], in: folder)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("minimo.pdf").path))

    try FileManager.default.removeItem(at: folder.appendingPathComponent("escudo.png"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("escudo.png").path, withDestinationPath: "/dev/zero")
    let device = try CommandRunner.run(["build", "minimo.plan", "--force", "-o", "b.pdf"], in: folder)
    #expect(device.status == 0, "\(device.stderr)")
    #expect(device.stderr.contains("F007"))
  }

  @Test func noncharactersAndNulsAreFindingsAndShowVisiblyInAForcedBuild() throws {
    let folder = try Self.plan()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("minimo.plan")
    var text = try String(contentsOf: file, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "\"Villa Aurora en el Mundo\"", with: "\"Villa Aurora \u{FFFF} en el Mundo\""
    )
    .replacingOccurrences(of: "puerta de las sierras", with: "puerta\u{0} de las sierras")
    try Data(text.utf8).write(to: file)
    let check = try CommandRunner.run(["check", "minimo.plan"], in: folder)
    #expect(check.stdout.contains("error[S023]"))
    #expect(check.stdout.contains("error[S002]"))
    let build = try CommandRunner.run(["build", "minimo.plan", "--force"], in: folder)
    #expect(build.status == 0, "\(build.stderr)")
    let pdftotext = Process()
    pdftotext.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    pdftotext.arguments = [folder.appendingPathComponent("minimo.pdf").path, "-"]
    let pipe = Pipe()
    pdftotext.standardOutput = pipe
    try pdftotext.run()
    let pdfText = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    pdftotext.waitUntilExit()
    // Replaced visibly; nothing after the NUL is lost.
    #expect(pdfText.contains("Villa Aurora \u{FFFD} en el Mundo"))
    #expect(pdfText.contains("puerta\u{FFFD} de las sierras"))
  }
}
