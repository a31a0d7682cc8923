import PlanDiagnostics
import PlanSyntax
import Testing

/// A "did you mean" is the same in every run. `acreso` is as close to a spelling of `accion` as to
/// one of `anexo`: the tie used to go whichever way the process's hash seed ordered a dictionary, so
/// the same file got one suggestion or the other from one run to the next (found comparing the
/// fuzz corpus's reports before and after a change).
@Suite struct SuggestionOrderTests {
  @Test func aTieBetweenTwoKeywordsIsSettledTheSameWayEveryRun() throws {
    let loaded = PlanLoader.load(text: "plan \"x\" {\n}\nacreso \"y\"\n", path: "t.plan")
    let unknown = try #require(loaded.diagnostics.first { $0.code == "E101" })
    #expect(unknown.help?.text(.es) == "¿quiso decir `accion`?")
  }
}
