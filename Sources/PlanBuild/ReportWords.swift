import PlanDiagnostics

/// The words `plan report` says about a report (not the report's own, which are in `ReportLabels`).
extension BuildWords {
  public static func noPeriodData(_ year: Int) -> Localized {
    Localized(
      es: "el plan no registra el período \(year) (ningún bloque `periodo \(year)`, ni en archivos de "
        + "seguimiento junto al plan). Agréguelo, elija otro año con --periodo, o use --force para un informe "
        + "marcado «SIN DATOS DEL PERÍODO».",
      en:
        "the plan records no period \(year) (no `period \(year)` block, not even in monitoring files beside "
        + "the plan). Add it, choose another year with --period, or use --force for a report marked "
        + "\"NO PERIOD DATA\".",
      pt: "o plano não registra o período \(year) (nenhum bloco `periodo \(year)`, nem em arquivos de "
        + "acompanhamento junto ao plano). Acrescente-o, escolha outro ano com --periodo, ou use --force para "
        + "um relatório marcado «SEM DADOS DO PERÍODO».")
  }

  public static func csvWritten(_ path: String, rows: Int) -> Localized {
    Localized(
      es: "Se generó \(path) (\(rows) filas).", en: "Wrote \(path) (\(rows) rows).",
      pt: "Foi gerado \(path) (\(rows) linhas).")
  }
}
