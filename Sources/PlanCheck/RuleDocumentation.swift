import PlanDiagnostics

/// Texts about the rules, made from their metadata: `plan explain`, `plan rules`, `docs/rules.md`.
public enum RuleDocumentation {
  static func severityWord(_ severity: Severity, _ language: Language) -> String { severity.label(language) }

  /// `plan explain G07`.
  public static func explain(_ rule: any Rule.Type, language: Language) -> String {
    let descriptor = rule.descriptor
    let labels = DocumentationLabels(language)
    var out = "\(descriptor.id) — \(descriptor.title.text(language))\n\n"
    out += "\(labels.guideline): «\(rule.guideline.text(language))»\n"
    out += "\(labels.severity): \(descriptor.defaultSeverity.label(language))"
    if rule.verification == .proxy { out += " · \(labels.proxy)" }
    out += "\n\n\(descriptor.rationale.text(language))\n\n\(labels.fix): \(descriptor.help.text(language))\n"
    if !rule.limits.isEmpty {
      out += "\n\(labels.limits):\n"
      for limit in rule.limits {
        out += "  limite \(limit.name) \(limit.defaultValue)   # \(limit.description.text(language))\n"
      }
    }
    out += "\n\(labels.triggering):\n"
    for example in rule.examples.triggering { out += indent(RuleExamples.unmarked(example)) + "\n" }
    out += "\(labels.passing):\n"
    for example in rule.examples.passing { out += indent(example) + "\n" }
    out += "\n\(labels.suppress): # plan:ignore \(descriptor.id) — \(labels.reason)\n"
    return out
  }

  /// `plan rules`: one line per rule.
  public static func list(_ rules: [any Rule.Type], language: Language) -> String {
    let width = rules.map { $0.descriptor.defaultSeverity.label(language).count }.max() ?? 0
    return rules.map { rule in
      let severity = rule.descriptor.defaultSeverity.label(language)
      return "\(rule.descriptor.id)  \(severity)\(String(repeating: " ", count: width - severity.count))  "
        + rule.descriptor.title.text(language)
    }.joined(separator: "\n") + "\n"
  }

  /// `docs/rules.md`, in Spanish with the English title and rationale of each rule.
  public static func markdown(_ rules: [any Rule.Type]) -> String {
    var out = """
      # Reglas de `plan check`

      > Generado por `plan rules --markdown` a partir de los metadatos de cada regla; no lo edite a mano
      > (una prueba falla si queda desactualizado). EN: generated from each rule's metadata.

      Las reglas `G01`–`G12` son las doce pautas del método; las demás verifican su estructura (`D`),
      la trazabilidad entre sus partes (`T`), la Marca Ciudad (`B`) y los socios (`P`). Las que sólo
      pueden aproximar una pauta dan *sugerencias* y nunca afirman que se cumple. Cada hallazgo se puede
      ignorar con un motivo: `# plan:ignore G11 — motivo`. La severidad y los límites se ajustan en
      `revision { severidad G11 advertencia  limite acciones 60 }`.

      | id | severidad | regla | title |
      |---|---|---|---|

      """
    for rule in rules {
      let descriptor = rule.descriptor
      out +=
        "| [\(descriptor.id)](#\(descriptor.id.lowercased())) | \(descriptor.defaultSeverity.label(.es)) | "
        + "\(descriptor.title.es) | \(descriptor.title.en) |\n"
    }
    for rule in rules {
      let descriptor = rule.descriptor
      out += "\n## \(descriptor.id)\n\n### \(descriptor.title.es)\n\n"
      out += "*\(descriptor.title.en)* · severidad: \(descriptor.defaultSeverity.label(.es))"
      out += rule.verification == .proxy ? " · aproximación: requiere juicio humano\n\n" : "\n\n"
      out += "> \(rule.guideline.es)\n\n\(descriptor.rationale.es)\n\n> EN: \(descriptor.rationale.en)\n\n"
      out += "**Cómo corregir:** \(descriptor.help.es)\n\n"
      if !rule.limits.isEmpty {
        out += "**Límites** (`revision { limite … }`):\n\n"
        for limit in rule.limits {
          out += "- `\(limit.name)` = \(limit.defaultValue): \(limit.description.es)\n"
        }
        out += "\n"
      }
      out += "Dispara:\n\n"
      for example in rule.examples.triggering { out += "```plan\n\(RuleExamples.unmarked(example))\n```\n\n" }
      out += "No dispara:\n\n"
      for example in rule.examples.passing { out += "```plan\n\(example)\n```\n\n" }
    }
    return out
  }

  static func indent(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
  }
}
