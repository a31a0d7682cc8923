import PlanDiagnostics
import PlanModel
import PlanSyntax

/// A value off track says why.
struct A05DesvioConNota: Rule {
  static let descriptor = RuleDescriptor(
    id: "A05", name: "DesvioConNota",
    title: Localized(
      es: "Un valor desviado explica por qué", en: "An off-track value says why",
      pt: "Um valor desviado explica por quê"),
    rationale: Localized(
      es: """
        Cuando un valor queda lejos de lo esperado para su fecha (menos del umbral `en_riesgo` del \
        avance esperado, 60 % si no se cambió), el informe al Concejo debe decir qué pasó y qué se \
        hará: es lo primero que preguntará un concejal. Lo esperado sale de la línea de base y las \
        metas del indicador, en línea recta entre ellas.
        """,
      en: """
        When a value is far from what was expected for its date (less than the `at_risk` threshold of \
        the expected progress, 60% unless changed), the report to the council must say what happened and \
        what will be done: it is the first thing a councillor will ask. The expectation comes from the \
        indicator's baseline and targets, in a straight line between them.
        """,
      pt: """
        Quando um valor fica longe do esperado para a sua data (menos do limiar `em_risco` do avanço \
        esperado, 60 % se não foi mudado), o relatório à Câmara deve dizer o que aconteceu e o que será \
        feito. O esperado sai da linha de base e das metas do indicador, em linha reta entre elas.
        """),
    help: Localized(
      es: "agregue `nota \"qué pasó y qué se hará\"` al valor",
      en: "add `note \"what happened and what will be done\"` to the value",
      pt: "acrescente `nota \"o que aconteceu e o que será feito\"` ao valor"),
    defaultSeverity: .warning, helpPath: "docs/rules.md#a05")

  static let guideline = MonitoringRules.practice
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      MonitoringRules.exporters + """
        periodo 2026 {
          medicion ind_oe1 ↓22 fuente "Registro municipal de exportadores"
        }
        """
    ],
    passing: [
      MonitoringRules.exporters + """
        periodo 2026 {
          medicion ind_oe1 22 {
            fuente "Registro municipal de exportadores"
            nota   "Dos empresas dejaron de exportar por la caída del real; el programa las acompaña en 2027"
          }
        }

        periodo 2027 {
          medicion ind_oe1 31
        }
        """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    let thresholds = Thresholds(plan.review)
    var indicators: [String: Indicator] = [:]
    for (indicator, _, _) in plan.allIndicators {
      if let id = indicator.id, indicators[id] == nil { indicators[id] = indicator }
    }
    let horizon = plan.metadata.horizon?.value
    for record in plan.periodRecords {
      for measurement in record.measurements where measurement.note == nil {
        guard let indicator = indicators[measurement.indicator.name] else { continue }
        let trajectory = IndicatorTrajectory(indicator, horizon: horizon)
        let status = PeriodTracking.status(
          of: measurement, indicator: indicator, trajectory: trajectory, thresholds: thresholds)
        guard status == .offTrack else { continue }
        let expected = trajectory?.expected(at: measurement.effectiveDate.fractionalYear)
        let figure = expected.map { MonitoringRules.figure($0) } ?? Localized(es: "—", en: "—", pt: "—")
        context.report(
          Localized(
            es:
              "`\(measurement.indicator.name)` está desviado (se esperaba cerca de \(figure.es)) y el valor no tiene nota",
            en:
              "`\(measurement.indicator.name)` is off track (about \(figure.en) was expected) and the value has no note",
            pt:
              "`\(measurement.indicator.name)` está desviado (esperava-se perto de \(figure.pt)) e o valor não tem nota"
          ),
          at: measurement.valueRange)
      }
    }
  }
}
