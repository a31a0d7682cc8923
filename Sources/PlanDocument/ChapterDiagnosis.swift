import PlanModel
import PlanSyntax

/// Chapter 3: the diagnosis in its three stages, the SWOT, the brainstorm and the mind map.
extension Composer {
  mutating func chapterDiagnosis() {
    writer.chapter(labels.chapterDiagnosis)
    let diagnosis = plan.diagnosis

    writer.section(labels.currentSituation)
    if let situation = diagnosis?.currentSituation?.value {
      writer.prose(situation)
    } else {
      notDeclared()
    }
    if let identified = diagnosis?.identifiedPartners, !identified.isEmpty {
      writer.subsection(labels.identifiedPartners)
      writer.list(identified.map { [nameRun($0)] })
    }
    partnersTable()

    writer.section(labels.internalAnalysis)
    dimensions(Diagnosis.internalKeys, diagnosis?.internalDimensions, label: labels.internalDimension)
    writer.section(labels.externalAnalysis)
    dimensions(Diagnosis.externalKeys, diagnosis?.externalDimensions, label: labels.externalDimension)
    // Both stages at a glance, once the reader has seen the second.
    if let figure = environmentFigure() { placeFigure(figure) }

    writer.section(labels.swot)
    swot()

    if let brainstorm = plan.brainstorm {
      writer.section(labels.brainstorm)
      self.brainstorm(brainstorm)
    }
    if let mindMap = plan.mindMap {
      writer.section(labels.mindMap)
      self.mindMap(mindMap)
    }
  }

  mutating func partnersTable() {
    guard !plan.partners.isEmpty else { return }
    writer.subsection(labels.partnersAndTies)
    if let figure = partnersFigure() {
      // A sentence first: the heading stays with it when the figure moves to the next page.
      writer.paragraph(institution.partnersMapIntro)
      placeFigure(figure)
    }
    writer.table(
      columns: [
        Table.Column(labels.partnerColumn, share: 0.30), Table.Column(labels.kindColumn, share: 0.16),
        Table.Column(labels.countryColumn, share: 0.11), Table.Column(labels.tieColumn, share: 0.15),
        Table.Column(labels.normColumn, share: 0.28),
      ],
      rows: plan.partners.map { partner in
        var kind = labels.partnerKind(partner.kind)
        if let level = word(Vocabulary.governmentLevel, partner.level) { kind += " \(level)" }
        var tie = word(Vocabulary.partnerStatus, partner.status?.value).map(labels.capitalised) ?? ""
        if let since = partner.since {
          tie += (tie.isEmpty ? "" : ", ") + labels.since(format.numericDate(since))
        }
        var norm: [String] = []
        if let agreement = word(Vocabulary.agreement, partner.agreement) {
          norm.append(labels.capitalised(agreement))
        }
        if let text = partner.norm { norm.append(text) }
        if let fee = word(Vocabulary.fee, partner.fee) { norm.append(labels.fee(fee)) }
        return (
          [
            [InlineRun(partner.name)], [InlineRun(kind)], text(partner.country), text(tie),
            text(norm.joined(separator: "; ")),
          ],
          Anchor.partner(partner.id)
        )
      },
      // Each partner's description on a line under its row, when the plan describes any.
      details: plan.partners.contains { $0.description != nil }
        ? plan.partners.map { $0.description.map(Markup.flattened) } : [])
  }

  /// The dimensions of stage B or C: the text, "Sin datos: motivo", or "No declarado".
  mutating func dimensions(_ keys: [String], _ declared: [String: Dimension]?, label: (String) -> String) {
    guard let declared, !declared.isEmpty else { return notDeclared() }
    writer.definitions(
      keys.map { key in
        guard let dimension = declared[key] else {
          return (label(key), [InlineRun(labels.notDeclared, italic: true)])
        }
        if let reason = dimension.noData {
          return (
            label(key), [InlineRun("\(labels.noData): ", italic: true), InlineRun(reason, italic: true)]
          )
        }
        return (
          label(key), dimension.text.map(Markup.flattened) ?? [InlineRun(labels.notDeclared, italic: true)]
        )
      })
  }

