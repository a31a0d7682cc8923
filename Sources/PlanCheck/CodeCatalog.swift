import PlanDiagnostics

/// Descriptions of every code `plan check` can report — the rules, and the families of syntax,
/// structure, file, model and review codes — for SARIF's rule list and JSON.
public enum CodeCatalog {
  public static func descriptors(for codes: Set<String>) -> [RuleDescriptor] {
    var result = Checker.rules.map { $0.descriptor }
    let known = Set(result.map(\.id))
    for code in codes.sorted() where !known.contains(code) {
      result.append(family(code))
    }
    return result
  }

  static func family(_ code: String) -> RuleDescriptor {
    let (name, title, help): (String, Localized, Localized)
    switch code.first {
    case "S":
      (name, title, help) = (
        "Sintaxis", Localized(es: "Error de escritura del archivo", en: "Syntax problem"),
        Localized(
          es: "vea la sección de códigos de docs/language.md", en: "see the codes section of docs/language.md"
        )
      )
    case "E":
      (name, title, help) = (
        "Estructura",
        Localized(
          es: "Sentencia que no corresponde a la gramática", en: "Statement that does not fit the grammar"),
        Localized(
          es: "vea docs/language.md o `plan init` para un ejemplo completo",
          en: "see docs/language.md or `plan init` for a full example")
      )
    case "F":
      (name, title, help) = (
        "Archivos", Localized(es: "Problema al incluir un archivo", en: "Problem including a file"),
        Localized(es: "revise las líneas `incluir`", en: "check the `include` lines")
      )
    case "C":
      (name, title, help) = (
        "Composicion",
        Localized(es: "Carácter que ninguna fuente del documento tiene", en: "Character no bundled font has"),
        Localized(
          es: "escríbalo en caracteres latinos o agregue una fuente a fonts/",
          en: "write it in Latin characters or add a font to fonts/")
      )
    case "M":
      (name, title, help) = (
        "Coherencia",
        Localized(es: "Incoherencia interna del plan", en: "Internal inconsistency of the plan"),
        Localized(
          es: "corrija la referencia, la fecha o el código señalado",
          en: "fix the reference, date or code shown")
      )
    default:
      (name, title, help) = (
        "Revision", Localized(es: "Ajustes de revisión o supresiones", en: "Review settings or suppressions"),
        Localized(
          es: "revise el bloque `revision` y los comentarios `plan:ignore`",
          en: "check the `review` block and `plan:ignore` comments")
      )
    }
    return RuleDescriptor(
      id: code, name: name + code, title: title, rationale: title, help: help, defaultSeverity: .error,
      helpPath: "docs/language.md")
  }
}
