import FoundationEssentials
import PlanCheck
import PlanCommandLine
import PlanDiagnostics
import PlanDiff
import PlanDocument
import PlanLayout
import PlanModel
import PlanPDF
import PlanSyntax

/// `plan build` as a library: reads and checks a plan, turns it into the council's document (its
/// compliance data, watermark, fingerprint and date), lays it out and writes the PDF. The
/// executables only parse options, call it and map its outcome to an exit code.
///
/// A builder keeps what does not change from one build to the next — the fonts and their faces,
/// loaded once on a thread of their own, the layouts already shaped, the hyphenation memo — so that
/// `plan watch` rebuilds a plan after an edit in a fraction of a first build.
public final class PlanBuilder {
  private let typesetting = Typesetting()
  private var shaperResult: Result<PangoShaper, FontLibraryError>?
  /// What the last build made, kept so that it is not taken apart while the user waits (see
  /// `KeptUntilExit`); replaced by the next build.
  var lastProducts: Products?
  /// Whether painting gives the layouts back as it goes (less memory): for a process that builds
  /// once and ends. `plan watch` leaves it off, and its next build reuses them.
  public var releasesLayouts = false
  static let pagesWorthReleasing = 100

  public init() {}

  deinit {
    // The font thread is always waited for.
    _ = shaper()
  }

  public struct Options: Sendable {
    /// Where to write the PDF; beside the plan, with `.pdf`, when nil.
    public var output: String?
    /// Build even when the plan has errors, marked «CON OBSERVACIONES».
    public var force: Bool
    /// `SOURCE_DATE_EPOCH` and other settings read from the environment.
    public var environment: [String: String]
    /// For `make bench` only: the same document without its figures, to measure what they cost.
    public var withoutFigures: Bool
    /// What the PDF is written to meet (`--pdf-standard`): PDF/A-2b and PDF/UA-1 by default.
    public var standard: PDFStandard
    /// The previous version to compare with (`--comparar`: a file, a folder, a git revision): the
    /// document gets a changes annex and both versions in its version table.
    public var compare: String?
    /// The plan, or the bill that submits it (`plan ordenanza`).
    public var product: Product

    public init(
      output: String? = nil, force: Bool = false,
      environment: [String: String] = ProcessInfo.processInfo.environment, withoutFigures: Bool = false,
      standard: PDFStandard = .default, product: Product = .plan
    ) {
      self.product = product
      self.output = output
      self.force = force
      self.environment = environment
      self.withoutFigures = withoutFigures
      self.standard = standard
    }
  }

  /// Builds the plan whose main file is `path`. `lap` is told when each stage ends (for
  /// `PLAN_TIMINGS`).
  public func build(path: String, options: Options, lap: (String) -> Void = { _ in }) -> BuildResult {
    let loaded: LoadedPlan
    do {
      loaded = try PlanLoader.load(path: path)
    } catch {
      guard case .unreadable(let path, let reason) = error else { fatalError("unreachable") }
      return BuildResult(outcome: .unreadable(ExecutionFailure(path: path, reason: reason)))
    }
    lap("load")
    let result = Checker.check(loaded)
    lap("check")
    // Never over the plan it reads: its files and its crest.
    let destination =
      options.output
      ?? (options.product == .plan ? Self.defaultOutput(for: path) : Self.defaultBillOutput(for: path))
    let planFiles = loaded.canonicalPaths + [result.plan.crest?.path].compactMap { $0 }
    if let source = OutputGuard.overwrittenSource(output: destination, sources: planFiles) {
      return BuildResult(outcome: .overwritesSource(output: destination, source: source), plan: loaded)
    }
    let findings = result.diagnostics.filter { $0.severity != .advisory }
    let errors = findings.count(of: .error)
    var build = BuildResult(outcome: .refused(errors: errors), plan: loaded)
    build.findings = findings
    if errors > 0 && !options.force { return build }
    guard let shaper = readyShaper(recordingFailureIn: &build) else { return build }
    var changes: DocumentChanges?
    if let old = options.compare {
      switch Self.changes(from: old, to: loaded, path: path) {
      case .success(let found): changes = found
      case .failure(let failure):
        build.outcome = .unreadable(ExecutionFailure(path: old, reason: failure.message))
        return build
      }
    }
    let document: Document
    let list: DisplayList
    if case .bill(let draft) = options.product {
      (_, document, list) = Self.bill(
        for: result, loaded: loaded, options: options, draft: draft, shaper: shaper)
    } else {
      document = Self.document(
        for: result, loaded: loaded, options: options, families: Set(shaper.fonts.families), changes: changes)
      lap("document")
      list = Layout.layout(document, shaper: shaper)
    }
    build.images = document.blocks.compactMap { block in
      if case .cover(let cover) = block { return cover.logoPath }
      return nil
    }
    lap("layout (\(shaper.cachedLayouts) paragraphs shaped, \(Layout.lastPasses) passes)")
    // The previous build's products are given up only now, when this build no longer needs memory
    // for its own layout: in `plan watch` that is while the user reads the result.
    lastProducts = Products(loaded: loaded, document: document, list: list)
    write(
      list, shaper: shaper, of: loaded, to: destination, standard: options.standard, into: &build, lap: lap)
    return build
  }

