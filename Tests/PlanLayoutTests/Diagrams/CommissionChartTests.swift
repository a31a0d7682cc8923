import PlanDocument
import PlanLayout
import Testing

/// The commission chart keeps its geometry with any participants: 60 in one group, names 200
/// characters long, empty groups, no commission at all. Boxes grow to hold their names, and a
/// row too long for a page continues on the next with its boxes headed again.
@Suite struct CommissionChartTests {
  static func context(height: Double = 700) -> DiagramContext {
    DiagramContext(
      shaper: FixedAdvanceShaper(), theme: PaginationTests.theme, language: "es", width: 481,
      maximumHeight: height)
  }

  static let titles = [
    "Liderazgo político", "Equipo técnico municipal", "Sociedad civil", "Sociedad política",
  ]

  /// `counts[g]` participants in group `g`, names `length` long; every other one on the commission
  /// (when there is one), the first of the first group chairing it.
  static func diagram(counts: [Int], length: Int = 30, commission: Bool = true) -> CommissionDiagram {
    let groups = titles.enumerated().map { group, title in
      CommissionDiagram.Group(
        title: title,
        members: (0..<counts[group]).map { index in
          let id = "p\(group)_\(index)"
          let name = (id + " " + String(repeating: "Nombre Apellido ", count: length / 16 + 1)).prefix(length)
          return CommissionDiagram.Member(
            id: id, name: String(name), isCommissionMember: commission && index % 2 == 0,
            isChair: commission && group == 0 && index == 0)
        })
    }
    return CommissionDiagram(
      title: commission
        ? "Comisión para la Internacionalización y Desarrollo de "
          + String(repeating: "Villa Aurora ", count: length / 13)
        : "Sin comisión declarada",
      hasCommission: commission, chairLabel: "Preside", chair: commission ? "p0_0 Nombre" : nil,
      details: commission ? ["13 integrantes", "Reuniones: bimestral"] : [],
      otherMembersLabel: "Otros integrantes",
      otherMembers: commission ? ["Consulado de Italia"] : [], groups: groups, chairMark: "preside",
      emptyGroupLabel: "sin participantes", memberLegend: "Integra la comisión",
      participantLegend: "Participa del plan")
  }

  static func layout(_ diagram: CommissionDiagram, height: Double = 700) -> [DiagramPart] {
    CommissionChartDiagram.layout(diagram, context: context(height: height))
  }

