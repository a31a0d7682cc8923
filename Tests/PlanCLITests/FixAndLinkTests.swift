import Foundation
import Testing

/// `plan fmt --fix` applies the safe fixes and says what it changed; `plan fmt` through a symbolic
/// link formats the file it points to and keeps the link.
@Suite struct FixAndLinkTests {
  static let mistyped =
    "plan \"X\" {\n  cuidad Villa, Aurora\n  estado borador\n\u{A0} idioma es\u{200B}\n}\n"
    + "acion a01 \u{201C}Crear\u{201D} {\n  plazo corto\n}\n"

  @Test func fixAppliesTheSafeFixesAndListsThem() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("p.plan")
    try Data(Self.mistyped.utf8).write(to: file)
    let check = try CommandRunner.run(["fmt", "--check", "--fix", "p.plan"], in: folder)
    #expect(check.status == 1)
    #expect(try String(contentsOf: file, encoding: .utf8) == Self.mistyped, "--check wrote the file")
    let result = try CommandRunner.run(["fmt", "--fix", "p.plan"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        p.plan:2:3: E101 `cuidad` → `ciudad`
        p.plan:2:10: E111 `Villa, Aurora` → `"Villa, Aurora"`
        p.plan:3:10: E106 `borador` → `borrador`
        p.plan:4:1: S022 `<U+00A0>` → ` `
        p.plan:4:12: S022 `<U+200B>` → (nada)
        p.plan:6:1: E101 `acion` → `accion`
        p.plan:6:11: S007 `“Crear”` → `"Crear"`
        p.plan: 7 correcciones aplicadas

        """)
    #expect(
      try String(contentsOf: file, encoding: .utf8)
        == "plan \"X\" {\n  ciudad \"Villa, Aurora\"\n  estado borrador\n  idioma es\n}\n"
        + "accion a01 \"Crear\" {\n  plazo corto\n}\n")
    // Nothing left to fix.
    let again = try CommandRunner.run(["fmt", "--fix", "p.plan"], in: folder)
    #expect(again.stdout.isEmpty)
  }

  @Test func formattingThroughALinkKeepsTheLink() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let real = folder.appendingPathComponent("real.plan")
    try Data("plan \"X\" {\n      estado   borrador\n}\n".utf8).write(to: real)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("enlace.plan").path, withDestinationPath: "real.plan")
    let result = try CommandRunner.run(["fmt", "enlace.plan"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let link = try FileManager.default.destinationOfSymbolicLink(
      atPath: folder.appendingPathComponent("enlace.plan").path)
    #expect(link == "real.plan")
    #expect(try String(contentsOf: real, encoding: .utf8) == "plan \"X\" {\n  estado borrador\n}\n")
  }
}
