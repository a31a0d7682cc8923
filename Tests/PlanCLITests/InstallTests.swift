import Foundation
import Testing

/// `plan` installed like any tool: `make install`'s scripts put it below a prefix, from where it
/// runs in any folder with a clean environment; `make dist`'s tarball installs the same way; and
/// uninstalling removes exactly what was installed. (The scripts are run on the binaries under
/// test; `make install` and `make dist` run the same scripts on the release build.)
@Suite(.serialized) struct InstallTests {
  static var binaries: URL { CommandRunner.executable.deletingLastPathComponent() }

  static func script(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws
    -> CommandRunner.Result
  {
    try CommandRunner.run(
      URL(fileURLWithPath: "/bin/bash"), [CommandRunner.repository.path + "/scripts/" + name] + arguments,
      environment: environment)
  }

  static func files(below folder: URL) -> [String] {
    (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).filter { path in
      var isDirectory = false
      return FileManager.default.fileExists(atPath: folder.path + "/" + path, isDirectory: &isDirectory)
        && !isDirectory
    }.sorted()
  }

  @Test func installedPlanRunsAnywhereAndBuildsTheSamePDF() throws {
    let work = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: work) }
    let stage = work.appendingPathComponent("stage")
    let prefix = work.appendingPathComponent("prefijo")
    let staged = try Self.script("stage.sh", [Self.binaries.path, stage.path])
    #expect(staged.status == 0, "\(staged.stderr)")
    let installed = try CommandRunner.run(
      URL(fileURLWithPath: "/bin/bash"), [stage.path + "/install.sh", "--prefix", prefix.path])
    #expect(installed.status == 0, "\(installed.stderr)")

    let files = Self.files(below: prefix)
    for expected in [
      "bin/plan", "bin/plan-build", "share/plan/fonts/NotoSerif-Regular.ttf", "share/plan/fonts/OFL.txt",
      "share/man/man1/plan.1", "share/man/man1/plan-check.1", "share/man/man1/plan-build.1",
      "share/man/man1/plan-ordenanza.1",
      "share/man/man1/plan-fmt.1", "share/man/man1/plan-init.1", "share/man/man1/plan-explain.1",
      "share/man/man1/plan-rules.1", "share/bash-completion/completions/plan",
      "share/zsh/site-functions/_plan", "share/fish/vendor_completions.d/plan.fish",
      "share/plan/install-manifest.txt",
    ] {
      #expect(files.contains(expected), "\(expected) was not installed")
    }

