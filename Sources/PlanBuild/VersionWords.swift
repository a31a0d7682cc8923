import PlanDiagnostics

/// The words of `plan --version` (`VersionText`).
enum VersionWords {
  static let unknownCommit = Localized(
    es: "desconocido: no se compiló desde git", en: "unknown: not built from git",
    pt: "desconhecido: não foi compilado a partir do git")
  static let fonts = Localized(es: "fuentes", en: "fonts", pt: "fontes")
  static let noFonts = Localized(
    es: "no encontradas (vea PLAN_FONTS en `man plan`)", en: "not found (see PLAN_FONTS in `man plan`)",
    pt: "não encontradas (veja PLAN_FONTS em `man plan`)")
}
