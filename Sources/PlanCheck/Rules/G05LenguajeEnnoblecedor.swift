import PlanDiagnostics
import PlanModel
import PlanSyntax
import PlanTemplates

/// Pauta 5: ennobling, graphic and metaphoric language. Style cannot be judged by a program: the
/// rule checks that a vision of a reasonable length and a slogan exist, with no template text left.
struct G05LenguajeEnnoblecedor: Rule {
  static let descriptor = RuleDescriptor(
    id: "G05", name: "LenguajeEnnoblecedor",
    title: Localized(
      es: "Lenguaje ennoblecedor, gráfico y metafórico", en: "Ennobling, graphic and metaphoric language",
      pt: "Linguagem enobrecedora, gráfica e metafórica"),
    rationale: Localized(
      es: """
        Una visión que entusiasma se recuerda y se repite; una lista de trámites, no. El método pide un \
        lenguaje ennoblecedor, gráfico y metafórico. Eso lo juzga una persona que lea la visión: el \
        revisor sólo comprueba que haya una visión de extensión razonable (entre \
        `palabras_vision_min` y `palabras_vision_max` palabras), un `lema`, y que no quede texto de \
        la plantilla («escriba aquí», `{{…}}`, TODO, XXX).
        """,
      en: """
        A vision that inspires is remembered and repeated; a list of procedures is not. The method \
        asks for ennobling, graphic and metaphoric language. A person reading the vision has to judge \
        that: the checker only makes sure there is a vision of a reasonable length (between \
        `palabras_vision_min` and `palabras_vision_max` words), a `slogan`, and no template text left \
        ("write here", `{{…}}`, TODO, XXX).
        """,
      pt: """
        Uma visão que entusiasma é lembrada e repetida; uma lista de trâmites, não. O método pede \
        uma linguagem enobrecedora, gráfica e metafórica. Isso é julgado por uma pessoa que leia a \
        visão: o revisor só comprova que haja uma visão de extensão razoável (entre \
        `palabras_vision_min` e `palabras_vision_max` palavras), um `lema`, e que não sobre texto \
        do modelo («escriba aquí», `{{…}}`, TODO, XXX).
        """),
    help: Localized(
      es: """
        escriba la visión con imágenes y metáforas de la ciudad que quieren ser, y un `lema` que la \
        resuma; que una persona la lea en voz alta y juzgue si entusiasma
        """,
      en: """
        write the vision with images and metaphors of the city you want to be, and a `slogan` that \
        sums it up; have a person read it aloud and judge whether it inspires
        """,
      pt: """
        escreva a visão com imagens e metáforas da cidade que querem ser, e um `lema` que a \
        resuma; peça a uma pessoa que a leia em voz alta e julgue se entusiasma
        """),
    defaultSeverity: .advisory, helpPath: "docs/rules.md#g05")

  static let guideline = Localized(
    es: "5) Usar un lenguaje ennoblecedor, gráfico y metafórico",
    en: "5) Use ennobling, graphic and metaphoric language",
    pt: "5) Usar uma linguagem enobrecedora, gráfica e metafórica")
  static let verification = Verification.proxy
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["vision", "lema"]

  static let limits = [
    Limit(
      "palabras_vision_min", 15,
      Localized(
        es: "palabras mínimas de la visión", en: "minimum number of words in the vision",
        pt: "palavras mínimas da visão")),
    Limit(
      "palabras_vision_max", 60,
      Localized(
        es: "palabras máximas de la visión", en: "maximum number of words in the vision",
        pt: "palavras máximas da visão")),
  ]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓vision ↓"Villa Aurora, ciudad internacional."
      """,
      """
      vision ↓"Villa Aurora, puerta de las sierras al mundo. TODO: completar con lo que decida la comisión en el taller de junio."
      lema   "Villa Aurora, puerta de las sierras al mundo"
      """,
      """
      vision ↓"En 2040, Villa Aurora es la puerta de las sierras al mundo: exporta lo que sabe hacer y recibe a quienes la visitan como a vecinos."
      lema   "Villa Aurora, puerta de las sierras al mundo"

