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
        identificador. El aviso señala dónde actuar: el `periodo` de ese año que ya registra el \
        trabajo que el indicador mide (el avance y los valores de su acción, o los de su objetivo y \
        las acciones que lo sirven) —el archivo de seguimiento de su área—, o el primero si ninguno \
        lo registra; si el indicador no tiene identificador, su declaración, donde hay que escribirlo.
        """,
      en: """
        The yearly report shows each indicator with its latest value. An indicator due in the last \
        period recorded that has no value there shows as "no data": the council cannot tell whether the \
        target is on track. A value is due every year from the one after the baseline to the last \
        target's (every other year with `frequency biennial`, once with `once`), unless its action has \
        not started or was cancelled. To record values, the indicator needs an identifier. The \
        finding points where to act: that year's `period` block that already records the work the \
        indicator measures (its action's progress and values, or its objective's and those of the \
        actions serving it) — its department's monitoring file —, or the first one when none does; \
        for an indicator without an identifier, its declaration, where one must be written.
        """,
      pt: """
        O relatório anual mostra cada indicador com o seu último valor. Um indicador que devia ser \
        medido no último período registrado e não tem valor aparece «sem dados». Espera-se um valor \
        cada ano desde o seguinte à linha de base até o da última meta, salvo se a sua ação não começou \
        ou foi cancelada. Para registrar valores, o indicador precisa de um identificador. O aviso \
        aponta onde agir: o `periodo` desse ano que já registra o trabalho que o indicador mede (o \
        avanço e os valores da sua ação, ou os do seu objetivo e das ações que o servem), ou o \
        primeiro se nenhum o registra; se o indicador não tem identificador, a sua declaração.
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
            ↓indicador "Pymes que exportan" base 23 (2025) meta 34 (2028)
          }
        }

        periodo 2026 {
          corte 2026-12-31
        }
        """,
      // Two departments' blocks of one year: the finding lands in the one recording the fair.
      MonitoringRules.header + """
        accion a01 "Feria en Milán" {
          desde     2026-03
          hasta     2027-10
          indicador ind_feria "Empresas en la feria" base 0 (2025) meta 10 (2027)
        }

        accion a02 "Ronda de negocios" {
          desde     2026-03
          hasta     2027-10
          indicador ind_ronda "Reuniones de negocios" base 0 (2025) meta 100 (2027)
        }

        periodo 2027 {
          medicion ind_ronda 80
        }

        periodo ↓2027 {
          avance a01 en_curso 60%
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
    guard let last = plan.periodYears.last, let period = plan.period(last) else { return }
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
      let block = Self.block(recording: entry, in: period, of: plan).yearRange
      // Without an identifier nothing can be recorded: the declaration is where to act.
      let place = indicator.id == nil ? indicator.range : block
      let note =
        indicator.id == nil
        ? Note(
          Localized(es: "el período está aquí", en: "the period is here", pt: "o período está aqui"),
          at: block)
        : Note(
          Localized(es: "el indicador está aquí", en: "the indicator is here", pt: "o indicador está aqui"),
          at: indicator.range)
      context.report(
        message, at: place, notes: [note],
        help: indicator.id == nil
          ? Localized(
            es: "escriba un identificador antes del nombre: `indicador ind_x \"\(indicator.name)\" …`",
            en: "write an identifier before the name: `indicator ind_x \"\(indicator.name)\" …`",
            pt: "escreva um identificador antes do nome: `indicador ind_x \"\(indicator.name)\" …`") : nil)
    }
  }
}

extension A04IndicadorAlDia {
  /// The block of the period where the indicator's value belongs: the one recording most of the
  /// work it measures (its action's progress and values; or its objective's values and the
  /// progress and values of the actions serving it), the first in reading order on a tie.
  static func block(recording entry: PeriodTracking.IndicatorEntry, in period: Period, of plan: Plan)
    -> PeriodRecord
  {
    let actions = plan.actions.filter { action in
      if let id = entry.action { return action.id == id }
      guard let objective = entry.objective else { return false }
      return action.objectives.contains { $0.name == objective }
    }
    let actionIDs = Set(actions.map(\.id))
    var indicatorIDs = Set(actions.flatMap(\.indicators).compactMap(\.id))
    if let objective = entry.objective, let declared = plan.objectives.first(where: { $0.id == objective }) {
      indicatorIDs.formUnion(declared.indicators.compactMap(\.id))
    }
    func work(_ record: PeriodRecord) -> Int {
      record.measurements.filter { indicatorIDs.contains($0.indicator.name) }.count
        + record.progress.filter { actionIDs.contains($0.action.name) }.count
    }
    var best = period.records[0]
    var most = work(best)
    for record in period.records.dropFirst() where work(record) > most {
      best = record
      most = work(record)
    }
    return best
  }
}
