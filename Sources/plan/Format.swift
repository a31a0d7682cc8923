import ArgumentParser
import FoundationEssentials
import Glibc
import PlanCommandLine
import PlanDiagnostics
import PlanSyntax

/// `plan fmt`: rewrites plans in canonical form, keeping every comment and word.
struct Format: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Da formato canónico a archivos .plan (sangría, espaciado, palabras clave, columnas).",
    discussion: """
      Con carpetas, da formato a todos los .plan que contienen. Un archivo con errores de sintaxis
      no se modifica. Con --check no escribe nada: muestra las diferencias y sale con 1 si algún
      archivo no tiene el formato canónico. Con --fix aplica además las correcciones seguras que
      propone `plan check` y muestra cada una (archivo:línea:columna, código, antes → después).
      """)

  @ArgumentParser.Argument(
    help: ArgumentHelp("Archivos .plan o carpetas.", valueName: "plan"),
    completion: .file(extensions: ["plan"]))
  var paths: [String]

  @Flag(name: .long, help: "No escribe: muestra un diff y sale con 1 si algo cambiaría.")
  var check = false

  @Flag(name: .long, help: "Imprime el resultado en la salida estándar en lugar de escribir el archivo.")
  var stdout = false

  @Flag(
    name: .long,
    help: """
      Antes de dar formato, aplica las correcciones seguras (una palabra clave mal escrita que sólo \
      puede ser una, caracteres pegados, comillas) y muestra cada una.
      """)
  var fix = false

  @OptionGroup var output: OutputOptions

  func run() throws {
    var unformatted: [String] = []
    var hadErrors = false
    var unreadable = false
    var messages = try output.language(default: .es)
    for path in try expand(paths, language: messages) {
      let data: [UInt8]
      switch SafeFile.read(path, limit: PlanLoader.maximumFileSize) {
      case .success(let bytes): data = bytes
      case .failure(let reason):
        Console.error("error: \(TerminalText.escape(path)): \(reason.reason.text(messages))\n")
        unreadable = true
        continue
      }
      let fixed = fix ? SafeFixes.apply(path: path, bytes: data) : nil
      let file = Parser.parse(path: path, bytes: fixed?.bytes ?? data)
      KeptUntilExit.keep(file)
      if output.lang == nil { messages = LanguageDetection.detect(file) }
      if let fixed, !fixed.applied.isEmpty {
        let report = SafeFixes.describe(fixed.applied, path: path, language: messages)
        if stdout { Console.error(report) } else { Console.out(report) }
      }
      let formatted: [UInt8]
      do {
        formatted = try Formatter.formatBytes(file)
      } catch {
        hadErrors = true
        if case .syntaxErrors(let diagnostics) = error {
          Console.error(
            Reports.list(
              diagnostics, language: messages, color: output.useColor(for: STDERR_FILENO),
              source: file.source,
              uncollected: file.uncollected))
        }
        Console.error(
          TerminalText.escape(path)
            + Localized(
              es: ": no se le dio formato porque tiene errores de sintaxis; el archivo no se modificó\n",
              en: ": not formatted because it has syntax errors; the file was not changed\n",
              pt: ": não foi formatado porque tem erros de sintaxe; o arquivo não foi alterado\n"
            ).text(messages))
        continue
      }
      if stdout {
        Console.out(bytes: formatted)
        continue
      }
      guard !data.elementsEqual(formatted) else { continue }
      if check {
        unformatted.append(path)
        Console.out(FormatCheck.report(old: data, new: formatted, path: path, language: messages))
      } else {
        do {
          try ReplacementFile.replace(path, with: formatted)
        } catch {
          Console.error("error: \(TerminalText.escape(error.message.text(messages)))\n")
          unreadable = true
        }
      }
    }
    if check, !unformatted.isEmpty {
      let list = TerminalText.escape(unformatted.joined(separator: " "))
      Console.error(
        Localized(
          es: "\(unformatted.count) archivo(s) sin formato canónico; ejecute: plan fmt \(list)\n",
          en: "\(unformatted.count) file(s) not in canonical form; run: plan fmt \(list)\n",
          pt: "\(unformatted.count) arquivo(s) sem o formato canônico; execute: plan fmt \(list)\n"
        ).text(messages))
    }
    if unreadable { throw ExitCode(2) }
    if hadErrors || !unformatted.isEmpty { throw ExitCode(1) }
  }

  /// Files as given, and every `.plan` file below each folder, in a stable order.
  private func expand(_ paths: [String], language: Language) throws -> [String] {
    var result: [String] = []
    for path in paths {
      var isDirectory = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        let missing = Localized(
          es: "el archivo no existe", en: "the file does not exist", pt: "o arquivo não existe")
        Console.error("error: \(TerminalText.escape(path)): \(missing.text(language))\n")
        throw ExitCode(2)
      }
      result += isDirectory ? PlanDiscovery.planFiles(in: path) : [path]
    }
    return result
  }
}
