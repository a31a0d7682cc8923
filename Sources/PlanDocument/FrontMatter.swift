import FoundationEssentials
import PlanModel
import PlanSyntax

/// Cover, authorities, version control and executive summary.
extension Composer {
  mutating func cover() {
    // Every value is read first, then appended: the optimizer of Swift 6.0 crashes (an ownership
    // verifier error) on this function when `institution`'s words are read inside the appends.
    let words = institution
    let reference = approvalReference
    var dateText = words.undated
    if let date = plan.metadata.date { dateText = format.date(date.value) }
    var details: [String] = []
    if let status = plan.metadata.status?.value {
      details.append(words.planStatus(status, approval: reference))
    }
    if let version = plan.metadata.version?.value { details.append(labels.version(version)) }
    details.append(dateText)
    var subtitle = horizonText.map { labels.horizonText($0) } ?? ""
    if let year = plan.metadata.visionYear?.value, !subtitle.isEmpty {
      subtitle += " · " + labels.visionHorizon(year)
    }
    let cover = Cover(
      body: plan.metadata.body?.value ?? "",
      city: PrintedLength.shortened(city, to: PrintedLength.coverCity),
      title: PrintedLength.shortened(title, to: PrintedLength.coverTitle), subtitle: subtitle,
      details: details, logoPath: logoPath, logoDescription: labels.coatOfArms(city))
    writer.blocks.append(.cover(cover))
  }

  /// `22/05/2026`, or «sin fecha». (A function of its own: Swift 6.0's optimizer crashes on an
  /// optional's `map` joined with `??` to one of `institution`'s words inside a mutating method.)
  func numericDateOrUndated(_ date: PlanDate?) -> String {
    guard let date else { return institution.undated }
    return format.numericDate(date)
  }

  /// "Ordenanza N.º 2.318/2026 del 14/05/2026", when the plan says how it was approved.
  var approvalReference: String? {
    guard let approval = plan.approval, let instrument = approval.instrument else { return nil }
    return labels.approvalReference(
      instrument: labels.capitalised(labels.word(Vocabulary.instrument, instrument)), number: approval.number,
      date: approval.enacted.map { format.date($0) })
  }

  /// The crest, when it passed the checks (inside the plan's folder, a PNG or JPEG of sensible size).
  var logoPath: String? { plan.crest?.path }

  mutating func authorities() {
    writer.part(labels.authorities, anchor: "autoridades")
    if plan.metadata.authorities.isEmpty {
      notDeclared()
    } else {
      writer.definitions(
        plan.metadata.authorities.map { person in (person.role ?? labels.authority, [InlineRun(person.name)])
        })
    }
    guard !plan.metadata.formulatedBy.isEmpty else { return }
    writer.subsection(labels.formulatedBy, anchor: "formulado-por")
    writer.list(
      plan.metadata.formulatedBy.map { reference in
        var runs = [nameRun(reference)]
        if let role = plan.participant(reference.name)?.role { runs.append(InlineRun(", \(role)")) }
        return runs
      })
  }

  mutating func versionControl() {
    writer.subsection(labels.versionControl, anchor: "control-de-versiones")
    let status = word(Vocabulary.status, plan.metadata.status?.value).map { labels.capitalised($0) }
    writer.table(
      columns: [
        Table.Column(labels.versionColumn, share: 0.25), Table.Column(labels.statusColumn, share: 0.40),
        Table.Column(labels.dateColumn, share: 0.35),
      ],
      rows: [
        (
          [
            text(plan.metadata.version?.value), text(status),
            text(numericDateOrUndated(plan.metadata.date?.value)),
          ], nil
        )
      ] + previousVersionRow)
    // Each file with the start of its SHA-256: `sha256sum` on the plan's folder verifies them; an
    // amendment lists the previous version's files too.
    let previous = (changes?.oldSources ?? []).map { source in
      DocumentSource(name: ChangeLabels(plan.language).previousFile(source.name), sha256: source.sha256)
    }
    writer.table(
      caption: labels.sourceHashNote,
      columns: [
        Table.Column(labels.sourceFileColumn, share: 0.55),
        Table.Column(labels.sourceHashColumn, share: 0.45),
      ],
      rows: (sources + previous).map { source in
        ([[InlineRun(source.name)], [InlineRun(String(source.sha256.lowercased().prefix(16)))]], nil)
      })
  }

