import PlanCheck
import PlanDiagnostics
import PlanModel

/// Every fixed word of the yearly progress report (`plan report`), in Spanish, English and
/// Portuguese, side by side. The plan's own document keeps its words in `Labels`.
public struct ReportLabels: Sendable, WordTable {
  public let language: Language

  public init(_ language: Language) {
    self.language = language
  }

  // MARK: - Cover and metadata

  /// "Informe de avance 2027".
  public func reportTitle(_ year: Int) -> String {
    pick("Informe de avance \(year)", "Progress report \(year)", "Relatório de progresso \(year)")
  }
  public func cutoff(_ date: String) -> String {
    pick("Datos al \(date)", "Data as of \(date)", "Dados até \(date)")
  }
  public func reportDate(_ date: String) -> String {
    pick("Emitido el \(date)", "Issued on \(date)", "Emitido em \(date)")
  }
  /// How many files the report was made from (their SHA-256 are in the PDF's metadata).
  public func sourceFiles(_ count: Int) -> String {
    count == 1
      ? pick(
        "Hecho con 1 archivo .plan (su SHA-256, en los metadatos del PDF)",
        "Made from 1 .plan file (its SHA-256 in the PDF's metadata)",
        "Feito com 1 arquivo .plan (seu SHA-256, nos metadados do PDF)")
      : pick(
        "Hecho con \(count) archivos .plan (sus SHA-256, en los metadatos del PDF)",
        "Made from \(count) .plan files (their SHA-256 in the PDF's metadata)",
        "Feito com \(count) arquivos .plan (seus SHA-256, nos metadados do PDF)")
  }
  public var noPeriodWatermark: String {
    pick("SIN DATOS DEL PERÍODO", "NO PERIOD DATA", "SEM DADOS DO PERÍODO")
  }
  public var keyword: String { pick("seguimiento", "monitoring", "acompanhamento") }

  // MARK: - Statuses

  /// The computed status, as a word (always beside its shape).
  public func status(_ status: TrackStatus) -> String {
    switch status {
    case .onTrack: return pick("En camino", "On track", "No caminho")
    case .atRisk: return pick("En riesgo", "At risk", "Em risco")
    case .offTrack: return pick("Desviado", "Off track", "Desviado")
    case .noData: return pick("Sin datos", "No data", "Sem dados")
    case .notDue: return pick("No corresponde", "Not due", "Não se aplica")
    case .judgement: return pick("Requiere juicio", "Needs judgement", "Requer avaliação")
    }
  }
  /// The recorded progress word of an action.
  public func progress(_ word: String) -> String {
    switch word {
    case "no_iniciada": return pick("No iniciada", "Not started", "Não iniciada")
    case "en_curso": return pick("En curso", "In progress", "Em andamento")
    case "demorada": return pick("Demorada", "Delayed", "Atrasada")
    case "pausada": return pick("Pausada", "Paused", "Pausada")
    case "cumplida": return pick("Cumplida", "Done", "Concluída")
    case "cancelada": return pick("Cancelada", "Cancelled", "Cancelada")
    default: return word
    }
  }
  public var notReported: String { pick("Sin informe", "Not reported", "Sem relato") }

  // MARK: - Summary

