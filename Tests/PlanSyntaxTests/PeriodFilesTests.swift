import Foundation
import Testing

@testable import PlanSyntax

/// Period files beside a plan: read with it without an `incluir`, once, and never taken for plans.
@Suite struct PeriodFilesTests {
  static let main = "plan \"X\" {\n  horizonte 2026 a 2031\n}\nincluir \"partes/a.plan\"\n"
  static let period2027 = "periodo 2027 {\n  medicion i1 3\n}\n"
  static let period2028 = "periodo 2028 {\n  medicion i1 4\n}\n"

  @Test func periodFilesBesideThePlanAndInItsMonitoringFolderAreRead() {
    let files = MemoryFileSystem(files: [
      "/p/main.plan": Array(Self.main.utf8),
      "/p/partes/a.plan": Array("lema \"y\"\n".utf8),
      "/p/seguimiento-2027.plan": Array(Self.period2027.utf8),
      "/p/seguimiento/2028.plan": Array(Self.period2028.utf8),
      // Not period files: a fragment nobody includes, and a period file too deep.
      "/p/suelto.plan": Array("vision \"z\"\n".utf8),
      "/p/seguimiento/viejo/2026.plan": Array("periodo 2026 {\n}\n".utf8),
    ])
    guard case .success(let plan) = PlanLoader.open(path: "/p/main.plan", fileSystem: files) else {
      Issue.record("the plan in memory was not read")
      return
    }
    #expect(
      plan.files.map(\.source.path) == [
        "/p/main.plan", "/p/partes/a.plan", "/p/seguimiento-2027.plan", "/p/seguimiento/2028.plan",
      ])
    #expect(plan.nodes.filter { $0.key == "periodo" }.count == 2)
    #expect(plan.diagnostics.isEmpty, "\(plan.diagnostics.map(\.code))")
  }

  @Test func aPeriodFileThePlanIncludesIsReadOnce() {
    let files = MemoryFileSystem(files: [
      "/p/main.plan": Array((Self.main + "incluir \"seguimiento/2028.plan\"\n").utf8),
      "/p/partes/a.plan": Array("lema \"y\"\n".utf8),
      "/p/seguimiento/2028.plan": Array(Self.period2028.utf8),
    ])
    guard case .success(let plan) = PlanLoader.open(path: "/p/main.plan", fileSystem: files) else {
      Issue.record("the plan in memory was not read")
      return
    }
    #expect(plan.files.map(\.source.path).filter { $0.hasSuffix("2028.plan") }.count == 1)
    #expect(plan.nodes.filter { $0.key == "periodo" }.count == 1)
    #expect(!plan.diagnostics.contains { $0.code == "F005" })
  }

  @Test func onlyAMainPlanReadsThePeriodFilesBesideIt() {
    let files = MemoryFileSystem(files: [
      "/p/fragmento.plan": Array("lema \"y\"\n".utf8),
      "/p/seguimiento-2027.plan": Array(Self.period2027.utf8),
    ])
    guard case .success(let plan) = PlanLoader.open(path: "/p/fragmento.plan", fileSystem: files) else {
      Issue.record("the file in memory was not read")
      return
    }
    #expect(plan.files.count == 1)
  }

  @Test func aPeriodFileHoldsPeriodsAndNothingElse() {
    #expect(PeriodFiles.isPeriodOnly(Parser.parse(path: "a.plan", text: Self.period2027)))
    #expect(PeriodFiles.isPeriodOnly(Parser.parse(path: "a.plan", text: "# 2027\nperiod 2027 {\n}\n")))
    #expect(!PeriodFiles.isPeriodOnly(Parser.parse(path: "a.plan", text: Self.period2027 + "lema \"x\"\n")))
    #expect(!PeriodFiles.isPeriodOnly(Parser.parse(path: "a.plan", text: "# nada\n")))
  }

  /// Only a file whose first word reads like `periodo` is parsed to see whether it is a period
  /// file: a big plan beside the main one costs nothing.
  @Test func onlyAFileThatStartsWithAPeriodIsParsed() {
    for text in [
      Self.period2027, "\u{FEFF}# Seguimiento\n\n  PERÍODO 2027 {\n}\n", "period 2027 {\n}\n",
      "Periodo 2027 {\n}\n",
    ] {
      #expect(PeriodFiles.mayBePeriodOnly(Array(text.utf8)), "\(text)")
    }
    for text in [Self.main, "# solo un comentario\n", "", "vision \"z\"\n", "pe"] {
      #expect(!PeriodFiles.mayBePeriodOnly(Array(text.utf8)), "\(text)")
    }
  }

  @Test func discoveryDoesNotTakeAPeriodFileForAPlan() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("period-files-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let monitoring = folder.appendingPathComponent("seguimiento")
    try FileManager.default.createDirectory(at: monitoring, withIntermediateDirectories: true)
    try Data("plan \"X\" {\n}\n".utf8).write(to: folder.appendingPathComponent("main.plan"))
    try Data(Self.period2027.utf8).write(to: folder.appendingPathComponent("seguimiento-2027.plan"))
    try Data(Self.period2028.utf8).write(to: monitoring.appendingPathComponent("2028.plan"))
    let mains = PlanDiscovery.mainPlans(in: folder.path).map {
      $0.split(separator: "/").last.map(String.init)
    }
    #expect(mains == ["main.plan"])
    // A folder of period files alone still has something to check.
    #expect(PlanDiscovery.mainPlans(in: monitoring.path).count == 1)
  }
}
