import PlanDiagnostics
import PlanDiff
import PlanModel
import PlanSyntax

/// Descriptions of every code `plan check` and `plan build` can report — the rules, and each
/// syntax, structure, file, consistency, review and composition code — for `plan explain`, SARIF's
/// rule list and JSON. A code with no entry (which a test forbids) falls back to its family.
public enum CodeCatalog {
  /// Every code that is not a rule, documented, in id order: syntax, structure, files,
  /// consistency, review and composition.
  public static let documentation: [CodeDocumentation] =
    (SyntaxCodes.all + SchemaCodes.all + FileCodes.all + ModelCodes.all + ReviewCodes.all + ChangeCodes.all)
    .sorted {
      $0.id < $1.id
    }

  private static let byID = Dictionary(documentation.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

  public static func documentation(for id: String) -> CodeDocumentation? { byID[id.uppercased()] }

  /// Where each non-rule code is documented (generated from `documentation`).
  public static func helpPath(_ id: String) -> String { "docs/codes.md#\(id.lowercased())" }

  /// Every rule, and each other code among `codes`, for SARIF's rule list and JSON.
  public static func descriptors(for codes: Set<String>) -> [RuleDescriptor] {
    var result = Checker.rules.map { $0.descriptor }
    let known = Set(result.map(\.id))
    for code in codes.sorted() where !known.contains(code) {
      result.append(documentation(for: code)?.descriptor(helpPath: helpPath(code)) ?? family(code))
    }
    return result
  }

  static func family(_ code: String) -> RuleDescriptor {
    let (name, title, help): (String, Localized, Localized)
    switch code.first {
    case "S":
      (name, title, help) = (
        "Sintaxis",
        Localized(
          es: "Error de escritura del archivo", en: "Syntax problem", pt: "Erro de escrita do arquivo"),
        Localized(
          es: "vea docs/codes.md", en: "see docs/codes.md",
          pt: "veja docs/codes.md"
        )
      )
    case "E":
      (name, title, help) = (
        "Estructura",
        Localized(
          es: "Sentencia que no corresponde a la gramática", en: "Statement that does not fit the grammar",
          pt: "Instrução que não corresponde à gramática"),
        Localized(
          es: "vea docs/language.md o `plan init` para un ejemplo completo",
          en: "see docs/language.md or `plan init` for a full example",
          pt: "veja docs/language.md ou `plan init` para um exemplo completo")
      )
    case "F":
      (name, title, help) = (
        "Archivos",
        Localized(
          es: "Problema al incluir un archivo", en: "Problem including a file",
          pt: "Problema ao incluir um arquivo"),
        Localized(
          es: "revise las líneas `incluir`", en: "check the `include` lines", pt: "revise as linhas `incluir`"
        )
      )
    case "C":
      (name, title, help) = (
        "Composicion",
        Localized(
          es: "Carácter que ninguna fuente del documento tiene", en: "Character no bundled font has",
          pt: "Caractere que nenhuma fonte do documento tem"),
        Localized(
          es: "escríbalo en caracteres latinos o agregue una fuente a fonts/",
          en: "write it in Latin characters or add a font to fonts/",
          pt: "escreva-o em caracteres latinos ou acrescente uma fonte em fonts/")
      )
    case "M":
      (name, title, help) = (
        "Coherencia",
        Localized(
          es: "Incoherencia interna del plan", en: "Internal inconsistency of the plan",
          pt: "Incoerência interna do plano"),
        Localized(
          es: "corrija la referencia, la fecha o el código señalado",
          en: "fix the reference, date or code shown",
          pt: "corrija a referência, a data ou o código indicado")
      )
    default:
      (name, title, help) = (
        "Revision",
        Localized(
          es: "Ajustes de revisión o supresiones", en: "Review settings or suppressions",
          pt: "Ajustes de revisão ou supressões"),
        Localized(
          es: "revise el bloque `revision` y los comentarios `plan:ignore`",
          en: "check the `review` block and `plan:ignore` comments",
          pt: "revise o bloco `revisao` e os comentários `plan:ignore`")
      )
    }
    return RuleDescriptor(
      id: code, name: name + code, title: title, rationale: title, help: help, defaultSeverity: .error,
      helpPath: "docs/language.md")
  }
}