  public var summary: String { pick("Resumen del período", "Summary of the period", "Resumo do período") }
  public func summaryLead(actions: Int, indicators: Int, cutoff: String) -> String {
    let actions =
      actions == 1
      ? pick("1 acción", "1 action", "1 ação")
      : pick("\(actions) acciones", "\(actions) actions", "\(actions) ações")
    let indicators =
      indicators == 1
      ? pick("1 indicador", "1 indicator", "1 indicador")
      : pick("\(indicators) indicadores", "\(indicators) indicators", "\(indicators) indicadores")
    return pick(
      "Este informe da cuenta, con datos al \(cutoff), de \(actions) y \(indicators) del plan. "
        + "Cada estado se calcula a partir de las metas del plan y de lo registrado en el período; "
        + "se indica con una palabra y una forma, nunca sólo con un color.",
      "This report accounts, with data as of \(cutoff), for \(actions) and \(indicators) of the "
        + "plan. Every status is computed from the plan's targets and what was recorded in the period; it is "
        + "shown with a word and a shape, never with a colour alone.",
      "Este relatório presta contas, com dados até \(cutoff), de \(actions) e \(indicators) do "
        + "plano. Cada situação é calculada a partir das metas do plano e do registrado no período; é indicada "
        + "com uma palavra e uma forma, nunca apenas com uma cor.")
  }
  public func periodNotRecorded(_ year: Int) -> String {
    pick(
      "El plan no registra el período \(year): no hay cambios que comparar.",
      "The plan records no period \(year): there are no changes to compare.",
      "O plano não registra o período \(year): não há mudanças a comparar.")
  }
  public var statusByAxisCaption: String {
    pick(
      "Acciones e indicadores por estado en cada eje, y el estado del eje",
      "Actions and indicators by status in each axis, and the axis's status",
      "Ações e indicadores por situação em cada eixo, e a situação do eixo")
  }
  public var axisStatus: String { pick("Estado del eje", "Axis status", "Situação do eixo") }
  public var wholePlan: String { pick("Todo el plan", "Whole plan", "Todo o plano") }
  public var budgetHeading: String { pick("Presupuesto", "Budget", "Orçamento") }
  public var changesHeading: String {
    pick(
      "Cambios desde el período anterior", "Changes since the previous period",
      "Mudanças desde o período anterior")
  }
  public func firstPeriod(_ year: Int) -> String {
    pick(
      "\(year) es el primer período con registros: no hay cambios que comparar.",
      "\(year) is the first period with records: there are no changes to compare.",
      "\(year) é o primeiro período com registros: não há mudanças a comparar.")
  }
  public func noChanges(_ previous: Int) -> String {
    pick(
      "Ningún estado cambió desde \(previous).", "No status changed since \(previous).",
      "Nenhuma situação mudou desde \(previous).")
  }
  /// "de en camino a en riesgo" (no arrow: the bundled fonts have none).
  public func changed(_ from: String, _ to: String) -> String {
    pick("de \(from) a \(to)", "from \(from) to \(to)", "de \(from) para \(to)")
  }
  public func moreChanges(_ count: Int) -> String {
    pick(
      "Y \(count) cambios más: la lista completa está en el capítulo «Cambios desde el período anterior».",
      "And \(count) more changes: the whole list is in the chapter “Changes since the previous period”.",
      "E mais \(count) mudanças: a lista completa está no capítulo «Mudanças desde o período anterior».")
  }
  public func statusIn(_ year: Int) -> String {
    pick("Estado en \(year)", "Status in \(year)", "Situação em \(year)")
  }
  public var changesCaption: String {
    pick(
      "Acciones e indicadores cuyo estado calculado cambió desde el período anterior.",
      "Actions and indicators whose computed status changed since the previous period.",
      "Ações e indicadores cuja situação calculada mudou desde o período anterior.")
  }

  // MARK: - Chapters

  public var actionsByAxis: String {
    pick("Avance de las acciones por eje", "Progress of the actions by axis", "Progresso das ações por eixo")
  }
  public var actionColumn: String { pick("Acción", "Action", "Ação") }
  public var statusColumn: String { pick("Estado", "Status", "Situação") }
  public var recordedColumn: String { pick("Registrado", "Recorded", "Registrado") }
  public var percentColumn: String { pick("Avance", "Progress", "Progresso") }
  public var narrativeColumn: String { pick("Relato", "Narrative", "Relato") }
  /// The section of the actions no axis of the plan holds.
  public var otherActions: String { pick("Otras acciones", "Other actions", "Outras ações") }
  public var noActions: String {
    pick("El eje no tiene acciones.", "The axis has no actions.", "O eixo não tem ações.")
  }
  public var actionsCaption: String {
    pick(
      "Estado calculado, estado registrado, porcentaje de avance y relato de cada acción.",
      "Computed status, recorded status, percentage of progress and narrative of each action.",
      "Situação calculada, situação registrada, percentual de progresso e relato de cada ação.")
  }
  public var indicators: String { pick("Indicadores", "Indicators", "Indicadores") }
  public var indicatorsLead: String {
    pick(
      "Cada gráfico muestra el camino esperado de la línea de base a la meta (línea de trazos), los valores medidos "
        + "en cada período (puntos) y el estado del último valor.",
      "Each chart shows the expected path from the baseline to the target (dashed line), the values measured in "
        + "each period (dots) and the status of the latest value.",
      "Cada gráfico mostra o caminho esperado da linha de base à meta (linha tracejada), os valores medidos em "
        + "cada período (pontos) e a situação do último valor.")
  }
  public func chartCaption(_ name: String) -> String {
    pick("Indicador: \(name)", "Indicator: \(name)", "Indicador: \(name)")
  }
  public func chartDescription(_ name: String, values: String, status: String) -> String {
    pick(
      "Evolución del indicador «\(name)»: \(values). Estado: \(status).",
      "Trend of the indicator “\(name)”: \(values). Status: \(status).",
      "Evolução do indicador «\(name)»: \(values). Situação: \(status).")
  }
  public var baseline: String { pick("Base", "Baseline", "Base") }
  public var target: String { pick("Meta", "Target", "Meta") }
  public var expected: String { pick("Esperado", "Expected", "Esperado") }
  public var measured: String { pick("Medido", "Measured", "Medido") }
  public var indicatorsTableCaption: String {
    pick(
      "Indicadores sin gráfico: valores escritos, sin línea de base ni meta numérica, o que todavía no corresponde "
        + "medir.",
      "Indicators without a chart: written values, no numeric baseline or target, or not due yet.",
      "Indicadores sem gráfico: valores escritos, sem linha de base nem meta numérica, ou que ainda não cabe "
        + "medir.")
  }
  public var indicatorColumn: String { pick("Indicador", "Indicator", "Indicador") }
  public var valueColumn: String { pick("Valor del período", "Value in the period", "Valor do período") }
  public var noteColumn: String { pick("Nota", "Note", "Nota") }

