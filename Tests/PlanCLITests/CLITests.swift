import Foundation
import Testing

/// The command line as users and CI meet it: subcommands, help, exit codes 0/1/2, messages in the
/// plan's language, and files that are written atomically or left untouched.
@Suite(.serialized) struct CLITests {
  let showcase = "plans/villa-aurora/villa-aurora.plan"

  @Test func versionAndHelp() throws {
    // What a bug report needs: the version, the commit, the libraries it runs against, the fonts.
    let version = try CommandRunner.run(["--version"], environment: ["LANG": "es_AR.UTF-8"])
    #expect(version.status == 0)
    let lines = version.stdout.split(separator: "\n")
    #expect(lines.count == 3, "\(version.stdout)")
    #expect(lines.first?.hasPrefix("plan 0.1.0 (commit ") == true)
    let libraries = try Regex(
      #"^cairo 1\.\d+\.\d+, pango 1\.\d+\.\d+, fontconfig 2\.\d+\.\d+, libhyphen .+\.so.*$"#)
    #expect(lines.count > 1 && String(lines[1]).wholeMatch(of: libraries) != nil, "\(lines)")
    #expect(lines.last == "fuentes: \(CommandRunner.repository.path)/fonts")
    let help = try CommandRunner.run(["--help"])
    #expect(help.status == 0)
    for subcommand in ["check", "fmt", "init"] { #expect(help.stdout.contains(subcommand)) }
    for subcommand in ["check", "fmt", "init"] {
      let sub = try CommandRunner.run([subcommand, "--help"])
      #expect(sub.status == 0, "\(subcommand) --help")
      #expect(sub.stdout.contains("USAGE") || sub.stdout.contains("Usage") || sub.stdout.contains("USO"))
    }
  }

  @Test func checkPassesOnTheShowcase() throws {
    let result = try CommandRunner.run(["check", showcase])
    #expect(result.status == 0, "\(result.stdout)")
    // Two warnings, deliberately: the 2026 monitoring leaves one indicator without a value (A04)
    // and one action past its end (A06).
    #expect(result.stdout.contains("0 errores, 2 advertencias"), "\(result.stdout)")
  }

  /// The minimal plans are the smallest files the language accepts: the checker lists what a
  /// complete plan still needs, but finds nothing wrong in what they say.
  @Test func theMinimalPlansOnlyLackSections() throws {
    for plan in [
      "plans/minimo/minimo.plan", "plans/minimal-en/minimal.plan", "plans/incompleto/incompleto.plan",
    ] {
      let result = try CommandRunner.run(["check", "--format", "json", plan])
      #expect(result.status == 1)
      let json = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      let codes = (json["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
      #expect(!codes.isEmpty)
      for code in codes {
        #expect(!["S", "E", "F", "M", "R"].contains(code.prefix(1)), "\(plan): \(code)")
      }
    }
  }

  @Test func everyOutputFormat() throws {
    let plan = "plans/incompleto/incompleto.plan"
    let json = try CommandRunner.run(["check", "--format", "json", plan])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "plan-check/1")
    let compliance = try #require(
      (object["compliance"] as? [[String: Any]])?.first?["guidelines"] as? [[String: Any]])
    #expect(compliance.count == 12)
    #expect(compliance.contains { $0["id"] as? String == "G07" && $0["status"] as? String == "not_met" })
    #expect(compliance.contains { $0["id"] as? String == "G05" && $0["status"] as? String == "advisory" })
    let sarif = try CommandRunner.run(["check", "--format", "sarif", plan])
    let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let github = try CommandRunner.run(["check", "--format", "github", plan])
    #expect(github.stdout.contains("::error file=plans/incompleto/incompleto.plan,line="))
    for format in ["json", "sarif", "github", "text"] {
      let first = try CommandRunner.run(["check", "--format", format, plan])
      let second = try CommandRunner.run(["check", "--format", format, plan])
      #expect(first.stdout == second.stdout, "\(format) output is not stable")
      #expect(first.status == 1)
    }
  }

  @Test func checkReportsErrorsWithLocationAndExitsOne() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("mal.plan")
    try "eje economica \"Desarrollo\"\nfoda {\n  fortaleza f1 \"x\"\n".write(
      to: file, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["check", "mal.plan"], in: folder)
    #expect(result.status == 1)
    #expect(result.stdout.contains("mal.plan:1:5"))
    #expect(result.stdout.contains("¿quiso decir `economico`?"))
    #expect(result.stdout.contains("mal.plan:2:6"))
    #expect(!result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    let english = try CommandRunner.run(["check", "--lang", "en", "mal.plan"], in: folder)
    #expect(english.stdout.contains("did you mean `economico`?"))
    let colour = try CommandRunner.run(["check", "--color", "always", "mal.plan"], in: folder)
    #expect(colour.stdout.contains("\u{1B}["))
  }

  @Test func strictTurnsWarningsIntoFailures() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = CommandRunner.repository.appendingPathComponent("plans/villa-aurora")
    let copy = folder.appendingPathComponent("villa-aurora")
    try FileManager.default.copyItem(at: source, to: copy)
    let root = copy.appendingPathComponent("villa-aurora.plan")
    var text = try String(contentsOf: root, encoding: .utf8)
    // Typographic quotes are accepted with a warning (S007).
    let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("lema ") })
    let curly = line.replacingOccurrences(of: "lema \"", with: "lema “").dropLast() + "”"
    text = text.replacingOccurrences(of: String(line), with: String(curly))
    try text.write(to: root, atomically: true, encoding: .utf8)
    #expect(try CommandRunner.run(["check", "villa-aurora/villa-aurora.plan"], in: folder).status == 0)
    #expect(
      try CommandRunner.run(["check", "--strict", "villa-aurora/villa-aurora.plan"], in: folder).status == 1)
  }

  @Test func couldNotRunExitsTwo() throws {
    #expect(try CommandRunner.run(["check", "no-existe.plan"]).status == 2)
    #expect(try CommandRunner.run(["check"]).status == 2)
    #expect(try CommandRunner.run(["check", "--format", "xml", showcase]).status == 2)
    #expect(try CommandRunner.run(["fmt", "no-existe.plan"]).status == 2)
    #expect(try CommandRunner.run(["nada"]).status == 2)
    #expect(try CommandRunner.run(["check", "--lang", "fr", showcase]).status == 2)
  }

  @Test func fmtCheckPrintsADiffAndExitsOne() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a.plan")
    let original = "foda {\nfortaleza f1 \"x\"\n}\n"
    try original.write(to: file, atomically: true, encoding: .utf8)
    let check = try CommandRunner.run(["fmt", "--check", "a.plan"], in: folder)
    #expect(check.status == 1)
    #expect(check.stdout.contains("-fortaleza f1 \"x\"") && check.stdout.contains("+  fortaleza f1 \"x\""))
    #expect(check.stderr.contains("plan fmt a.plan"))
    #expect(try String(contentsOf: file, encoding: .utf8) == original, "--check must not write")
    let printed = try CommandRunner.run(["fmt", "--stdout", "a.plan"], in: folder)
    #expect(printed.stdout == "foda {\n  fortaleza f1 \"x\"\n}\n")
    #expect(try CommandRunner.run(["fmt", "a.plan"], in: folder).status == 0)
    #expect(try String(contentsOf: file, encoding: .utf8) == printed.stdout)
    #expect(try CommandRunner.run(["fmt", "--check", "a.plan"], in: folder).status == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == ["a.plan"], "no temporary file is left behind")
  }

  @Test func fmtLeavesAFileWithSyntaxErrorsUntouched() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("roto.plan")
    let original = "foda {\n    fortaleza f1 \"sin cerrar\n"
    try original.write(to: file, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["fmt", "roto.plan"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("S003"))
    #expect(try String(contentsOf: file, encoding: .utf8) == original)
  }

  @Test func fmtKeepsTheExamplePlansCanonical() throws {
    let result = try CommandRunner.run(["fmt", "--check", "plans"])
    #expect(result.status == 0, "\(result.stdout)")
  }

  @Test(arguments: ["es", "en", "pt"])
  func initWritesACanonicalTemplateThatChecks(_ language: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let created = try CommandRunner.run(["init", "San Martín de los Andes", "--lang", language], in: folder)
    #expect(created.status == 0, "\(created.stderr)")
    let path = "san-martin-de-los-andes/san-martin-de-los-andes.plan"
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path))
    // Its only findings are the example texts to replace, one error each where it is written; no
    // guideline counts as met through them.
    let check = try CommandRunner.run(["check", "--format", "json", path], in: folder)
    #expect(check.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
    let findings = json["diagnostics"] as? [[String: Any]] ?? []
    let serious = findings.filter { $0["severity"] as? String != "advisory" }
    #expect(
      serious.count > 40 && serious.allSatisfy { $0["code"] as? String == "M014" },
      "\(serious.filter { $0["code"] as? String != "M014" })")
    let guidelines = (json["compliance"] as? [[String: Any]])?.first?["guidelines"] as? [[String: Any]] ?? []
    #expect(guidelines.count == 12 && !guidelines.contains { $0["status"] as? String == "verified" })
    // An unedited template is not a document for the council.
    #expect(try CommandRunner.run(["build", path, "-o", "x.pdf"], in: folder).status == 1)
    #expect(try CommandRunner.run(["fmt", "--check", path], in: folder).status == 0)
    let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    #expect(text.contains("San Martín de los Andes"))
    #expect(!text.contains("{{"), "every placeholder is filled")
    // A second init never overwrites the first.
    #expect(try CommandRunner.run(["init", "San Martín de los Andes"], in: folder).status == 2)
  }

  /// The Portuguese template is the Spanish one line for line: `plan check` finds the same codes on
  /// the same lines, and its keywords are Portuguese.
  @Test func thePortugueseTemplateChecksAsTheSpanishOne() throws {
    func findings(_ language: String) throws -> (findings: [String], text: String) {
      let folder = try CommandRunner.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let created = try CommandRunner.run(
        ["init", "Villa Aurora", "--lang", language, "--year", "2027"], in: folder)
      #expect(created.status == 0, "\(created.stderr)")
      let path = "villa-aurora/villa-aurora.plan"
      let check = try CommandRunner.run(["check", "--format", "json", path], in: folder)
      let json = try #require(
        try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
      let found = (json["diagnostics"] as? [[String: Any]] ?? []).map { finding in
        "\(finding["code"] as? String ?? "?") \(finding["line"] as? Int ?? 0)"
      }
      return (found, try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8))
    }
    let spanish = try findings("es")
    let portuguese = try findings("pt")
    #expect(portuguese.findings.count > 40)
    #expect(portuguese.findings.sorted() == spanish.findings.sorted())
    #expect(portuguese.text.contains("\nplano \"Villa Aurora no Mundo\" {\n  cidade "))
    #expect(portuguese.text.contains("\nacao a01 ") && !portuguese.text.contains("\naccion "))
  }

  @Test func includesAreFollowedAndConfined() throws {
    let folder = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("plan"), withIntermediateDirectories: true)
    try "incluir \"parte.plan\"\nincluir \"../fuera.plan\"\n".write(
      to: folder.appendingPathComponent("plan/raiz.plan"), atomically: true, encoding: .utf8)
    try "lema Sin comillas\n".write(
      to: folder.appendingPathComponent("plan/parte.plan"), atomically: true, encoding: .utf8)
    try "lema \"x\"\n".write(
      to: folder.appendingPathComponent("fuera.plan"), atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["check", "plan/raiz.plan"], in: folder)
    #expect(result.status == 1)
    #expect(result.stdout.contains("plan/parte.plan:1:6"), "\(result.stdout)")
    #expect(result.stdout.contains("F003"))
  }
}
