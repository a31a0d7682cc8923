import ArgumentParser
import FoundationEssentials
import Glibc
import PlanDiagnostics

/// Options every command that prints diagnostics shares.
public struct OutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp("Idioma de los mensajes: es, en o pt (por defecto, el del plan).", valueName: "idioma")
  )
  public var lang: String?

  @Option(
    name: .long,
    help: ArgumentHelp("Color: auto, always o never (NO_COLOR lo desactiva).", valueName: "color"))
  public var color: ColorChoice = .auto

  public init() {}

  public func language(default plan: Language) throws -> Language {
    guard let lang else { return plan }
    guard let language = Language(code: lang) else {
      throw ValidationError("idioma desconocido «\(lang)»: use es, en o pt")
    }
    return language
  }

  public func useColor(for handle: Int32) -> Bool {
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

  /// The options as command-line words, to hand them on to another `plan` executable.
  public var arguments: [String] {
    (lang.map { ["--lang", $0] } ?? []) + ["--color", color.rawValue]
  }
}

public enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
  case auto, always, never
}

extension Language {
  /// The language of the user's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), for messages that come
  /// before any plan or `--lang`; Spanish when the locale is none of ours.
  public static func fromEnvironment() -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty else { continue }
      return Language(code: value) ?? .es
    }
    return .es
  }
}
