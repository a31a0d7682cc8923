import PlanDocument
import PlanLayout
import Testing

/// The brainstorm's mind map keeps its geometry with any brainstorm: 60 ideas, one branch with 30,
/// ideas 200 characters long, a brainstorm nobody grouped; a map too tall for a page becomes a
/// numbered key, and every idea is in the figure exactly once as text.
@Suite struct MindMapTreeTests {
  static func context(height: Double = 700, width: Double = 481) -> DiagramContext {
    DiagramContext(
      shaper: FixedAdvanceShaper(), theme: PaginationTests.theme, language: "es", width: width,
      maximumHeight: height)
  }

  static func text(_ index: Int, length: Int) -> String {
    let words = "idea número \(index) para la ciudad " + String(repeating: "texto ", count: length / 6 + 1)
    return String(words.prefix(length))
  }

  /// `sizes[b]` ideas in branch `b`; `labelled: false` makes the single group nobody named.
  static func diagram(_ sizes: [Int], length: Int = 60, labelled: Bool = true) -> MindMapDiagram {
    var next = 0
    let branches = sizes.enumerated().map { branch, size in
      MindMapDiagram.Branch(
        label: labelled ? "Rama \(branch + 1) de la lluvia de ideas" : nil,
        ideas: (0..<size).map { _ in
          next += 1
          return MindMapDiagram.Idea(id: "i\(next)", text: text(next, length: length), link: "idea-i\(next)")
        })
    }
    return MindMapDiagram(
      centre: "Villa Aurora, puerta de las sierras al mundo", branches: branches,
      keyTitle: "Ideas de cada número", continuedLabel: "(cont.)")
  }

  static let cases: [(name: String, diagram: MindMapDiagram)] = [
    ("showcase-like", diagram([2, 3, 2, 1, 1])),
    ("60 ideas in 6 branches", diagram(Array(repeating: 10, count: 6))),
    ("one branch with 30 of 60", diagram([30, 6, 6, 6, 6, 6])),
    ("ideas 200 characters long", diagram([4, 4, 4, 4], length: 200)),
    ("60 ideas of 200 characters", diagram([30, 10, 10, 10], length: 200)),
    ("ungrouped, a few", diagram([7], labelled: false)),
    ("ungrouped, 60 long", diagram([60], length: 200, labelled: false)),
    ("a single branch", diagram([5])),
    ("branches without ideas", diagram([0, 0, 3, 0])),
    ("no ideas at all", diagram([])),
    ("one hundred branches", diagram(Array(repeating: 2, count: 100))),
  ]

  @Test(arguments: cases.indices)
  func geometryHolds(_ index: Int) {
    let (name, diagram) = Self.cases[index]
    let context = Self.context()
    let parts = MindMapTreeDiagram.layout(diagram, context: context)
    DiagramChecks.expectSound(parts, context, name: name, strokes: true)
  }

  /// Every idea's text once, every branch's label, and the centre on every part that draws the map.
  @Test(arguments: cases.indices)
  func everyLabelIsPresent(_ index: Int) {
    let (name, diagram) = Self.cases[index]
    let parts = MindMapTreeDiagram.layout(diagram, context: Self.context())
    let texts = DiagramGeometry.texts(parts)
    for branch in diagram.branches {
      for idea in branch.ideas {
        #expect(texts.filter { $0 == "\(idea.id)  \(idea.text)" }.count == 1, "\(name): \(idea.id)")
      }
      if let label = branch.label {
        #expect(texts.contains { $0.hasPrefix(label) }, "\(name): \(label)")
      }
    }
    #expect(texts.contains(diagram.centre), "\(name)")
  }

  @Test func aMapThatFitsShowsEveryIdeaInFullOnOnePart() {
    let diagram = Self.diagram([2, 3, 2, 1, 1])
    let parts = MindMapTreeDiagram.layout(diagram, context: Self.context())
    #expect(parts.count == 1)
    let texts = DiagramGeometry.texts(parts)
    #expect(!texts.contains(diagram.keyTitle))
    // The ideas are links to their rows in the table of kept ideas.
    let links = parts.flatMap(\.items).flatMap { item -> [String] in
      if case .text(let fragment) = item { return fragment.runs.compactMap(\.link) }
      return []
    }
    #expect(Set(links) == Set((1...9).map { "idea-i\($0)" }))
  }

