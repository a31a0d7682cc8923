import PlanCheck
import PlanDiagnostics

/// The annex of a copy built despite errors (`plan build --force`): every error and warning
/// `plan check` found, with where in the plan's files it is, so that the council reads what the
/// copy's watermark («CON OBSERVACIONES — VER ANEXO II») and the compliance annex
/// («no cumple (3 observaciones)») refer to.
extension Composer {
  static let observationsAnchor = "anexo-observaciones"

  /// The findings the annex lists: errors first, then warnings, in the checker's order.
  var observations: [Diagnostic] {
    let serious = result.diagnostics.filter { $0.severity == .error || $0.severity == .warning }
    return serious.filter { $0.severity == .error } + serious.filter { $0.severity == .warning }
  }

  mutating func annexObservations() {
    writer.part(labels.annexObservations, anchor: Composer.observationsAnchor)
    writer.paragraph(Markup.inline(labels.observationsIntro(observations.count)))
    writer.table(
      columns: [
        Table.Column(labels.codeColumn, share: 0.11), Table.Column(labels.severityColumn, share: 0.14),
        Table.Column(labels.observationColumn, share: 0.53), Table.Column(labels.whereColumn, share: 0.22),
      ],
      rows: observations.map { diagnostic in
        let file = diagnostic.range.file.split(separator: "/").last.map(String.init) ?? diagnostic.range.file
        let position = diagnostic.range.start
        return (
          [
            [InlineRun(diagnostic.code, bold: true)], [InlineRun(labels.severity(diagnostic.severity))],
            [InlineRun(councilText(diagnostic.message.text(plan.language)))],
            [InlineRun(labels.location(file: file, line: position.line))],
          ], nil
        )
      })
  }
}
