import PlanDiagnostics
import PlanModel

/// A value recorded for an indicator whose action was cancelled.
struct A01MedicionDeIndicadorVigente: Rule {
  static let descriptor = RuleDescriptor(
    id: "A01", name: "MedicionDeIndicadorVigente",
    title: Localized(
      es: "Se miden indicadores vigentes", en: "Values are recorded for live indicators",
      pt: "Medem-se indicadores vigentes"),
    rationale: Localized(
      es: """
        Un valor medido se registra para un indicador del plan. Si su acción se canceló, el indicador \
        quedó sin efecto: el valor no cuenta para el informe y suele ser un error de copia (el id de \
        otro indicador). Un id que no existe en el plan es un error de coherencia (`M001`), con su \
        «¿quiso decir?».
        """,
      en: """
        A measured value is recorded for one of the plan's indicators. If its action was cancelled, the \
        indicator no longer applies: the value does not count in the report, and it is often a copying \
        mistake (another indicator's id). An id the plan does not have is a consistency error (`M001`), \
        with its "did you mean?".
        """,
      pt: """
        Um valor medido é registrado para um indicador do plano. Se a sua ação foi cancelada, o \
        indicador ficou sem efeito: o valor não conta para o relatório e costuma ser um erro de cópia \
        (o id de outro indicador). Um id que não existe no plano é um erro de coerência (`M001`).
        """),
    help: Localized(
      es: "borre el valor, o corrija el id si era de otro indicador",
      en: "delete the value, or fix the id if it belonged to another indicator",
      pt: "apague o valor, ou corrija o id se era de outro indicador"),
    defaultSeverity: .warning, helpPath: "docs/rules.md#a01")

  static let guideline = MonitoringRules.practice
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      MonitoringRules.header + """
        accion a01 "Misión comercial a San Pablo" {
          desde     2026-03
          hasta     2027-12
          indicador ind_mision "Empresas en la misión" base 0 (2025) meta 12 (2027)
        }

        periodo 2026 {
          avance a01 cancelada relato "La provincia suspendió las misiones"
        }

        periodo 2027 {
          medicion ↓ind_mision 4
        }
        """,
      MonitoringRules.header + """
        accion a01 "Misión comercial a San Pablo" {
          estado    cancelada
          indicador ind_mision "Empresas en la misión" base 0 (2025) meta 12 (2027)
        }

        periodo 2026 {
          medicion ↓ind_mision 4
        }
        """,
    ],
    passing: [
      MonitoringRules.header + """
        accion a01 "Misión comercial a San Pablo" {
          desde     2026-03
          hasta     2027-12
          indicador ind_mision "Empresas en la misión" base 0 (2025) meta 12 (2027)
        }

        periodo 2026 {
          medicion ind_mision 4
          avance   a01 cancelada relato "La provincia suspendió las misiones"
        }
        """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    var actionOf: [String: Action] = [:]
    for action in plan.actions {
      for indicator in action.indicators { if let id = indicator.id { actionOf[id] = action } }
    }
    for record in plan.periodRecords {
      for measurement in record.measurements {
        guard let action = actionOf[measurement.indicator.name] else { continue }
        let cancelledEarlier = plan.periodRecords.contains { earlier in
          earlier.year < record.year
            && earlier.progress.contains { $0.action.name == action.id && $0.status.value == "cancelada" }
        }
        guard action.status == "cancelada" || cancelledEarlier else { continue }
        context.report(
          Localized(
            es:
              "`\(measurement.indicator.name)` es un indicador de la acción `\(action.id)`, que está cancelada",
            en:
              "`\(measurement.indicator.name)` is an indicator of action `\(action.id)`, which is cancelled",
            pt: "`\(measurement.indicator.name)` é um indicador da ação `\(action.id)`, que está cancelada"),
          at: measurement.indicator.range,
          notes: [
            Note(
              Localized(
                es: "el indicador está aquí", en: "the indicator is here", pt: "o indicador está aqui"),
              at: action.indicators.first { $0.id == measurement.indicator.name }?.range ?? action.range)
          ])
      }
    }
  }
}
