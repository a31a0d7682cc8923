import PlanModel
import PlanSyntax

/// Chapters 1 (vision, motto, values) and 2 (leadership, commission, participants).
extension Composer {
  mutating func chapterVision() {
    writer.chapter(labels.chapterVision)
    writer.section(labels.vision)
    if let vision = plan.vision?.value {
      writer.prose(vision)
      if let year = plan.metadata.visionYear?.value {
        writer.paragraph(labels.capitalised(labels.visionHorizon(year)) + ".", kind: .small)
      }
    } else {
      notDeclared()
    }
    if let slogan = plan.slogan?.value {
      writer.section(labels.slogan)
      writer.paragraph(Markup.inline(slogan), kind: .quote)
    }
    writer.section(labels.commonValues)
    guard !plan.values.isEmpty else { return notDeclared() }
    // The description column only when some value has one.
    let described = plan.values.contains { $0.description != nil }
    var columns = [Table.Column(labels.valueColumn, share: 0.25)]
    if described { columns.append(Table.Column(labels.descriptionColumn, share: 0.38)) }
    columns.append(Table.Column(labels.endorsedByColumn, share: described ? 0.37 : 0.75))
    writer.table(
      caption: labels.valuesCaption, columns: columns,
      rows: plan.values.map { value in
        var cells = [[InlineRun(value.name, bold: true)]]
        if described { cells.append(value.description.map(Markup.flattened) ?? []) }
        cells.append(names(value.endorsedBy))
        return (cells, nil)
      })
  }

  mutating func chapterGovernance() {
    writer.chapter(labels.chapterGovernance)
    let leaders = plan.participants.filter { $0.group == "liderazgo" }
    writer.section(labels.leadership)
    if leaders.isEmpty {
      notDeclared()
    } else {
      writer.definitions(
        leaders.map { ($0.role ?? institution.participantGroup($0.group), [InlineRun($0.name)]) })
    }

    writer.section(plan.commission?.name ?? labels.commission)
    if let commission = plan.commission {
      writer.definitions(
        [
          (labels.chair, commission.chair.map { [nameRun($0)] } ?? []),
          (labels.createdBy, text(commission.createdBy)),
          (labels.meetings, text(word(Vocabulary.frequency, commission.meetings).map(labels.capitalised))),
        ], omitEmpty: true)
      // Members by the method's four groups (the chair counts in their group).
      var members = commission.members
      if let chair = commission.chair, !members.contains(where: { $0.name == chair.name }) {
        members.insert(chair, at: 0)
      }
      var byGroup: [(String, [InlineRun])] = []
      for group in Participant.groups {
        let inGroup = members.filter { plan.participant($0.name)?.group == group }
        if !inGroup.isEmpty {
          byGroup.append((institution.participantGroup(group), names(inGroup, separator: "; ")))
        }
      }
      let others = members.filter { plan.participant($0.name) == nil }
      if !others.isEmpty { byGroup.append((labels.members, names(others, separator: "; "))) }
      if !byGroup.isEmpty {
        writer.subsection(labels.members)
        writer.definitions(byGroup)
      }
      if let chart = commissionFigure() { placeFigure(chart) }
    } else {
      notDeclared()
    }

    writer.section(labels.participants)
    guard !plan.participants.isEmpty else { return notDeclared() }
    var rows: [(cells: [[InlineRun]], anchor: String?)] = []
    for group in Participant.groups {
      for participant in plan.participants where participant.group == group {
        var role = participant.role ?? ""
        if let sector = participant.sector {
          let sectorLabel = labels.capitalised(labels.word(Vocabulary.civilSector, sector))
          role = role.isEmpty ? sectorLabel : "\(role) (\(sectorLabel))"
        }
        rows.append(
          (
            [[InlineRun(institution.participantGroup(group))], [InlineRun(participant.name)], text(role)],
            Anchor.participant(participant.id)
          ))
      }
    }
    writer.table(
      caption: labels.participantsCaption,
      columns: [
        Table.Column(labels.groupColumn, share: 0.22), Table.Column(labels.participantColumn, share: 0.40),
        Table.Column(labels.roleColumn, share: 0.38),
      ],
      rows: rows)
    // Without a commission the chart still shows the four groups, and which of them is empty.
    if plan.commission == nil, let chart = commissionFigure() { placeFigure(chart) }
  }
}
