import PlanBuildInfo
import PlanDiagnostics
import PlanPDF

/// What `plan --version` prints: the version, the commit it was built from, the C libraries it runs
/// against and where its fonts are — what a bug report needs.
public enum VersionText {
  public static func full(_ language: Language) -> String {
    let commit = BuildInfo.commit ?? VersionWords.unknownCommit.text(language)
    let fonts =
      FontLibrary.searchPaths().first(where: FontLibrary.holdsFonts)
      ?? VersionWords.noFonts.text(language)
    return """
      plan \(BuildInfo.version) (commit \(commit))
      cairo \(LibraryVersions.cairo), pango \(LibraryVersions.pango), fontconfig \(LibraryVersions.fontconfig), \
      libhyphen \(LibraryVersions.hyphen)
      \(VersionWords.fonts.text(language)): \(fonts)

      """
  }
}

enum VersionWords {
  static let unknownCommit = Localized(
    es: "desconocido: no se compiló desde git", en: "unknown: not built from git",
    pt: "desconhecido: não foi compilado a partir do git")
  static let fonts = Localized(es: "fuentes", en: "fonts", pt: "fontes")
  static let noFonts = Localized(
    es: "no encontradas (vea PLAN_FONTS en `man plan`)", en: "not found (see PLAN_FONTS in `man plan`)",
    pt: "não encontradas (veja PLAN_FONTS em `man plan`)")
}
