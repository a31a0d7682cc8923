import ArgumentParser
import FoundationEssentials
import Glibc
import PlanCheck
import PlanCommandLine
import PlanDiagnostics
import PlanDocument
import PlanLayout
import PlanPDF
import PlanSyntax

/// `plan-build`, what `plan build` runs: checks the plan, then typesets the PDF the executive sends
/// to the council. A separate executable so that only it loads the typesetting libraries.
@main
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan build", abstract: BuildArguments.abstract, discussion: BuildArguments.discussion,
    version: planVersion)

  @OptionGroup var arguments: BuildArguments

  static func main() { runMapped() }

  func run() throws {
    // PLAN_TIMINGS=1 prints how long each stage took (see bench/README.md).
    let timings = getenv("PLAN_TIMINGS") != nil
    var clock = ContinuousClock.now
    func lap(_ stage: String) {
      guard timings else { return }
      let now = ContinuousClock.now
      let elapsed = (now - clock).components
      let milliseconds = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
      Console.error("\(stage): \(Int(milliseconds.rounded())) ms, peak \(Self.peakMemory()) MB\n")
      clock = now
    }
    InterruptedBuild.removeTemporaryFileOnSignals()
    // Fonts are found and loaded meanwhile; the thread is always waited for before leaving.
    let typesetting = Typesetting()
    defer { _ = typesetting.shaper() }
    let file = arguments.file
    let options = arguments.options
    let loaded: LoadedPlan
    do {
      loaded = try PlanLoader.load(path: file)
    } catch {
      if case .unreadable(let path, let reason) = error { Console.error("error: \(path): \(reason)\n") }
      throw ExitCode(2)
    }
    let language = try options.language(default: loaded.language)
    lap("load")
    let result = Checker.check(loaded)
    lap("check")
    let serious = result.diagnostics.filter { $0.severity != .advisory }
    let errors = serious.filter { $0.severity == .error }
    var sources: [String: SourceText] = [:]
    for file in loaded.files { sources[file.source.path] = file.source }
    let reporter = TextReporter(
      language: language, color: options.useColor(for: STDERR_FILENO), sources: { [sources] in sources[$0] })
    for diagnostic in serious.prefix(50) { Console.error(reporter.render(diagnostic) + "\n") }
    if !errors.isEmpty && !arguments.force {
      Console.error(
        language == .en
          ? "The PDF was not built: the plan has \(errors.count) error(s). Fix them, or use --force for a copy "
            + "marked \"WITH OBSERVATIONS\".\n"
          : "No se generó el PDF: el plan tiene \(errors.count) error(es). Corríjalos, o use --force para "
            + "generar una copia marcada «CON OBSERVACIONES».\n")
      throw ExitCode(1)
    }
    let shaper: PangoShaper
    switch typesetting.shaper() {
    case .success(let ready): shaper = ready
    case .failure(let error):
      Console.error("error: \(error)\n")
      throw ExitCode(2)
    }
    let fonts = shaper.fonts
    let watermark = errors.isEmpty ? nil : Self.observations(language)
    var document = DocumentBuilder.build(
      result, sourceHash: Self.sourceHash(loaded), date: Self.documentDate(result), watermark: watermark,
      planVersion: planVersion, availableFamilies: Set(fonts.families))
    // For `make bench` only: the same document without its figures, to measure what they cost.
    if getenv("PLAN_BENCH_WITHOUT_FIGURES") != nil {
      document.blocks.removeAll { block in
        switch block {
        case .figure, .listOfFigures: return true
        default: return false
        }
      }
    }
    lap("document")
    let list = Layout.layout(document, shaper: shaper)
    lap("layout (\(shaper.cachedLayouts) paragraphs shaped, \(Layout.lastPasses) passes)")
    let destination = arguments.output ?? Self.defaultOutput(for: file)
    do {
      // Streamed to a temporary file beside the destination, renamed over it when complete.
      let standard = PDFStandard(rawValue: arguments.pdfStandard) ?? .default
      let warnings = try PDFPainter(shaper: shaper, standard: standard).paint(list, to: destination)
      lap("paint and write")
      for warning in warnings {
        // A word the fonts cannot draw is shown where the plan wrote it.
        if case .missingGlyphs(let page, let word) = warning,
          let diagnostic = MissingGlyphs.diagnostic(word: word, page: page, files: loaded.files)
        {
          Console.error(reporter.render(diagnostic) + "\n")
        } else {
          Console.error("advertencia / warning: \(warning)\n")
        }
      }
    } catch {
      Console.error("error: \(error)\n")
      throw ExitCode(2)
    }
    Console.out(
      language == .en
        ? "Wrote \(destination) (\(list.pages.count) pages).\n"
        : "Se generó \(destination) (\(list.pages.count) páginas).\n")
    // Thousands of Pango layouts, the display list and the plan are left for the operating
    // system to reclaim at exit: taking them apart first only makes the user wait.
    KeptUntilExit.keep(KeptForExit(loaded: loaded, document: document, list: list, shaper: shaper))
  }

  /// The process's peak resident memory so far (VmHWM), in MB: for PLAN_TIMINGS.
  static func peakMemory() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
  }

  /// What a build made, kept until the process ends (see `KeptUntilExit`).
  struct KeptForExit: @unchecked Sendable {
    var loaded: LoadedPlan
    var document: Document
    var list: DisplayList
    var shaper: PangoShaper
  }

  static func observations(_ language: Language) -> String {
    switch language {
    case .es: return "CON OBSERVACIONES"
    case .en: return "WITH OBSERVATIONS"
    case .pt: return "COM OBSERVAÇÕES"
    }
  }

  /// `plans/x/ciudad.plan` → `plans/x/ciudad.pdf`.
  static func defaultOutput(for path: String) -> String {
    path.hasSuffix(".plan") ? String(path.dropLast(5)) + ".pdf" : path + ".pdf"
  }

  /// A short fingerprint of every source file (FNV-1a, 64 bits), printed in the version table.
  static func sourceHash(_ loaded: LoadedPlan) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for file in loaded.files {
      for byte in file.source.bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01B3
      }
    }
    let hex = String(hash, radix: 16)
    return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(10))
  }

  /// The date written in the PDF: SOURCE_DATE_EPOCH when set (reproducible builds), else the plan's
  /// `fecha`, else today.
  static func documentDate(_ result: CheckResult) -> String {
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(epoch) {
      let date = civilDate(secondsSince1970: seconds)
      return PlanDate(year: date.year, month: date.month, day: date.day).description
    }
    if let date = result.plan.metadata.date?.value {
      return PlanDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1).description
    }
    let today = todayUTC()
    return PlanDate(year: today.year, month: today.month, day: today.day).description
  }
}
