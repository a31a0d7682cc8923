import FoundationEssentials
import PlanCheck
import PlanCommandLine
import PlanDiagnostics
import PlanDocument
import PlanLayout
import PlanPDF
import PlanSyntax

/// `plan report` as a library: the yearly progress report, typeset by the same engine as the plan
/// (the same fonts, layout and painter, PDF/A-2b and PDF/UA-1, written atomically, dated by
/// `SOURCE_DATE_EPOCH`). It is refused when the plan has errors or records nothing for the year,
/// unless `--force`, which marks every page.
extension PlanBuilder {
  /// `plans/x/ciudad.plan`, 2027 → `plans/x/ciudad-informe-2027.pdf`.
  public static func defaultReportOutput(for path: String, year: Int, extension suffix: String = "pdf")
    -> String
  {
    let stem = path.hasSuffix(".plan") ? String(path.dropLast(5)) : path
    return "\(stem)-informe-\(year).\(suffix)"
  }

  /// The mark on every page of a report built with `--force`: the plan's errors, the missing period,
  /// or both; nil for a report built without it.
  public static func reportWatermark(errors: Int, recorded: Bool, language: Language) -> String? {
    let marks = [
      errors > 0 ? BuildWords.withObservations.text(language) : nil,
      recorded ? nil : ReportLabels(language).noPeriodWatermark,
    ].compactMap { $0 }
    return marks.isEmpty ? nil : marks.joined(separator: " · ")
  }

  /// What a report starts from: the plan read and checked, or the outcome that stops it (the plan
  /// cannot be read, an output would overwrite it, it has errors, it records nothing for the year;
  /// the last two pass with `--force`).
  static func prepareReport(path: String, year: Int, outputs: [String], force: Bool)
    -> (build: BuildResult, checked: CheckResult?)
  {
    let loaded: LoadedPlan
    do {
      loaded = try PlanLoader.load(path: path)
    } catch {
      guard case .unreadable(let path, let reason) = error else { fatalError("unreachable") }
      return (BuildResult(outcome: .unreadable(ExecutionFailure(path: path, reason: reason))), nil)
    }
    let result = Checker.check(loaded)
    let planFiles = loaded.canonicalPaths + [result.plan.crest?.path].compactMap { $0 }
    for output in outputs {
      if let source = OutputGuard.overwrittenSource(output: output, sources: planFiles) {
        return (BuildResult(outcome: .overwritesSource(output: output, source: source), plan: loaded), nil)
      }
    }
    let findings = result.diagnostics.filter { $0.severity != .advisory }
    let errors = findings.count(of: .error)
    var build = BuildResult(outcome: .refused(errors: errors), plan: loaded)
    build.findings = findings
    if errors > 0 && !force { return (build, nil) }
    if result.plan.period(year) == nil && !force {
      build.outcome = .noPeriodData(year: year, path: loaded.files.first?.source.path ?? path)
      return (build, nil)
    }
    return (build, result)
  }

  public func report(path: String, year: Int, options: Options, lap: (String) -> Void = { _ in })
    -> BuildResult
  {
    let destination = options.output ?? Self.defaultReportOutput(for: path, year: year)
    var (build, checked) = Self.prepareReport(
      path: path, year: year, outputs: [destination], force: options.force)
    lap("load and check")
    guard let result = checked, let loaded = build.plan else { return build }
    let errors = build.findings.count(of: .error)
    let recorded = result.plan.period(year) != nil
    guard let shaper = readyShaper(recordingFailureIn: &build) else { return build }
    let document = ProgressReport.build(
      result, year: year, sources: SourceFingerprint.sources(of: loaded, withPeriodFiles: true),
      date: DocumentDate.issued(environment: options.environment),
      watermark: Self.reportWatermark(errors: errors, recorded: recorded, language: loaded.language),
      planVersion: planVersion,
      availableFamilies: Set(shaper.fonts.families))
    lap("document")
    let list = Layout.layout(document, shaper: shaper)
    lap("layout (\(shaper.cachedLayouts) paragraphs shaped, \(Layout.lastPasses) passes)")
    lastProducts = Products(loaded: loaded, document: document, list: list)
    write(
      list, shaper: shaper, of: loaded, to: destination, standard: options.standard, into: &build, lap: lap)
    return build
  }
}
