import Foundation
import Testing

/// `plan build` end to end on the example plans: a valid, self-contained, reproducible PDF whose
/// text comes back exactly; a plan with errors builds nothing unless forced.
@Suite(.serialized) struct BuildTests {
  static func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/\(name)")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func theShowcaseBuildsAValidReproduciblePDF() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = folder.appendingPathComponent("a.pdf").path
    let second = folder.appendingPathComponent("b.pdf").path
    let build = try CommandRunner.run(["build", "plans/villa-aurora/villa-aurora.plan", "-o", first])
    #expect(build.status == 0, "\(build.stderr)")
    #expect(
      try CommandRunner.run(["build", "plans/villa-aurora/villa-aurora.plan", "-o", second]).status == 0)
    #expect(
      FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second),
      "not byte-identical")

    let check = try Self.tool("qpdf", ["--check", first])
    #expect(check.status == 0, "\(check.output)")

    let fonts = try Self.tool("pdffonts", [first])
    let rows = fonts.output.split(separator: "\n").dropFirst(2)
    #expect(!rows.isEmpty)
    for row in rows {
      #expect(row.contains("Noto"), "a font that is not bundled: \(row)")
      let columns = row.split(separator: " ", omittingEmptySubsequences: true)
      #expect(columns.count >= 5 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
    }

    let text = try Self.tool("pdftotext", ["-layout", first, "-"]).output
      .replacingOccurrences(of: "\u{00AD}\n", with: "").replacingOccurrences(of: "\u{00AD}", with: "")
    for expected in [
      "Villa Aurora en el Mundo", "Índice", "Visión y valores", "¿Qué tengo?", "Análisis FODA",
      "Plan de acción", "Cumplimiento de las 12 pautas", "Aprobación", "Página 2 de",
    ] {
      #expect(text.contains(expected), "missing «\(expected)»")
    }

    let info = try Self.tool("pdfinfo", [first]).output
    #expect(info.contains("Title:"))
    let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
    #expect(Int(pages?.split(separator: " ").last ?? "") ?? 0 > 20)
    let outline = try Self.tool("qpdf", ["--json", "--json-key=outlines", first]).output
    #expect(outline.contains("Diagnóstico") || outline.contains("Diagn"), "no outline")
  }

  @Test func aPlanWithErrorsLeavesTheOldPDFUntouchedUnlessForced() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = folder.appendingPathComponent("incompleto.plan")
    try FileManager.default.copyItem(
      at: CommandRunner.repository.appendingPathComponent("plans/incompleto/incompleto.plan"), to: plan)
    let pdf = folder.appendingPathComponent("incompleto.pdf")
    try Data("versión anterior".utf8).write(to: pdf)
    let refused = try CommandRunner.run(["build", "incompleto.plan"], in: folder)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("--force"))
    #expect(try Data(contentsOf: pdf) == Data("versión anterior".utf8))
    let forced = try CommandRunner.run(["build", "--force", "incompleto.plan"], in: folder)
    #expect(forced.status == 0, "\(forced.stderr)")
    let data = try Data(contentsOf: pdf)
    #expect(data.starts(with: Data("%PDF".utf8)))
    #expect(try Self.tool("qpdf", ["--check", pdf.path]).status == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(leftovers == ["incompleto.pdf", "incompleto.plan"])
  }

  /// A partner city written in Chinese: the fonts have no such glyphs, and the warning points at the
  /// line of the plan that wrote them (not at a page of the PDF).
  @Test func aMissingGlyphIsALocatedWarning() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(
      contentsOf: CommandRunner.repository.appendingPathComponent("plans/minimo/minimo.plan"), encoding: .utf8
    )
    let changed = text.replacingOccurrences(
      of: "Acompañar a las pymes en su primera exportación", with: "Misión a Kioto (京都) con las pymes")
    #expect(changed != text)
    try Data(changed.utf8).write(to: folder.appendingPathComponent("minimo.plan"))
    let result = try CommandRunner.run(["build", "--force", "minimo.plan"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let line = changed.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains("京都") }.map { $0 + 1 }
    #expect(result.stderr.contains("advertencia[C001]"))
    #expect(result.stderr.contains("--> minimo.plan:\(line ?? 0):"), "\(result.stderr)")
    #expect(result.stderr.contains("京都"))
  }

  @Test func anUnreadablePlanExitsTwo() throws {
    #expect(try CommandRunner.run(["build", "no-existe.plan"]).status == 2)
  }

  /// `plan check` and `plan fmt` must not pay for the typesetting libraries: only `plan-build`
  /// links them.
  @Test func onlyPlanBuildLinksTheTypesettingLibraries() throws {
    func libraries(_ executable: URL) throws -> String {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
      process.arguments = [executable.path]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      return output
    }
    let plan = try libraries(CommandRunner.executable)
    for library in ["libcairo", "libpango", "libfontconfig", "libharfbuzz", "libhyphen"] {
      #expect(!plan.contains(library), "plan links \(library)")
    }
    let helper = CommandRunner.executable.deletingLastPathComponent().appendingPathComponent("plan-build")
    #expect(try libraries(helper).contains("libcairo"))
  }

  /// Without `plan-build` beside it, `plan build` says what is missing and exits 2.
  @Test func aMissingPlanBuildIsExplained() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-sin-build-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lonely = folder.appendingPathComponent("plan")
    try FileManager.default.copyItem(at: CommandRunner.executable, to: lonely)
    let process = Process()
    process.executableURL = lonely
    process.arguments = [
      "build", CommandRunner.repository.appendingPathComponent("plans/minimo/minimo.plan").path,
    ]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(message.contains("plan-build"))
  }
}