  @Test(arguments: [
    ([3, 5, 4, 2], 30, true), ([60, 2, 0, 1], 40, true), ([8, 8, 8, 8], 200, true), ([0, 0, 0, 0], 30, true),
    ([60, 60, 60, 60], 200, true), ([1, 0, 3, 0], 30, false), ([40, 3, 1, 0], 200, false),
  ])
  func geometryHolds(counts: [Int], length: Int, commission: Bool) {
    let context = Self.context()
    let parts = Self.layout(Self.diagram(counts: counts, length: length, commission: commission))
    DiagramChecks.expectSound(parts, context)
    // Every participant is named exactly once, whatever the number of parts.
    let texts = DiagramGeometry.texts(parts)
    for (group, count) in counts.enumerated() {
      for index in 0..<count {
        #expect(texts.filter { $0.hasPrefix("p\(group)_\(index) ") }.count == 1, "p\(group)_\(index)")
      }
    }
    // Each empty group says so, once.
    #expect(texts.filter { $0 == "sin participantes" }.count == counts.filter { $0 == 0 }.count)
    if counts.contains(60) { #expect(parts.count > 1) }
  }

  @Test func theCentreNamesTheCommissionItsChairAndItsOtherMembers() {
    let texts = DiagramGeometry.texts(Self.layout(Self.diagram(counts: [3, 5, 4, 2])))
    #expect(texts.contains { $0.hasPrefix("Comisión para la Internacionalización") })
    #expect(texts.contains("Preside: p0_0 Nombre"))
    #expect(texts.contains("13 integrantes · Reuniones: bimestral"))
    #expect(texts.contains("Otros integrantes: Consulado de Italia"))
    #expect(texts.contains("Liderazgo político (3)"))
    #expect(texts.contains("Integra la comisión") && texts.contains("Participa del plan"))
  }

  @Test func commissionMembersAreBoldAndTheChairIsMarked() {
    let parts = Self.layout(Self.diagram(counts: [3, 2, 2, 2]))
    let fragments = parts.flatMap(\.items).compactMap { item -> TextFragment? in
      if case .text(let fragment) = item { return fragment }
      return nil
    }
    let chair = fragments.first { $0.runs.first?.text.hasPrefix("p0_0 ") == true }
    #expect(chair?.runs.first?.bold == true)
    #expect(chair?.runs.last?.text == " — preside" && chair?.runs.last?.italic == true)
    let member = fragments.first { $0.runs.first?.text.hasPrefix("p1_0 ") == true }
    let participant = fragments.first { $0.runs.first?.text.hasPrefix("p1_1 ") == true }
    #expect(member?.runs.first?.bold == true)
    #expect(participant?.runs.first?.bold == false)
    // Names link to their rows in the participants table.
    #expect(member?.runs.first?.link == Anchor.participant("p1_0"))
  }

  @Test func withoutACommissionTheCentreSaysSoAndNobodyIsBold() {
    let parts = Self.layout(Self.diagram(counts: [1, 0, 3, 0], commission: false))
    let texts = DiagramGeometry.texts(parts)
    #expect(texts.contains("Sin comisión declarada"))
    #expect(!texts.contains { $0.hasPrefix("Preside") })
    #expect(!texts.contains("Integra la comisión"))
    let bold = parts.flatMap(\.items).contains { item in
      if case .text(let fragment) = item {
        return fragment.runs.first?.text.hasPrefix("p") == true && fragment.runs[0].bold
      }
      return false
    }
    #expect(!bold)
  }

  @Test func boxesInARowShareTheirHeightAndJoinTheCentre() {
    let parts = Self.layout(Self.diagram(counts: [3, 9, 4, 1]))
    #expect(parts.count == 1)
    // The group boxes: stroked and filled rounded rectangles, two per row, equal heights per row.
    let boxes = parts[0].items.compactMap { item -> Rect? in
      if case .path(let path, .some, .some, _, 0) = item { return path.bounds }
      return nil
    }
    #expect(boxes.count == 4)
    #expect(abs(boxes[0].height - boxes[1].height) < 0.01 && abs(boxes[2].height - boxes[3].height) < 0.01)
    // Four connecting lines: two above the centre, two below.
    let lines = parts[0].items.filter { if case .line = $0 { return true } else { return false } }
    #expect(lines.count == 4)
  }

  /// 60 participants in one group: its box continues on the next parts, headed again; the box
  /// beside it keeps its own height and is not repeated empty.
  @Test func aLongGroupContinuesAloneOnTheNextParts() {
    let parts = Self.layout(Self.diagram(counts: [3, 60, 2, 2], length: 60))
    #expect(parts.count > 1)
    let first = DiagramGeometry.texts([parts[0]])
    #expect(first.contains("Liderazgo político (3)") && first.contains("Equipo técnico municipal (60)"))
    let rest = DiagramGeometry.texts(Array(parts.dropFirst()))
    #expect(rest.contains("Equipo técnico municipal (60) …"))
    #expect(!rest.contains { $0.hasPrefix("Liderazgo político") })
    let boxes = parts[0].items.compactMap { item -> Rect? in
      if case .path(let path, .some, .some, _, 0) = item { return path.bounds }
      return nil
    }
    #expect(boxes.count == 2 && boxes[0].height < boxes[1].height / 2)
  }

  /// The group headings and the centre carry white text: their colours reach WCAG AA with it.
  @Test func whiteTextIsReadableOnEveryBand() {
    let parts = Self.layout(Self.diagram(counts: [1, 1, 1, 1]))
    let bands = parts[0].items.compactMap { item -> Colour? in
      if case .path(let path, .some(let fill), nil, _, _) = item, path.bounds.width > 100 { return fill }
      return nil
    }
    #expect(bands.count == 5)
    for colour in bands { #expect(Contrast.ratio(colour, .white) >= Contrast.minimum, "\(colour)") }
  }

  @Test func sameChartSameGeometry() {
    let a = Self.layout(Self.diagram(counts: [20, 7, 3, 0], length: 90))
    let b = Self.layout(Self.diagram(counts: [20, 7, 3, 0], length: 90))
    #expect(a.map { $0.items.compactMap(\.bounds) } == b.map { $0.items.compactMap(\.bounds) })
  }
}
