import Glibc
import PlanDiagnostics

/// `plan build -o` never writes over the plan it reads: not its main file, not an included file,
/// not its crest — whatever the path looks like (relative, through a link, a hard link).
public enum OutputGuard {
  /// The source that `output` would overwrite, if any: the same file (device and inode) as one of
  /// `sources`. A path that does not exist yet overwrites nothing.
  public static func overwrittenSource(output: String, sources: [String]) -> String? {
    var target = stat()
    guard stat(output, &target) == 0 else { return nil }
    for source in sources {
      var info = stat()
      if stat(source, &info) == 0, info.st_dev == target.st_dev, info.st_ino == target.st_ino {
        return source
      }
    }
    return nil
  }

  /// "error: -o plan.plan es un archivo del plan: …"
  public static func message(output: String, source: String, language: Language) -> String {
    let output = TerminalText.escape(output)
    let source = TerminalText.escape(source)
    return "error: "
      + Localized(
        es: "`-o \(output)` es un archivo del plan (\(source)): el PDF lo sobrescribiría; elija otro nombre, "
          + "por ejemplo `-o plan.pdf`",
        en:
          "`-o \(output)` is a file of the plan (\(source)): the PDF would overwrite it; choose another name, "
          + "for example `-o plan.pdf`",
        pt: "`-o \(output)` é um arquivo do plano (\(source)): o PDF o sobrescreveria; escolha outro nome, "
          + "por exemplo `-o plano.pdf`"
      ).text(language) + "\n"
  }
}