  public var budgetChapter: String {
    pick("Presupuesto planificado y ejecutado", "Budget planned and spent", "Orçamento planejado e executado")
  }
  public func executedIn(_ year: Int) -> String {
    pick("Ejecutado \(year)", "Spent \(year)", "Executado \(year)")
  }
  public var executedToDate: String { pick("Ejecutado acumulado", "Spent to date", "Executado acumulado") }
  public var budgetSummaryCaption: String {
    pick(
      "Presupuesto del plan y de sus acciones en todo el horizonte, lo ejecutado en el año y lo acumulado.",
      "The plan's and its actions' budget over the whole horizon, what was spent in the year and to date.",
      "Orçamento do plano e de suas ações em todo o horizonte, o executado no ano e o acumulado.")
  }
  public var sourceColumn: String { pick("Fuente", "Source", "Fonte") }
  public var currencyColumn: String { pick("Moneda", "Currency", "Moeda") }
  public var plannedColumn: String { pick("Planificado", "Planned", "Planejado") }
  public var shareColumn: String { pick("Ejecución", "Execution", "Execução") }
  public var noSource: String { pick("Sin fuente", "No source", "Sem fonte") }
  public var budgetCaption: String {
    pick(
      "Presupuesto planificado en todo el horizonte, por fuente y moneda, y lo ejecutado en cada período según "
        + "sus registros; las monedas no se convierten entre sí.",
      "Budget planned over the whole horizon, by source and currency, and what each period's records say was "
        + "spent; currencies are not converted into one another.",
      "Orçamento planejado em todo o horizonte, por fonte e moeda, e o executado em cada período segundo seus "
        + "registros; as moedas não são convertidas entre si.")
  }
  public var noBudget: String {
    pick("El plan no declara presupuesto.", "The plan declares no budget.", "O plano não declara orçamento.")
  }

  public var pendingChapter: String {
    pick(
      "Pendientes: vencidos y sin datos", "Pending: overdue and missing data",
      "Pendências: vencidos e sem dados")
  }
  public var overdueHeading: String { pick("Acciones vencidas", "Overdue actions", "Ações vencidas") }
  public var staleHeading: String {
    pick(
      "Indicadores sin valor en el período", "Indicators without a value in the period",
      "Indicadores sem valor no período")
  }
  public var untilColumn: String { pick("Hasta", "Until", "Até") }
  public var ownerColumn: String { pick("Responsable", "Owner", "Responsável") }
  public var lastValueColumn: String { pick("Último valor", "Latest value", "Último valor") }
  public var noOverdue: String {
    pick("Ninguna acción vencida.", "No overdue action.", "Nenhuma ação vencida.")
  }
  public var noStale: String {
    pick(
      "Todos los indicadores debidos tienen valor.", "Every indicator due has a value.",
      "Todos os indicadores devidos têm valor.")
  }
  public var never: String { pick("nunca medido", "never measured", "nunca medido") }

  public var ownersAnnex: String {
    pick(
      "Anexo: qué corresponde a cada responsable", "Annex: what is due from whom",
      "Anexo: o que cabe a cada responsável")
  }
  public var ownersLead: String {
    pick(
      "Para cada responsable, sus acciones y los indicadores que las miden, con su estado en el período.",
      "For each owner, their actions and the indicators that measure them, with their status in the period.",
      "Para cada responsável, suas ações e os indicadores que as medem, com sua situação no período.")
  }
  public var withoutOwner: String {
    pick("Sin responsable declarado", "No owner declared", "Sem responsável declarado")
  }
  public var itemColumn: String { pick("Acción o indicador", "Action or indicator", "Ação ou indicador") }
  public var progressOrValueColumn: String {
    pick("Avance o valor", "Progress or value", "Progresso ou valor")
  }
  public var dueColumn: String { pick("Vence", "Due", "Vence") }

  // MARK: - Observations

  public var observations: String { pick("Observaciones", "Objections", "Observações") }
}
