import Foundation
import Testing

/// `plan check` on a file a main plan includes checks it within that plan and says so; `--solo`
/// checks it alone.
@Suite struct IncludedFileTests {
  @Test func anIncludedFileIsCheckedWithinItsPlan() throws {
    let folder = CommandRunner.repository.appendingPathComponent("plans/villa-aurora")
    let context = try CommandRunner.run(["check", "acciones.plan"], in: folder)
    #expect(context.status == 0, "\(context.stdout)")
    #expect(
      context.stderr.contains(
        "acciones.plan es parte del plan villa-aurora.plan (villa-aurora.plan lo incluye en la línea"))
    let solo = try CommandRunner.run(["check", "--solo", "acciones.plan"], in: folder)
    #expect(solo.status == 1)
    #expect(!solo.stderr.contains("es parte del plan"))
  }

  @Test func findingsOfTheOtherFilesAreLeftOutAndAChainIsFollowed() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sub = folder.appendingPathComponent("partes")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try Data("plan \"X\" {\n  estado borador\n}\nincluir \"partes/a.plan\"\n".utf8).write(
      to: folder.appendingPathComponent("main.plan"))
    try Data("incluir \"b.plan\"\n".utf8).write(to: sub.appendingPathComponent("a.plan"))
    try Data("foda {\n  debilidad d1 \"x\" extra\n}\n".utf8).write(to: sub.appendingPathComponent("b.plan"))
    let result = try CommandRunner.run(["check", "partes/b.plan"], in: folder)
    #expect(
      result.stderr.contains(
        "partes/b.plan es parte del plan main.plan (partes/a.plan lo incluye en la línea 1)"),
      "\(result.stderr)")
    #expect(result.stdout.contains("E104"))
    #expect(!result.stdout.contains("E106"), "a finding of main.plan was listed")
    // A file nobody includes is checked alone, without a note.
    try Data("lema \"x\"\n".utf8).write(to: sub.appendingPathComponent("suelto.plan"))
    let alone = try CommandRunner.run(["check", "partes/suelto.plan"], in: folder)
    #expect(alone.stderr.isEmpty)
  }
}
