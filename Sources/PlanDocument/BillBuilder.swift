import FoundationEssentials
import PlanCheck
import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Builds the bill that submits the plan to the body that approves it (`plan ordenanza`): the
/// executive's cover note, then the bill itself — heading, Visto, Considerando drawn from the plan,
/// the sanction formula and the articles — and a page that opens Anexo I. The plan follows as
/// Anexo I, laid out on its own and appended by `PlanBuild` (see docs/architecture.md).
///
/// Once the plan records its approval (`aprobacion { numero … }`), the same builder prints the
/// sanctioned text instead: the number in the heading, no cover note, «Dada en la Sala de
/// Sesiones…», the signatories and the promulgation.
public enum BillBuilder {
  /// Whether `plan ordenanza` prints the sanctioned text: the plan records its number or enactment.
  public static func isSanctioned(_ plan: Plan) -> Bool {
    guard let approval = plan.approval else { return false }
    return approval.number != nil || approval.enacted != nil
  }

  /// - Parameters:
  ///   - sanctioned: print the sanctioned text (only when the plan records its approval).
  ///   - date: ISO 8601 date of the build (the note is dated with the plan's `fecha` if any).
  public static func build(
    _ result: CheckResult, sources: [DocumentSource], date: String, sanctioned: Bool,
    watermark: String? = nil,
    planVersion: String, availableFamilies: Set<String> = Theme.bundledFamilies
  ) -> Document {
    let plan = result.plan
    let labels = Labels(plan.language)
    var theme = Theme.forBrand(plan.brand, availableFamilies: availableFamilies)
    // A norm is set in one serif face, in the text's colour: it is a legal text, not a brochure.
    theme.headingFamily = theme.bodyFamily
    theme.primary = theme.text
    theme.accent = theme.text
    let composer = Composer(result: result, sources: sources, buildDate: date, theme: theme)
    var bill = BillComposer(result: result, composer: composer, sanctioned: sanctioned && isSanctioned(plan))
    bill.compose()
    let words = bill.words
    let metadata = DocumentMetadata(
      title:
        "\(words.runningName(sanctioned: bill.sanctioned, number: plan.approval?.number)) — \(composer.title)",
      author: composer.author, subject: composer.title,
      keywords: DocumentBuilder.keywords(plan, labels), creator: labels.creator(planVersion),
      language: words.words.languageTag, date: date, sources: sources)
    var document = Document(
      metadata: metadata, theme: theme, watermark: watermark,
      runningTitle: PrintedLength.shortened(
        "\(words.runningName(sanctioned: bill.sanctioned, number: plan.approval?.number)) · \(composer.city)",
        to: PrintedLength.runningHead),
      labels: labels.pageLabels,
      blocks: bill.writer.blocks)
    document.formal = true
    return document
  }

  /// The title the plan's pages carry in their running head when appended as Anexo I.
  public static func annexRunningTitle(_ plan: Plan) -> String {
    let title = plan.metadata.title?.value ?? plan.metadata.city?.value ?? ""
    return PrintedLength.shortened(BillWords(plan).annexRunningTitle(title), to: PrintedLength.runningHead)
  }
}

/// The bill's blocks, in reading order.
private struct BillComposer {
  let result: CheckResult
  let composer: Composer
  let sanctioned: Bool
  let words: BillWords
  var writer = Writer()

  init(result: CheckResult, composer: Composer, sanctioned: Bool) {
    self.result = result
    self.composer = composer
    self.sanctioned = sanctioned
    words = BillWords(result.plan)
  }

  var plan: Plan { result.plan }
  var format: Formats { composer.format }
  var title: String { composer.title }

  mutating func compose() {
    if !sanctioned { coverNote() }
    heading()
    seen()
    whereas()
    articles()
    closing()
    annexPage()
  }

  // MARK: - The cover note

  mutating func coverNote() {
    let date = plan.metadata.date?.value ?? Formats.isoDate(composer.buildDate)
    if let date { writer.paragraph(words.placeAndDate(format.date(date)), kind: .right) }
    let addressee = words.noteAddressee
    for (index, line) in addressee.enumerated() {
      writer.paragraph([InlineRun(line, bold: true)], kind: index + 1 < addressee.count ? .tight : .body)
    }
    for paragraph in words.noteBody(title: title, horizon: composer.horizonText) {
      writer.paragraph(paragraph)
    }
    if let executive = plan.metadata.authorities.first {
      writer.blocks.append(.signatures([Signature(name: executive.name, role: executive.role ?? "")]))
    }
  }

  // MARK: - Heading, Visto, Considerando

  mutating func heading() {
    let text = sanctioned ? words.sanctionedHeading(plan.approval?.number) : words.billHeading
    writer.part(text, anchor: "ord-texto")
    if let file = plan.approval?.fileNumber { writer.paragraph(file, kind: .centred) }
  }

  mutating func seen() {
    writer.blocks.append(
      .heading(level: 1, text: words.seenHeading, number: nil, anchor: writer.claim("ord-visto")))
    let text =
      plan.bill?.seen
      ?? words.seen(
        title: title, body: plan.metadata.body.map { withArticle($0.value) }, horizon: composer.horizonText)
    writer.prose(text)
  }

