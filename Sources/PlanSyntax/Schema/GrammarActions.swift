import PlanDiagnostics

extension Grammar {
  /// Tools, actions, programmes, indicators, scenarios and technology.
  static let actions: [Construct] = [
    // Tools
    c(
      "herramientas", "tools", "herramientas de internacionalización", "internationalization tools",
      "ferramentas de internacionalização",
      members: [".herramienta"], block: .required),
    c(
      "herramientas.herramienta", "tool", "una herramienta del método y cómo se usará",
      "a tool of the method and how it will be used", "uma ferramenta do método e como será usada",
      params: [
        p(.choice(Vocabulary.tool), "la herramienta", "the tool", "a ferramenta"),
        p(.text, "la descripción", "the description", "a descrição", required: false),
      ],
      repeatable: true),

    // Actions
    c(
      "accion", "action", "una acción del plan", "an action of the plan", "uma ação do plano",
      params: [id, title],
      members: [
        ".objetivos", ".herramienta", "responsable", ".socios", "plazo", ".desde", ".hasta", ".presupuesto",
        ".sin_costo",
        "indicador", ".atiende", "ods", ".depende_de", ".estado", ".hito", ".usa", ".ideas", "descripcion",
        ".programa", ".corresponsables", "fecha",
      ], block: .optional, repeatable: true),
    field(
      "accion.programa", "programme", .reference, "programa o línea al que pertenece",
      "programme or line of work it belongs to", "programa ou linha a que pertence",
      aliases: ["linea", "program", "line"]),
    field(
      "accion.corresponsables", "co_owners", .references,
      "otros responsables, con el `responsable` principal",
      "other owners, with the lead `owner`", "outros responsáveis, com o `responsable` principal",
      aliases: ["corresponsable", "co_owner"]),
    field(
      "accion.objetivos", "objectives", .references, "objetivos a los que aporta", "objectives it serves",
      "objetivos para os quais contribui",
      aliases: ["objetivo", "objective"]),
    field(
      "accion.herramienta", "tool", .choice(Vocabulary.tool), "herramienta que usa", "tool it uses",
      "ferramenta que usa"),
    field(
      "accion.socios", "partners", .references, "socios y participantes que colaboran",
      "partners and participants involved", "parceiros e participantes que colaboram"),
    field("plazo", "term", .choice(Vocabulary.term), "plazo", "term", "prazo"),
    field("accion.desde", "from", .date, "inicio", "start", "início", aliases: ["start", "inicio"]),
    field("accion.hasta", "until", .date, "fin", "end", "fim", aliases: ["end", "fin"]),
    c(
      "accion.presupuesto", "budget", "presupuesto", "budget", "orçamento",
      params: [p(.amount, "el monto y la moneda", "the amount and currency", "o valor e a moeda")],
      members: ["fuente", "anio"], block: .optional, repeatable: true),
    c(
      "accion.sin_costo", "no_cost", "la acción no tiene costo", "the action costs nothing",
      "a ação não tem custo",
      params: [p(.text, "el motivo", "the reason", "o motivo", required: false)]),
    field(
      "accion.atiende", "addresses", .references, "ítems FODA que atiende", "SWOT items it addresses",
      "itens da FOFA que atende"),
    field("ods", "sdg", .sdgTargets, "metas ODS", "SDG targets", "metas ODS", aliases: ["sdgs"]),
    field(
      "accion.depende_de", "depends_on", .references, "acciones de las que depende", "actions it depends on",
      "ações das quais depende"),
    field(
      "accion.estado", "status", .choice(Vocabulary.actionStatus), "estado de la acción", "action status",
      "situação da ação"),
    c(
      "accion.hito", "milestone", "hito con fecha", "dated milestone", "marco com data",
      params: [p(.text, "el hito", "the milestone", "o marco"), p(.date, "la fecha", "the date", "a data")],
      repeatable: true),
    field(
      "accion.usa", "uses", .references, "herramientas tecnológicas que usa", "technological tools it uses",
      "ferramentas tecnológicas que usa"),
    field(
      "accion.ideas", "ideas", .references, "ideas de la lluvia de ideas que concreta",
      "brainstorm ideas it realises", "ideias do brainstorming que concretiza"),

    // Programmes: a level between objective and action
    c(
      "programa", "programme", aliases: ["linea", "program", "line"],
      "un programa o línea de trabajo que agrupa acciones", "a programme or line of work grouping actions",
      "um programa ou linha de trabalho que agrupa ações",
      params: [id, title], members: [".objetivos", "responsable", "descripcion"], block: .optional,
      repeatable: true),
    field(
      "programa.objetivos", "objectives", .references, "objetivos a los que aporta", "objectives it serves",
      "objetivos para os quais contribui",
      aliases: ["objetivo", "objective"]),

    // Indicators
    c(
      "indicador", "indicator", "indicador con línea de base y meta", "indicator with baseline and target",
      "indicador com linha de base e meta",
      params: [
        p(.identifier, "el identificador", "the identifier", "o identificador", required: false),
        p(.text, "el nombre", "the name", "o nome"),
      ],
      members: indicatorMembers, block: .optional, repeatable: true),
    c(
      "indicador.base", "baseline", "línea de base", "baseline", "linha de base",
      params: [
        p(.measure, "el valor", "the value", "o valor"),
        p(.parenYear, "el año", "the year", "o ano", required: false),
      ]),
    c(
      "indicador.meta", "target", "meta", "target", "meta",
      params: [
        p(.measure, "el valor", "the value", "o valor"),
        p(.parenYear, "el año", "the year", "o ano", required: false),
      ],
      repeatable: true),
    field(
      "indicador.medida", "measure", .choice(Vocabulary.measure), "tipo de medida", "kind of measure",
      "tipo de medida"),
    field("indicador.fuente", "source", .text, "fuente del dato", "data source", "fonte do dado"),
    field(
      "indicador.frecuencia", "frequency", .choice(Vocabulary.frequency), "frecuencia de medición",
      "measurement frequency", "frequência de medição"),
    field("indicador.unidad", "unit", .text, "unidad", "unit", "unidade"),
    field(
      "indicador.sentido", "direction", .choice(Vocabulary.direction),
      "qué se busca: `aumentar`, `reducir` o `mantener` el valor",
      "the aim: `increase`, `decrease` or `maintain`",
      "o que se busca: `aumentar`, `reducir` ou `mantener` o valor"),

    // Scenarios and technology
    c(
      "escenarios", "scenarios", "escenarios", "scenarios", "cenários", members: [".escenario"],
      block: .required),
    c(
      "escenarios.escenario", "scenario", "un escenario", "a scenario", "um cenário",
      params: [
        p(.choice(Vocabulary.scenario), "el tipo de escenario", "the kind of scenario", "o tipo de cenário"),
        title,
      ],
      members: [".supuestos", ".efecto", ".probabilidad", ".respuesta"], block: .optional, repeatable: true),
    field("escenarios.escenario.supuestos", "assumptions", .prose, "supuestos", "assumptions", "premissas"),
    c(
      "escenarios.escenario.efecto", "effect", "efecto sobre un objetivo", "effect on an objective",
      "efeito sobre um objetivo",
      params: [
        p(.reference, "el objetivo", "the objective", "o objetivo"),
        p(.text, "el efecto", "the effect", "o efeito"),
      ],
      repeatable: true),
    field(
      "escenarios.escenario.probabilidad", "likelihood", .choice(Vocabulary.likelihood), "probabilidad",
      "likelihood", "probabilidade"),
    field(
      "escenarios.escenario.respuesta", "response", .prose, "respuesta prevista", "planned response",
      "resposta prevista"),
    c(
      "tecnologia", "technology", "herramientas tecnológicas", "technological tools",
      "ferramentas tecnológicas",
      members: [".herramienta"], block: .required),
    c(
      "tecnologia.herramienta", "tool", "una herramienta tecnológica", "a technological tool",
      "uma ferramenta tecnológica",
      params: [id, name],
      members: [".uso", "responsable"], block: .optional, repeatable: true),
    field(
      "tecnologia.herramienta.uso", "use", .text, "para qué se usa", "what it is used for", "para que é usada"
    ),
  ]
}
