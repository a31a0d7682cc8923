import FoundationEssentials
import PlanCheck
import PlanDiagnostics
import PlanModel
import PlanSyntax

/// The yearly progress report the executive sends to the council (`plan report PLAN --periodo
/// 2027`): cover; a one-page summary (statuses by axis, budget, changes since the previous period);
/// the actions of each axis; a chart per indicator; budget planned and spent; what is overdue or
/// missing; and an annex per owner. Drawn from `PeriodTracking`, the computation the rules read.
public enum ProgressReport {
  /// - Parameters:
  ///   - year: the period reported.
  ///   - sources: the plan's files and its monitoring files, with their SHA-256 (in the metadata).
  ///   - date: ISO 8601 date of the build (the cover's issue date and the metadata).
  ///   - watermark: a word for every page (a report built with `--force`), or `nil`.
  public static func build(
    _ result: CheckResult, year: Int, sources: [DocumentSource], date: String, watermark: String? = nil,
    planVersion: String, availableFamilies: Set<String> = Theme.bundledFamilies
  ) -> Document {
    let plan = result.plan
    let labels = Labels(plan.language)
    let words = ReportLabels(plan.language)
    let theme = Theme.forBrand(plan.brand, availableFamilies: availableFamilies)
    var composer = ReportComposer(
      base: Composer(result: result, sources: sources, buildDate: date, theme: theme),
      tracking: PeriodTracking(plan: plan, year: year),
      previous: plan.periodYears.last { $0 < year }.map { PeriodTracking(plan: plan, year: $0) })
    composer.compose()
    let base = composer.base
    let metadata = DocumentMetadata(
      title: "\(base.title) — \(words.reportTitle(year))", author: base.author,
      subject: words.reportTitle(year),
      keywords: DocumentBuilder.keywords(plan, labels) + [words.keyword, String(year)],
      creator: labels.creator(planVersion), language: InstitutionWords(plan).languageTag, date: date,
      sources: sources)
    let running = PrintedLength.shortened(
      [base.city.isEmpty ? nil : base.city, words.reportTitle(year)].compactMap { $0 }.joined(
        separator: " · "),
      to: PrintedLength.runningHead)
    return Document(
      metadata: metadata, theme: theme, watermark: watermark, runningTitle: running,
      labels: labels.pageLabels,
      blocks: composer.base.writer.blocks)
  }
}

/// Writes the report's blocks; each part is an extension in its own file (`ReportSummary`,
/// `ReportChanges`, `ReportActions`, `ReportIndicators`, `ReportBudget`, `ReportPending`, `ReportOwners`).
struct ReportComposer {
  /// The plan document's composer: its labels, formats, names and writer.
  var base: Composer
  let tracking: PeriodTracking
  /// The period before, when the plan records one.
  let previous: PeriodTracking?

  var plan: Plan { base.plan }
  var labels: Labels { base.labels }
  var format: Formats { base.format }
  var words: ReportLabels { ReportLabels(base.plan.language) }

  mutating func compose() {
    cover()
    base.writer.blocks.append(.pageBreak)
    base.writer.blocks.append(.tableOfContents)
    summary()
    changesChapter()
    actionsByAxis()
    indicatorCharts()
    budget()
    pending()
    owners()
  }

  /// A status as its word, for tables (the figures draw its shape beside it).
  func statusRuns(_ status: TrackStatus) -> [InlineRun] {
    [InlineRun(words.status(status), bold: status == .offTrack)]
  }

  /// An action's id (linked to its row in the chapter on actions) and title.
  func actionRuns(_ action: Action) -> [InlineRun] {
    [InlineRun(action.id, bold: true, link: Anchor.action(action.id)), InlineRun(" " + action.title)]
  }

  /// A participant's or partner's name, plain: the report has no table of participants to link to.
  func ownerRuns(_ reference: Reference?) -> [InlineRun] {
    reference.map { [InlineRun(base.name($0))] } ?? []
  }

  /// The recorded progress word of an action, or "not reported".
  func recorded(_ entry: PeriodTracking.ActionEntry) -> String {
    guard let progress = entry.progress else {
      // Done or cancelled before monitoring began: the plan itself says so.
      guard let planned = entry.action.status, planned == "cumplida" || planned == "cancelada" else {
        return words.notReported
      }
      return words.progress(planned)
    }
    let word = words.progress(progress.status.value)
    return entry.reportedThisPeriod ? word : "\(word) (\(progress.period))"
  }
}
