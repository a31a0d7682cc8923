import PlanDiagnostics
import PlanModel
import PlanSyntax

/// The plane of action: the strategic axis answers the deck's six questions, and the territorial
/// axis names the territory's actors.
struct D02SeisPreguntas: Rule {
  static let descriptor = RuleDescriptor(
    id: "D02", name: "SeisPreguntasYTerritorio",
    title: Localized(
      es: "Las seis preguntas del eje estratégico y el eje territorial",
      en: "The strategic axis's six questions and the territorial axis",
      pt: "As seis perguntas do eixo estratégico e o eixo territorial"),
    rationale: Localized(
      es: """
        El plano de la acción tiene dos ejes. El eje estratégico responde seis preguntas —¿Qué tengo? \
        ¿Para qué? ¿Con quién? ¿Hacia dónde? ¿Por qué? ¿Cuándo?— que resumen la estrategia en palabras \
        de todos; si falta una respuesta, falta una parte de la estrategia. El eje territorial potencia \
        el territorio a través de sus actores: debe existir y nombrarlos (`actores`).
        """,
      en: """
        The plane of action has two axes. The strategic axis answers six questions —What do we have? \
        What for? With whom? Where to? Why? When?— that sum up the strategy in everyone's words; a \
        missing answer is a missing part of the strategy. The territorial axis strengthens the territory \
        through its actors: it must exist and name them (`actors`).
        """,
      pt: """
        O plano da ação tem dois eixos. O eixo estratégico responde a seis perguntas —O que tenho? \
        Para quê? Com quem? Para onde? Por quê? Quando?— que resumem a estratégia nas palavras de \
        todos; se falta uma resposta, falta uma parte da estratégia. O eixo territorial \
        potencializa o território por meio de seus atores: deve existir e nomeá-los (`atores`).
        """),
    help: Localized(
      es: """
        responda en `eje estrategico { que_tengo … para_que … con_quien … hacia_donde … por_que … \
        cuando … }`
        """,
      en: "answer in `axis strategic { what_we_have … what_for … with_whom … where_to … why … when … }`",
      pt: """
        responda em `eixo estrategico { o_que_tenho … para_que … com_quem … para_onde … por_que … \
        quando … }`
        """),
    defaultSeverity: .error, helpPath: "docs/rules.md#d02")

  static let guideline = Localized(
    es: """
      Eje Estratégico: este eje responde a las preguntas ¿Qué tengo? ¿Para qué? ¿Con quién? ¿Hacia \
      dónde? ¿Por qué? ¿Cuándo? Eje Territorial: potenciar el territorio y su Administración Local por \
      medio de la potenciación de los actores intervinientes
      """,
    en: """
      Strategic axis: this axis answers the questions What do we have? What for? With whom? Where to? \
      Why? When? Territorial axis: strengthen the territory and its local administration by \
      strengthening the actors involved
      """,
    pt: """
      Eixo Estratégico: este eixo responde às perguntas O que tenho? Para quê? Com quem? Para \
      onde? Por quê? Quando? Eixo Territorial: potencializar o território e sua Administração \
      Local por meio da potencialização dos atores envolvidos
      """)
  static let verification = Verification.structural

  /// The deck's wording of each question and its English keyword, by key.
  static let questions: [String: (words: Localized, english: String)] = [
    "que_tengo": (Localized(es: "¿Qué tengo?", en: "What do we have?", pt: "O que tenho?"), "what_we_have"),
    "para_que": (Localized(es: "¿Para qué?", en: "What for?", pt: "Para quê?"), "what_for"),
    "con_quien": (Localized(es: "¿Con quién?", en: "With whom?", pt: "Com quem?"), "with_whom"),
    "hacia_donde": (Localized(es: "¿Hacia dónde?", en: "Where to?", pt: "Para onde?"), "where_to"),
    "por_que": (Localized(es: "¿Por qué?", en: "Why?", pt: "Por quê?"), "why"),
    "cuando": (Localized(es: "¿Cuándo?", en: "When?", pt: "Quando?"), "when"),
  ]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓participantes {
        sociedad_civil unva "Universidad Nacional de Villa Aurora" sector universidad
      }

      eje territorial "Un territorio que sale al mundo" {
        actores unva
      }
      """,
      """
      participantes {
        sociedad_civil unva "Universidad Nacional de Villa Aurora" sector universidad
      }

      eje territorial "Un territorio que sale al mundo" {
        actores unva
      }

      ↓eje estrategico "Las seis preguntas" {
        que_tengo "Un polo metalmecánico y una universidad nacional."
        para_que  "Para generar empleo y atraer cooperación."
        cuando    "Entre 2026 y 2031."
      }
      """,
      """
      eje estrategico "Las seis preguntas" {
        que_tengo   "Un polo metalmecánico y una universidad nacional."
        para_que    "Para generar empleo y atraer cooperación."
        con_quien   "Con la universidad y las cámaras."
        hacia_donde "Hacia el sur de Brasil y Chile."
        por_que     "Porque el 87 % de las pymes nunca exportó."
        cuando      "Entre 2026 y 2031."
      }

