import Foundation
import Testing

@testable import PlanDiagnostics

@Suite struct ReportContextTests {
  func context(base: String = "/repo", current: String = "/repo") -> ReportContext {
    ReportContext(toolVersion: "0.1.0", language: .es, baseDirectory: base, currentDirectory: current)
  }

  @Test func relativePaths() {
    let root = context()
    #expect(root.relativePath("plans/a.plan") == "plans/a.plan")
    #expect(root.relativePath("./plans/../plans//a.plan") == "plans/a.plan")
    #expect(root.relativePath("/repo/x/y.plan") == "x/y.plan")
    #expect(root.relativePath("../fuera.plan") == "/fuera.plan")
    // A sibling folder whose name starts with the base's name is outside.
    #expect(root.relativePath("/repository/a.plan") == "/repository/a.plan")
    #expect(root.isInsideBase("plans/a.plan"))
    #expect(!root.isInsideBase("/tmp/a.plan"))

    let inPlans = context(current: "/repo/plans/")
    #expect(inPlans.relativePath("a.plan") == "plans/a.plan")
    #expect(inPlans.relativePath("../docs/b.plan") == "docs/b.plan")

    let relativeBase = context(base: "..", current: "/repo/plans")
    #expect(relativeBase.baseDirectory == "/repo")
    #expect(context(base: "/").relativePath("/tmp/a.plan") == "tmp/a.plan")
  }

  @Test func repositoryRootIsTheFirstFolderWithGit() throws {
    let manager = FileManager.default
    let top = manager.temporaryDirectory.appendingPathComponent("plan-root-\(UUID().uuidString)").path
    defer { try? manager.removeItem(atPath: top) }
    try manager.createDirectory(atPath: top + "/repo/.git", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: top + "/repo/plans/sub", withIntermediateDirectories: true)
    // A worktree or submodule has a `.git` file instead of a folder.
    try manager.createDirectory(atPath: top + "/repo/vendor/mod/deep", withIntermediateDirectories: true)
    try Data("gitdir: ../../.git/modules/mod\n".utf8).write(
      to: URL(fileURLWithPath: top + "/repo/vendor/mod/.git"))

    let repo = PathText.normalize(top + "/repo")
    #expect(ReportContext.repositoryRoot(from: top + "/repo/plans/sub") == repo)
    #expect(ReportContext.repositoryRoot(from: top + "/repo/plans/sub/") == repo)
    #expect(ReportContext.repositoryRoot(from: top + "/repo") == repo)
    #expect(ReportContext.repositoryRoot(from: top + "/repo/vendor/mod/deep") == repo + "/vendor/mod")

    // Without a `.git` above, the folder itself (unless some folder above the temporary one has one).
    let lone = top + "/lone"
    try manager.createDirectory(atPath: lone, withIntermediateDirectories: true)
    let found = ReportContext.repositoryRoot(from: lone)
    #expect(found == lone || manager.fileExists(atPath: found + "/.git"))
  }

  @Test func defaults() {
    let context = ReportContext(toolVersion: "0.1.0", language: .en, files: ["a.plan", "b.plan"])
    #expect(context.fileCount == 2)
    #expect(context.currentDirectory == PathText.normalize(FileManager.default.currentDirectoryPath))
    #expect(context.baseDirectory == ReportContext.repositoryRoot(from: context.currentDirectory))
    #expect(context.rules.isEmpty)
    #expect(context.sources("a.plan") == nil)
  }
}
