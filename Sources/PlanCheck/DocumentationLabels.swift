import PlanDiagnostics

/// The words around the documentation `plan explain`, `plan rules` and the generated docs print.
struct DocumentationLabels {
  var guideline, severity, proxy, fix, limits, triggering, passing, suppress, reason: String
  var example, noExample, file, cannotSuppress, listRules, listCodes, unknownCode: String
  /// Before a character's name, under an example that shows it as `⟨U+00A0⟩`.
  var marks: String

  init(_ language: Language) {
    switch language {
    case .en:
      (guideline, severity, proxy, fix, limits) = (
        "Guideline", "Severity", "proxy: needs human judgement", "How to fix", "Limits (review { limit … })"
      )
      (triggering, passing, suppress, reason) = (
        "Triggers", "Does not trigger", "Ignore one finding", "reason"
      )
      (example, noExample, file) = ("Example", "No example", "file")
      cannotSuppress = "Syntax problems cannot be ignored: fix them."
      (listRules, listCodes) = ("The method's rules", "Other codes")
      unknownCode = "no code or rule is called"
      marks = "in the file, "
    case .pt:
      (guideline, severity, proxy, fix, limits) = (
        "Diretriz", "Severidade", "aproximação: requer julgamento humano", "Como corrigir",
        "Limites (revision { limite … })"
      )
      (triggering, passing, suppress, reason) = ("Dispara", "Não dispara", "Ignorar um achado", "motivo")
      (example, noExample, file) = ("Exemplo", "Sem exemplo", "arquivo")
      cannotSuppress = "Os problemas de sintaxe não podem ser ignorados: corrija-os."
      (listRules, listCodes) = ("As regras do método", "Outros códigos")
      unknownCode = "nenhum código ou regra se chama"
      marks = "no arquivo, "
    case .es:
      (guideline, severity, proxy, fix, limits) = (
        "Pauta", "Severidad", "aproximación: requiere juicio humano", "Cómo corregir",
        "Límites (revision { limite … })"
      )
      (triggering, passing, suppress, reason) = ("Dispara", "No dispara", "Ignorar un hallazgo", "motivo")
      (example, noExample, file) = ("Ejemplo", "Sin ejemplo", "archivo")
      cannotSuppress = "Los problemas de sintaxis no se pueden ignorar: corríjalos."
      (listRules, listCodes) = ("Las reglas del método", "Otros códigos")
      unknownCode = "ningún código ni regla se llama"
      marks = "en el archivo, "
    }
  }
}
