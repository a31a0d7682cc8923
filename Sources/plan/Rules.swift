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

/// `plan explain G07`: the guideline, why it matters, how to fix it, and its examples.
struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explica una regla: la pauta del método, por qué importa, cómo corregir y ejemplos.")

  @ArgumentParser.Argument(help: "El código de la regla, por ejemplo G07.")
  var rule: String

  @Option(name: .long, help: "Idioma: es (por defecto), en o pt.")
  var lang: String = "es"

  func run() throws {
    guard let language = Language(code: lang) else {
      throw ValidationError("idioma desconocido «\(lang)»: use es, en o pt")
    }
    guard let found = Checker.descriptor(for: rule) else {
      let ids = Checker.rules.map { $0.descriptor.id }
      throw ValidationError("no existe la regla «\(rule)». Las reglas son: \(ids.joined(separator: ", "))")
    }
    Console.out(RuleDocumentation.explain(found, language: language))
  }
}
