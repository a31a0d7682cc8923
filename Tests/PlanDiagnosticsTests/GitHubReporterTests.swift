import Testing

@testable import PlanDiagnostics

@Suite struct GitHubReporterTests {
  @Test func goldenOutput() {
    let fixture = ReportFixtures.make()
    let output = GitHubReporter(context: fixture.context).render(fixture.diagnostics)
    expectSameText(output, Self.golden + "\n")
  }

  @Test func oneCommandPerDiagnosticThenAPlainSummary() {
    let fixture = ReportFixtures.make(language: .en)
    let output = GitHubReporter(context: fixture.context).render(fixture.diagnostics)
    #expect(!output.contains("\r"))
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "")
    #expect(lines.count == fixture.diagnostics.count + 2)
    let commands = lines.dropLast(2)
    #expect(
      commands.allSatisfy {
        $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ")
      })
    #expect(commands.filter { $0.hasPrefix("::notice ") }.count == 1)
    let summary = lines[lines.count - 2]
    #expect(!summary.hasPrefix("::"))
    #expect(summary == "2 files checked: 2 errors, 2 warnings, 1 advisory")
  }

  @Test func messageEscaping() {
    #expect(GitHubReporter.escapeData("100% listo") == "100%25 listo")
    #expect(GitHubReporter.escapeData("a\r\nb\nc\rd") == "a%0D%0Ab%0Ac%0Dd")
    #expect(GitHubReporter.escapeData("%0A literal") == "%250A literal")
    // `:` and `,` are fine in the message, and so is a `::` that cannot start a line.
    #expect(GitHubReporter.escapeData("a: b, c ::error x") == "a: b, c ::error x")
    #expect(GitHubReporter.escapeData("ñandú «x» \"y\"") == "ñandú «x» \"y\"")
  }

  @Test func propertyEscaping() {
    #expect(GitHubReporter.escapeProperty("plans/a,b:c.plan") == "plans/a%2Cb%3Ac.plan")
    #expect(GitHubReporter.escapeProperty("50%\n") == "50%25%0A")
    #expect(GitHubReporter.escapeProperty("plan E106") == "plan E106")
  }

  /// A carriage return in a message is shown, not obeyed (it would overwrite the line on a terminal).
  @Test func fileWithCommaAndColonAndMessageWithLineBreaks() {
    let source = SourceText(path: "plans/año, v2: final.plan", text: "meta 100%\n")
    let diagnostic = Diagnostic(
      code: "E106", severity: .error,
      message: Localized(es: "línea 1\r\nlínea 2: 100%", en: "x", pt: "línea 1\r\nlínea 2: 100%"),
      range: source.range(5..<9),
      help: Localized(es: "use «100»", en: "use 100", pt: "use «100»"))
    let context = ReportContext(
      toolVersion: "0.1.0", language: .es, baseDirectory: "/r", currentDirectory: "/r")
    let command = GitHubReporter(context: context).command(diagnostic)
    #expect(
      command
        == "::error file=plans/año%2C v2%3A final.plan,line=1,col=6,endLine=1,endColumn=10,title=plan E106"
        + "::línea 1<U+000D>%0Alínea 2: 100%25%0Aayuda: use «100»")
  }

  static let golden = #"""
    ::error file=plans/otro.plan,line=1,col=9,endLine=1,endColumn=24,title=plan F002::no se encuentra «faltante.plan»
    ::error file=plans/demo.plan,line=2,col=8,endLine=2,endColumn=15,title=plan E106::valor inválido «borador» para `estado`%0Aayuda: ¿quiso decir `borrador`?
    ::warning file=plans/demo.plan,line=1,col=14,endLine=1,endColumn=21,title=plan E120::el nombre "Ñandú, Capital: 100%25" tiene comas, dos puntos y 100%25%0Ay sigue en otra línea%0Anota: declarado aquí (plans/demo.plan:3:1)%0Anota: las comas separan {campos}
    ::warning file=plans/demo.plan,line=3,col=1,endLine=3,endColumn=9,title=plan X999::código sin descripción
    ::notice file=plans/demo.plan,line=4,col=3,endLine=4,endColumn=12,title=plan G07::la meta no tiene indicador {medible}%0Aayuda: agregue `indicador`
    2 archivos revisados: 2 errores, 2 advertencias, 1 sugerencia
    """#
}
