import Foundation
import PlanDiagnostics
import PlanSyntax
import Testing

@testable import PlanCheck

/// Root causes first: while a plan has syntax, include or structure errors, the findings that may
/// only be their consequences are counted and held back, not listed.
@Suite struct RootCauseTests {
  static let minimo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("plans/minimo/minimo.plan")

  static func text() throws -> String { try String(contentsOf: minimo, encoding: .utf8) }

  @Test func oneMisspeltKeywordIsOneError() throws {
    let text = try Self.text().replacingOccurrences(of: "accion a01", with: "acion a01")
    let result = Checker.check(PlanLoader.load(text: text))
    #expect(result.diagnostics.map(\.code) == ["E101"])
    #expect(result.diagnostics.first?.help?.es == "¿quiso decir `accion`?")
    #expect(result.omissions.heldBack.total > 0)
  }

  @Test func fiveMisspeltKeywordsAreFiveErrors() throws {
    let text = try Self.text()
      .replacingOccurrences(of: "vision \"", with: "vison \"")
      .replacingOccurrences(of: "  ciudad ", with: "  cuidad ")
      .replacingOccurrences(of: "  idioma ", with: "  idoma ")
      .replacingOccurrences(of: "  plazo ", with: "  plaso ")
      .replacingOccurrences(of: "  responsable ", with: "  resposable ")
    let result = Checker.check(PlanLoader.load(text: text))
    #expect(result.diagnostics.map(\.code) == ["E101", "E101", "E101", "E101", "E101"])
  }

  @Test func aSyntaxErrorHoldsBackTheRuleFindings() throws {
    let text = try Self.text().replacingOccurrences(of: "\"Villa Aurora\"", with: "\"Villa Aurora")
    let result = Checker.check(PlanLoader.load(text: text))
    #expect(result.diagnostics.allSatisfy { $0.stage <= 2 }, "\(result.diagnostics.map(\.code))")
    #expect(result.diagnostics.first?.code == "S003")
    #expect(!result.omissions.heldBack.isEmpty)
  }

  @Test func aUTF16FileIsExactlyOneS020() throws {
    let bytes = Array(try Self.text().data(using: .utf16)!)
    let file = Parser.parse(path: "u.plan", bytes: bytes)
    let language = LanguageDetection.detect(file)
    let loaded = LoadedPlan(files: [file], nodes: [], diagnostics: file.diagnostics, language: language)
    let result = Checker.check(loaded)
    #expect(result.diagnostics.map(\.code) == ["S020"])
    #expect(result.omissions.isEmpty)
  }

  @Test func aPlanWithoutRootErrorsHoldsNothingBack() throws {
    let result = Checker.check(PlanLoader.load(text: try Self.text()))
    #expect(result.omissions.heldBack.isEmpty)
    #expect(!result.diagnostics.isEmpty)
  }
}
