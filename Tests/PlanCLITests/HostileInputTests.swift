import Foundation
import Glibc
import Testing

/// What users paste and what files hold, through the real executable: bounded output, the size cap,
/// nothing hostile echoed to the terminal.
@Suite struct HostileInputTests {
  @Test func aFileOverTheCapIsRefusedByCheckAndFmt() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("grande.plan").path
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    #expect(ftruncate(descriptor, off_t(64 * 1024 * 1024 + 1)) == 0)
    close(descriptor)
    for command in [["check"], ["fmt"], ["fmt", "--check"]] {
      let result = try CommandRunner.run(command + [path])
      #expect(result.status == 2, "\(command)")
      #expect(
        result.stderr.contains("demasiado grande (64.000001 MB; el máximo es 64 MB)"), "\(result.stderr)")
    }
  }

  @Test func twentyThousandBracesAreOneFindingAndASmallReport() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("llaves.plan")
    try Data((String(repeating: "}", count: 20_000) + "\n").utf8).write(to: file)
    let check = try CommandRunner.run(["check", file.path])
    #expect(check.status == 1)
    #expect(check.stdout.utf8.count < 4_000, "\(check.stdout.utf8.count) bytes")
    #expect(check.stdout.contains("sobran estas 20000 llaves `}`"))
    let format = try CommandRunner.run(["fmt", file.path])
    #expect(format.status == 1)
    #expect(format.stderr.utf8.count < 4_000)
  }

  @Test func aUTF16FileIsExactlyOneS020() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(
      contentsOf: CommandRunner.repository.appendingPathComponent("plans/minimo/minimo.plan"), encoding: .utf8
    )
    try text.data(using: .utf16)!.write(to: folder.appendingPathComponent("u.plan"))
    let result = try CommandRunner.run(["check", "--format", "json", "u.plan"], in: folder)
    #expect(result.status == 1)
    let root = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let codes = (root["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
    #expect(codes == ["S020"])
    #expect((root["summary"] as? [String: Int]) == ["errors": 1, "warnings": 0, "advisories": 0])
    let text16 = try CommandRunner.run(["check", "u.plan"], in: folder)
    #expect(!text16.stdout.contains("se mostrarán"), "nothing is held back from a file that is not text")
  }

  @Test func aPathWithTerminalEscapesIsShownEscaped() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let name = "x\u{1B}]0;pwned\u{07}.plan"
    try Data("plan \"X\" {\n    estado   borador  \n}\n".utf8).write(to: folder.appendingPathComponent(name))
    for arguments in [["check", name], ["check", "--format", "github", name], ["fmt", "--check", name]] {
      let result = try CommandRunner.run(arguments, in: folder)
      let output = result.stdout + result.stderr
      #expect(!output.unicodeScalars.contains("\u{1B}"), "\(arguments)")
      #expect(!output.unicodeScalars.contains("\u{07}"), "\(arguments)")
    }
    let missing = try CommandRunner.run(["check", "no\u{1B}[2J.plan"], in: folder)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no<U+001B>[2J.plan"))
  }
}

/// `plan init` refuses a name it cannot use, with a clear message, and writes nothing.
@Suite struct InitNameTests {
  @Test func aNameTooLongOrWithAControlCharacterIsRefused() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let long = try CommandRunner.run(["init", String(repeating: "Villa ", count: 50)], in: folder)
    #expect(long.status == 2)
    #expect(
      long.stderr.contains("el nombre de la ciudad tiene 300 caracteres: el máximo es 100"), "\(long.stderr)")
    let escape = try CommandRunner.run(["init", "Villa\u{1B}[31m Aurora"], in: folder)
    #expect(escape.status == 2)
    #expect(escape.stderr.contains("escape (U+001B)"), "\(escape.stderr)")
    #expect(!escape.stderr.unicodeScalars.contains("\u{1B}"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
