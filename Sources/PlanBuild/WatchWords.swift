import PlanDiagnostics

/// The words `plan watch` says between builds.
enum WatchWords {
  static func waiting(_ files: Int) -> Localized {
    Localized(
      es: "Esperando cambios en \(files) archivo(s) del plan (Ctrl-C para terminar).",
      en: "Waiting for changes to \(files) file(s) of the plan (Ctrl-C to stop).",
      pt: "Aguardando mudanças em \(files) arquivo(s) do plano (Ctrl-C para terminar).")
  }

  static func changed(_ names: [String]) -> Localized {
    let list = names.joined(separator: ", ")
    return Localized(es: "Cambió: \(list)", en: "Changed: \(list)", pt: "Mudou: \(list)")
  }

  static func written(_ path: String, pages: Int, milliseconds: Int) -> Localized {
    Localized(
      es: "Se generó \(path) (\(pages) páginas) en \(milliseconds) ms.",
      en: "Wrote \(path) (\(pages) pages) in \(milliseconds) ms.",
      pt: "Foi gerado \(path) (\(pages) páginas) em \(milliseconds) ms.")
  }

  static func keptLastGood(errors: Int) -> Localized {
    Localized(
      es: "El plan tiene \(errors) error(es): el PDF anterior queda como estaba.",
      en: "The plan has \(errors) error(s): the previous PDF is left as it was.",
      pt: "O plano tem \(errors) erro(s): o PDF anterior fica como estava.")
  }

  static let notBuilt = Localized(
    es: "No se generó el PDF; se vuelve a intentar con el próximo cambio.",
    en: "The PDF was not built; it is tried again with the next change.",
    pt: "O PDF não foi gerado; tenta-se de novo com a próxima mudança.")

  static func noViewer(_ viewer: String, pdf: String) -> Localized {
    Localized(
      es:
        "no se pudo abrir \(pdf) con \(viewer); ábralo con su visor de PDF (PLAN_VIEWER elige otro programa)",
      en:
        "could not open \(pdf) with \(viewer); open it with your PDF viewer (PLAN_VIEWER chooses another program)",
      pt:
        "não foi possível abrir \(pdf) com \(viewer); abra-o com seu visualizador de PDF (PLAN_VIEWER escolhe outro "
        + "programa)")
  }
}
