import FoundationEssentials
import PlanCheck
import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Writes the document's blocks in reading order. Each part of the document is an extension in its
/// own file (`FrontMatter`, `ChapterDiagnosis`…); this file holds what they share: the plan, the
/// labels, formatting, names of referenced things and links to anchors that exist.
struct Composer {
  let result: CheckResult
  let plan: Plan
  let labels: Labels
  let format: Formats
  /// The words that name the body that approves the plan, its staff and its citizens.
  let institution: InstitutionWords
  let sources: [DocumentSource]
  let buildDate: String
  /// The fonts and colours the document is set in (the brand sheet names the faces).
  let theme: Theme
  /// A copy built despite errors: it lists its findings in an annex (`annexObservations`).
  let forced: Bool
  /// An amendment compared with its previous version (`plan build --comparar`): a redline annex.
  var changes: DocumentChanges?
  var writer = Writer()

  /// Identifiers that get an anchor in the document, by anchor name.
  let targets: Set<String>

  init(result: CheckResult, sources: [DocumentSource], buildDate: String, theme: Theme, forced: Bool = false)
  {
    self.result = result
    self.theme = theme
    self.forced = forced
    plan = result.plan
    labels = Labels(result.plan.language)
    format = Formats(result.plan.language)
    institution = InstitutionWords(result.plan)
    self.sources = sources
    self.buildDate = buildDate
    var targets: Set<String> = []
    let plan = result.plan
    targets.formUnion(plan.swot.map { Anchor.swot($0.id) })
    targets.formUnion(plan.actions.map { Anchor.action($0.id) })
    targets.formUnion(plan.objectives.map { Anchor.objective($0.id) })
    targets.formUnion(plan.participants.map { Anchor.participant($0.id) })
    targets.formUnion(plan.partners.map { Anchor.partner($0.id) })
    targets.formUnion((plan.brainstorm?.ideas ?? []).map { Anchor.idea($0.id) })
    targets.formUnion(plan.technologies.map { Anchor.technology($0.id) })
    self.targets = targets
  }

  mutating func compose() {
    cover()
    authorities()
    versionControl()
    writer.blocks.append(.pageBreak)
    writer.blocks.append(.tableOfContents)
    writer.blocks.append(.listOfFigures)
    foreword()
    executiveSummary()
    freeChapters(after: "presentacion")
    chapterVision()
    freeChapters(after: "vision")
    chapterGovernance()
    freeChapters(after: "participantes")
    chapterDiagnosis()
    freeChapters(after: "diagnostico")
    chapterAxes()
    freeChapters(after: "ejes")
    chapterTools()
    freeChapters(after: "herramientas")
    chapterActions()
    freeChapters(after: "acciones")
    chapterScenarios()
    freeChapters(after: "escenarios")
    chapterOutreach()
    freeChapters(after: "comunicacion")
    chapterBrand()
    freeChapters(after: "marca")
    chapterMonitoring()
    freeChapters(after: "seguimiento")
    annexCompliance()
    if forced { annexObservations() }
    freeAnnexes()
    if let changes { annexChanges(changes) }
    approval()
  }

  // MARK: - Plan data used in several places

  /// The place the plan is for: its city, or (a provincial or regional plan) its province.
  var city: String { plan.metadata.city?.value ?? plan.metadata.province?.value ?? "" }
  var title: String { plan.metadata.title?.value ?? labels.subject(horizonText) }
  var author: String { plan.metadata.body?.value ?? city }
  var horizonText: String? {
    plan.metadata.horizon.map { format.range($0.value.lowerBound, $0.value.upperBound) }
  }
  var runningTitle: String {
    var parts = [city.isEmpty ? nil : city, labels.subject(horizonText)].compactMap { $0 }
    if let version = plan.metadata.version?.value { parts.append(labels.version(version)) }
    return PrintedLength.shortened(parts.joined(separator: " · "), to: PrintedLength.runningHead)
  }

  /// The plan's own date; a plan without `fecha` is "sin fecha", never the day it was built.
  var documentDate: PlanDate? { plan.metadata.date?.value }

  // MARK: - Names and links

  func participantName(_ id: String) -> String? { plan.participant(id)?.name }
  func partnerName(_ id: String) -> String? { plan.partners.first { $0.id == id }?.name }

  /// The name of a participant or partner (the identifier if it is not declared).
  func name(_ reference: Reference) -> String {
    participantName(reference.name) ?? partnerName(reference.name) ?? reference.name
  }

  /// A participant's or partner's name, linked to its row in the participants or partners table.
  func nameRun(_ reference: Reference) -> InlineRun {
    if plan.participant(reference.name) != nil {
      return link(name(reference), Anchor.participant(reference.name))
    }
    if partnerName(reference.name) != nil { return link(name(reference), Anchor.partner(reference.name)) }
    return InlineRun(reference.name)
  }

  /// A run that links to `anchor` when the document has it.
  func link(_ text: String, _ anchor: String) -> InlineRun {
    InlineRun(text, link: targets.contains(anchor) ? anchor : nil)
  }

  /// `d1, a2` with each identifier linked.
  func linkedList(_ ids: [String], anchor: (String) -> String, separator: String = ", ") -> [InlineRun] {
    var runs: [InlineRun] = []
    for (index, id) in ids.enumerated() {
      if index > 0 { runs.append(InlineRun(separator)) }
      runs.append(link(id, anchor(id)))
    }
    return runs
  }

  /// Names separated by `separator`, each linked to its row.
  func names(_ references: [Reference], separator: String = ", ") -> [InlineRun] {
    var runs: [InlineRun] = []
    for (index, reference) in references.enumerated() {
      if index > 0 { runs.append(InlineRun(separator)) }
      runs.append(nameRun(reference))
    }
    return runs
  }

  func text(_ value: String?) -> [InlineRun] {
    guard let value, !value.isEmpty else { return [] }
    return [InlineRun(value)]
  }

  /// "Not declared" as a note paragraph.
  mutating func notDeclared() {
    writer.paragraph(labels.notDeclared, kind: .note)
  }

  /// Actions that serve an objective.
  func actions(serving objective: String) -> [Action] {
    plan.actions.filter { $0.objectives.contains { $0.name == objective } }
  }

  /// Indicator in one line: `Name: 0 (2025) a 34 (2028); 46 (2031)`.
  func indicatorSummary(_ indicator: Indicator, withName: Bool = true) -> String {
    var text = withName ? indicator.name : ""
    let baseline = indicator.baseline.map { format.indicatorValue($0) }
    let targets = indicator.targets.map { format.indicatorValue($0) }.joined(separator: "; ")
    var values = ""
    switch (baseline, targets.isEmpty) {
    case (let baseline?, false): values = labels.baselineToTargets(baseline, targets)
    case (let baseline?, true): values = "\(labels.baselineWord) \(baseline)"
    case (nil, false): values = "\(labels.targetWord) \(targets)"
    case (nil, true): break
    }
    if !values.isEmpty { text += text.isEmpty ? values : ": \(values)" }
    return text
  }

  /// A vocabulary word or nothing.
  func word(_ choice: Choice, _ canonical: String?) -> String? {
    canonical.map { labels.word(choice, $0) }
  }
}