  mutating func whereas() {
    writer.blocks.append(
      .heading(level: 1, text: words.whereasHeading, number: nil, anchor: writer.claim("ord-considerando")))
    var clauses: [String] = []
    let compliance = result.compliance
    if !compliance.isEmpty {
      clauses.append(
        words.methodWhereas(
          verified: compliance.filter { $0.status == .verified }.count, total: compliance.count,
          advisory: compliance.filter { $0.status == .advisory }.count,
          notMet: compliance.filter { $0.status == .notMet }.count))
    }
    if !plan.participants.isEmpty {
      let groups = ["liderazgo", "tecnicos", "sociedad_civil", "sociedad_politica"].compactMap { group in
        let count = plan.participants.filter { $0.group == group }.count
        return count == 0 ? nil : words.groupCount(count, composer.institution.participantGroup(group))
      }
      let events = plan.participation?.events ?? []
      clauses.append(
        words.participationWhereas(
          total: plan.participants.count, groups: groups,
          attendees: format.number(Double(events.compactMap(\.attendees).reduce(0, +))),
          events: events.filter { $0.attendees != nil }.count))
    }
    if !plan.swot.isEmpty {
      func count(_ quadrant: String) -> Int { plan.swot.filter { $0.quadrant == quadrant }.count }
      clauses.append(
        words.diagnosisWhereas(
          strengths: count("fortaleza"), weaknesses: count("debilidad"), opportunities: count("oportunidad"),
          threats: count("amenaza"), axes: plan.axes.filter { $0.notApplicable == nil }.count,
          objectives: plan.objectives.count, actions: plan.actions.count))
    }
    let own = plan.metadata.budgets.isEmpty ? nil : BudgetTotals(plan.metadata.budgets).text(format)
    clauses.append(
      words.budgetWhereas(actions: BudgetTotals(plan.actions.flatMap(\.budgets)).text(format), own: own))
    if let monitoring = plan.monitoring {
      clauses.append(
        words.monitoringWhereas(
          reports: monitoring.reports.filter { !$0.publicHearing }.map(\.name),
          hearing: monitoring.reports.contains { $0.publicHearing }))
    }
    clauses.append(words.continuityWhereas)
    for clause in clauses { writer.paragraph("\(words.that) \(clause)") }
    // The office's own Considerandos follow the generated ones, as written.
    for clause in plan.bill?.whereas ?? [] { writer.prose(clause) }
  }

  // MARK: - Articles

  mutating func articles() {
    writer.paragraph([InlineRun(words.sanctionFormula, bold: true)])
    var texts = [
      words.approveArticle(title: title), words.authorityArticle(authority),
    ]
    let commission = plan.commission
    texts.append(
      words.commissionArticle(
        commission.map {
          withArticle(
            $0.name
              ?? words.monitoringCommission)
        },
        chair: commission?.chair.map { person($0.name) },
        meetings: commission?.meetings.map { composer.labels.word(Vocabulary.frequency, $0) }))
    let yearly = plan.monitoring?.reports.first { !$0.publicHearing && $0.frequency == "anual" }
    texts.append(
      words.reportArticle(
        firstDate: yearly?.date.map { format.date($0) },
        hearing: plan.monitoring?.reports.contains { $0.publicHearing } ?? false))
    texts.append(words.budgetArticle())
    texts += plan.bill?.articles ?? []
    texts.append(words.closingArticle)
    for (index, text) in texts.enumerated() {
      // An article starts with a capital, whatever its first word ("the Mayor's Office…").
      let text = text.prefix(1).uppercased() + text.dropFirst()
      writer.paragraph([InlineRun(words.articleLabel(index + 1) + " ", bold: true)] + Markup.inline(text))
    }
  }

  /// Who applies the plan: the monitoring owner, else the commission, else the executive.
  var authority: String {
    if let owner = plan.monitoring?.owner { return withArticle(person(owner.name)) }
    if let name = plan.commission?.name { return withArticle(name) }
    return words.executive
  }

  /// A participant's name, with the role of a person ("Mariela Ferreyra (Intendenta Municipal)").
  func person(_ id: String) -> String {
    guard let participant = plan.participant(id) else { return id }
    if participant.group == "liderazgo" || participant.group == "sociedad_politica",
      let role = participant.role
    {
      return "\(participant.name) (\(role))"
    }
    return participant.name
  }

  /// "la Dirección de…", "el Departamento de…" in Spanish (an office's name takes its article); a
  /// person's name as it is.
  func withArticle(_ name: String) -> String {
    guard plan.language == .es, let first = name.split(separator: " ").first.map(String.init) else {
      return name
    }
    if BillWords.feminineOffices.contains(first) { return "la \(name)" }
    if BillWords.masculineOffices.contains(first) { return "el \(name)" }
    return name
  }

  // MARK: - Closing and signatures

  mutating func closing() {
    guard sanctioned, let approval = plan.approval else {
      if let executive = plan.metadata.authorities.first {
        writer.blocks.append(.signatures([Signature(name: executive.name, role: executive.role ?? "")]))
      }
      return
    }
    writer.paragraph(words.givenIn(approval.enacted.map { format.date($0) }))
    let signatures = approval.signatories.map { Signature(name: $0.name, role: $0.role ?? "") }
    if !signatures.isEmpty { writer.blocks.append(.signatures(signatures)) }
    var notes: [String] = []
    if let promulgated = approval.promulgated { notes.append(words.promulgated(format.date(promulgated))) }
    if let publication = approval.publication {
      notes.append(words.published(publication, date: approval.publicationDate.map { format.date($0) }))
    }
    for note in notes { writer.paragraph(note, kind: .small) }
  }

  /// The page that opens Anexo I: its name, the instrument it belongs to and the plan's title.
  mutating func annexPage() {
    writer.part(words.annexHeading, anchor: "ord-anexo-i")
    let heading = sanctioned ? words.sanctionedHeading(plan.approval?.number) : words.billHeading
    writer.paragraph([InlineRun(heading, bold: true)], kind: .centred)
    writer.paragraph([InlineRun(title, italic: true)], kind: .centred)
  }
}
