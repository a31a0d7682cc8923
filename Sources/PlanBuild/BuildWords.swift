import PlanDiagnostics
import PlanPDF

/// The words `plan build` and `plan watch` say about a build (not the document's, not the findings').
public enum BuildWords {
  /// The watermark of a copy built despite errors.
  public static let withObservations = Localized(
    es: "CON OBSERVACIONES", en: "WITH OBSERVATIONS", pt: "COM OBSERVAÇÕES")

  public static func written(_ path: String, pages: Int) -> Localized {
    Localized(
      es: "Se generó \(path) (\(pages) páginas).", en: "Wrote \(path) (\(pages) pages).",
      pt: "Foi gerado \(path) (\(pages) páginas).")
  }

  public static func refused(errors: Int) -> Localized {
    Localized(
      es: "No se generó el PDF: el plan tiene \(errors) error(es). Corríjalos, o use --force para generar "
        + "una copia marcada «CON OBSERVACIONES».",
      en:
        "The PDF was not built: the plan has \(errors) error(s). Fix them, or use --force for a copy marked "
        + "\"WITH OBSERVATIONS\".",
      pt: "O PDF não foi gerado: o plano tem \(errors) erro(s). Corrija-os, ou use --force para gerar uma "
        + "cópia marcada «COM OBSERVAÇÕES».")
  }

  public static let warning = Localized(es: "advertencia", en: "warning", pt: "aviso")

  /// The findings a build does not print (it prints the first `BuildReport.findingLimit`; a build
  /// reports errors and warnings only).
  public static func notListed(_ hidden: DiagnosticCounts, plan: String) -> Localized {
    let (total, e, w) = (hidden.total, hidden.errors, hidden.warnings)
    return Localized(
      es: "… y \(total) \(total == 1 ? "hallazgo más" : "hallazgos más") (\(e) error(es), \(w) "
        + "advertencia(s)), que no se muestran: `plan check \(plan)` los lista todos",
      en: "… and \(total) more \(total == 1 ? "finding" : "findings") (\(e) error(s), \(w) warning(s)), "
        + "not shown: `plan check \(plan)` lists them all",
      pt: "… e mais \(total) \(total == 1 ? "achado" : "achados") (\(e) erro(s), \(w) aviso(s)), "
        + "não mostrados: `plan check \(plan)` lista todos")
  }
}

extension BuildWords {
  /// Why there are no fonts: every folder searched, one per line, and the two ways to fix it.
  public static func fonts(_ error: FontLibraryError) -> Localized {
    switch error {
    case .noFonts(let searched):
      let list = searched.map { "  \($0)\n" }.joined()
      return Localized(
        es: "no se encontraron las fuentes del documento (archivos .ttf u .otf). Se buscaron en:\n\(list)"
          + "Instale plan con `make install` (copia las fuentes a PREFIX/share/plan/fonts), o indique la "
          + "carpeta fonts/ del repositorio de plan con la variable PLAN_FONTS, por ejemplo:\n"
          + "  PLAN_FONTS=/ruta/a/plan/fonts plan build plan.plan",
        en: "the document's fonts (.ttf or .otf files) were not found. These folders were searched:\n\(list)"
          + "Install plan with `make install` (it copies the fonts to PREFIX/share/plan/fonts), or point "
          + "the PLAN_FONTS variable at the fonts/ folder of plan's repository, for example:\n"
          + "  PLAN_FONTS=/path/to/plan/fonts plan build plan.plan",
        pt: "as fontes do documento (arquivos .ttf ou .otf) não foram encontradas. Foram procuradas em:\n"
          + list
          + "Instale plan com `make install` (copia as fontes para PREFIX/share/plan/fonts), ou indique a "
          + "pasta fonts/ do repositório de plan com a variável PLAN_FONTS, por exemplo:\n"
          + "  PLAN_FONTS=/caminho/para/plan/fonts plan build plan.plan")
    case .unusable(let directory):
      return Localized(
        es:
          "fontconfig no pudo leer las fuentes de \(directory): revise que sean archivos .ttf u .otf válidos",
        en:
          "fontconfig could not read the fonts in \(directory): check that they are valid .ttf or .otf files",
        pt: "fontconfig não conseguiu ler as fontes de \(directory): verifique se são arquivos .ttf ou .otf "
          + "válidos")
    }
  }
}