  mutating func swot() {
    guard !plan.swot.isEmpty else { return notDeclared() }
    writer.paragraph(labels.swotIntro)
    placeFigure(swotFigure())
    for quadrant in SWOTItem.quadrants {
      let items = plan.swot.filter { $0.quadrant == quadrant }
      guard !items.isEmpty else { continue }
      writer.subsection(labels.quadrant(quadrant), anchor: "cuadrante-\(quadrant)")
      writer.table(
        columns: [
          Table.Column(labels.idColumn, share: 0.08), Table.Column(labels.itemColumn, share: 0.54),
          Table.Column(labels.sourceColumn, share: 0.22), Table.Column(labels.addressedByColumn, share: 0.16),
        ],
        rows: items.map { item in
          let actions = plan.actions.filter { $0.addresses.contains { $0.name == item.id } }.map(\.id)
          return (
            [
              [InlineRun(item.id, bold: true)], [InlineRun(item.text)], text(item.source),
              linkedList(actions, anchor: Anchor.action),
            ], Anchor.swot(item.id)
          )
        })
    }
  }

  mutating func brainstorm(_ brainstorm: Brainstorm) {
    writer.definitions(
      [
        (labels.brainstormDate, text(brainstorm.date.map { format.date($0) })),
        (labels.brainstormMethod, text(brainstorm.method)),
      ], omitEmpty: true)
    let kept = brainstorm.ideas.filter { $0.discarded == nil }
    let discarded = brainstorm.ideas.filter { $0.discarded != nil }
    if !kept.isEmpty {
      writer.subsection(labels.keptIdeas)
      writer.table(
        columns: [
          Table.Column(labels.idColumn, share: 0.08), Table.Column(labels.ideaColumn, share: 0.44),
          Table.Column(labels.branchColumn, share: 0.18), Table.Column(labels.sourceColumn, share: 0.18),
          Table.Column(labels.realisedByColumn, share: 0.12),
        ],
        rows: kept.map { idea in
          let branch = idea.branch.map { reference in
            plan.mindMap?.branches.first { $0.id == reference.name }?.label ?? reference.name
          }
          let actions = plan.actions.filter { $0.ideas.contains { $0.name == idea.id } }.map(\.id)
          return (
            [
              [InlineRun(idea.id, bold: true)], [InlineRun(idea.text)], text(branch), text(idea.source),
              linkedList(actions, anchor: Anchor.action),
            ], Anchor.idea(idea.id)
          )
        })
    }
    // Without a mind map section, the map of the kept ideas goes with their table.
    if plan.mindMap == nil, let figure = mindMapFigure() { placeFigure(figure) }
    if !discarded.isEmpty {
      writer.subsection(labels.discardedIdeas)
      writer.table(
        columns: [
          Table.Column(labels.idColumn, share: 0.08), Table.Column(labels.ideaColumn, share: 0.42),
          Table.Column(labels.reasonColumn, share: 0.50),
        ],
        rows: discarded.map { idea in
          (
            [[InlineRun(idea.id, bold: true)], [InlineRun(idea.text)], text(idea.discarded?.value)],
            Anchor.idea(idea.id)
          )
        })
    }
  }

  mutating func mindMap(_ mindMap: MindMap) {
    writer.paragraph([InlineRun("\(labels.mindMapCentre): ", bold: true), InlineRun(mindMap.center)])
    if let figure = mindMapFigure() { placeFigure(figure) }
    writer.list(
      mindMap.branches.map { branch in
        var runs = [InlineRun(branch.label)]
        if let kind = branch.axisKind {
          runs.append(InlineRun(" (\(labels.word(Vocabulary.axis, kind)))", italic: true))
        }
        let ideas = (plan.brainstorm?.ideas ?? []).filter { $0.branch?.name == branch.id }.map(\.id)
        if !ideas.isEmpty {
          runs.append(InlineRun(": "))
          runs += linkedList(ideas, anchor: Anchor.idea)
        }
        return runs
      })
  }
}
