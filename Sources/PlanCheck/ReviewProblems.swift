import PlanDiagnostics

/// Problems with the review settings and suppressions themselves. Codes `R0xx`.
enum ReviewProblem {
  case unknownLimit(String, known: [String])
  case unknownRule(String)
  case suppressionWithoutReason([String])
  case suppressionWithoutCode
  case unusedSuppression([String])

  func diagnostic(at range: SourceRange) -> Diagnostic {
    switch self {
    case .unknownLimit(let name, let known):
      return Diagnostic(
        code: "R001", severity: .error,
        message: Localized(
          es: "límite desconocido `\(name)`", en: "unknown limit `\(name)`",
          pt: "limite desconhecido `\(name)`"), range: range,
        help: Localized(
          es: "los límites posibles son: \(known.map { "`\($0)`" }.joined(separator: ", "))",
          en: "the possible limits are: \(known.map { "`\($0)`" }.joined(separator: ", "))",
          pt: "os limites possíveis são: \(known.map { "`\($0)`" }.joined(separator: ", "))"))
    case .unknownRule(let id):
      return Diagnostic(
        code: "R002", severity: .error,
        message: Localized(
          es: "regla desconocida `\(id)`", en: "unknown rule `\(id)`", pt: "regra desconhecida `\(id)`"),
        range: range,
        help: Localized(
          es: "`plan rules` lista todas las reglas", en: "`plan rules` lists every rule",
          pt: "`plan rules` lista todas as regras"))
    case .suppressionWithoutReason(let codes):
      return Diagnostic(
        code: "R003", severity: .error,
        message: Localized(
          es: "la supresión de \(codes.joined(separator: ", ")) no dice por qué",
          en: "the suppression of \(codes.joined(separator: ", ")) gives no reason",
          pt: "a supressão de \(codes.joined(separator: ", ")) não diz por quê"),
        range: range,
        help: Localized(
          es:
            "escriba el motivo después de un guion: `# plan:ignore G11 — la comisión lo revisó el 3 de mayo`",
          en: "write the reason after a dash: `# plan:ignore G11 — reviewed by the commission on 3 May`",
          pt: "escreva o motivo depois de um travessão: `# plan:ignore G11 — a comissão revisou em 3 de maio`"
        ))
    case .suppressionWithoutCode:
      return Diagnostic(
        code: "R004", severity: .error,
        message: Localized(
          es: "la supresión no nombra ninguna regla", en: "the suppression names no rule",
          pt: "a supressão não nomeia nenhuma regra"),
        range: range,
        help: Localized(
          es: "por ejemplo `# plan:ignore G11 — motivo`", en: "for example `# plan:ignore G11 — reason`",
          pt: "por exemplo `# plan:ignore G11 — motivo`"))
    case .unusedSuppression(let codes):
      return Diagnostic(
        code: "R005", severity: .warning,
        message: Localized(
          es: "la supresión de \(codes.joined(separator: ", ")) no suprime nada",
          en: "the suppression of \(codes.joined(separator: ", ")) suppresses nothing",
          pt: "a supressão de \(codes.joined(separator: ", ")) não suprime nada"),
        range: range,
        help: Localized(
          es: "bórrela: lo que ignoraba ya no ocurre aquí",
          en: "delete it: what it ignored no longer happens here",
          pt: "apague-a: o que ela ignorava já não ocorre aqui"))
    }
  }
}
