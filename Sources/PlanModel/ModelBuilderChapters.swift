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
    let images = node.children("imagen").compactMap { image -> ChapterImage? in
      guard let path = located(image) else { return nil }
      return ChapterImage(path: path, caption: text(image, 1) ?? "", range: image.range)
    }
    let chapter = FreeChapter(
      id: id, title: text(node, 1) ?? id, after: annex ? nil : childChoice(node, "capitulo.despues_de"),
      texts: childTexts(node, "texto"), images: images, range: node.range)
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
