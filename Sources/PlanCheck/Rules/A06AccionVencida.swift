import PlanDiagnostics
import PlanModel
import PlanSyntax

/// An action past its end date is done or cancelled.
struct A06AccionVencida: Rule {
  static let descriptor = RuleDescriptor(
    id: "A06", name: "AccionVencida",
    title: Localized(
      es: "Las acciones vencidas están cumplidas o canceladas",
      en: "Actions past their end are done or cancelled",
      pt: "As ações vencidas estão cumpridas ou canceladas"),
    rationale: Localized(
      es: """
        Una acción cuya fecha `hasta` ya pasó a la fecha de corte del último período tiene que \
        figurar como `cumplida` o `cancelada`. Si sigue en curso, el plan tiene que decirlo con una \
        fecha nueva (una modificación del plan) o el informe la muestra como vencida.
        """,
      en: """
        An action whose `until` date has passed at the last period's cut-off must be recorded as `done` \
        or `cancelled`. If it is still going on, the plan must say so with a new date (an amendment) or \
        the report shows it as overdue.
        """,
      pt: """
        Uma ação cuja data `ate` já passou na data de corte do último período tem que constar como \
        `concluida` ou `cancelada`. Se continua em curso, o plano tem que dizê-lo com uma data nova ou o \
        relatório a mostra como vencida.
        """),
    help: Localized(
      es: "registre su estado (`avance ID cumplida` o `cancelada`), o corrija su fecha `hasta` en el plan",
      en: "record its status (`progress ID done` or `cancelled`), or fix its `until` date in the plan",
      pt: "registre a sua situação (`avanco ID concluida` ou `cancelada`), ou corrija a sua data `ate`"),
    defaultSeverity: .warning, helpPath: "docs/rules.md#a06")

  static let guideline = MonitoringRules.practice
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      MonitoringRules.header + """
        accion a01 "Registro municipal de exportadores" {
          desde 2026-03
          hasta 2026-10
        }

        periodo 2027 {
          avance a01 ↓en_curso 80% relato "Falta la carga de las cooperativas"
        }
        """,
      MonitoringRules.header + """
        accion a01 "Registro municipal de exportadores" {
          desde 2026-03
          hasta 2026-10
        }

        periodo ↓2027 {
          corte 2027-06-30
        }
        """,
    ],
    passing: [
      MonitoringRules.header + """
        accion a01 "Registro municipal de exportadores" {
          desde 2026-03
          hasta 2026-10
        }

        accion a02 "Feria de alimentos en San Pablo" {
          fecha 2027-05-14
        }

        accion a03 "Diplomatura en gestión internacional" {
          desde 2026-03
          hasta 2027-11
        }

        periodo 2026 {
          avance a01 cumplida 100%
        }

        periodo 2027 {
          corte 2027-06-30
          avance a02 cancelada relato "La feria se suspendió"
          avance a03 en_curso 60%
        }
        """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    guard let last = plan.periodYears.last, let period = plan.period(last),
      let place = period.records.first?.yearRange
    else { return }
    let now = period.cutoff.fractionalYear
    for action in plan.actions {
      guard let end = action.effectiveEnd, end.fractionalYear < now else { continue }
      let progress = plan.latestProgress(of: action.id, upTo: last)
      let word = progress?.status.value ?? action.status
      guard word != "cumplida", word != "cancelada" else { continue }
      let here = progress.flatMap { $0.period == last ? $0.status.range : nil } ?? place
      context.report(
        Localized(
          es:
            "la acción `\(action.id)` terminaba en \(end) y no figura cumplida ni cancelada al \(period.cutoff)",
          en:
            "action `\(action.id)` was to end in \(end) and is not recorded as done or cancelled at \(period.cutoff)",
          pt:
            "a ação `\(action.id)` terminava em \(end) e não consta cumprida nem cancelada em \(period.cutoff)"
        ),
        at: here,
        notes: [
          Note(
            Localized(es: "la acción está aquí", en: "the action is here", pt: "a ação está aqui"),
            at: action.range)
        ])
    }
  }
}
