import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Every indicator due in the last period has a value there.
struct A04IndicadorAlDia: Rule {
  static let descriptor = RuleDescriptor(
    id: "A04", name: "IndicadorAlDia",
    title: Localized(
      es: "Los indicadores tienen su valor del último período",
      en: "Indicators have their value for the last period",
      pt: "Os indicadores têm o seu valor do último período"),
    rationale: Localized(
      es: """
        El informe anual muestra cada indicador con su último valor. Un indicador que debía medirse en \
        el último período registrado y no tiene valor sale «sin datos»: el Concejo no puede saber si \
        la meta va bien. Se espera un valor cada año desde el siguiente a la línea de base hasta el de \
        la última meta (cada dos años con `frecuencia bienal`, una vez con `unica`), salvo que su \
        acción no haya empezado o esté cancelada. Para registrar valores, el indicador necesita un \
        identificador.
        """,
      en: """
        The yearly report shows each indicator with its latest value. An indicator due in the last \
        period recorded that has no value there shows as "no data": the council cannot tell whether the \
        target is on track. A value is due every year from the one after the baseline to the last \
        target's (every other year with `frequency biennial`, once with `once`), unless its action has \
        not started or was cancelled. To record values, the indicator needs an identifier.
        """,
      pt: """
        O relatório anual mostra cada indicador com o seu último valor. Um indicador que devia ser \
        medido no último período registrado e não tem valor aparece «sem dados». Espera-se um valor \
        cada ano desde o seguinte à linha de base até o da última meta, salvo se a sua ação não começou \
        ou foi cancelada. Para registrar valores, o indicador precisa de um identificador.
        """),
    help: Localized(
      es: "agregue `medicion ID VALOR` al período, o una nota que explique por qué no se midió",
      en: "add `measurement ID VALUE` to the period, or a note explaining why it was not measured",
      pt: "acrescente `medicao ID VALOR` ao período, ou uma nota que explique por que não foi medido"),
    defaultSeverity: .warning, helpPath: "docs/rules.md#a04")

  static let guideline = MonitoringRules.practice
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      MonitoringRules.exporters + """
        periodo 2026 {
          medicion ind_oe1 25
        }

        periodo ↓2027 {
          corte 2027-12-31
        }
        """,
      MonitoringRules.header + """
        eje economico "Pymes al mundo" {
          objetivo oe1 "Duplicar las pymes que exportan" {
            indicador "Pymes que exportan" base 23 (2025) meta 34 (2028)
          }
        }

        periodo ↓2026 {
          corte 2026-12-31
        }
        """,
    ],
    passing: [
      MonitoringRules.header + """
        eje economico "Pymes al mundo" {
          objetivo oe1 "Duplicar las pymes que exportan" {
            indicador ind_oe1 "Pymes que exportan" base 23 (2025) meta 34 (2028)
            indicador ind_oe2 "Misiones al exterior" base 0 (2026) meta 2 (2030) frecuencia bienal
          }
        }

        accion a01 "Feria en Milán" {
          desde     2028-03
          hasta     2028-10
          indicador ind_feria "Empresas en la feria" base 0 (2027) meta 10 (2028)
        }

        periodo 2026 {
          medicion ind_oe1 25
        }

        periodo 2027 {
          medicion ind_oe1 28
        }
        """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    guard let last = plan.periodYears.last, let period = plan.period(last),
      let place = period.records.first?.yearRange
    else { return }
    let tracking = PeriodTracking(plan: plan, year: last)
    for entry in tracking.indicators where entry.status == .noData {
      let indicator = entry.indicator
      let message: Localized
      if let id = indicator.id {
        message = Localized(
          es: "`\(id)` («\(indicator.name)») no tiene valor en el período \(last)",
          en: "`\(id)` (\"\(indicator.name)\") has no value in period \(last)",
          pt: "`\(id)` («\(indicator.name)») não tem valor no período \(last)")
      } else {
        message = Localized(
          es:
            "el indicador «\(indicator.name)» debía medirse en \(last), pero no tiene identificador para registrar su valor",
          en:
            "indicator \"\(indicator.name)\" was due in \(last), but it has no identifier to record its value",
          pt:
            "o indicador «\(indicator.name)» devia ser medido em \(last), mas não tem identificador para registrar o seu valor"
        )
      }
      context.report(
        message, at: place,
        notes: [
          Note(
            Localized(es: "el indicador está aquí", en: "the indicator is here", pt: "o indicador está aqui"),
            at: indicator.range)
        ],
        help: indicator.id == nil
          ? Localized(
            es: "escriba un identificador antes del nombre: `indicador ind_x \"\(indicator.name)\" …`",
            en: "write an identifier before the name: `indicator ind_x \"\(indicator.name)\" …`",
            pt: "escreva um identificador antes do nome: `indicador ind_x \"\(indicator.name)\" …`") : nil)
    }
  }
}
