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
