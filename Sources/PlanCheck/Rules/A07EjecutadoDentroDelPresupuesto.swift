import PlanDiagnostics
import PlanModel
import PlanSyntax

/// What an action spends stays within what it budgeted, in each currency.
struct A07EjecutadoDentroDelPresupuesto: Rule {
  static let descriptor = RuleDescriptor(
    id: "A07", name: "EjecutadoDentroDelPresupuesto",
    title: Localized(
      es: "Lo ejecutado no supera lo presupuestado", en: "Spending stays within the budget",
      pt: "O executado não supera o orçado"),
    rationale: Localized(
      es: """
        El informe compara, para cada acción, lo ejecutado hasta el período con lo presupuestado en el \
        plan, moneda por moneda. Ejecutar más de lo aprobado, en una moneda sin presupuesto o en una \
        acción `sin_costo` necesita una explicación ante el Concejo, y casi siempre una modificación \
        del plan.
        """,
      en: """
        For each action, the report compares what was spent up to the period with what the plan \
        budgeted, currency by currency. Spending more than approved, in a currency with no budget, or on \
        a `no_cost` action needs an explanation to the council, and almost always an amendment.
        """,
      pt: """
        Para cada ação, o relatório compara o executado até o período com o orçado no plano, moeda por \
        moeda. Executar mais do que o aprovado, numa moeda sem orçamento ou numa ação `sem_custo` \
        precisa de uma explicação à Câmara.
        """),
    help: Localized(
      es: "revise el monto ejecutado, o actualice el presupuesto de la acción en el plan",
      en: "check the amount spent, or update the action's budget in the plan",
      pt: "revise o valor executado, ou atualize o orçamento da ação no plano"),
    defaultSeverity: .warning, helpPath: "docs/rules.md#a07")

  static let guideline = MonitoringRules.practice
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      MonitoringRules.header + """
        accion a01 "Programa Villa Aurora Exporta" {
          presupuesto 1.000.000 ARS fuente "Presupuesto municipal"
        }

        periodo 2026 {
          avance a01 en_curso 40% {
            ejecutado 700.000 ARS fuente "Presupuesto municipal"
          }
        }

        periodo 2027 {
          avance a01 en_curso 90% {
            ejecutado ↓400.000 ARS fuente "Presupuesto municipal"
            ejecutado ↓5.000 USD fuente "Agencia ProCórdoba"
          }
        }
        """
    ],
    passing: [
      MonitoringRules.header + """
        accion a01 "Programa Villa Aurora Exporta" {
          presupuesto 1.000.000 ARS fuente "Presupuesto municipal"
          presupuesto 5.000 USD fuente "Agencia ProCórdoba"
        }

        periodo 2026 {
          avance a01 en_curso 40% {
            ejecutado 700.000 ARS fuente "Presupuesto municipal"
          }
        }

        periodo 2027 {
          avance a01 en_curso 90% {
            ejecutado 300.000 ARS fuente "Presupuesto municipal"
            ejecutado 5.000 USD fuente "Agencia ProCórdoba"
          }
        }
        """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    var planned: [String: [String: Double]] = [:]
    var actions: [String: Action] = [:]
    for action in plan.actions {
      actions[action.id] = action
      for budget in action.budgets {
        planned[action.id, default: [:]][budget.currency, default: 0] += budget.amount
      }
    }
    var spent: [String: [String: Double]] = [:]
    let ordered = plan.periodRecords.enumerated().sorted {
      ($0.element.year, $0.offset) < ($1.element.year, $1.offset)
    }
    for (_, record) in ordered {
      for progress in record.progress {
        let id = progress.action.name
        guard actions[id] != nil else { continue }
        for item in progress.spent {
          let before = spent[id]?[item.currency] ?? 0
          let total = before + item.amount
          spent[id, default: [:]][item.currency] = total
          let budget = planned[id]?[item.currency]
          guard let budget else {
            context.report(
              Localized(
                es: "la acción `\(id)` ejecuta en \(item.currency), pero no tiene presupuesto en esa moneda",
                en: "action `\(id)` spends in \(item.currency), but it has no budget in that currency",
                pt: "a ação `\(id)` executa em \(item.currency), mas não tem orçamento nessa moeda"),
              at: item.range)
            continue
          }
          // Once over, say it once: where the total first passes the budget.
          guard total > budget + 0.005, before <= budget + 0.005 else { continue }
          let over = MonitoringRules.figure(total - budget)
          context.report(
            Localized(
              es:
                "lo ejecutado por `\(id)` hasta \(record.year) supera su presupuesto en \(over.es) \(item.currency)",
              en: "what `\(id)` spent up to \(record.year) exceeds its budget by \(over.en) \(item.currency)",
              pt:
                "o executado por `\(id)` até \(record.year) supera o seu orçamento em \(over.pt) \(item.currency)"
            ),
            at: item.range,
            notes: actions[id]!.budgets.filter { $0.currency == item.currency }.prefix(3).map {
              Note(Localized(es: "presupuestado aquí", en: "budgeted here", pt: "orçado aqui"), at: $0.range)
            })
        }
      }
    }
  }
}
