import Foundation
import Testing

/// The CI recipes of docs/ci.md run, step by step, in a repository that holds only a city's plan:
/// with a finding, without one, and with plan unable to check. The GitHub workflow and the GitLab
/// job are the files in docs/ci/, which docs/ci.md shows word for word.
///
/// What only GitHub or GitLab can do is stood in for: the repository checkout is the test's own
/// repository, the download reads the tarball of `make dist` from disk (checking its SHA-256 as the
/// recipe does), `apt-get` only checks that the packages are installed, and the uploads are checked
/// as files (a valid SARIF log, a code-quality report).
@Suite(.serialized) struct CIWorkflowTests {
  static let folder = CommandRunner.repository.appendingPathComponent("docs/ci")

  enum Scenario: String, CaseIterable {
    /// The example plan: no errors.
    case clean
    /// A first draft with errors.
    case finding
    /// A repository with no plan: plan cannot check anything (exit code 2).
    case cannotRun
  }

  /// The tarball of `make dist` made from the binaries under test, once.
  static let tarball: Result<(path: String, sha256: String), CIFailure> = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-ci-dist-\(UUID())")
    guard
      let made = try? CommandRunner.run(
        URL(fileURLWithPath: "/bin/bash"),
        [
          CommandRunner.repository.path + "/scripts/dist.sh",
          CommandRunner.executable.deletingLastPathComponent().path,
          folder.path,
        ]), made.status == 0
    else { return .failure(CIFailure(description: "scripts/dist.sh failed")) }
    let path = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let sum = try? CommandRunner.run(URL(fileURLWithPath: "/usr/bin/sha256sum"), [path]) else {
      return .failure(CIFailure(description: "sha256sum failed"))
    }
    return .success((path, String(sum.stdout.prefix(64))))
  }()

  struct CIFailure: Error, CustomStringConvertible { var description: String }

  // MARK: The files

  @Test func theRecipesParseAsYAMLAndTheDocsShowThemWordForWord() throws {
    let docs = try String(
      contentsOf: CommandRunner.repository.appendingPathComponent("docs/ci.md"), encoding: .utf8)
    for name in ["github-plan.yml", "gitlab-ci.yml"] {
      let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
      _ = try Self.parseYAML(text)
      #expect(
        docs.contains("```yaml\n" + text + "```\n"), "docs/ci.md does not show docs/ci/\(name) as it is")
    }
    let workflow = try #require(try Self.parseYAML(Self.text("github-plan.yml")) as? [String: Any])
    // Both triggers, and no path filter that would leave a required check waiting for ever.
    let triggers = try #require(workflow["on"] as? [String: Any] ?? workflow["true"] as? [String: Any])
    #expect(triggers.keys.sorted() == ["pull_request", "push"])
    #expect(try !Self.text("github-plan.yml").contains("paths"))
    #expect(((triggers["push"] as? [String: Any])?["branches"] as? [String]) == ["main"])
  }

  // MARK: GitHub

  @Test(arguments: Scenario.allCases)
  func theGitHubWorkflowRunsInAPlanOnlyRepository(scenario: Scenario) throws {
    let (path, sha256) = try Self.tarball.get()
    let workflow = try #require(try Self.parseYAML(Self.text("github-plan.yml")) as? [String: Any])
    let jobs = try #require(workflow["jobs"] as? [String: Any])
    let machine = try Machine(scenario: scenario)
    defer { machine.remove() }

    let review = try machine.runGitHubJob(
      try #require(jobs["revisar"] as? [String: Any]),
      variables: ["PLAN_URL": "file://" + path, "PLAN_SHA256": sha256])
    let sarif = machine.workspace.appendingPathComponent("plan.sarif")
    switch scenario {
    case .clean:
      #expect(review.succeeded, "\(review.log)")
      #expect(review.outcomes["sarif"] == true)
      #expect(review.ran.contains("Subir el SARIF a code scanning"))
      try Self.expectSARIF(at: sarif, results: { $0 == 0 })
    case .finding:
      #expect(!review.succeeded)
      #expect(review.outcomes["sarif"] == true, "exit code 1 must not stop the upload")
      #expect(review.ran.contains("Subir el SARIF a code scanning"))
      try Self.expectSARIF(at: sarif, results: { $0 > 0 })
      // The annotations step fails the job, with annotations on the lines.
      #expect(review.failedStep == "Revisar (anotaciones en las líneas cambiadas)", "\(review.log)")
      #expect(review.log.contains("::error file=incompleto.plan,line="), "\(review.log)")
    case .cannotRun:
      #expect(!review.succeeded)
      #expect(review.failedStep == "Revisar (SARIF para code scanning)")
      #expect(!review.ran.contains("Subir el SARIF a code scanning"))
      let log = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: sarif)) as? [String: Any])
      let run = try #require((log["runs"] as? [[String: Any]])?.first)
      #expect(run["results"] == nil)
      #expect((run["invocations"] as? [[String: Any]])?.first?["executionSuccessful"] as? Bool == false)
    }

    let format = try machine.runGitHubJob(
      try #require(jobs["formato"] as? [String: Any]),
      variables: ["PLAN_URL": "file://" + path, "PLAN_SHA256": sha256])
    #expect(format.succeeded, "\(format.log)")
  }

  /// Without the two variables the download step says what is missing, and nothing else runs.
  @Test func theGitHubWorkflowSaysWhenThePinIsMissing() throws {
    let workflow = try #require(try Self.parseYAML(Self.text("github-plan.yml")) as? [String: Any])
    let job = try #require((workflow["jobs"] as? [String: Any])?["revisar"] as? [String: Any])
    let machine = try Machine(scenario: .clean)
    defer { machine.remove() }
    let review = try machine.runGitHubJob(job, variables: [:])
    #expect(review.failedStep == "Descargar plan")
    #expect(review.log.contains("::error::Faltan las variables PLAN_URL y PLAN_SHA256"))
  }

  // MARK: GitLab

  @Test(arguments: Scenario.allCases)
  func theGitLabJobRunsInAPlanOnlyRepository(scenario: Scenario) throws {
    let (path, sha256) = try Self.tarball.get()
    let pipeline = try #require(try Self.parseYAML(Self.text("gitlab-ci.yml")) as? [String: Any])
    let machine = try Machine(scenario: scenario)
    defer { machine.remove() }
    let variables = ["PLAN_URL": "file://" + path, "PLAN_SHA256": sha256]
    let review = try machine.runGitLabJob("plan", in: pipeline, variables: variables)
    let report = machine.workspace.appendingPathComponent("gl-code-quality-report.json")
    switch scenario {
    case .clean:
      #expect(review.succeeded, "\(review.log)")
      #expect(try Self.codeQuality(report).allSatisfy { $0["severity"] as? String != "major" })
    case .finding:
      #expect(!review.succeeded)
      let issues = try Self.codeQuality(report)
      #expect(issues.contains { $0["severity"] as? String == "major" })
      #expect(review.log.contains("incompleto.plan:"), "\(review.log)")
    case .cannotRun:
      #expect(!review.succeeded)
      // Never a report that says "no problems" for a check that did not run.
      #expect((try? Data(contentsOf: report))?.isEmpty ?? true)
    }
    #expect(try machine.runGitLabJob("formato", in: pipeline, variables: variables).succeeded)
  }

  // MARK: Support

  static func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// YAML read by PyYAML (through JSON), the reader CI services are compatible with.
  static func parseYAML(_ text: String) throws -> Any {
    let parsed = try CommandRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", "-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))"], input: text)
    guard parsed.status == 0 else { throw CIFailure(description: "not YAML: \(parsed.stderr)") }
    return try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8))
  }

  static func expectSARIF(at url: URL, results: (Int) -> Bool) throws {
    let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let found = try #require(run["results"] as? [[String: Any]])
    #expect(results(found.filter { $0["level"] as? String == "error" }.count))
  }

  static func codeQuality(_ url: URL) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
  }
}

