import PlanModel
import PlanSyntax

/// Chapters 4 (the motivation axes with their objectives, the territorial and strategic axes) and 5
/// (the internationalization tools the plan uses).
extension Composer {
  mutating func chapterAxes() {
    writer.chapter(labels.chapterAxes)
    guard !plan.axes.isEmpty else { return notDeclared() }
    // The method's motivation axes, then the thematic ones (each after the motivation it serves),
    // then the plane of action.
    let motivation = (Axis.motivationKinds + [nil]).flatMap { kind in
      plan.axes.filter { axis in
        kind == nil
          ? axis.kind == "tematico" && axis.servedMotivation == nil
          : axis.servedMotivation == kind && (axis.kind == kind || axis.kind == "tematico")
      }
    }
    let others = ["territorial", "estrategico"].flatMap { kind in plan.axes.filter { $0.kind == kind } }
    if let figure = axesFigure() { placeFigure(figure) }
    for axis in motivation + others {
      let kind = labels.capitalised(labels.word(Vocabulary.axis, axis.kind))
      writer.section(labels.axisHeading(kind, axis.title))
      writer.prose(axis.description)
      if let reason = axis.notApplicable?.value {
        writer.paragraph(
          [InlineRun("\(labels.notApplicable): ", bold: true)] + Markup.inline(reason), kind: .note)
      }
      if !axis.actors.isEmpty {
        writer.definitions([(labels.actors, names(axis.actors, separator: "; "))])
      }
      if axis.kind == "estrategico" {
        // The figure shows every answer in full; the six subsections are its text-only fallback.
        if let figure = strategicQuestionsFigure() {
          placeFigure(figure)
        } else {
          for question in Axis.strategicQuestions {
            writer.subsection(labels.strategicQuestion(question))
            if let answer = axis.answers[question]?.value { writer.prose(answer) } else { notDeclared() }
          }
        }
      }
      for objective in axis.objectives { self.objective(objective) }
      if axis.objectives.isEmpty, axis.notApplicable == nil, Axis.motivationKinds.contains(axis.kind) {
        writer.paragraph(labels.noObjectives, kind: .note)
      }
    }
  }

  mutating func objective(_ objective: Objective) {
    writer.subsection("\(objective.id). \(objective.title)", anchor: Anchor.objective(objective.id))
    writer.prose(objective.description)
    let values = objective.values.map { reference in
      plan.values.first { $0.id == reference.name }?.name ?? reference.name
    }
    let indicators = objective.indicators.map { indicatorSummary($0) }.joined(separator: "; ")
    let actions = actions(serving: objective.id).map(\.id)
    writer.definitions(
      [
        (labels.sponsor, objective.sponsor.map { [nameRun($0)] } ?? []),
        (labels.owner, objective.owner.map { [nameRun($0)] } ?? []),
        (labels.values, text(values.joined(separator: ", "))),
        (labels.term, text(word(Vocabulary.term, objective.term).map(labels.capitalised))),
        (labels.sdg, text(objective.sdgTargets.map(\.value).joined(separator: ", "))),
        (labels.indicators, text(indicators)),
        (labels.actionsServing, linkedList(actions, anchor: Anchor.action)),
      ], omitEmpty: true)
  }

  mutating func chapterTools() {
    writer.chapter(labels.chapterTools)
    guard !plan.tools.isEmpty else { return notDeclared() }
    writer.paragraph(labels.toolsIntro)
    writer.table(
      columns: [
        Table.Column(labels.toolColumn, share: 0.30), Table.Column(labels.useInPlanColumn, share: 0.48),
        Table.Column(labels.actionsCount, share: 0.22),
      ],
      rows: plan.tools.map { tool in
        let actions = plan.actions.filter { $0.tool?.value == tool.kind }.map(\.id)
        return (
          [
            [InlineRun(labels.capitalised(labels.word(Vocabulary.tool, tool.kind)), bold: true)],
            tool.description.map(Markup.flattened) ?? [], linkedList(actions, anchor: Anchor.action),
          ], nil
        )
      })
    if let figure = toolMatrixFigure() { placeFigure(figure) }
  }
}