  /// Branches go to the shorter side: with equal branches, as many on each side of the centre.
  @Test func branchesAreBalancedOnBothSides() throws {
    let diagram = Self.diagram([2, 2, 2, 2, 2, 2])
    let context = Self.context()
    let parts = MindMapTreeDiagram.layout(diagram, context: context)
    let part = try #require(parts.first)
    let nodes = part.items.compactMap { item -> Rect? in
      guard case .text(let fragment) = item, fragment.runs.first?.text.hasPrefix("Rama") == true else {
        return nil
      }
      return fragment.frame
    }
    #expect(nodes.count == 6)
    #expect(nodes.filter { $0.maxX < context.width / 2 }.count == 3)
    #expect(nodes.filter { $0.x > context.width / 2 }.count == 3)
  }

  /// Too many ideas for a page: chips numbered 1…n in the map, and a key that gives each number's
  /// idea under the map, continued over further parts.
  @Test func aCrowdedMapFallsBackToANumberedKey() {
    let diagram = Self.diagram([30, 6, 6, 6, 6, 6], length: 200)
    let context = Self.context()
    let parts = MindMapTreeDiagram.layout(diagram, context: context)
    #expect(parts.count > 1)
    let texts = DiagramGeometry.texts(parts)
    #expect(texts.first { $0 == diagram.keyTitle } != nil)
    #expect(texts.contains("\(diagram.keyTitle) \(diagram.continuedLabel)"))
    // Every number twice: once as a chip in the map, once in the key.
    for number in 1...60 {
      #expect(texts.filter { $0 == String(number) }.count == 2, "chip \(number)")
    }
    // The map is drawn once, on the first part.
    #expect(DiagramGeometry.texts([parts[0]]).contains(diagram.centre))
    #expect(texts.filter { $0 == diagram.centre }.count == 1)
  }

  /// A brainstorm nobody grouped hangs its ideas from the centre, half on each side, with no
  /// branch nodes.
  @Test func anUngroupedBrainstormHangsFromTheCentreOnBothSides() throws {
    let diagram = Self.diagram([6], labelled: false)
    let context = Self.context()
    let part = try #require(MindMapTreeDiagram.layout(diagram, context: context).first)
    let leaves = part.items.compactMap { item -> Rect? in
      guard case .text(let fragment) = item, fragment.runs.first?.text.hasPrefix("i") == true else {
        return nil
      }
      return fragment.frame
    }
    #expect(leaves.count == 6)
    #expect(leaves.filter { $0.maxX < context.width / 2 }.count == 3)
    #expect(leaves.filter { $0.x > context.width / 2 }.count == 3)
  }

  @Test(arguments: [300.0, 481, 700])
  func otherWidthsKeepTheGeometry(_ width: Double) {
    let context = Self.context(width: width)
    for diagram in [Self.diagram([2, 3, 2, 1, 1]), Self.diagram([30, 6, 6, 6, 6, 6], length: 200)] {
      for part in MindMapTreeDiagram.layout(diagram, context: context) {
        #expect(
          DiagramGeometry.problems(in: part).isEmpty,
          "\(width): \(DiagramGeometry.problems(in: part).prefix(3))")
        #expect(part.size.height <= context.maximumHeight + 0.01)
      }
    }
  }

  @Test func sameDiagramSameGeometry() {
    for diagram in [Self.diagram([2, 3, 2, 1, 1]), Self.diagram([30, 6, 6, 6, 6, 6], length: 200)] {
      let a = MindMapTreeDiagram.layout(diagram, context: Self.context())
      let b = MindMapTreeDiagram.layout(diagram, context: Self.context())
      #expect(a.map { $0.items.compactMap(\.bounds) } == b.map { $0.items.compactMap(\.bounds) })
    }
  }

  /// White text on every branch colour reaches WCAG AA.
  @Test func branchColoursAreReadableWithWhite() {
    for colour in MindMapTreeDiagram.branchColours {
      #expect(Contrast.readableWithWhite(colour), "\(colour)")
    }
  }
}
