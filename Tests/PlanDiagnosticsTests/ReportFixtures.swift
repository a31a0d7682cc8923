import Testing

@testable import PlanDiagnostics

/// A small plan and a hand-made set of diagnostics that exercise every part of the reports: a note
/// with and without a location, fix-its (a replacement and a deletion), accents before the range,
/// quotes, line breaks, `%`, `,`, `:` and braces in messages, an advisory, a code with no
/// descriptor, and a second file.
enum ReportFixtures {
  static let mainText = """
    plan "Ñandú, Capital: 100%"
    estado borador
    objetivo "Atraer inversión"
      meta 2030

    """

  /// Builds the fixture with paths written relative to `directory` inside the repository `/repo`.
  struct Sample {
    var main: SourceText
    var other: SourceText
    var diagnostics: [Diagnostic]
    var context: ReportContext
  }

  static func make(
    prefix: String = "plans/", currentDirectory: String = "/repo", language: Language = .es
  ) -> Sample {
    let main = SourceText(path: prefix + "demo.plan", text: mainText)
    let other = SourceText(path: prefix + "otro.plan", text: "incluir \"faltante.plan\"\n")
    let diagnostics = [
      Diagnostic(
        code: "E106", severity: .error,
        message: Localized(
          es: "valor inválido «borador» para `estado`", en: "invalid value «borador» for `estado`",
          pt: "valor inválido «borador» para `estado`"),
        range: range(main, "borador"),
        help: Localized(
          es: "¿quiso decir `borrador`?", en: "did you mean `borrador`?", pt: "¿quiso decir `borrador`?"),
        fixIts: [FixIt(range: range(main, "borador"), replacement: "borrador")]),
      Diagnostic(
        code: "E120", severity: .warning,
        message: Localized(
          es: "el nombre \"Ñandú, Capital: 100%\" tiene comas, dos puntos y 100%\ny sigue en otra línea",
          en: "the name \"Ñandú, Capital: 100%\" has commas, colons and 100%\nand goes on",
          pt: "el nombre \"Ñandú, Capital: 100%\" tiene comas, dos puntos y 100%\ny sigue en otra línea"),
        range: range(main, "Capital"),
        notes: [
          Note(
            Localized(es: "declarado aquí", en: "declared here", pt: "declarado aquí"),
            at: range(main, "objetivo")),
          Note(
            Localized(
              es: "las comas separan {campos}", en: "commas separate {fields}",
              pt: "las comas separan {campos}")),
        ]),
      Diagnostic(
        code: "G07", severity: .advisory,
        message: Localized(
          es: "la meta no tiene indicador {medible}", en: "the goal has no {measurable} indicator",
          pt: "la meta no tiene indicador {medible}"),
        range: range(main, "meta 2030"),
        help: Localized(es: "agregue `indicador`", en: "add `indicador`", pt: "agregue `indicador`")),
      Diagnostic(
        code: "X999", severity: .warning,
        message: Localized(
          es: "código sin descripción", en: "code without a descriptor", pt: "código sin descripción"),
        range: range(main, "objetivo")),
      Diagnostic(
        code: "F002", severity: .error,
        message: Localized(
          es: "no se encuentra «faltante.plan»", en: "«faltante.plan» not found",
          pt: "no se encuentra «faltante.plan»"),
        range: range(other, "\"faltante.plan\""),
        fixIts: [FixIt(range: range(other, "incluir \"faltante.plan\"\n"), replacement: "")]),
    ]
    let sources = [main.path: main, other.path: other]
    let context = ReportContext(
      toolVersion: "0.1.0", language: language, sources: { sources[$0] }, rules: rules,
      files: [prefix + "demo.plan"], fileCount: 2, baseDirectory: "/repo", currentDirectory: currentDirectory)
    return Sample(main: main, other: other, diagnostics: diagnostics, context: context)
  }

  static let rules = [
    RuleDescriptor(
      id: "G07", name: "MetasMedibles",
      title: Localized(
        es: "Cada meta tiene un indicador", en: "Every goal has an indicator",
        pt: "Cada meta tiene un indicador"),
      rationale: Localized(
        es: "Sin indicador no se puede verificar.", en: "Without an indicator it cannot be checked.",
        pt: "Sin indicador no se puede verificar."),
      help: Localized(
        es: "Agregue `indicador` a la meta.", en: "Add `indicador` to the goal.",
        pt: "Agregue `indicador` a la meta."),
      defaultSeverity: .advisory, helpPath: "docs/rules.md#g07"),
    RuleDescriptor(
      id: "E106", name: "ValorInvalido",
      title: Localized(
        es: "Valor fuera de la lista", en: "Value not in the list", pt: "Valor fuera de la lista"),
      rationale: Localized(
        es: "El campo admite valores fijos.", en: "The field takes fixed values.",
        pt: "El campo admite valores fijos."),
      help: Localized(
        es: "Use uno de los valores listados.", en: "Use one of the listed values.",
        pt: "Use uno de los valores listados."),
      defaultSeverity: .error),
    RuleDescriptor(
      id: "E120", name: "NombreLargo",
      title: Localized(es: "Nombre difícil de leer", en: "Hard-to-read name", pt: "Nombre difícil de leer"),
      rationale: Localized(
        es: "Los nombres cortos se citan mejor.", en: "Short names are easier to quote.",
        pt: "Los nombres cortos se citan mejor."),
      help: Localized(es: "Acorte el nombre.", en: "Shorten the name.", pt: "Acorte el nombre."),
      defaultSeverity: .warning),
    RuleDescriptor(
      id: "F002", name: "ArchivoFaltante",
      title: Localized(
        es: "Archivo incluido inexistente", en: "Included file missing", pt: "Archivo incluido inexistente"),
      rationale: Localized(
        es: "Un `incluir` debe encontrar su archivo.", en: "An `incluir` must find its file.",
        pt: "Un `incluir` debe encontrar su archivo."),
      help: Localized(es: "Corrija la ruta.", en: "Fix the path.", pt: "Corrija la ruta."),
      defaultSeverity: .error),
    RuleDescriptor(
      id: "S003", name: "TextoSinCerrar",
      title: Localized(es: "Texto sin cerrar", en: "Unterminated text", pt: "Texto sin cerrar"),
      rationale: Localized(
        es: "Falta la comilla final.", en: "The closing quote is missing.", pt: "Falta la comilla final."),
      help: Localized(es: "Cierre la comilla.", en: "Close the quote.", pt: "Cierre la comilla."),
      defaultSeverity: .error),
  ]

  /// The range of the first occurrence of `needle` in `source`.
  static func range(_ source: SourceText, _ needle: String) -> SourceRange {
    let pattern = Array(needle.utf8)
    let bytes = source.bytes
    var start = 0
    while start + pattern.count <= bytes.count {
      if Array(bytes[start..<start + pattern.count]) == pattern {
        return source.range(start..<start + pattern.count)
      }
      start += 1
    }
    fatalError("«\(needle)» not in \(source.path)")
  }
}

/// Compares two texts; on a difference, reports the first line that differs instead of two walls
/// of text.
func expectSameText(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
  guard actual != expected else { return }
  let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
  for index in 0..<max(got.count, want.count) {
    let line = index < got.count ? String(got[index]) : "<end>"
    let wanted = index < want.count ? String(want[index]) : "<end>"
    if line != wanted {
      Issue.record("line \(index + 1):\n  got:  \(line)\n  want: \(wanted)", sourceLocation: sourceLocation)
      return
    }
  }
  Issue.record("texts differ", sourceLocation: sourceLocation)
}