      revision {
        limite palabras_vision_min 30
      }
      """,
      """
      ↓↓plan "Villa Aurora en el Mundo" {
        ciudad "Villa Aurora"
      }
      """,
      """
      vision ↓"En 2040, Villa Aurora es la puerta de las sierras al mundo: exporta lo que sabe hacer y recibe a quienes la visitan como a vecinos."
      lema   ↓"TODO lema definitivo"

      revision {
        limite palabras_vision_max 10
      }
      """,
    ],
    passing: [
      """
      vision "En 2040, Villa Aurora es la puerta de las sierras al mundo: exporta lo que sabe hacer y recibe a quienes la visitan como a vecinos."
      lema   "Villa Aurora, puerta de las sierras al mundo"
      """
    ])

  /// Template and editing leftovers: what to look for (without case or accents), and how to show it.
  static let placeholders: [(match: String, shown: String)] = [
    ("escriba aqui", "escriba aquí"), ("escribir aqui", "escribir aquí"), ("write here", "write here"),
    ("{{", "{{"), ("}}", "}}"), ("lorem ipsum", "lorem ipsum"),
    ("una frase breve que resuma la vision", "Una frase breve que resuma la visión"),
    ("a short sentence that sums up the vision", "A short sentence that sums up the vision"),
  ]
  /// Markers that only count in capitals, as whole words ("todo" is a Spanish word).
  static let markers: Set<String> = ["TODO", "XXX", "XXXX", "FIXME", "TBD"]

  /// Words in a text: pieces between spaces that contain a letter or a digit (markup does not count).
  static func words(_ text: String) -> Int {
    text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
  }

  /// Whether `needle` occurs in `haystack`, byte by byte (both already folded).
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
    var start = 0
    while start + needle.count <= haystack.count {
      if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) {
        return true
      }
      start += 1
    }
    return false
  }

  /// The first leftover found in a text, as written in the list. A text that is one of
  /// `plan init`'s examples is the model's finding (`M014`), not this rule's.
  static func leftover(_ text: String) -> String? {
    if Template.placeholder(matching: text) != nil { return nil }
    let folded = Array(Keywords.fold(text).utf8)
    if let found = placeholders.first(where: { contains(folded, Array($0.match.utf8)) }) {
      return found.shown
    }
    let tokens = text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    return tokens.first { markers.contains($0) }
  }

  func check(_ plan: Plan, _ context: inout RuleContext) {
    let minimum = context.limit("palabras_vision_min")
    let maximum = context.limit("palabras_vision_max")
    var count: Int?
    if let vision = plan.vision {
      let words = Self.words(vision.value)
      count = words
      if words < minimum {
        context.report(
          Localized(
            es:
              "la visión tiene \(words) palabras y se sugieren al menos \(minimum): una visión tan breve difícilmente "
              + "pinta la ciudad que se quiere ser",
            en:
              "the vision has \(words) words and at least \(minimum) are suggested: so short a vision can hardly "
              + "paint the city you want to be",
            pt:
              "a visão tem \(words) palavras e sugerem-se pelo menos \(minimum): uma visão tão breve dificilmente "
              + "retrata a cidade que se quer ser"),
          at: vision.range,
          help: Localized(
            es:
              "desarróllela con imágenes de la ciudad futura; o, si la comisión acepta esta extensión, escriba "
              + "`limite palabras_vision_min \(words)` en `revision`",
            en: "develop it with images of the future city; or, if the commission accepts this length, write "
              + "`limit palabras_vision_min \(words)` in `review`",
            pt: "desenvolva-a com imagens da cidade futura; ou, se a comissão aceitar esta extensão, escreva "
              + "`limite palabras_vision_min \(words)` em `revisao`"))
      } else if words > maximum {
        context.report(
          Localized(
            es:
              "la visión tiene \(words) palabras y se sugieren como máximo \(maximum): una visión breve se recuerda y se repite",
            en:
              "the vision has \(words) words and at most \(maximum) are suggested: a short vision is remembered and repeated",
            pt:
              "a visão tem \(words) palavras e sugerem-se no máximo \(maximum): uma visão breve é lembrada e repetida"
          ),
          at: vision.range,
          help: Localized(
            es:
              "pase los compromisos y los detalles a los ejes y objetivos; o, si la comisión acepta esta extensión, "
              + "escriba `limite palabras_vision_max \(words)` en `revision`",
            en:
              "move commitments and details to the axes and objectives; or, if the commission accepts this length, "
              + "write `limit palabras_vision_max \(words)` in `review`",
            pt:
              "passe os compromissos e os detalhes para os eixos e objetivos; ou, se a comissão aceitar esta extensão, "
              + "escreva `limite palabras_vision_max \(words)` em `revisao`"))
      }
      if let found = Self.leftover(vision.value) {
        context.report(
          Localized(
            es: "la visión todavía tiene texto de plantilla o de borrador («\(found)»)",
            en: "the vision still has template or draft text (\"\(found)\")",
            pt: "a visão ainda tem texto de modelo ou de rascunho («\(found)»)"),
          at: vision.range,
          help: Localized(
            es: "reemplácelo por la visión de la ciudad, escrita por sus líderes",
            en: "replace it with the city's vision, written by its leaders",
            pt: "substitua-o pela visão da cidade, escrita por seus líderes"))
      }
    } else {
      context.report(
        Localized(
          es: "el plan no tiene visión: falta `vision`, la ciudad que se quiere ser",
          en: "the plan has no vision: `vision`, the city you want to be, is missing",
          pt: "o plano não tem visão: falta `visao`, a cidade que se quer ser"),
        at: plan.anchor)
    }

    if let slogan = plan.slogan {
      if let found = Self.leftover(slogan.value) {
        context.report(
          Localized(
            es: "el lema todavía tiene texto de plantilla o de borrador («\(found)»)",
            en: "the slogan still has template or draft text (\"\(found)\")",
            pt: "o lema ainda tem texto de modelo ou de rascunho («\(found)»)"),
          at: slogan.range,
          help: Localized(
            es: "reemplácelo por una frase breve y propia que resuma la visión",
            en: "replace it with a short phrase of your own that sums up the vision",
            pt: "substitua-o por uma frase breve e própria que resuma a visão"))
      }
    } else {
      context.report(
        Localized(
          es: "falta el `lema`: una frase breve que resuma la visión y se pueda repetir",
          en: "the `slogan` is missing: a short phrase that sums up the vision and can be repeated",
          pt: "falta o `lema`: uma frase breve que resuma a visão e possa ser repetida"),
        at: plan.anchor)
    }

    context.evidence(
      Localized(
        es: count.map { "visión de \($0) palabras (sugerido: \(minimum) a \(maximum))" } ?? "sin visión",
        en: count.map { "vision of \($0) words (suggested: \(minimum) to \(maximum))" } ?? "no vision",
        pt: count.map { "visão de \($0) palavras (sugerido: \(minimum) a \(maximum))" } ?? "sem visão"))
    context.evidence(
      Localized(
        es: plan.slogan.map { "lema: «\($0.value)»" } ?? "sin lema",
        en: plan.slogan.map { "slogan: \"\($0.value)\"" } ?? "no slogan",
        pt: plan.slogan.map { "lema: «\($0.value)»" } ?? "sem lema"))
    context.evidence(
      Localized(
        es: "si el lenguaje es ennoblecedor, gráfico y metafórico lo juzga una persona",
        en: "whether the language is ennobling, graphic and metaphoric is for a person to judge",
        pt: "se a linguagem é enobrecedora, gráfica e metafórica é uma pessoa que julga"))
  }
}
