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
      "Plan de acción", "Cumplimiento de las 12 pautas", "Aprobación",
    ] {
      #expect(text.contains(expected), "missing «\(expected)»")
    }
    // The footers are artifacts with no text for extractors (see ReadingOrderTests).
    #expect(!text.contains("Página 2 de"))

    let info = try Self.tool("pdfinfo", [first]).output
    #expect(info.contains("Title:"))
    let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
    #expect(Int(pages?.split(separator: " ").last ?? "") ?? 0 > 20)
    let outline = try Self.tool("qpdf", ["--json", "--json-key=outlines", first]).output
    #expect(outline.contains("Diagnóstico") || outline.contains("Diagn"), "no outline")
  }

  /// `plan ordenanza` on the showcase: the sanctioned ordinance (the plan records its approval),
  /// then the plan as Anexo I, its pages labelled «Anexo I-1»…; `--proyecto` adds the cover note.
  /// (The date is 2027-01-01: the showcase records its 2026 monitoring, which a date in 2026 would
  /// find in the future.)
  @Test func theShowcasesOrdinanceCarriesThePlanAsAnnexI() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("ordenanza.pdf").path
    let run = try CommandRunner.run(
      ["ordenanza", "plans/villa-aurora/villa-aurora.plan", "-o", output],
      environment: ["SOURCE_DATE_EPOCH": "1798761600"])
    #expect(run.status == 0, "\(run.stderr)")
    let text = try Self.tool("pdftotext", [output, "-"]).output
      .replacingOccurrences(of: "\u{00AD}\n", with: "").replacingOccurrences(of: "\u{00AD}", with: "")
    for expected in [
      "ORDENANZA N.º 2.318/2025", "VISTO", "CONSIDERANDO", "ARTÍCULO 1º", "Anexo I",
      "Villa Aurora en el Mundo: Plan Estratégico de Internacionalización", "Dada en la Sala de Sesiones",
    ] {
      #expect(text.contains(expected), "missing «\(expected)»")
    }
    #expect(!text.contains("Tengo el agrado"))
    // Reproducible: the same plan and date give the same bytes.
    let again = folder.appendingPathComponent("otra.pdf").path
    #expect(
      try CommandRunner.run(
        ["ordenanza", "plans/villa-aurora/villa-aurora.plan", "-o", again],
        environment: ["SOURCE_DATE_EPOCH": "1798761600"]
      ).status == 0)
    #expect(
      FileManager.default.contents(atPath: output) == FileManager.default.contents(atPath: again),
      "not byte-identical")
    // Two ranges of page labels: the ordinance's pages 1, 2, 3, then «Anexo I-1», «Anexo I-2»…
    let labels = try Self.tool("qpdf", ["--json", "--json-key=pagelabels", output]).output
    #expect(labels.contains("\"/P\": \"u:Anexo I-\""), "no annex page labels: \(labels)")
    #expect(labels.components(separatedBy: "\"index\"").count == 3, "\(labels)")
    let check = try Self.tool("qpdf", ["--check", output])
    #expect(check.status == 0, "\(check.output)")

    let draft = folder.appendingPathComponent("proyecto.pdf").path
    let bill = try CommandRunner.run(
      ["ordenanza", "--proyecto", "plans/villa-aurora/villa-aurora.plan", "-o", draft],
      environment: ["SOURCE_DATE_EPOCH": "1798761600"])
    #expect(bill.status == 0, "\(bill.stderr)")
    let billText = try Self.tool("pdftotext", [draft, "-"]).output
    #expect(billText.contains("PROYECTO DE ORDENANZA") && billText.contains("Tengo el agrado"))
  }

  /// Without fonts, `plan build` cannot run: it says every folder it searched and how to fix it.
  @Test func withoutFontsTheBuildSaysWhereItLooked() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(
      ["build", "plans/minimo/minimo.plan", "--force", "-o", folder.appendingPathComponent("m.pdf").path],
      environment: ["PLAN_FONTS": folder.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Se buscaron en:\n  \(folder.path)\n"), "\(result.stderr)")
    #expect(result.stderr.contains("PLAN_FONTS=/ruta/a/plan/fonts plan build plan.plan"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.pdf").path))
  }

  @Test func anInterruptedBuildLeavesTheOldPDFAndNoTemporaryFile() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let showcase = CommandRunner.repository.appendingPathComponent("plans/villa-aurora")
    for name in try FileManager.default.contentsOfDirectory(atPath: showcase.path)
    where name.hasSuffix(".plan") {
      try FileManager.default.copyItem(
        at: showcase.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let pdf = folder.appendingPathComponent("villa-aurora.pdf")
    // Interrupted while the PDF is being written (its temporary file exists), a few times over in
    // case a build finishes before the test sees the file.
    var interrupted = false
    for _ in 0..<5 where !interrupted {
      try Data("versión anterior".utf8).write(to: pdf)
      let child = try Self.spawnAsFromATerminal(
        CommandRunner.executable.path, ["build", "villa-aurora.plan"], in: folder.path)
      var status: Int32 = 0
      while waitpid(child, &status, WNOHANG) == 0 {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if names.contains(where: { $0.hasSuffix(".tmp") }) {
          kill(child, SIGINT)
          interrupted = true
          waitpid(child, &status, 0)
          break
        }
        usleep(500)
      }
      if interrupted {
        // Ended by the signal itself, as an interrupted program should be.
        #expect(status & 0x7F == SIGINT, "wait status \(status)")
      }
    }
    #expect(interrupted, "the build always ended before its temporary file was seen")
    #expect(try Data(contentsOf: pdf) == Data("versión anterior".utf8))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.contains { $0.hasSuffix(".tmp") }, "\(names)")
  }

  /// Starts a program the way a shell in a terminal does: default signal handling, nothing blocked
  /// (Foundation's `Process` passes on the test runner's blocked signals).
  static func spawnAsFromATerminal(
    _ path: String, _ arguments: [String], in folder: String, output: String = "/dev/null"
  ) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var nothing = sigset_t()
    sigemptyset(&nothing)
    posix_spawnattr_setsigmask(&attributes, &nothing)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    // The folder is given through the shell, which then replaces itself with the program.
    func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let command =
      "cd \(quoted(folder)) && exec \(quoted(path)) " + arguments.map(quoted).joined(separator: " ")
    let words: [String] = ["/bin/sh", "-c", command]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var devnull = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&devnull)
    defer { posix_spawn_file_actions_destroy(&devnull) }
    posix_spawn_file_actions_addopen(&devnull, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&devnull, 2, "/dev/null", O_WRONLY, 0)
    var child: pid_t = 0
    let result = posix_spawn(&child, "/bin/sh", &devnull, &attributes, argv, environ)
    guard result == 0 else { throw CocoaError(.executableLoad) }
    return child
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
