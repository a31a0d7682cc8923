import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Periods inside the horizon and not in the future; dates inside their period.
struct A02MedicionEnSuPeriodo: Rule {
  static let descriptor = RuleDescriptor(
    id: "A02", name: "MedicionEnSuPeriodo",
    title: Localized(
      es: "Cada valor está en su período", en: "Every value is in its period",
      pt: "Cada valor está no seu período"),
    rationale: Localized(
      es: """
        Un período es un año del horizonte del plan que ya empezó: sus valores se midieron en ese año, \
        y su fecha de corte también cae en él. Un período fuera del horizonte, uno que todavía no \
        empezó o un valor con fecha futura no pueden ser ciertos; un valor con fecha de otro año \
        probablemente está en el archivo equivocado, y el informe lo contaría en el año que no es.
        """,
      en: """
        A period is a year of the plan's horizon that has begun: its values were measured in that year, \
        and its cut-off date falls in it too. A period outside the horizon, one that has not begun, or a \
        value dated in the future cannot be true; a value dated in another year is probably in the wrong \
        file, and the report would count it in the wrong year.
        """,
      pt: """
        Um período é um ano do horizonte do plano que já começou: os seus valores foram medidos nesse \
        ano, e a sua data de corte também cai nele. Um período fora do horizonte, um que ainda não \
        começou ou um valor com data futura não podem ser verdadeiros; um valor com data de outro ano \
        provavelmente está no arquivo errado.
        """),
    help: Localized(
      es: "corrija el año del período o la fecha, o mueva el valor al período de su año",
      en: "fix the period's year or the date, or move the value to its year's period",
      pt: "corrija o ano do período ou a data, ou mova o valor para o período do seu ano"),
    defaultSeverity: .error, helpPath: "docs/rules.md#a02")

  static let guideline = MonitoringRules.practice
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      MonitoringRules.exporters + """
        periodo ↓2033 {
          medicion ind_oe1 30 nota "Registro municipal"
        }
        """,
      """
      plan "Villa Aurora en el Mundo" {
        ciudad    "Villa Aurora"
        horizonte 2090 a 2099
      }

      periodo ↓2095 {
        corte 2095-06-30
      }
      """,
      MonitoringRules.exporters + """
        periodo 2026 {
          corte    ↓2025-12-31
          medicion ind_oe1 25 fecha ↓2025-12-20
        }
        """,
    ],
    passing: [
      MonitoringRules.exporters + """
        periodo 2026 {
          corte    2026-12-31
          medicion ind_oe1 25 fecha 2026-11-30
        }
        """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    let horizon = plan.metadata.horizon?.value
    let today = context.today
    for record in plan.periodRecords {
      if let horizon, !horizon.contains(record.year) {
        context.report(
          Localized(
            es:
              "el período \(record.year) queda fuera del horizonte del plan (\(horizon.lowerBound) a \(horizon.upperBound))",
            en:
              "period \(record.year) is outside the plan's horizon (\(horizon.lowerBound) to \(horizon.upperBound))",
            pt:
              "o período \(record.year) fica fora do horizonte do plano (\(horizon.lowerBound) a \(horizon.upperBound))"
          ),
          at: record.yearRange)
        continue
      }
      if record.year > today.year {
        context.report(
          Localized(
            es: "el período \(record.year) todavía no empezó (hoy es \(today))",
            en: "period \(record.year) has not begun yet (today is \(today))",
            pt: "o período \(record.year) ainda não começou (hoje é \(today))"),
          at: record.yearRange)
        continue
      }
      if let cutoff = record.cutoff, cutoff.value.year != record.year {
        context.report(
          Localized(
            es: "la fecha de corte \(cutoff.value) no cae en el período \(record.year)",
            en: "the cut-off date \(cutoff.value) does not fall in period \(record.year)",
            pt: "a data de corte \(cutoff.value) não cai no período \(record.year)"),
          at: cutoff.range, severity: .warning)
      }
      for measurement in record.measurements {
        guard let date = measurement.date else { continue }
        if today < date.value {
          context.report(
            Localized(
              es:
                "el valor de `\(measurement.indicator.name)` tiene fecha futura (\(date.value); hoy es \(today))",
              en:
                "the value of `\(measurement.indicator.name)` is dated in the future (\(date.value); today is \(today))",
              pt:
                "o valor de `\(measurement.indicator.name)` tem data futura (\(date.value); hoje é \(today))"),
            at: date.range)
        } else if date.value.year != record.year {
          context.report(
            Localized(
              es:
                "el valor de `\(measurement.indicator.name)` se midió en \(date.value.year), pero está en el período \(record.year)",
              en:
                "the value of `\(measurement.indicator.name)` was measured in \(date.value.year), but it is in period \(record.year)",
              pt:
                "o valor de `\(measurement.indicator.name)` foi medido em \(date.value.year), mas está no período \(record.year)"
            ),
            at: date.range, severity: .warning)
        }
      }
    }
  }
}