/// A CI machine in a folder: a home, a temporary folder, a workspace with the city's repository,
/// and an `apt-get` that only checks what is installed.
struct Machine {
  let root: URL
  var home: URL { root.appendingPathComponent("home") }
  var temporary: URL { root.appendingPathComponent("runner-temp") }
  var workspace: URL { root.appendingPathComponent("workspace") }
  var tools: URL { root.appendingPathComponent("tools") }

  init(scenario: CIWorkflowTests.Scenario) throws {
    root = try CommandRunner.temporaryFolder()
    for folder in [home, temporary, workspace, tools] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    let plans = CommandRunner.repository.appendingPathComponent("plans")
    switch scenario {
    case .clean:
      for name in try FileManager.default.contentsOfDirectory(atPath: plans.path + "/villa-aurora")
      where name.hasSuffix(".plan") || name.hasSuffix(".png") {
        try FileManager.default.copyItem(
          at: plans.appendingPathComponent("villa-aurora/" + name), to: workspace.appendingPathComponent(name)
        )
      }
    case .finding:
      try FileManager.default.copyItem(
        at: plans.appendingPathComponent("incompleto/incompleto.plan"),
        to: workspace.appendingPathComponent("incompleto.plan"))
    case .cannotRun:
      try "Plan de internacionalización: todavía sin escribir.\n".write(
        to: workspace.appendingPathComponent("LEAME.txt"), atomically: true, encoding: .utf8)
    }
    let aptGet = """
      #!/bin/bash
      # apt-get for the tests: installs nothing, fails when a package asked for is not installed.
      [ "$1" = update ] && exit 0
      for word in "$@"; do
        case "$word" in -*|install) continue ;; esac
        dpkg-query -W -f='${Status}' "$word" 2>/dev/null | grep -q "install ok installed" \\
          || { echo "apt-get (prueba): falta $word" >&2; exit 100; }
      done
      """
    let stub = tools.appendingPathComponent("apt-get")
    try aptGet.write(to: stub, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stub.path)
    for command in [
      ["init", "-q", "-b", "main"], ["add", "."],
      [
        "-c", "user.email=a@b", "-c", "user.name=Oficina",
        "commit", "-qm", "Plan",
      ],
    ] {
      _ = try CommandRunner.run(
        URL(fileURLWithPath: "/usr/bin/git"), command, in: workspace, cleanEnvironment: true)
    }
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  var basePath: String { tools.path + ":/usr/bin:/bin" }

  struct JobRun {
    var succeeded = true
    var failedStep: String?
    var ran: [String] = []
    var outcomes: [String: Bool] = [:]
    var log = ""
  }

  /// Runs a job's steps in order with GitHub's rules: a step runs when every earlier one
  /// succeeded, unless its `if` says otherwise; `$GITHUB_PATH` lines join the PATH of later steps.
  func runGitHubJob(_ job: [String: Any], variables: [String: String]) throws -> JobRun {
    var run = JobRun()
    let githubPath = temporary.appendingPathComponent("github-path")
    _ = FileManager.default.createFile(atPath: githubPath.path, contents: Data())
    for step in job["steps"] as? [[String: Any]] ?? [] {
      let name = step["name"] as? String ?? "?"
      let condition = step["if"] as? String
      let runs = try condition.map { try Self.evaluate($0, outcomes: run.outcomes) } ?? run.succeeded
      guard runs else { continue }
      run.ran.append(name)
      var success = true
      if let uses = step["uses"] as? String {
        // actions/checkout: the workspace is the repository already. upload-sarif: checked as a file.
        #expect(uses.hasPrefix("actions/checkout@") || uses.hasPrefix("github/codeql-action/upload-sarif@"))
      } else if let script = step["run"] as? String {
        var environment = [
          "HOME": home.path, "RUNNER_TEMP": temporary.path, "GITHUB_WORKSPACE": workspace.path,
          "GITHUB_PATH": githubPath.path, "CI": "true",
        ]
        for (key, value) in step["env"] as? [String: String] ?? [:] {
          environment[key] = Self.substitute(value, variables: variables)
        }
        let added = (try String(contentsOf: githubPath, encoding: .utf8)).split(separator: "\n").reversed()
        environment["PATH"] = (added.map(String.init) + [basePath]).joined(separator: ":")
        // GitHub's `shell: bash`.
        let result = try CommandRunner.run(
          URL(fileURLWithPath: "/bin/bash"), ["--noprofile", "--norc", "-eo", "pipefail", "-c", script],
          in: workspace, environment: environment, cleanEnvironment: true)
        run.log += "## \(name)\n\(result.stdout)\(result.stderr)"
        success = result.status == 0
      }
      if let id = step["id"] as? String { run.outcomes[id] = success }
      if !success {
        run.succeeded = false
        if run.failedStep == nil { run.failedStep = name }
      }
    }
    return run
  }

  /// `${{ vars.NAME }}` as the repository's variables give it.
  static func substitute(_ value: String, variables: [String: String]) -> String {
    var value = value
    for (key, replacement) in variables {
      value = value.replacingOccurrences(of: "${{ vars.\(key) }}", with: replacement)
    }
    return value.replacingOccurrences(
      of: #"\$\{\{ vars\.[A-Z0-9_]+ \}\}"#, with: "", options: .regularExpression)
  }

  /// The few expressions the workflow uses, and nothing else (a new one must be taught here).
  static func evaluate(_ condition: String, outcomes: [String: Bool]) throws -> Bool {
    var text = condition.trimmingCharacters(in: .whitespaces)
    if text.hasPrefix("${{") {
      text = String(text.dropFirst(3).dropLast(2)).trimmingCharacters(in: .whitespaces)
    }
    return try text.components(separatedBy: "&&").allSatisfy { term in
      let term = term.trimmingCharacters(in: .whitespaces)
      if term == "always()" { return true }
      // A push, or a pull request from the repository itself.
      if term == "!github.event.pull_request.head.repo.fork" { return true }
      if let match = term.wholeMatch(of: #/steps\.([a-z_]+)\.outcome == 'success'/#) {
        return outcomes[String(match.1)] == true
      }
      throw CIWorkflowTests.CIFailure(description: "the test does not know the condition «\(term)»")
    }
  }

  /// Runs a GitLab job (with what it `extends`) as the runner does: `before_script` then `script`,
  /// one shell, stopping at the first command that fails.
  func runGitLabJob(_ name: String, in pipeline: [String: Any], variables: [String: String]) throws -> JobRun
  {
    var job = pipeline[name] as? [String: Any] ?? [:]
    if let base = job["extends"] as? String, let inherited = pipeline[base] as? [String: Any] {
      job = inherited.merging(job) { _, own in own }
    }
    let lines = (job["before_script"] as? [String] ?? []) + (job["script"] as? [String] ?? [])
    var environment = variables
    environment["HOME"] = home.path
    environment["PATH"] = basePath
    environment["CI"] = "true"
    let result = try CommandRunner.run(
      URL(fileURLWithPath: "/bin/bash"),
      ["--noprofile", "--norc", "-eo", "pipefail", "-c", lines.joined(separator: "\n")],
      in: workspace, environment: environment, cleanEnvironment: true)
    return JobRun(
      succeeded: result.status == 0, failedStep: nil, ran: lines, outcomes: [:],
      log: result.stdout + result.stderr)
  }
}
