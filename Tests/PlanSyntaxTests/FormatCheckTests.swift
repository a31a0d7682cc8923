import Testing

@testable import PlanSyntax

/// `plan fmt --check` says in one line that a file's line endings change, instead of printing the
/// whole file as changed.
@Suite struct FormatCheckTests {
  static let canonical = "plan \"X\" {\n  estado borrador\n}\n"

  @Test func onlyLineEndingsChangeIsOneLine() {
    let old = Array(Self.canonical.replacing("\n", with: "\r\n").utf8)
    let report = FormatCheck.report(old: old, new: Array(Self.canonical.utf8), path: "a.plan", language: .es)
    #expect(report == "a.plan: los finales de línea cambian de CRLF a LF (3 líneas); nada más cambia\n")
    let english = FormatCheck.report(old: old, new: Array(Self.canonical.utf8), path: "a.plan", language: .en)
    #expect(english == "a.plan: line endings change from CRLF to LF (3 lines); nothing else changes\n")
  }

  @Test func lineEndingsAndAnotherChangeGiveTheLineAndASmallDiff() {
    let old = Array("plan \"X\" {\r\n    estado   borrador\r\n}\r\n".utf8)
    let report = FormatCheck.report(old: old, new: Array(Self.canonical.utf8), path: "a.plan", language: .es)
    let lines = report.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "a.plan: los finales de línea cambian de CRLF a LF (3 líneas)")
    #expect(lines.filter { $0.hasPrefix("-") && !$0.hasPrefix("---") } == ["-    estado   borrador"])
    #expect(lines.filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") } == ["+  estado borrador"])
  }

  @Test func oldMacLineEndingsAreNamed() {
    let old = Array(Self.canonical.replacing("\n", with: "\r").utf8)
    let report = FormatCheck.report(old: old, new: Array(Self.canonical.utf8), path: "a.plan", language: .pt)
    #expect(report == "a.plan: os finais de linha mudam de CR para LF (3 linhas); nada mais muda\n")
  }

  @Test func aDiffLineIsShortenedAndEscaped() {
    let long = String(repeating: "a", count: 5000) + "\u{1B}[2J"
    let diff = UnifiedDiff.make(old: long + "\n", new: "b\n", oldName: "x\u{1B}", newName: "y")
    #expect(!diff.unicodeScalars.contains("\u{1B}"))
    #expect(diff.split(separator: "\n").allSatisfy { $0.count <= UnifiedDiff.lineLimit + 10 })
  }
}
