import Foundation
import PlanBuild
import PlanCheck
import PlanDiagnostics
import PlanPDF
import PlanSyntax
import Testing

/// `plan build` as a library: what it writes, what it refuses, and in which language.
@Suite(.serialized) struct PlanBuilderTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static func plan(_ path: String) -> String { repository.appendingPathComponent(path).path }

  @Test func writesTheShowcaseAndSaysSo() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-builder-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("plan.pdf").path
    let builder = PlanBuilder()
    let result = builder.build(
      path: Self.plan("plans/villa-aurora/villa-aurora.plan"), options: PlanBuilder.Options(output: output))
    guard case .written(let path, let pages) = result.outcome else {
      Issue.record("not written: \(result.outcome)")
      return
    }
    #expect(path == output && pages > 40)
    #expect(result.exitCode == 0)
    #expect(FileManager.default.fileExists(atPath: output))
    let report = BuildReport(result: result, language: .en, color: false)
    #expect(report.summary == "Wrote \(output) (\(pages) pages).\n")
    // A second build with the same builder reuses its fonts and layouts, and gives the same bytes.
    let second = folder.appendingPathComponent("again.pdf").path
    let again = builder.build(
      path: Self.plan("plans/villa-aurora/villa-aurora.plan"), options: PlanBuilder.Options(output: second))
    #expect(again.exitCode == 0)
    #expect(FileManager.default.contents(atPath: output) == FileManager.default.contents(atPath: second))
  }

  @Test func refusesAPlanWithErrorsUnlessForced() throws {
    let builder = PlanBuilder()
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID()).pdf").path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let refused = builder.build(
      path: Self.plan("plans/incompleto/incompleto.plan"), options: PlanBuilder.Options(output: output))
    guard case .refused(let errors) = refused.outcome else {
      Issue.record("\(refused.outcome)")
      return
    }
    #expect(errors > 0 && refused.exitCode == 1)
    #expect(!FileManager.default.fileExists(atPath: output))
    #expect(refused.findings.allSatisfy { $0.severity != .advisory })
    let words = BuildReport(result: refused, language: .pt, color: false).messages
    #expect(words.contains("O PDF não foi gerado: o plano tem \(errors) erro(s)."))
    let forced = builder.build(
      path: Self.plan("plans/incompleto/incompleto.plan"),
      options: PlanBuilder.Options(output: output, force: true))
    #expect(forced.exitCode == 0)
    #expect(FileManager.default.fileExists(atPath: output))
  }

  @Test func aFileThatCannotBeWrittenIsSaidInTheMessagesLanguage() {
    let output = "/no-existe-\(UUID())/plan.pdf"
    let result = PlanBuilder().build(
      path: Self.plan("plans/incompleto/incompleto.plan"),
      options: PlanBuilder.Options(output: output, force: true))
    guard case .failedToWrite = result.outcome else {
      Issue.record("\(result.outcome)")
      return
    }
    #expect(result.exitCode == 2)
    let portuguese = BuildReport(result: result, language: .pt, color: false).messages
    #expect(portuguese.contains("error: não é possível gravar \(output)"))
    #expect(!portuguese.contains(" / cannot write"))
    #expect(
      BuildReport(result: result, language: .en, color: false).messages.contains(
        "error: cannot write \(output)"))
  }

  /// A build prints its first findings and counts the rest, so a long list never floods the
  /// terminal and nothing is hidden without saying so.
  @Test func aBuildPrintsTheFirstFindingsAndCountsTheRest() throws {
    let text = "plan {\n" + (1...70).map { "  palabra_desconocida_\($0) \"x\"\n" }.joined() + "}\n"
    let loaded = PlanLoader.load(text: text, path: "largo.plan")
    var result = BuildResult(outcome: .refused(errors: 70), plan: loaded)
    result.findings = Array(loaded.diagnostics.filter { $0.severity == .error }.prefix(70))
    #expect(result.findings.count == 70)
    let messages = BuildReport(result: result, language: .es, color: false).messages
    #expect(messages.components(separatedBy: "error[").count - 1 == BuildReport.findingLimit)
    #expect(
      messages.contains(
        "… y 20 hallazgos más (20 error(es), 0 advertencia(s)), que no se muestran: `plan check largo.plan` "
          + "los lista todos"))
  }

  @Test func anUnreadablePlanCannotBeBuilt() {
    let result = PlanBuilder().build(path: "/no/existe.plan", options: PlanBuilder.Options())
    #expect(result.exitCode == 2)
    #expect(
      BuildReport(result: result, language: .en, color: false).messages
        == "error: /no/existe.plan: the file does not exist\n")
  }

  /// The watermark is a word of the document: it follows the plan's language, never the language
  /// of the messages (there is no message language in the document's inputs at all), and points
  /// to the annex that lists the observations.
  @Test(arguments: [
    ("plans/incompleto/incompleto.plan", "CON OBSERVACIONES — VER ANEXO II"),
    ("plans/minimal-en/minimal.plan", "WITH OBSERVATIONS — SEE ANNEX II"),
  ])
  func theWatermarkSpeaksThePlansLanguage(plan: String, watermark: String) throws {
    let loaded = try PlanLoader.load(path: Self.plan(plan))
    let result = Checker.check(loaded)
    #expect(result.diagnostics.contains { $0.severity == .error })
    let document = PlanBuilder.document(
      for: result, loaded: loaded, options: PlanBuilder.Options(force: true), families: [])
    #expect(document.watermark == watermark)
  }

  @Test func theDocumentDateIsReproducible() throws {
    let loaded = try PlanLoader.load(path: Self.plan("plans/villa-aurora/villa-aurora.plan"))
    let result = Checker.check(loaded)
    #expect(DocumentDate.of(result, environment: ["SOURCE_DATE_EPOCH": "1780272000"]) == "2026-06-01")
    let fecha = try #require(result.plan.metadata.date?.value)
    #expect(DocumentDate.of(result, environment: [:]).hasPrefix(String(fecha.year)))
  }

  /// With no fonts, the message names every folder searched and both ways to fix it.
  @Test func withoutFontsTheMessageSaysWhereItLookedAndWhatToDo() {
    let message = BuildWords.fonts(.noFonts(searched: ["/usr/local/share/plan/fonts", "/tmp/fonts"]))
    #expect(message.es.contains("  /usr/local/share/plan/fonts\n  /tmp/fonts\n"))
    #expect(message.es.contains("make install") && message.es.contains("PLAN_FONTS="))
    #expect(message.en.contains("PLAN_FONTS=/path/to/plan/fonts"))
    #expect(message.pt.contains("PLAN_FONTS="))
  }
}
