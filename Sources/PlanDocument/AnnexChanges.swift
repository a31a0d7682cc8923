import PlanDiff
import PlanSyntax

/// The redline annex of an amendment (`plan build --comparar OLD`): a summary of the changes by
/// kind and of the budget by currency, then each changed item with its changed fields; in texts the
/// added words underlined and in braces, the removed ones struck through and in brackets — readable
/// printed in black and white and by a screen reader, never by colour alone.
extension Composer {
  static let changesAnchor = "anexo-cambios"

  mutating func annexChanges(_ amendment: DocumentChanges) {
    let words = ChangeLabels(plan.language)
    let number = RomanNumeral.text((forced ? 3 : 2) + plan.annexes.count)
    writer.part(words.title(number), anchor: Composer.changesAnchor)
    writer.paragraph(words.intro(amendment.oldName))
    let changes = amendment.changes
    guard !changes.isEmpty || changes.budget.contains(where: { $0.old != $0.new }) else {
      writer.paragraph(words.noChanges)
      return
    }
    let kinds: [PlanChanges.Kind] = [.added, .removed, .modified, .moved, .renamed]
    writer.table(
      caption: words.summaryCaption,
      columns: [
        Table.Column(words.changeColumn, share: 0.7),
        Table.Column(words.countColumn, share: 0.3, alignment: .right),
      ],
      rows: kinds.map { kind in ([[InlineRun(words.kind(kind))], [InlineRun("\(changes.count(kind))")]], nil)
      })
    if !changes.budget.isEmpty {
      writer.table(
        caption: words.budgetCaption,
        columns: [
          Table.Column(words.currencyColumn, share: 0.16),
          Table.Column(words.beforeColumn, share: 0.28, alignment: .right),
          Table.Column(words.afterColumn, share: 0.28, alignment: .right),
          Table.Column(words.differenceColumn, share: 0.28, alignment: .right),
        ],
        rows: changes.budget.map { entry in
          let difference = entry.new - entry.old
          return (
            [
              [InlineRun(entry.currency)], [InlineRun(format.money(entry.old, entry.currency))],
              [InlineRun(format.money(entry.new, entry.currency))],
              [InlineRun((difference > 0 ? "+" : "") + format.money(difference, entry.currency))],
            ], nil
          )
        })
    }
    for change in changes.changes { changedItem(change, words) }
  }

  /// «Modificado — Acción a03 «Participar en Mercociudades»», then its changed fields.
  private mutating func changedItem(_ change: PlanChanges.Change, _ words: ChangeLabels) {
    var heading = "\(words.kind(change.kind)) — \(itemName(change.item))"
    switch change.kind {
    case .moved:
      let from = change.previousParent.map { describe($0, words) } ?? words.top
      heading +=
        ": " + words.moved(from: from, to: change.item.parent.map { describe($0, words) } ?? words.top)
    case .renamed: heading += " (" + words.renamed(from: change.previousID ?? "") + ")"
    default: break
    }
    writer.paragraph([InlineRun(heading, bold: true)])
    guard !change.fields.isEmpty else { return }
    writer.definitions(
      change.fields.map { field in
        (field.name.isEmpty ? labels.capitalised(words.title) : fieldName(field.name), redline(field, words))
      })
  }

  /// A kind of item and its identifier, with its title: «Acción a03 «Participar…»».
  private func itemName(_ item: PlanItem) -> String {
    let words = ChangeLabels(plan.language)
    var name = labels.capitalised(
      describe([item.kind, item.id ?? item.label].compactMap { $0 }.joined(separator: " "), words))
    if !item.title.isEmpty { name += " «\(item.title)»" }
    return name
  }

  /// An item's identity in words: `eje economico 2` → «eje económico 2», `accion a03` → «acción a03».
  private func describe(_ identity: String, _ words: ChangeLabels) -> String {
    let parts = identity.split(separator: " ").map(String.init)
    guard let kind = parts.first else { return identity }
    let rest = Array(parts.dropFirst())
    // An axis is named by its motivation, as the document names it («eje económico»).
    if kind == "eje", let motivation = rest.first {
      return ([labels.word(Vocabulary.axis, motivation)] + rest.dropFirst()).joined(separator: " ")
    }
    return ([words.noun(kind) ?? keyword(kind)] + rest).joined(separator: " ")
  }

  /// A field's name as the plan's language writes its keyword (`presupuesto.fuente` → `presupuesto,
  /// fuente`).
  private func fieldName(_ name: String) -> String {
    let words = ChangeLabels(plan.language)
    return labels.capitalised(
      name.split(separator: ".").map { words.noun(String($0)) ?? keyword(String($0)) }.joined(separator: ", ")
    )
  }

  /// A keyword as the plan's language spells it, with spaces for underscores.
  private func keyword(_ key: String) -> String { Grammar.spelling(of: key, in: plan.language) }

  /// Word by word for texts; the old value struck through and the new one underlined for the rest.
  private func redline(_ field: PlanChanges.FieldChange, _ words: ChangeLabels) -> [InlineRun] {
    var runs: [InlineRun] = []
    func add(_ run: InlineRun) {
      if !runs.isEmpty { runs.append(InlineRun(" ")) }
      runs.append(run)
    }
    if !field.words.isEmpty {
      for segment in field.words {
        switch segment.kind {
        case .same: add(InlineRun(segment.text))
        case .deleted: add(InlineRun("[\(segment.text)]", mark: .deleted))
        case .inserted: add(InlineRun("{\(segment.text)}", mark: .inserted))
        }
      }
      return runs
    }
    // The old value, then the new one, as in a text whose words changed (the fonts have no arrow).
    add(field.old.map { InlineRun("[\($0)]", mark: .deleted) } ?? InlineRun(words.nothing, italic: true))
    add(field.new.map { InlineRun("{\($0)}", mark: .inserted) } ?? InlineRun(words.nothing, italic: true))
    return runs
  }
}
