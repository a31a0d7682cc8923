import PlanDiagnostics
import PlanModel
import PlanSyntax

/// One value per indicator and period (or per date, for an indicator measured more often).
struct A03UnValorPorPeriodo: Rule {
  static let descriptor = RuleDescriptor(
    id: "A03", name: "UnValorPorPeriodo",
    title: Localized(
      es: "Un valor por indicador y período", en: "One value per indicator and period",
      pt: "Um valor por indicador e período"),
    rationale: Localized(
      es: """
        El informe muestra el valor de cada indicador en el año. Con dos valores para el mismo \
        indicador en el mismo período (a menudo dos áreas que cargaron el mismo dato en archivos \
        distintos) no se sabe cuál vale. Un indicador que se mide más de una vez al año (`frecuencia \
        trimestral`, `mensual`…) puede tener varios valores, cada uno con su fecha.
        """,
      en: """
        The report shows each indicator's value for the year. With two values for the same indicator \
        in the same period (often two departments that recorded the same figure in different files) \
        nobody knows which one holds. An indicator measured more than once a year (`frequency \
        quarterly`, `monthly`…) may have several values, each with its date.
        """,
      pt: """
        O relatório mostra o valor de cada indicador no ano. Com dois valores para o mesmo indicador no \
        mesmo período não se sabe qual vale. Um indicador medido mais de uma vez por ano (`frequencia \
        trimestral`, `mensal`…) pode ter vários valores, cada um com a sua data.
        """),
    help: Localized(
      es: "deje un solo valor, o ponga a cada uno la fecha en que se midió",
      en: "keep one value, or give each the date it was measured",
      pt: "deixe um só valor, ou dê a cada um a data em que foi medido"),
    defaultSeverity: .error, helpPath: "docs/rules.md#a03")

  static let guideline = MonitoringRules.practice
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      MonitoringRules.header + """
        accion a01 "Registro municipal de exportadores" {
          indicador ind_reg "Empresas registradas" base 0 (2025) meta 60 (2027)
        }

        periodo 2026 {
          medicion ind_reg 25
          medicion ↓ind_reg 27
        }
        """,
      MonitoringRules.header + """
        accion a01 "Tablero abierto de metas" {
          indicador ind_tab "Acciones con avance publicado" base 0% (2025) meta 60% (2027) frecuencia trimestral
        }

        periodo 2026 {
          medicion ind_tab 10% fecha 2026-03-31
          medicion ↓ind_tab 12% fecha 2026-03-31
        }
        """,
    ],
    passing: [
      MonitoringRules.header + """
        accion a01 "Tablero abierto de metas" {
          indicador ind_tab "Acciones con avance publicado" base 0% (2025) meta 60% (2027) frecuencia trimestral
        }

        periodo 2026 {
          medicion ind_tab 10% fecha 2026-03-31
          medicion ind_tab 18% fecha 2026-06-30
        }

        periodo 2027 {
          medicion ind_tab 30% fecha 2027-03-31
        }
        """
    ])

  /// Frequencies of indicators measured more than once a year.
  static let severalAYear: Set<String> = [
    "semanal", "quincenal", "mensual", "bimestral", "trimestral", "semestral",
  ]

  func check(_ plan: Plan, _ context: inout RuleContext) {
    var frequency: [String: String] = [:]
    for (indicator, _, _) in plan.allIndicators {
      if let id = indicator.id, let value = indicator.frequency { frequency[id] = value }
    }
    for year in plan.periodYears {
      guard let period = plan.period(year) else { continue }
      var first: [String: Measurement] = [:]
      for measurement in period.measurements {
        let id = measurement.indicator.name
        let often = frequency[id].map { Self.severalAYear.contains($0) } ?? false
        let key = often ? "\(id) \(measurement.date?.value.description ?? "")" : id
        guard let earlier = first[key] else {
          first[key] = measurement
          continue
        }
        context.report(
          Localized(
            es: "`\(id)` ya tiene un valor en el período \(year)\(often ? " con esa fecha" : "")",
            en: "`\(id)` already has a value in period \(year)\(often ? " with that date" : "")",
            pt: "`\(id)` já tem um valor no período \(year)\(often ? " com essa data" : "")"),
          at: measurement.indicator.range,
          notes: [
            Note(
              Localized(
                es: "el otro valor está aquí", en: "the other value is here", pt: "o outro valor está aqui"),
              at: earlier.range)
          ])
      }
    }
  }
}