  /// The previous version's row, when the document shows an amendment's changes.
  private var previousVersionRow: [(cells: [[InlineRun]], anchor: String?)] {
    guard let changes else { return [] }
    let status = word(Vocabulary.status, changes.oldStatus).map { labels.capitalised($0) }
    let version = ChangeLabels(plan.language).previousVersion(changes.oldVersion ?? changes.oldName)
    return [
      (
        [
          text(version), text(status),
          text(numericDateOrUndated(changes.oldDate)),
        ], nil
      )
    ]
  }

  mutating func executiveSummary() {
    writer.part(labels.executiveSummary, anchor: "resumen-ejecutivo")
    if let vision = plan.vision?.value, case .paragraph(let runs)? = Markup.parts(vision).first {
      writer.paragraph(runs, kind: .lead)
    }
    var horizon = horizonText ?? ""
    if let year = plan.metadata.visionYear?.value {
      horizon += horizon.isEmpty ? labels.visionHorizon(year) : " (\(labels.visionHorizon(year)))"
    }
    let totals = BudgetTotals(plan.actions.flatMap(\.budgets))
    var budget = totals.text(format)
    let free = plan.actions.filter { $0.noCost != nil }.count
    if free > 0 { budget += budget.isEmpty ? labels.noCostActions(free) : " (\(labels.noCostActions(free)))" }
    var figures: [(String, [InlineRun])] = [
      (labels.horizon, text(horizon)),
      (labels.objectivesCount, [InlineRun("\(plan.objectives.count)")]),
      (labels.actionsCount, [InlineRun("\(plan.actions.count)")]),
      (labels.totalBudget, text(budget)),
    ]
    // What real plans add: their programmes and their own budget, when they have them.
    if !plan.programmes.isEmpty {
      figures.insert((labels.programmes, [InlineRun("\(plan.programmes.count)")]), at: 2)
    }
    if !plan.metadata.budgets.isEmpty {
      figures.append((labels.planBudget, text(BudgetTotals(plan.metadata.budgets).text(format))))
    }
    writer.definitions(figures)
    // Each axis once: a line declared as not applying is left out when the same kind of axis is
    // worked by another (a discarded line is in its chapter, with its reason).
    let axes = plan.axes.filter { axis in
      guard Axis.motivationKinds.contains(axis.kind) || !axis.objectives.isEmpty else { return false }
      return axis.notApplicable == nil
        || !plan.axes.contains { $0.kind == axis.kind && $0.notApplicable == nil }
    }
    writer.table(
      caption: labels.axesTableCaption,
      columns: [
        Table.Column(labels.axisColumn, share: 0.22), Table.Column(labels.titleColumn, share: 0.48),
        Table.Column(labels.objectivesCount, share: 0.15, alignment: .right),
        Table.Column(labels.actionsCount, share: 0.15, alignment: .right),
      ],
      rows: axes.map { axis in
        var kind = labels.capitalised(labels.word(Vocabulary.axis, axis.kind))
        // A thematic axis says which motivation it serves: "Eje temático (económico)".
        if axis.kind == "tematico", let served = axis.servedMotivation {
          kind += " (\(labels.motivationServed(served)))"
        }
        if axis.notApplicable != nil {
          return ([[InlineRun(kind)], text(axis.title), [InlineRun(labels.notApplicable)], []], nil)
        }
        let ids = Set(axis.objectives.map(\.id))
        let actions = plan.actions.filter { $0.objectives.contains { ids.contains($0.name) } }.count
        return (
          [
            [InlineRun(kind)], text(axis.title), [InlineRun("\(axis.objectives.count)")],
            [InlineRun("\(actions)")],
          ],
          nil
        )
      })
  }
}
