import Foundation
import Testing

/// `plan diff` against a git revision reads the old version with git, touches nothing, and exits
/// 0 without changes, 1 with changes, 2 when a version cannot be read.
@Suite(.serialized) struct DiffCommandTests {
  static func git(_ arguments: [String], in folder: URL) throws {
    let result = try CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["git", "-c", "user.name=Oficina", "-c", "user.email=rrii@example.org"] + arguments, in: folder)
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
  }

  @Test func aGitRevisionIsTheOldVersion() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let showcase = CommandRunner.repository.appendingPathComponent("plans/villa-aurora")
    for name in ["villa-aurora.plan", "diagnostico.plan", "acciones.plan", "marca.plan", "escudo.png"] {
      try FileManager.default.copyItem(
        at: showcase.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    try Self.git(["init", "-q"], in: folder)
    try Self.git(["add", "-A"], in: folder)
    try Self.git(["commit", "-q", "-m", "Plan aprobado"], in: folder)
    let unchanged = try CommandRunner.run(["diff", "HEAD", "villa-aurora.plan"], in: folder)
    #expect(unchanged.status == 0, "\(unchanged.stderr)")
    #expect(unchanged.stdout.contains("Sin cambios"))
    // The amendment: one action's end date and budget.
    let actions = folder.appendingPathComponent("acciones.plan")
    var text = try String(contentsOf: actions, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "  hasta       2030-12\n  presupuesto 9.000 USD",
      with: "  hasta       2029-12\n  presupuesto 12.000 USD")
    try Data(text.utf8).write(to: actions)
    try Self.git(["commit", "-q", "-am", "Enmienda"], in: folder)
    let changed = try CommandRunner.run(["diff", "HEAD~1", ".", "--lang", "en"], in: folder)
    #expect(changed.status == 1, "\(changed.stderr)")
    #expect(changed.stdout.contains("Changes from HEAD~1:villa-aurora.plan to ./villa-aurora.plan"))
    #expect(changed.stdout.contains("~ accion a03 «Participar en Mercociudades"))
    #expect(changed.stdout.contains("    hasta: 2030-12 → 2029-12"))
    #expect(changed.stdout.contains("USD 159,000 → 162,000 (+3,000)"))
    let json = try CommandRunner.run(["diff", "HEAD~1", "villa-aurora.plan", "--format", "json"], in: folder)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect((object["summary"] as? [String: Int])?["modified"] == 1)
    // Nothing in the work tree or the index changed.
    let status = try CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["git", "status", "--porcelain"], in: folder)
    #expect(status.stdout.isEmpty)
    let unknown = try CommandRunner.run(["diff", "no-such-tag", "villa-aurora.plan"], in: folder)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("no es un archivo, una carpeta ni una revisión de git"))
    // The amendment's PDF, with its redline annex.
    let built = try CommandRunner.run(
      ["build", "villa-aurora.plan", "--comparar", "HEAD~1", "-o", "enmienda.pdf"], in: folder)
    #expect(built.status == 0, "\(built.stderr)")
    let pdf = try CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["pdftotext", "enmienda.pdf", "-"], in: folder)
    #expect(pdf.stdout.contains("Cambios respecto de la versión anterior"))
    #expect(pdf.stdout.contains("[2030-12] {2029-12}"))
    #expect(pdf.stdout.contains("[9.000 USD] {12.000 USD}"))
    #expect(pdf.stdout.contains("villa-aurora.plan (versión anterior)"))
    let missing = try CommandRunner.run(
      ["build", "villa-aurora.plan", "--comparar", "no-such-tag", "-o", "otro.pdf"], in: folder)
    #expect(missing.status == 2 && !FileManager.default.fileExists(atPath: folder.path + "/otro.pdf"))
  }
}
