import PlanDiagnostics
import PlanSyntax

/// The parts of a plan beyond the method's own sections: programmes between objectives and
/// actions, and the free chapters (foreword, context chapters, annexes).
extension ModelBuilder {
  mutating func readProgramme(_ node: BoundNode) {
    guard let id = identifier(node) else { return }
    declare(id, .programme, node)
    plan.programmes.append(
      Programme(
        id: id, title: text(node, 1) ?? id,
        objectives: refs(
          node, "programa.objetivos", [.objective],
          Localized(
            es: "los objetivos del programa", en: "the programme's objectives", pt: "os objetivos do programa"
          )),
        owner: ref(
          node, "responsable", [.participant],
          Localized(
            es: "el responsable del programa", en: "the programme's owner", pt: "o responsável pelo programa")
        ),
        description: childText(node, "descripcion"), range: node.range))
  }

  mutating func readForeword(_ node: BoundNode) {
    plan.foreword = Foreword(
      title: text(node), texts: childTexts(node, "texto"),
      signedBy: ref(
        node, "prologo.firma", [.participant],
        Localized(es: "quién firma el prólogo", en: "who signs the foreword", pt: "quem assina o prefácio")),
      range: node.range)
  }

  mutating func readChapter(_ node: BoundNode, annex: Bool) {
    guard let id = identifier(node) else { return }
    declare(id, .chapter, node)
    var texts: [String] = []
    var images: [ChapterImage] = []
    var order: [ChapterPart] = []
    for child in node.children {
      if child.key == "texto", let prose = text(child) {
        order.append(.text(texts.count))
        texts.append(prose)
      } else if child.key == "imagen", let path = located(child) {
        order.append(.image(images.count))
        images.append(ChapterImage(path: path, caption: text(child, 1) ?? "", range: child.range))
      }
    }
    let chapter = FreeChapter(
      id: id, title: text(node, 1) ?? id, after: annex ? nil : childChoice(node, "capitulo.despues_de"),
      texts: texts, images: images, order: order, range: node.range)
    if annex { plan.annexes.append(chapter) } else { plan.chapters.append(chapter) }
  }

  /// An action without objectives of its own serves its programme's.
  mutating func inheritProgrammeObjectives() {
    for index in plan.actions.indices where plan.actions[index].objectives.isEmpty {
      guard let name = plan.actions[index].programme?.name, let programme = plan.programme(name) else {
        continue
      }
      plan.actions[index].objectives = programme.objectives
    }
  }
}
