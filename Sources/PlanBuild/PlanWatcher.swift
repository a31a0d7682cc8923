import FoundationEssentials
import Glibc
import PlanCommandLine
import PlanDiagnostics

/// `plan watch`: builds the plan, then rebuilds it each time one of its files — the main file, the
/// files it includes, its images — is saved, printing the findings each time. A plan with errors
/// leaves the last good PDF where it was; a plan that cannot be read is reported and waited for.
///
/// Every build goes through the same `PlanBuilder`, so the fonts are loaded once and the paragraphs
/// an edit did not touch are not shaped again.
public final class PlanWatcher {
  public struct Settings {
    public var path: String
    public var options: PlanBuilder.Options
    /// The language of the messages (`--lang`); the plan's when nil.
    public var language: Language?
    public var color: Bool
    /// Clear the terminal before each build's report.
    public var clearScreen: Bool
    /// Open the PDF with the desktop's viewer after the first build that writes it.
    public var open: Bool
    /// Print each stage's time to standard error (`PLAN_TIMINGS`).
    public var timings = false

    public init(
      path: String, options: PlanBuilder.Options, language: Language?, color: Bool, clearScreen: Bool,
      open: Bool
    ) {
      self.path = path
      self.options = options
      self.language = language
      self.color = color
      self.clearScreen = clearScreen
      self.open = open
    }
  }

  private let settings: Settings
  private let builder = PlanBuilder()
  private let watcher = FileWatcher()
  private var opened = false

  public init(_ settings: Settings) {
    self.settings = settings
  }

  /// Builds, then waits and rebuilds, until the process is interrupted.
  public func run() -> Never {
    var changed: [String] = []
    while true {
      let started = ContinuousClock.now
      var clock = started
      let result = builder.build(path: settings.path, options: settings.options) { stage in
        // PLAN_TIMINGS=1: each stage's time, as `plan build` prints it.
        guard self.settings.timings else { return }
        let now = ContinuousClock.now
        Console.error("\(stage): \(Self.milliseconds(now - clock)) ms\n")
        clock = now
      }
      let elapsed = ContinuousClock.now - started
      let language = settings.language ?? result.plan?.language ?? .es
      report(result, changed: changed, elapsed: elapsed, language: language)
      if case .written(let pdf, _) = result.outcome, settings.open, !opened {
        opened = true
        Self.openWithViewer(pdf, language: language)
      }
      let files = Self.watchedFiles(result, main: settings.path)
      watcher.watch(files)
      Console.out(WatchWords.waiting(files.count).text(language) + "\n")
      changed = watcher.waitForChange()
    }
  }

  private func report(_ result: BuildResult, changed: [String], elapsed: Duration, language: Language) {
    var out = settings.clearScreen ? "\u{1B}[H\u{1B}[2J" : ""
    if !changed.isEmpty {
      let names = changed.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
      out += WatchWords.changed(names).text(language) + "\n"
    }
    let text = BuildReport(result: result, language: language, color: settings.color)
    out += text.messages
    let milliseconds = Self.milliseconds(elapsed)
    switch result.outcome {
    case .written(let path, let pages):
      out +=
        "\(Self.clock()) \(WatchWords.written(path, pages: pages, milliseconds: milliseconds).text(language))\n"
    case .refused(let errors):
      out += "\(Self.clock()) \(WatchWords.keptLastGood(errors: errors).text(language))\n"
    case .unreadable, .noFonts, .failedToWrite, .overwritesSource, .noPeriodData:
      out += "\(Self.clock()) \(WatchWords.notBuilt.text(language))\n"
    }
    Console.out(out)
  }

  /// The plan's files — also those it includes that are missing, to see them appear — and its
  /// images; the main file alone when the plan could not be read (it is watched until it can).
  static func watchedFiles(_ result: BuildResult, main: String) -> [String] {
    var files = (result.plan?.files.map(\.source.path) ?? []) + (result.plan?.includedPaths ?? [])
    if files.isEmpty { files = [main] }
    files += result.images
    var seen = Set<String>()
    return files.map(FileWatcher.absolute).filter { seen.insert($0).inserted }
  }

  static func milliseconds(_ duration: Duration) -> Int {
    Int(
      (Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000).rounded())
  }

  /// Hours, minutes and seconds, local time: when the last build happened.
  static func clock() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "[\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))]"
  }

  /// `xdg-open` (or `PLAN_VIEWER`) started on its own, so that closing the viewer does not end the
  /// watch and the watch does not wait for the viewer. Viewers that reload a file when it changes
  /// (Evince, Okular, Zathura) then follow every rebuild.
  static func openWithViewer(_ pdf: String, language: Language) {
    let viewer = getenv("PLAN_VIEWER").map { String(cString: $0) } ?? "xdg-open"
    // A shell starts the viewer in the background and ends at once: the viewer is nobody's child
    // to wait for.
    let script = "command -v \"$1\" >/dev/null 2>&1 || exit 127; \"$1\" \"$2\" </dev/null >/dev/null 2>&1 &"
    let words: [String] = ["/bin/sh", "-c", script, "sh", viewer, pdf]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for word in argv { free(word) } }
    var child: pid_t = 0
    var status: Int32 = 0
    if posix_spawn(&child, "/bin/sh", nil, nil, argv, environ) != 0 || waitpid(child, &status, 0) < 0
      || status != 0
    {
      Console.error(WatchWords.noViewer(viewer, pdf: pdf).text(language) + "\n")
    }
  }
}
