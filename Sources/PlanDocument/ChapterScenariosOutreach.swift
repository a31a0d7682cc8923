import PlanModel
import PlanSyntax

/// Chapters 7 (scenarios and technological tools) and 8 (communication and participation).
extension Composer {
  mutating func chapterScenarios() {
    writer.chapter(labels.chapterScenarios)
    writer.section(labels.scenarios)
    if plan.scenarios.isEmpty { notDeclared() }
    for scenario in plan.scenarios {
      writer.subsection(
        labels.scenarioHeading(labels.word(Vocabulary.scenario, scenario.kind), scenario.title))
      writer.definitions(
        [(labels.likelihood, text(word(Vocabulary.likelihood, scenario.likelihood).map(labels.capitalised)))],
        omitEmpty: true)
      labelled(labels.assumptions, scenario.assumptions)
      if !scenario.effects.isEmpty {
        writer.paragraph([InlineRun("\(labels.effects).", bold: true)])
        writer.list(
          scenario.effects.map { effect in
            [link(effect.objective.name, Anchor.objective(effect.objective.name)), InlineRun(": ")]
              + Markup.inline(effect.text)
          })
      }
      labelled(labels.response, scenario.response)
    }

    writer.section(labels.technology)
    guard !plan.technologies.isEmpty else { return notDeclared() }
    writer.table(
      columns: [
        Table.Column(labels.toolColumn, share: 0.28), Table.Column(labels.useColumn, share: 0.40),
        Table.Column(labels.ownerColumn, share: 0.18), Table.Column(labels.actionsCount, share: 0.14),
      ],
      rows: plan.technologies.map { technology in
        let actions = plan.actions.filter { $0.uses.contains { $0.name == technology.id } }.map(\.id)
        return (
          [
            [InlineRun(technology.name, bold: true)], text(technology.use),
            technology.owner.map { [nameRun($0)] } ?? [], linkedList(actions, anchor: Anchor.action),
          ], Anchor.technology(technology.id)
        )
      })
  }

  /// Prose introduced by a bold label: "**Supuestos.** Entra en vigor…".
  mutating func labelled(_ label: String, _ prose: String?) {
    guard let prose else { return }
    var parts = Markup.parts(prose)
    let lead = InlineRun("\(label). ", bold: true)
    if case .paragraph(let runs)? = parts.first {
      parts.removeFirst()
      writer.paragraph([lead] + runs)
    } else {
      writer.paragraph([lead])
    }
    for part in parts {
      switch part {
      case .paragraph(let runs): writer.paragraph(runs)
      case .list(let items): writer.list(items)
      }
    }
  }

  mutating func chapterOutreach() {
    writer.chapter(labels.chapterOutreach)
    writer.section(labels.communication)
    if let communication = plan.communication {
      for isInternal in [true, false] {
        let channels = communication.channels.filter { $0.isInternal == isInternal }
        guard !channels.isEmpty else { continue }
        writer.subsection(isInternal ? labels.internalCommunication : labels.externalCommunication)
        writer.table(
          columns: [
            Table.Column(labels.channelColumn, share: 0.34), Table.Column(labels.mediumColumn, share: 0.24),
            Table.Column(labels.audienceColumn, share: 0.26),
            Table.Column(labels.frequencyColumn, share: 0.16),
          ],
          rows: channels.map { channel in
            (
              [
                [InlineRun(channel.name)], text(channel.medium), text(channel.audience),
                text(word(Vocabulary.frequency, channel.frequency).map(labels.capitalised)),
              ], nil
            )
          })
      }
      if let publication = communication.publication?.value {
        writer.paragraph([InlineRun("\(labels.publication): ", bold: true), InlineRun(publication)])
      }
    } else {
      notDeclared()
    }

    writer.section(labels.participation)
    guard let participation = plan.participation, !participation.events.isEmpty else { return notDeclared() }
    for staff in [true, false] {
      let events = participation.events.filter { $0.staff == staff }
      guard !events.isEmpty else { continue }
      writer.subsection(staff ? institution.staffParticipation : institution.citizenParticipation)
      writer.table(
        columns: [
          Table.Column(labels.eventColumn, share: 0.34), Table.Column(labels.dateColumn, share: 0.14),
          Table.Column(labels.methodColumn, share: 0.26),
          Table.Column(labels.attendeesColumn, share: 0.12, alignment: .right),
          Table.Column(labels.frequencyColumn, share: 0.14),
        ],
        rows: events.map { event in
          (
            [
              [InlineRun(event.name)], text(event.date.map { format.numericDate($0) }), text(event.method),
              text(event.attendees.map { format.number(Double($0)) }),
              text(word(Vocabulary.frequency, event.frequency).map(labels.capitalised)),
            ], nil
          )
        })
    }
  }
}
