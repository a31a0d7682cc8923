import ArgumentParser
import Foundation
import PlanDiagnostics

/// `plan`: the compiler for municipal internationalization plans.
@main
struct Plan: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Compilador de planes de internacionalización municipal (.plan).",
    discussion: """
      Revisa, da formato y crea planes estratégicos de internacionalización escritos como texto.
      Checks, formats and scaffolds city internationalization plans written as plain text.

      Códigos de salida / exit codes: 0 sin problemas, 1 hallazgos o archivos sin formato,
      2 no se pudo ejecutar (uso incorrecto, archivo ilegible).
      """,
    version: version,
    subcommands: [Build.self, Check.self, Format.self, Init.self, Rules.self, Explain.self]
  )

  /// Runs the command, mapping every usage error to exit code 2 (argument-parser uses 64).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      if let exit = error as? ExitCode {
        Foundation.exit(exit.rawValue)
      }
      FileHandle.standardError.write((fullMessage(for: error) + "\n").data(using: .utf8)!)
      Foundation.exit(2)
    }
  }
}

/// Options every command that prints diagnostics shares.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: "Idioma de los mensajes: es, en o pt (por defecto, el del plan).")
  var lang: String?

  @Option(name: .long, help: "Color: auto, always o never (NO_COLOR lo desactiva).")
  var color: ColorChoice = .auto

  func language(default plan: Language) throws -> Language {
    guard let lang else { return plan }
    guard let language = Language(code: lang) else {
      throw ValidationError("idioma desconocido «\(lang)»: use es, en o pt")
    }
    return language
  }

  func useColor(for handle: Int32) -> Bool {
    switch color {
    case .always: return true
    case .never: return false
    case .auto:
      let environment = ProcessInfo.processInfo.environment
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      if environment["TERM"] == "dumb" { return false }
      return isatty(handle) == 1
    }
  }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

/// Writes to standard output or error without buffering surprises.
enum Console {
  static func out(_ text: String) { FileHandle.standardOutput.write(text.data(using: .utf8)!) }
  static func error(_ text: String) { FileHandle.standardError.write(text.data(using: .utf8)!) }
}
