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
      archivo no tiene el formato canónico.
      """)

  @ArgumentParser.Argument(
    help: ArgumentHelp("Archivos .plan o carpetas.", valueName: "plan"),
    completion: .file(extensions: ["plan"]))
  var paths: [String]

  @Flag(name: .long, help: "No escribe: muestra un diff y sale con 1 si algo cambiaría.")
  var check = false

  @Flag(name: .long, help: "Imprime el resultado en la salida estándar en lugar de escribir el archivo.")
  var stdout = false

  @OptionGroup var output: OutputOptions

  func run() throws {
    var unformatted: [String] = []
    var hadErrors = false
    var unreadable = false
    var messages = try output.language(default: .es)
    for path in try expand(paths, language: messages) {
      guard let data = FileManager.default.contents(atPath: path) else {
        Console.error(
          messages == .en
            ? "error: \(path): cannot read the file\n" : "error: \(path): no se puede leer el archivo\n")
        unreadable = true
        continue
      }
      let file = Parser.parse(path: path, bytes: [UInt8](data))
      KeptUntilExit.keep(file)
      if output.lang == nil { messages = LanguageDetection.detect(file) }
      let formatted: [UInt8]
      do {
        formatted = try Formatter.formatBytes(file)
      } catch {
        hadErrors = true
        let reporter = TextReporter(
          language: messages, color: output.useColor(for: STDERR_FILENO),
          sources: { [source = file.source] _ in source })
        if case .syntaxErrors(let diagnostics) = error {
          for diagnostic in diagnostics.sortedForOutput() {
            Console.error(reporter.render(diagnostic) + "\n")
          }
        }
        Console.error(
          messages == .en
            ? "\(path): not formatted because it has syntax errors; the file was not changed\n"
            : "\(path): no se le dio formato porque tiene errores de sintaxis; el archivo no se modificó\n")
        continue
      }
      if stdout {
        Console.out(bytes: formatted)
        continue
      }
      guard !data.elementsEqual(formatted) else { continue }
      if check {
        unformatted.append(path)
        Console.out(
          UnifiedDiff.make(
            old: String(decoding: data, as: UTF8.self), new: String(decoding: formatted, as: UTF8.self),
            oldName: path, newName: path + (messages == .en ? " (formatted)" : " (con formato)")))
      } else {
        do {
          try AtomicFile.write(formatted, to: path)
        } catch {
          Console.error("error: \(error)\n")
          unreadable = true
        }
      }
    }
    if check, !unformatted.isEmpty {
      let list = unformatted.joined(separator: " ")
      Console.error(
        messages == .en
          ? "\(unformatted.count) file(s) not in canonical form; run: plan fmt \(list)\n"
          : "\(unformatted.count) archivo(s) sin formato canónico; ejecute: plan fmt \(list)\n")
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
        Console.error("error: \(path): \(missing.text(language))\n")
        throw ExitCode(2)
      }
      result += isDirectory ? PlanDiscovery.planFiles(in: path) : [path]
    }
    return result
  }
}