  /// Paints a laid-out document to `destination` and records the outcome and the painter's warnings
  /// in `build` (a word the fonts cannot draw is shown where the plan wrote it).
  func write(
    _ list: DisplayList, shaper: PangoShaper, of loaded: LoadedPlan, to destination: String,
    standard: PDFStandard,
    into build: inout BuildResult, lap: (String) -> Void
  ) {
    do {
      // Streamed to a temporary file beside the destination, renamed over it when complete.
      var painter = PDFPainter(shaper: shaper, standard: standard)
      // A short document's layouts are a few megabytes: giving them back would only cost time.
      painter.releasesLayouts = releasesLayouts && list.pages.count >= Self.pagesWorthReleasing
      let warnings = try painter.paint(list, to: destination)
      lap("paint and write")
      for warning in warnings {
        if case .missingGlyphs(let page, let word) = warning,
          let diagnostic = MissingGlyphs.diagnostic(word: word, page: page, files: loaded.files)
        {
          build.findings.append(diagnostic)
        } else {
          build.otherWarnings.append(warning.message)
        }
      }
      build.outcome = .written(path: destination, pages: list.pages.count)
    } catch {
      build.outcome = .failedToWrite(error.message)
    }
  }

  /// The council's document for a checked plan: its compliance data, watermark, fingerprint and
  /// date. It speaks the plan's language, whatever language the messages are in.
  public static func document(
    for result: CheckResult, loaded: LoadedPlan, options: Options, families: Set<String>,
    changes: DocumentChanges? = nil
  ) -> Document {
    let errors = result.diagnostics.count(of: .error)
    let watermark = errors == 0 ? nil : BuildWords.withObservations.text(loaded.language)
    var document = DocumentBuilder.build(
      result, sources: SourceFingerprint.sources(of: loaded),
      date: DocumentDate.of(result, environment: options.environment), watermark: watermark,
      planVersion: planVersion, availableFamilies: families, changes: changes)
    if options.withoutFigures {
      document.blocks.removeAll { block in
        switch block {
        case .figure, .listOfFigures: return true
        default: return false
        }
      }
    }
    return document
  }

  /// The shaper, or nil with `.noFonts` recorded in `build` when the fonts were not found.
  func readyShaper(recordingFailureIn build: inout BuildResult) -> PangoShaper? {
    switch shaper() {
    case .success(let ready): return ready
    case .failure(let error):
      build.outcome = .noFonts(error)
      return nil
    }
  }

  /// What changed from the previous version `old` (a file, a folder, a git revision) to the plan.
  public static func changes(from old: String, to loaded: LoadedPlan, path: String) -> Result<
    DocumentChanges, PlanVersions.Failure
  > {
    PlanVersions.previous(old, of: path).map { previous, name in
      let before = PlanModel.resolve(previous).plan.metadata
      return DocumentChanges(
        oldName: name, changes: PlanChanges(old: previous, new: loaded),
        oldSources: SourceFingerprint.sources(of: previous), oldVersion: before.version?.value,
        oldStatus: before.status?.value, oldDate: before.date?.value)
    }
  }

  /// The shaper, once the font thread is done; the same one for every build.
  func shaper() -> Result<PangoShaper, FontLibraryError> {
    if let shaperResult { return shaperResult }
    let result = typesetting.shaper()
    shaperResult = result
    return result
  }

  /// Hands the last build's products to `KeptUntilExit`, for a process about to end.
  public func keepUntilExit() {
    if let lastProducts { KeptUntilExit.keep(lastProducts) }
    lastProducts = nil
  }

  /// `plans/x/ciudad.plan` → `plans/x/ciudad.pdf`.
  public static func defaultOutput(for path: String) -> String {
    path.hasSuffix(".plan") ? String(path.dropLast(5)) + ".pdf" : path + ".pdf"
  }

  /// Thousands of Pango layouts, the display list and the plan.
  struct Products: @unchecked Sendable {
    // @unchecked: only ever held, never used again, until the process ends or the next build.
    var loaded: LoadedPlan
    var document: Document
    var list: DisplayList
  }
}

/// What a build did, for the command to report.
public struct BuildResult {
  public enum Outcome {
    /// The main file could not be read (exit 2).
    case unreadable(ExecutionFailure)
    /// The plan has errors and `--force` was not given: nothing was written (exit 1).
    case refused(errors: Int)
    /// The bundled fonts were not found (exit 2).
    case noFonts(FontLibraryError)
    /// The PDF could not be written (exit 2); the previous file is untouched.
    case failedToWrite(Localized)
    /// `-o` names a file of the plan (its main file, an include, the crest): nothing is written (exit 2).
    case overwritesSource(output: String, source: String)
    /// The PDF was written (exit 0).
    case written(path: String, pages: Int)
    /// `plan report`: the plan records nothing for the year asked and `--force` was not given (exit 1).
    case noPeriodData(year: Int, path: String)
  }

  public var outcome: Outcome
  /// The plan as read, when it could be.
  public var plan: LoadedPlan?
  /// The findings worth printing during a build (errors and warnings, not advisories), then the
  /// words the fonts could not draw, located in the plan.
  public var findings: [Diagnostic] = []
  /// What the painter drew differently from what was asked and is not tied to the plan's text.
  public var otherWarnings: [Localized] = []
  /// The image files the document shows (the crest), which `plan watch` also watches.
  public var images: [String] = []

  public init(outcome: Outcome, plan: LoadedPlan? = nil) {
    self.outcome = outcome
    self.plan = plan
  }

  /// 0 written, 1 refused because of errors, 2 could not run.
  public var exitCode: Int32 {
    switch outcome {
    case .written: return 0
    case .refused, .noPeriodData: return 1
    case .unreadable, .noFonts, .failedToWrite, .overwritesSource: return 2
    }
  }
}
