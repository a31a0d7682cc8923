import FoundationEssentials
import PlanCheck
import PlanModel
import PlanSyntax

/// The compliance annex (the twelve guidelines as `plan check` found them) and the approval block
/// with its signature lines.
extension Composer {
  mutating func annexCompliance() {
    writer.part(labels.annexCompliance, anchor: "anexo-cumplimiento")
    writer.paragraph(Markup.inline(labels.complianceIntro))
    writer.table(
      columns: [
        Table.Column(labels.guidelineColumn, share: 0.28),
        Table.Column(labels.complianceStatusColumn, share: 0.17),
        Table.Column(labels.evidenceColumn, share: 0.55),
      ],
      rows: result.compliance.map { entry in
        var status = [InlineRun(labels.complianceStatus(entry.status), bold: true)]
        if entry.findings > 0 {
          // In a copy built despite errors, the count leads to the annex that lists them.
          status += [
            InlineRun(" ("),
            InlineRun(labels.findings(entry.findings), link: forced ? Composer.observationsAnchor : nil),
            InlineRun(")"),
          ]
        }
        let evidence = entry.evidence.map { councilText($0.text(plan.language)) }.joined(separator: "; ")
        return (
          [
            [InlineRun(entry.id, bold: true), InlineRun(" \(entry.title.text(plan.language))")], status,
            text(evidence),
          ], nil
        )
      })
  }

  /// Evidence is written for the plan's authors, in the terminal: `code` and identifiers. The
  /// council reads words: a keyword loses its backticks and underscores (`sin_datos` → sin datos),
  /// and a participant's or partner's identifier after its name is dropped
  /// ("Dirección de … (rrii)" → "Dirección de …").
  func councilText(_ text: String) -> String {
    let identifiers = Set(plan.participants.map(\.id) + plan.partners.map(\.id))
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(where: { $0 == "`" || $0 == "(" }) {
      result += rest[..<open]
      let after = rest.index(after: open)
      let closer: Character = rest[open] == "`" ? "`" : ")"
      guard let close = rest[after...].firstIndex(of: closer) else {
        result += rest[open...]
        return result
      }
      let inside = rest[after..<close]
      if rest[open] == "`" {
        result += inside.replacing("_", with: " ")
      } else if identifiers.contains(String(inside.filter { $0 != "`" })) {
        while result.last == " " { result.removeLast() }
      } else {
        result += "(" + councilText(String(inside)) + ")"
      }
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  mutating func approval() {
    writer.part(labels.approvalChapter, anchor: "aprobacion")
    if let approval = plan.approval {
      var publication = approval.publication ?? ""
      if let date = approval.publicationDate {
        publication += publication.isEmpty ? format.date(date) : " (\(format.date(date)))"
      }
      writer.definitions(
        [
          (labels.instrument, text(word(Vocabulary.instrument, approval.instrument).map(labels.capitalised))),
          (labels.number, text(approval.number)),
          (labels.fileNumber, text(approval.fileNumber)),
          (labels.enacted, text(approval.enacted.map { format.date($0) })),
          (labels.promulgated, text(approval.promulgated.map { format.date($0) })),
          (labels.publicationInBulletin, text(publication)),
        ], omitEmpty: true)
    } else {
      writer.paragraph(institution.notApprovedYet)
    }
    let people =
      (plan.approval?.signatories ?? []).isEmpty
      ? plan.metadata.authorities : plan.approval?.signatories ?? []
    guard !people.isEmpty else { return }
    writer.subsection(labels.signatures, anchor: "firmas")
    writer.blocks.append(
      .signatures(
        people.map {
          // In full: the signature block wraps a long name or role.
          Signature(name: $0.name, role: $0.role ?? "")
        }))
  }
}
