import ArgumentParser
import FoundationEssentials
import Glibc
import PlanCheck
import PlanCommandLine
import PlanDiagnostics

/// `plan rules`: every rule with its id, severity and title.
struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "Lista las reglas de `plan check` con su código, severidad y título.")

  @Option(name: .long, help: "Idioma: es (por defecto), en o pt.")
  var lang: String = "es"

  @Flag(name: .long, help: "Imprime la documentación completa en Markdown (la de docs/rules.md).")
  var markdown = false

  func run() throws {
    guard let language = Language(code: lang) else {
      throw ValidationError("idioma desconocido «\(lang)»: use es, en o pt")
    }
    Console.out(
      markdown
        ? RuleDocumentation.markdown(Checker.rules)
        : RuleDocumentation.list(Checker.rules, language: language))
  }
}

/// `plan explain G07`: the guideline, why it matters, how to fix it, and its examples; the same for
/// every other code (`S003`, `E106`, `M001`…). With no code, the list of them all.
struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explica un código: qué significa, por qué importa, cómo corregirlo y un ejemplo.",
    discussion: """
      Sirve para las reglas del método (G01–G12, T, D, B, P) y para todo otro código que puedan
      mostrar plan check o plan build (S sintaxis, E estructura, F archivos, M coherencia, R
      revisión, C composición). Sin código, los lista todos.
      """)

  @ArgumentParser.Argument(help: "El código, por ejemplo G07 o E106.")
  var code: String?

  @Option(name: .long, help: "Idioma: es (por defecto), en o pt.")
  var lang: String = "es"

  @Flag(name: .long, help: "Imprime la documentación de los códigos en Markdown (la de docs/codes.md).")
  var markdown = false

  func run() throws {
    guard let language = Language(code: lang) else {
      throw ValidationError("idioma desconocido «\(lang)»: use es, en o pt")
    }
    if markdown {
      Console.out(CodeDocumentationText.markdown())
      return
    }
    guard let code else {
      Console.out(CodeDocumentationText.list(language: language))
      return
    }
    if let rule = Checker.descriptor(for: code) {
      Console.out(RuleDocumentation.explain(rule, language: language))
    } else if let documentation = CodeCatalog.documentation(for: code) {
      Console.out(CodeDocumentationText.explain(documentation, language: language))
    } else {
      throw ValidationError(
        "no existe el código «\(code)». `plan explain` sin código los lista todos (reglas: "
          + Checker.rules.map { $0.descriptor.id }.joined(separator: ", ") + ")")
    }
  }
}
