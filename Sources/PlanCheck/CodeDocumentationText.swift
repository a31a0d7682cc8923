import PlanDiagnostics
import PlanSyntax

/// Texts about the codes that are not rules, made from `CodeCatalog.documentation`:
/// `plan explain E106`, the list `plan explain` prints, and `docs/codes.md`.
public enum CodeDocumentationText {
  /// `plan explain E106`.
  public static func explain(_ code: CodeDocumentation, language: Language) -> String {
    let labels = DocumentationLabels(language)
    var out = "\(code.id) — \(code.title.text(language))\n\n"
    out += "\(labels.severity): \(code.severity.label(language))\n\n"
    out += "\(code.explanation.text(language))\n\n\(labels.fix): \(code.fix.text(language))\n\n"
    if let why = code.withoutExample {
      out += "\(labels.noExample): \(why.text(language)).\n"
    } else {
      out += "\(labels.example):\n"
      for (index, file) in code.example.enumerated() {
        if code.example.count > 1 { out += "  \(index == 0 ? "" : "\(labels.file) ")\(file.name):\n" }
        let (text, marked) = SpecialCharacters.visible(file.text)
        out += RuleDocumentation.indent(text.hasSuffix("\n") ? String(text.dropLast()) : text) + "\n"
        out += marks(marked, language)
      }
    }
    out +=
      "\n"
      + (isSuppressible(code.id) ? "\(labels.suppress): # plan:ignore \(code.id) — \(labels.reason)\n" : "")
    if code.id.hasPrefix("S") { out += labels.cannotSuppress + "\n" }
    return out
  }

  /// What each `⟨U+00A0⟩` in an example stands for (the character itself would be invisible).
  static func marks(_ marked: [UInt32], _ language: Language, indent: String = "  ") -> String {
    marked.map { value in
      indent + "⟨\(SpecialCharacters.codePoint(value))⟩: " + DocumentationLabels(language).marks
        + SpecialCharacters.name(value).text(language) + "\n"
    }.joined()
  }

  /// `plan explain` with no code: every rule, then every other code, one line each.
  public static func list(language: Language) -> String {
    let labels = DocumentationLabels(language)
    let rules = Checker.rules.map { ($0.descriptor.id, $0.descriptor.defaultSeverity, $0.descriptor.title) }
    let codes = CodeCatalog.documentation.map { ($0.id, $0.severity, $0.title) }
    let width = (rules + codes).map { $0.1.label(language).count }.max() ?? 0
    func line(_ entry: (String, Severity, Localized)) -> String {
      let severity = entry.1.label(language)
      return "\(entry.0)  \(severity)\(String(repeating: " ", count: width - severity.count))  "
        + entry.2.text(language) + "\n"
    }
    return "\(labels.listRules):\n" + rules.map(line).joined() + "\n\(labels.listCodes):\n"
      + codes.map(line).joined()
  }

  /// Whether `# plan:ignore` can ignore findings with this code (not syntax, not the review's own).
  static func isSuppressible(_ id: String) -> Bool {
    !(id.hasPrefix("S") || id.hasPrefix("R") || id.hasPrefix("C"))
  }

  /// `docs/codes.md`: every code that is not a rule, in Spanish with the English title and meaning.
  public static func markdown() -> String {
    var out = """
      # Códigos de `plan check` y `plan build`

      > Generado por `plan explain --markdown` a partir del catálogo de códigos; no lo edite a mano
      > (una prueba falla si queda desactualizado). EN: every code that is not a rule, generated from
      > the code catalogue. The rules (`G01`–`G12`, `T`, `D`, `B`, `P`) are in [rules.md](rules.md).

      Familias: `S0xx` sintaxis (cómo está escrito el archivo), `E1xx` estructura (cada sentencia según
      la gramática), `F00x` archivos (`incluir`), `M0xx` coherencia del plan completo, `R00x` ajustes de
      la revisión y supresiones, `C00x` composición del PDF. `plan explain CÓDIGO` muestra cada uno en la
      terminal, en el idioma que elija con `--lang`.

      | código | severidad | qué es | what it is |
      |---|---|---|---|

      """
    for code in CodeCatalog.documentation {
      out +=
        "| [\(code.id)](#\(code.id.lowercased())) | \(code.severity.label(.es)) | \(code.title.es) | "
        + "\(code.title.en) |\n"
    }
    for code in CodeCatalog.documentation {
      out += "\n## \(code.id)\n\n### \(code.title.es)\n\n"
      out += "*\(code.title.en)* · severidad: \(code.severity.label(.es))\n\n"
      out += "\(code.explanation.es)\n\n> EN: \(code.explanation.en)\n\n"
      out += "**Cómo corregir:** \(code.fix.es)\n\n"
      if let why = code.withoutExample {
        out += "Sin ejemplo: \(why.es).\n"
      } else {
        for (index, file) in code.example.enumerated() {
          if code.example.count > 1 { out += index == 0 ? "`plan.plan`:\n\n" : "`\(file.name)`:\n\n" }
          let (text, marked) = SpecialCharacters.visible(file.text)
          out += "```plan\n\(text.hasSuffix("\n") ? String(text.dropLast()) : text)\n```\n\n"
          if !marked.isEmpty { out += marks(marked, .es, indent: "") + "\n" }
        }
        out = String(out.dropLast())
      }
    }
    return out
  }
}
