import PlanModel
import PlanSyntax

/// Chapter 9: the City Brand programme in the method's seven steps, with its palette and typography.
extension Composer {
  mutating func chapterBrand() {
    writer.chapter(institution.brandChapter)
    guard let brand = plan.brand else { return notDeclared() }
    // The brand sheet names the brand; without it, a line does.
    if let figure = brandSheetFigure() {
      placeFigure(figure)
    } else if !brand.name.isEmpty {
      writer.paragraph([InlineRun("\(labels.brandName): ", bold: true), InlineRun(brand.name)], kind: .lead)
    }
    // 1. Diagnosis.
    writer.section(institution.brandDiagnosis)
    proseOrNotDeclared(brand.diagnosis)
    // 2. Stakeholders.
    writer.section(labels.stakeholders)
    kindTable(brand.stakeholders, first: labels.groupColumn, vocabulary: Vocabulary.stakeholderKind)
    // 3. Vision.
    writer.section(institution.brandVision)
    proseOrNotDeclared(brand.vision)
    // 4. Identity programme.
    writer.section(labels.identity)
    proseOrNotDeclared(brand.identity)
    // 5. Attributes, arguments, emotional and rational values.
    writer.section(labels.attributesAndValues)
    let lists = [
      (labels.attributes, brand.attributes), (labels.arguments, brand.arguments),
      (labels.emotionalValues, brand.emotionalValues), (labels.rationalValues, brand.rationalValues),
    ]
    if lists.allSatisfy({ $0.1.isEmpty }) { notDeclared() }
    for (title, items) in lists where !items.isEmpty {
      writer.subsection(title)
      writer.list(items.map(Markup.inline))
    }
    // 6. Communication and territorial marketing, symbols and slogan.
    writer.section(labels.brandCommunication)
    if brand.communicationPlan == nil && brand.territorialMarketing == nil && brand.symbols.isEmpty
      && brand.slogan == nil
    {
      notDeclared()
    }
    if let text = brand.communicationPlan {
      writer.subsection(labels.communicationPlan)
      writer.prose(text)
    }
    if let text = brand.territorialMarketing {
      writer.subsection(labels.territorialMarketing)
      writer.prose(text)
    }
    if !brand.symbols.isEmpty {
      writer.subsection(labels.symbols)
      writer.list(brand.symbols.map(Markup.inline))
    }
    if let slogan = brand.slogan {
      writer.subsection(labels.brandSlogan)
      writer.paragraph(Markup.inline(slogan), kind: .quote)
    }
    // 7. Target audience.
    writer.section(labels.audiences)
    kindTable(brand.audiences, first: labels.audienceColumn, vocabulary: Vocabulary.audienceKind)
    // Palette and typography.
    guard !brand.palette.isEmpty || brand.headingFont != nil || brand.bodyFont != nil else { return }
    writer.section(labels.paletteAndTypography)
    writer.table(
      columns: [
        Table.Column(labels.colourRoleColumn, share: 0.25),
        Table.Column(labels.colourNameColumn, share: 0.45),
        Table.Column(labels.hexColumn, share: 0.30),
      ],
      rows: brand.palette.map { colour in
        (
          [
            [InlineRun(labels.capitalised(labels.word(Vocabulary.colourRole, colour.role)))],
            text(colour.name),
            [InlineRun(colour.hex)],
          ], nil
        )
      })
    writer.definitions(
      [(labels.headingFont, text(brand.headingFont)), (labels.bodyFont, text(brand.bodyFont))],
      omitEmpty: true)
  }

  mutating func proseOrNotDeclared(_ text: String?) {
    if let text { writer.prose(text) } else { notDeclared() }
  }

  /// Names with an optional kind from a vocabulary (stakeholders, audiences).
  mutating func kindTable(_ entries: [(name: String, kind: String?)], first: String, vocabulary: Choice) {
    guard !entries.isEmpty else { return notDeclared() }
    writer.table(
      columns: [Table.Column(first, share: 0.68), Table.Column(labels.kindColumn, share: 0.32)],
      rows: entries.map { entry in
        ([[InlineRun(entry.name)], text(word(vocabulary, entry.kind).map(labels.capitalised))], nil)
      })
  }
}
