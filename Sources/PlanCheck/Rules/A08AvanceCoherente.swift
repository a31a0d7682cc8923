import PlanDiagnostics
import PlanModel
import PlanSyntax

/// A percentage of progress that agrees with the status.
struct A08AvanceCoherente: Rule {
  static let descriptor = RuleDescriptor(
    id: "A08", name: "AvanceCoherente",
    title: Localized(
      es: "El porcentaje de avance coincide con el estado",
      en: "The percentage of progress agrees with the status",
      pt: "A porcentagem de avanço coincide com a situação"),
    rationale: Localized(
      es: """
        Una acción al 100 % está cumplida, y una cumplida está al 100 %. Si el porcentaje y el estado \
        no coinciden, el informe dice dos cosas distintas de la misma acción.
        """,
      en: """
        An action at 100% is done, and a done action is at 100%. If the percentage and the status \
        disagree, the report says two different things about the same action.
        """,
      pt: """
        Uma ação a 100 % está cumprida, e uma cumprida está a 100 %. Se a porcentagem e a situação não \
        coincidem, o relatório diz duas coisas diferentes da mesma ação.
        """),
    help: Localized(
      es: "corrija el estado (`cumplida`) o el porcentaje",
      en: "fix the status (`done`) or the percentage",
      pt: "corrija a situação (`concluida`) ou a porcentagem"),
    defaultSeverity: .warning, helpPath: "docs/rules.md#a08")

  static let guideline = MonitoringRules.practice
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      MonitoringRules.header + """
        accion a01 "Registro municipal de exportadores" {
          desde 2026-03
          hasta 2026-12
        }

        accion a02 "Diplomatura en gestión internacional" {
          desde 2026-03
          hasta 2026-11
        }

        periodo 2026 {
          avance a01 en_curso ↓100%
          avance a02 cumplida ↓80%
        }
        """
    ],
    passing: [
      MonitoringRules.header + """
        accion a01 "Registro municipal de exportadores" {
          desde 2026-03
          hasta 2026-12
        }

        periodo 2026 {
          avance a01 cumplida 100%
        }
        """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    for record in plan.periodRecords {
      for progress in record.progress {
        guard let percent = progress.percent else { continue }
        let done = progress.status.value == "cumplida"
        if percent.value >= 100, !done {
          context.report(
            Localized(
              es: "`\(progress.action.name)` está al 100 % pero no figura `cumplida`",
              en: "`\(progress.action.name)` is at 100% but not recorded as `done`",
              pt: "`\(progress.action.name)` está a 100 % mas não consta `concluida`"),
            at: percent.range)
        } else if done, percent.value < 100 {
          let figure = MonitoringRules.figure(percent.value)
          context.report(
            Localized(
              es: "`\(progress.action.name)` figura `cumplida` con un avance de \(figure.es) %",
              en: "`\(progress.action.name)` is recorded as `done` with \(figure.en)% progress",
              pt: "`\(progress.action.name)` consta `concluida` com um avanço de \(figure.pt) %"),
            at: percent.range)
        }
      }
    }
  }
}