      ↓eje territorial "Un territorio que sale al mundo" {
        descripcion "La universidad y las cámaras acompañan cada acción."
      }
      """,
      """
      ↓eje estrategico "Las seis preguntas" {
        que_tengo   "Un polo metalmecánico y una universidad nacional."
        para_que    "Para generar empleo y atraer cooperación."
        con_quien   "Con la universidad y las cámaras."
        hacia_donde "Hacia el sur de Brasil y Chile."
        por_que     "Porque el 87 % de las pymes nunca exportó."
        cuando      "Entre 2026 y 2031."
      }
      """,
    ],
    passing: [
      """
      participantes {
        sociedad_civil unva  "Universidad Nacional de Villa Aurora" sector universidad
        sociedad_civil cicva "Cámara de Industria y Comercio" sector camara
      }

      eje territorial "Un territorio que sale al mundo" {
        actores unva, cicva
      }

      eje estrategico "Las seis preguntas" {
        que_tengo   "Un polo metalmecánico y una universidad nacional."
        para_que    "Para generar empleo y atraer cooperación."
        con_quien   "Con la universidad, las cámaras y Mercociudades."
        hacia_donde "Hacia el sur de Brasil y Chile."
        por_que     "Porque el 87 % de las pymes nunca exportó."
        cuando      "En tres etapas, entre 2026 y 2031."
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    let strategic = plan.axes.filter { $0.kind == "estrategico" }
    var answered: Set<String> = []
    for axis in strategic {
      for (key, answer) in axis.answers where !answer.value.allSatisfy(\.isWhitespace) {
        answered.insert(key)
      }
    }
    let missing = Axis.strategicQuestions.filter { !answered.contains($0) }
    if let first = strategic.first {
      if !missing.isEmpty {
        let words = missing.map { Self.questions[$0]!.words }
        context.report(
          Localized(
            es: "el eje estratégico no responde \(words.map(\.es).joined(separator: " "))",
            en: "the strategic axis does not answer \(words.map(\.en).joined(separator: " "))",
            pt: "o eixo estratégico não responde \(words.map { $0.text(.pt) }.joined(separator: " "))"),
          at: first.range,
          help: Localized(
            es: "agregue al eje \(missing.map { "`\($0) \"…\"`" }.joined(separator: ", "))",
            en:
              "add to the axis \(missing.map { "`\(Self.questions[$0]!.english) \"…\"`" }.joined(separator: ", "))",
            pt:
              "acrescente ao eixo \(missing.map { "`\(Grammar.construct("eje.\($0)").pt) \"…\"`" }.joined(separator: ", "))"
          ))
      }
    } else {
      context.report(
        Localized(
          es: """
            falta el eje estratégico, que responde ¿Qué tengo? ¿Para qué? ¿Con quién? ¿Hacia dónde? \
            ¿Por qué? ¿Cuándo?
            """,
          en:
            "the strategic axis is missing; it answers What do we have? What for? With whom? Where to? Why? When?",
          pt: """
            falta o eixo estratégico, que responde O que tenho? Para quê? Com quem? Para onde? Por \
            quê? Quando?
            """
        ),
        at: plan.anchor)
    }

    let territorial = plan.axes.filter { $0.kind == "territorial" }
    let actors = territorial.flatMap(\.actors)
    if let first = territorial.first {
      if actors.isEmpty {
        context.report(
          Localized(
            es: "el eje territorial no nombra a los actores del territorio (`actores`)",
            en: "the territorial axis does not name the territory's actors (`actors`)",
            pt: "o eixo territorial não nomeia os atores do território (`atores`)"),
          at: first.range,
          help: Localized(
            es:
              "agregue `actores` con los participantes o socios que lo llevan adelante: `actores unva, cicva`",
            en: "add `actors` with the participants or partners who carry it: `actors unva, cicva`",
            pt:
              "acrescente `atores` com os participantes ou parceiros que o levam adiante: `atores unva, cicva`"
          ),
          severity: .warning)
      }
    } else {
      context.report(
        Localized(
          es: "falta el eje territorial, que potencia el territorio a través de sus actores",
          en: "the territorial axis is missing; it strengthens the territory through its actors",
          pt: "falta o eixo territorial, que potencializa o território por meio de seus atores"),
        at: plan.anchor,
        help: Localized(
          es: "agregue `eje territorial \"título\" { actores … }`",
          en: "add `axis territorial \"title\" { actors … }`",
          pt: "acrescente `eixo territorial \"título\" { atores … }`"),
        severity: .warning)
    }
    context.evidence(
      Localized(
        es: "\(answered.count) de 6 preguntas respondidas; \(actors.count) actor(es) del territorio",
        en: "\(answered.count) of 6 questions answered; \(actors.count) actor(s) of the territory",
        pt: "\(answered.count) de 6 perguntas respondidas; \(actors.count) ator(es) do território"))
  }

}