    // An unrelated folder, an environment with nothing of ours (no PLAN_FONTS), the plan copied in.
    let elsewhere = work.appendingPathComponent("oficina")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: CommandRunner.repository.appendingPathComponent("plans/villa-aurora"),
      to: elsewhere.appendingPathComponent("villa-aurora"))
    try? FileManager.default.removeItem(at: elsewhere.appendingPathComponent("villa-aurora/villa-aurora.pdf"))
    let installedPlan = prefix.appendingPathComponent("bin/plan")
    // After the showcase's monitoring data (measured up to November 2026): none of it is in the future.
    let clean = ["SOURCE_DATE_EPOCH": "1798761600"]
    let check = try CommandRunner.run(
      installedPlan, ["check", "villa-aurora/villa-aurora.plan"], in: elsewhere, environment: clean,
      cleanEnvironment: true)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    let format = try CommandRunner.run(
      installedPlan, ["fmt", "--check", "villa-aurora"], in: elsewhere, environment: clean,
      cleanEnvironment: true)
    #expect(format.status == 0, "\(format.stdout)\(format.stderr)")
    let build = try CommandRunner.run(
      installedPlan, ["build", "villa-aurora/villa-aurora.plan"], in: elsewhere, environment: clean,
      cleanEnvironment: true)
    #expect(build.status == 0, "\(build.stderr)")
    let version = try CommandRunner.run(installedPlan, ["--version"], in: elsewhere, cleanEnvironment: true)
    #expect(version.stdout.contains("fuentes: \(prefix.path)/share/plan/fonts"), "\(version.stdout)")

    // The same PDF as the checkout's own build.
    let here = work.appendingPathComponent("checkout.pdf")
    let reference = try CommandRunner.run(
      ["build", "plans/villa-aurora/villa-aurora.plan", "-o", here.path], environment: clean)
    #expect(reference.status == 0)
    let installedPDF = FileManager.default.contents(
      atPath: elsewhere.appendingPathComponent("villa-aurora/villa-aurora.pdf").path)
    #expect(installedPDF != nil && installedPDF == FileManager.default.contents(atPath: here.path))

    // Uninstalling leaves the prefix as it was: empty.
    let removed = try Self.script("install.sh", ["--uninstall", "--prefix", prefix.path])
    #expect(removed.status == 0, "\(removed.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: prefix.path).isEmpty)
  }

  /// DESTDIR is put before the prefix (for packagers), and the manifest is written there.
  @Test func destdirStagesBelowItself() throws {
    let work = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: work) }
    let stage = work.appendingPathComponent("stage")
    #expect(try Self.script("stage.sh", [Self.binaries.path, stage.path]).status == 0)
    let destdir = work.appendingPathComponent("paquete")
    let installed = try CommandRunner.run(
      URL(fileURLWithPath: "/bin/bash"), [stage.path + "/install.sh", "--prefix", "/usr"],
      environment: ["DESTDIR": destdir.path])
    #expect(installed.status == 0, "\(installed.stderr)")
    #expect(FileManager.default.fileExists(atPath: destdir.path + "/usr/bin/plan"))
    #expect(FileManager.default.fileExists(atPath: destdir.path + "/usr/share/plan/install-manifest.txt"))
    let removed = try Self.script(
      "install.sh", ["--uninstall", "--prefix", "/usr"], environment: ["DESTDIR": destdir.path])
    #expect(removed.status == 0)
    #expect(Self.files(below: destdir).isEmpty)
  }

  /// The tarball installs into a fresh folder and builds the example plan; its install.sh says
  /// which Debian packages are missing.
  @Test func theTarballInstallsAndBuildsTheExample() throws {
    let work = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: work) }
    let made = try Self.script("dist.sh", [Self.binaries.path, work.path])
    #expect(made.status == 0, "\(made.stderr)")
    let tarball = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(tarball.hasSuffix("-linux-\(try Self.machine()).tar.gz"), "\(tarball)")
    let unpacked = work.appendingPathComponent("nuevo")
    try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
    let tar = try CommandRunner.run(URL(fileURLWithPath: "/bin/tar"), ["xzf", tarball, "-C", unpacked.path])
    #expect(tar.status == 0, "\(tar.stderr)")
    let folder = try #require(try FileManager.default.contentsOfDirectory(atPath: unpacked.path).first)
    let root = unpacked.appendingPathComponent(folder)
    let packages = try String(
      contentsOf: root.appendingPathComponent("runtime-packages.txt"), encoding: .utf8)
    for package in ["libcairo2", "libpango-1.0-0", "libhyphen0", "hyphen-es"] {
      #expect(packages.split(separator: "\n").contains(Substring(package)), "\(package) not listed")
    }
    // A package that is not installed is named, with the command that installs it.
    try (packages + "paquete-que-no-existe\n").write(
      to: root.appendingPathComponent("runtime-packages.txt"), atomically: true, encoding: .utf8)
    let prefix = work.appendingPathComponent("usuario")
    let installed = try CommandRunner.run(
      URL(fileURLWithPath: "/bin/bash"), [root.path + "/install.sh", "--prefix", prefix.path])
    #expect(installed.status == 0, "\(installed.stderr)")
    #expect(installed.stderr.contains("sudo apt-get install paquete-que-no-existe"), "\(installed.stderr)")

    let plans = work.appendingPathComponent("planes")
    try FileManager.default.copyItem(
      at: CommandRunner.repository.appendingPathComponent("plans/villa-aurora"), to: plans)
    let build = try CommandRunner.run(
      prefix.appendingPathComponent("bin/plan"), ["build", "villa-aurora.plan", "-o", "ejemplo.pdf"],
      in: plans,
      cleanEnvironment: true)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(FileManager.default.fileExists(atPath: plans.appendingPathComponent("ejemplo.pdf").path))
  }

  /// Every page renders without a warning from groff (as `man` runs it, with preconv for UTF-8).
  @Test func theManPagesRenderCleanly() throws {
    let work = try CommandRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: work) }
    #expect(try CommandRunner.run(["manual", work.path]).status == 0)
    let pages = try FileManager.default.contentsOfDirectory(atPath: work.path).sorted()
    #expect(pages.contains("plan.1") && pages.contains("plan-check.1") && pages.count >= 7, "\(pages)")
    for page in pages {
      let rendered = try CommandRunner.run(
        URL(fileURLWithPath: "/usr/bin/groff"),
        ["-k", "-man", "-Tutf8", "-P", "-cbou", "-ww", work.path + "/" + page])
      #expect(rendered.status == 0 && rendered.stderr.isEmpty, "\(page): \(rendered.stderr)")
      #expect(rendered.stdout.contains("NOMBRE") && rendered.stdout.contains("ESTADO DE SALIDA"))
    }
    let main = try CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/groff"), ["-k", "-man", "-Tutf8", "-P", "-cbou", work.path + "/plan.1"]
    ).stdout
    // Accents survive, and PLAN_FONTS is documented.
    #expect(
      main.contains("DESCRIPCIÓN") && main.contains("PLAN_FONTS") && main.contains("internacionalización"))
  }

  static func machine() throws -> String {
    try CommandRunner.run(URL(fileURLWithPath: "/bin/uname"), ["-m"]).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
