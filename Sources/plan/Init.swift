import ArgumentParser
import FoundationEssentials
import Glibc
import PlanCommandLine
import PlanDiagnostics
import PlanSyntax
import PlanTemplates

/// `plan init`: scaffolds a new plan folder for a city with a complete, commented template.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Crea la carpeta de un plan nuevo con una plantilla completa y comentada.",
    discussion: "Ejemplo: plan init \"Villa Aurora\" crea villa-aurora/villa-aurora.plan")

  @ArgumentParser.Argument(help: "Nombre de la ciudad, por ejemplo \"Villa Aurora\".")
  var city: String

  @Option(name: .long, help: "Carpeta a crear (por defecto, el nombre de la ciudad en minúsculas).")
  var directory: String?

  @Option(name: .long, help: "Idioma de la plantilla: es (por defecto), en o pt.")
  var lang: String = "es"

  @Option(name: .long, help: "Primer año del horizonte (por defecto, el año actual).")
  var year: Int?

  func validate() throws {
    if city.allSatisfy(\.isWhitespace) {
      throw ValidationError("el nombre de la ciudad no puede estar vacío")
    }
    // Scalars, not Characters: a quote followed by a combining accent is still a quote.
    if city.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) {
      throw ValidationError("el nombre de la ciudad no puede contener comillas, barras ni saltos de línea")
    }
    let messages = Language(code: lang) ?? .es
    if let problem = Init.nameProblem(city) { throw ValidationError(problem.text(messages)) }
    guard Language(code: lang) != nil else {
      throw ValidationError("idioma de plantilla desconocido «\(lang)»: use es, en o pt")
    }
  }

  func run() throws {
    let language = Language(code: lang) ?? .es
    let slug = Init.slug(city)
    let folder = directory ?? slug
    let fileName = slug + ".plan"
    let path = (folder.hasSuffix("/") || folder.isEmpty ? folder : folder + "/") + fileName
    if FileManager.default.fileExists(atPath: path) {
      Console.error(
        Localized(
          es: "error: \(path) ya existe; no se escribió nada\n",
          en: "error: \(path) already exists; nothing was written\n",
          pt: "erro: \(path) já existe; nada foi escrito\n"
        ).text(language))
      throw ExitCode(2)
    }
    // A folder this command creates is removed again if the plan cannot be written (a full disk).
    let created = !FileManager.default.fileExists(atPath: folder)
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      Console.error("error: \(TerminalText.escape(folder)): \(Init.folderProblem.text(language))\n")
      throw ExitCode(2)
    }
    let parts = todayUTC()
    let first = year ?? parts.year
    let today = PlanDate(year: parts.year, month: parts.month, day: parts.day).description
    let text = Template.render(
      language, Template.Values(city: city, file: path, firstYear: first, today: today))
    do {
      try ReplacementFile.replace(path, with: Array(text.utf8))
    } catch {
      if created { try? FileManager.default.removeItem(atPath: folder) }
      Console.error("error: \(TerminalText.escape(error.message.text(language)))\n")
      throw ExitCode(2)
    }
    Console.out(
      Localized(
        es: "Se creó \(path). Siguiente paso: plan check \(path)\n",
        en: "Created \(path). Next: plan check \(path)\n",
        pt: "\(path) foi criado. Próximo passo: plan check \(path)\n"
      ).text(language))
  }

  /// A city name longer than this is refused (its folder and file are named after it).
  static let maximumNameLength = 100

  /// Why a city name cannot be used, beyond quotes and line breaks: too long, or a control
  /// character (which would end up in the template and on every terminal that shows it).
  static func nameProblem(_ city: String) -> Localized? {
    if city.count > maximumNameLength {
      return Localized(
        es: "el nombre de la ciudad tiene \(city.count) caracteres: el máximo es \(maximumNameLength)",
        en: "the city's name has \(city.count) characters: at most \(maximumNameLength)",
        pt: "o nome da cidade tem \(city.count) caracteres: o máximo é \(maximumNameLength)")
    }
    if let bad = city.unicodeScalars.first(where: {
      let kind = SpecialCharacters.kind(of: $0.value)
      return kind == .control || kind == .nonCharacter || $0 == "\t"
    }) {
      let name = SpecialCharacters.name(bad.value)
      return Localized(
        es: "el nombre de la ciudad tiene un carácter invisible: \(name.es)",
        en: "the city's name has an invisible character: \(name.en)",
        pt: "o nome da cidade tem um caractere invisível: \(name.text(.pt))")
    }
    return nil
  }

  static let folderProblem = Localized(
    es: "no se puede crear la carpeta (revise el nombre, los permisos y el espacio libre)",
    en: "cannot create the folder (check its name, the permissions and the free space)",
    pt: "não é possível criar a pasta (verifique o nome, as permissões e o espaço livre)")

  /// `Villa Aurora` → `villa-aurora`; `San Martín de los Andes` → `san-martin-de-los-andes`.
  static func slug(_ city: String) -> String {
    let folded = Keywords.fold(city)
    var slug = ""
    for character in folded {
      if character.isLetter || character.isNumber {
        slug.append(character)
      } else if !slug.isEmpty, slug.last != "-" {
        slug.append("-")
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "plan" : slug
  }
}
