import PlanDiagnostics

/// The language's statements: every keyword in every context, with its English and Portuguese
/// spellings (Portuguese ones in `PortugueseSpellings`), its
/// arguments and what it may contain. One table drives the binder, the formatter, `plan init`, the
/// docs and "did you mean" — there is no second copy of the grammar.
public enum Grammar {
  /// Keys of the statements allowed at the top of a file.
  public static let root: [String] = [
    "incluir", "plan", "vision", "lema", "valores", "eje", "participantes", "comision", "socios",
    "diagnostico", "foda", "lluvia_de_ideas", "mapa_mental", "herramientas", "accion", "escenarios",
    "tecnologia", "comunicacion", "participacion", "marca_ciudad", "seguimiento", "aprobacion", "revision",
    "programa", "prologo", "capitulo", "anexo", "periodo", "ordenanza",
  ]

  public static let constructs: [String: Construct] = {
    var table: [String: Construct] = [:]
    for construct in all { table[construct.key] = construct }
    return table
  }()

  public static func construct(_ key: String) -> Construct { constructs[key]! }

  // MARK: - Shorthands for the table below

  /// Shared members whose key differs from their Spanish spelling (the key must be unique).
  private static let spellingOverrides = [
    "estado_vinculo": "estado", "instrumento_vinculo": "instrumento", "desde_anio": "desde", "eje_ref": "eje",
    "publico_objetivo": "publico",
  ]

  private static func L(_ es: String, _ en: String, _ pt: String) -> Localized {
    Localized(es: es, en: en, pt: pt)
  }

  private static func p(
    _ kind: ParamKind, _ es: String, _ en: String, _ pt: String, required: Bool = true
  ) -> Param {
    Param(kind, L(es, en, pt), required: required)
  }

  private static let id = p(.identifier, "el identificador", "the identifier", "o identificador")
  private static let title = p(.text, "el título", "the title", "o título")
  private static let name = p(.text, "el nombre", "the name", "o nome")
  private static let prose = p(.prose, "el texto", "the text", "o texto")
  private static let optionalProse = p(.prose, "el texto", "the text", "o texto", required: false)

  private static func c(
    _ key: String, _ en: String, aliases: [String] = [], _ summaryEs: String, _ summaryEn: String,
    _ summaryPt: String, params: [Param] = [], members: [String] = [], block: BlockRule = .none,
    repeatable: Bool = false
  ) -> Construct {
    let last = String(key.split(separator: ".").last!)
    let es = spellingOverrides[last] ?? last
    let resolved = members.map { $0.hasPrefix(".") ? key + $0 : $0 }
    return Construct(
      key: key, es: es, en: en, pt: PortugueseSpellings.keywords[key] ?? es, aliases: aliases,
      summary: L(summaryEs, summaryEn, summaryPt), params: params,
      members: resolved, block: block, repeatable: repeatable)
  }

  /// A member that holds one value.
  private static func field(
    _ key: String, _ en: String, _ kind: ParamKind, _ es: String, _ enSummary: String, _ ptSummary: String,
    aliases: [String] = [],
    repeatable: Bool = false, members: [String] = []
  ) -> Construct {
    c(
      key, en, aliases: aliases, es, enSummary, ptSummary,
      params: [
        Param(kind, L("su valor («\(es)»)", "its value («\(enSummary)»)", "o valor («\(ptSummary)»)"))
      ],
      members: members,
      repeatable: repeatable)
  }

  /// A diagnosis dimension: a text, or `sin_datos "motivo"`.
  private static func dimension(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, _ ptSummary: String
  ) -> Construct {
    c(key, en, es, enSummary, ptSummary, params: [optionalProse], members: ["sin_datos"])
  }

  private static let indicatorMembers = [
    "indicador.base", "indicador.meta", "indicador.medida", "indicador.fuente", "indicador.frecuencia",
    "indicador.unidad", "indicador.sentido",
  ]

  // MARK: - The table

  static let all: [Construct] = [
    // Files
    c(
      "incluir", "include", "incluye otro archivo .plan de la misma carpeta",
      "includes another .plan file from the plan's folder", "inclui outro arquivo .plan da mesma pasta",
      params: [p(.path, "la ruta del archivo", "the file path", "o caminho do arquivo")], repeatable: true),

    // Plan metadata
    c(
      "plan", "plan", "datos generales del plan", "the plan's general data", "dados gerais do plano",
      params: [title],
      members: [
        ".ciudad", ".provincia", ".pais", ".organismo", ".idioma", ".horizonte", ".horizonte_vision",
        ".version",
        ".estado", ".fecha", ".escudo", ".autoridad", ".formulado_por", ".jurisdiccion", ".organo",
        ".personal", ".ciudadania", ".presupuesto",
      ], block: .required),
    field("plan.ciudad", "city", .text, "nombre de la ciudad", "name of the city", "nome da cidade"),
    field(
      "plan.provincia", "province", .text, "provincia o estado", "province or state", "província ou estado",
      aliases: ["state"]),
    field("plan.pais", "country", .text, "país", "country", "país"),
    field(
      "plan.organismo", "body", .text, "organismo que lo elabora", "body that prepares it",
      "órgão que o elabora",
      aliases: ["municipio"]),
    field(
      "plan.idioma", "language", .choice(Vocabulary.language), "idioma del documento", "document language",
      "idioma do documento"),
    field(
      "plan.horizonte", "horizon", .yearRange, "horizonte del plan de acción", "action-plan horizon",
      "horizonte do plano de ação"),
    field(
      "plan.horizonte_vision", "vision_year", .year, "año de la visión de largo plazo",
      "year of the long-term vision", "ano da visão de longo prazo"),
    c(
      "plan.version", "version", "versión del documento", "document version", "versão do documento",
      params: [p(.text, "la versión", "the version", "a versão")]),
    field(
      "plan.estado", "status", .choice(Vocabulary.status), "estado del plan", "plan status",
      "situação do plano"),
    field("plan.fecha", "date", .date, "fecha del documento", "document date", "data do documento"),
    field(
      "plan.escudo", "logo", .path, "imagen del escudo o logo", "coat of arms or logo image",
      "imagem do brasão ou logotipo",
      aliases: ["coat_of_arms"]),
    c(
      "plan.autoridad", "authority", "autoridad que firma o presenta el plan",
      "authority who signs or presents the plan", "autoridade que assina ou apresenta o plano",
      params: [name], members: ["cargo"], block: .optional, repeatable: true),
    field(
      "plan.formulado_por", "formulated_by", .references, "participantes de liderazgo que lo formulan",
      "leadership participants who formulate it", "participantes da liderança que o formulam"),
    field("cargo", "role", .text, "cargo", "role", "cargo", aliases: ["position"]),
    field(
      "plan.jurisdiccion", "jurisdiction", .choice(Vocabulary.jurisdiction),
      "jurisdicción: municipio, comuna, ciudad autónoma, provincia, región…",
      "jurisdiction: municipality, commune, autonomous city, province, region…",
      "jurisdição: município, comuna, cidade autônoma, província, região…"),
    field(
      "plan.organo", "approving_body", .choice(Vocabulary.approvingBody),
      "órgano que aprueba el plan (Concejo Deliberante, Pleno…)", "body that approves the plan",
      "órgão que aprova o plano (Concejo Deliberante, Pleno…)",
      aliases: ["organo_aprobador"]),
    field(
      "plan.personal", "staff", .text, "cómo nombra el documento al personal («personal municipal»)",
      "how the document names the staff (\"municipal staff\")",
      "como o documento chama o pessoal («servidores municipais»)"),
    field(
      "plan.ciudadania", "citizens", .text, "cómo nombra el documento a la ciudadanía («vecinos y vecinas»)",
      "how the document names the citizens (\"residents\")",
      "como o documento chama a cidadania («moradores e moradoras»)"),
    c(
      "plan.presupuesto", "budget", "presupuesto total del plan (por año y fuente)",
      "the plan's total budget (by year and source)", "orçamento total do plano (por ano e fonte)",
      params: [p(.amount, "el monto y la moneda", "the amount and currency", "o valor e a moeda")],
      members: ["fuente", "anio"], block: .optional, repeatable: true),
    field(
      "anio", "year", .year, "año al que corresponde", "year it belongs to", "ano a que corresponde",
      aliases: ["ano"]),

    // Vision, values, slogan
    c("vision", "vision", "visión de la ciudad", "the city's vision", "visão da cidade", params: [prose]),
    c(
      "lema", "slogan", aliases: ["eslogan", "motto"], "lema del plan", "the plan's slogan", "lema do plano",
      params: [p(.text, "el lema", "the slogan", "o lema")]),
    c(
      "valores", "values", "valores comunes", "common values", "valores comuns", members: [".valor"],
      block: .required),
    c(
      "valores.valor", "value", "un valor común", "a common value", "um valor comum", params: [id, name],
      members: [".respaldado_por", "descripcion"], block: .optional, repeatable: true),
    field(
      "valores.valor.respaldado_por", "endorsed_by", .references, "participantes que respaldan el valor",
      "participants who endorse the value", "participantes que respaldam o valor"),
    field(
      "descripcion", "description", .prose, "descripción", "description", "descrição", aliases: ["detalle"]),

    // Axes
    c(
      "eje", "axis", "un eje de motivación o del plano de la acción", "a motivation or action-plane axis",
      "um eixo de motivação ou do plano da ação",
      params: [
        p(.choice(Vocabulary.axis), "el tipo de eje", "the kind of axis", "o tipo de eixo"),
        p(.text, "el título", "the title", "o título", required: false),
      ],
      members: [
        ".objetivo", "descripcion", ".no_aplica", ".actores", ".que_tengo", ".para_que", ".con_quien",
        ".hacia_donde",
        ".por_que", ".cuando", ".motivacion",
      ], block: .optional, repeatable: true),
    field(
      "eje.motivacion", "motivation", .choice(Vocabulary.motivation),
      "motivación del método a la que sirve un eje temático (o `ninguna`)",
      "the method's motivation a thematic axis serves (or `none`)",
      "motivação do método à qual serve um eixo temático (ou `ninguna`)"),
    c(
      "eje.objetivo", "objective", "un objetivo del eje", "an objective of the axis", "um objetivo do eixo",
      params: [id, title],
      members: [".lider", "responsable", ".valores", "indicador", "plazo", "ods", "descripcion"],
      block: .optional,
      repeatable: true),
    field(
      "eje.objetivo.lider", "sponsor", .reference, "líder político que lo impulsa", "political sponsor",
      "líder político que o impulsiona",
      aliases: ["leader"]),
    field(
      "responsable", "owner", .reference, "responsable técnico", "technical owner", "responsável técnico"),
    field(
      "eje.objetivo.valores", "values", .references, "valores que expresa", "values it expresses",
      "valores que expressa"),
    field(
      "eje.no_aplica", "not_applicable", .text, "motivo por el que el eje no aplica",
      "why the axis does not apply", "motivo pelo qual o eixo não se aplica"),
    field(
      "eje.actores", "actors", .references, "actores del territorio", "actors of the territory",
      "atores do território"),
    field("eje.que_tengo", "what_we_have", .prose, "¿Qué tengo?", "What do we have?", "O que tenho?"),
    field("eje.para_que", "what_for", .prose, "¿Para qué?", "What for?", "Para quê?"),
    field("eje.con_quien", "with_whom", .prose, "¿Con quién?", "With whom?", "Com quem?"),
    field("eje.hacia_donde", "where_to", .prose, "¿Hacia dónde?", "Where to?", "Para onde?"),
    field("eje.por_que", "why", .prose, "¿Por qué?", "Why?", "Por quê?"),
    field("eje.cuando", "when", .prose, "¿Cuándo?", "When?", "Quando?"),

    // Participants and commission
    c(
      "participantes", "participants", "participantes, en los cuatro grupos del método",
      "participants, in the method's four groups", "participantes, nos quatro grupos do método",
      members: [".liderazgo", ".tecnicos", ".sociedad_civil", ".sociedad_politica"], block: .required),
    c(
      "participantes.liderazgo", "leadership", "participante del liderazgo", "leadership participant",
      "participante da liderança",
      params: [id, name], members: ["cargo"], block: .optional, repeatable: true),
    c(
      "participantes.tecnicos", "technical", aliases: ["tecnico", "technician"],
      "técnico de la administración",
      "technical staff of the administration", "técnico da administração", params: [id, name],
      members: ["cargo"], block: .optional,
      repeatable: true),
    c(
      "participantes.sociedad_civil", "civil_society", "organización de la sociedad civil",
      "civil-society organisation", "organização da sociedade civil",
      params: [id, name], members: ["cargo", ".sector"], block: .optional, repeatable: true),
    field(
      "participantes.sociedad_civil.sector", "sector", .choice(Vocabulary.civilSector), "sector", "sector",
      "setor"),
    c(
      "participantes.sociedad_politica", "political_society", aliases: ["legislativo", "legislature"],
      "sociedad política (legislativo local)", "political society (local legislature)",
      "sociedade política (legislativo local)", params: [id, name],
      members: ["cargo"], block: .optional, repeatable: true),
    c(
      "comision", "commission", "Comisión para la Internacionalización y Desarrollo de la Ciudad",
      "Commission for the Internationalization and Development of the City",
      "Comissão para a Internacionalização e Desenvolvimento da Cidade",
      params: [p(.text, "el nombre", "the name", "o nome", required: false)],
      members: [".preside", ".miembros", ".creada_por", ".reuniones"], block: .required),
    field("comision.preside", "chair", .reference, "quién preside", "who chairs", "quem preside"),
    field("comision.miembros", "members", .references, "miembros", "members", "membros"),
    field(
      "comision.creada_por", "created_by", .text, "norma que la crea", "norm that creates it",
      "norma que a cria"),
    field(
      "comision.reuniones", "meetings", .choice(Vocabulary.frequency), "frecuencia de reuniones",
      "meeting frequency", "frequência das reuniões"),

    // External partners
    c(
      "socios", "partners", "socios externos", "external partners", "parceiros externos",
      members: [".ciudad", ".red", ".organismo", ".embajada", ".gobierno", ".institucion"], block: .required),
    partner(
      "socios.ciudad", "city", "ciudad extranjera o argentina", "city", "cidade estrangeira ou argentina"),
    partner("socios.red", "network", "red de ciudades", "city network", "rede de cidades"),
    partner(
      "socios.organismo", "organisation", "organismo internacional", "international body",
      "organismo internacional",
      aliases: ["organization"]),
    partner(
      "socios.embajada", "embassy", "embajada o consulado", "embassy or consulate", "embaixada ou consulado"),
    partner(
      "socios.gobierno", "government", "gobierno provincial o nacional", "provincial or national government",
      "governo provincial ou nacional"),
    partner(
      "socios.institucion", "institution", "otra institución", "other institution", "outra instituição"),
    field("pais", "country", .text, "país", "country", "país"),
    field(
      "estado_vinculo", "status", .choice(Vocabulary.partnerStatus), "estado del vínculo",
      "status of the tie", "situação do vínculo"),
    field("norma", "norm", .text, "norma que lo ratifica", "norm that ratifies it", "norma que o ratifica"),
    field(
      "instrumento_vinculo", "instrument", .choice(Vocabulary.agreement), "tipo de acuerdo",
      "kind of agreement", "tipo de acordo"),
    field("desde_anio", "since", .date, "desde cuándo", "since when", "desde quando"),
    field(
      "cuota", "fee", .choice(Vocabulary.fee), "cuota de membresía", "membership fee", "cota de filiação"),
    field(
      "nivel", "level", .choice(Vocabulary.governmentLevel), "nivel de gobierno", "level of government",
      "nível de governo"),

    // Diagnosis
    c(
      "diagnostico", "diagnosis", "diagnóstico: situación actual, análisis interno y externo",
      "diagnosis: current situation, internal and external analysis",
      "diagnóstico: situação atual, análise interna e externa",
      members: [".situacion_actual", ".socios_identificados", ".interno", ".externo"], block: .required),
    field(
      "diagnostico.situacion_actual", "current_situation", .prose, "A) situación actual",
      "A) current situation", "A) situação atual"),
    field(
      "diagnostico.socios_identificados", "identified_partners", .references, "socios externos identificados",
      "identified external partners", "parceiros externos identificados"),
    c(
      "diagnostico.interno", "internal", "B) análisis interno (autoestudio)",
      "B) internal analysis (self-study)", "B) análise interna (autoestudo)",
      members: [".planillas", ".servicios", ".sistemas", ".recursos", ".estrategias"], block: .required),
    dimension("diagnostico.interno.planillas", "staffing", "planillas", "staffing", "quadro de pessoal"),
    dimension("diagnostico.interno.servicios", "services", "servicios", "services", "serviços"),
    dimension("diagnostico.interno.sistemas", "systems", "sistemas", "systems", "sistemas"),
    dimension("diagnostico.interno.recursos", "resources", "recursos", "resources", "recursos"),
    dimension(
      "diagnostico.interno.estrategias", "usual_strategies", "estrategias habituales", "usual strategies",
      "estratégias habituais"),
    c(
      "diagnostico.externo", "external", "C) análisis externo (mirar alrededor)",
      "C) external analysis (look around)", "C) análise externa (olhar ao redor)",
      members: [
        ".social", ".economico", ".tecnologico", ".ambiental", ".cultural", ".demografico", ".politico",
      ],
      block: .required),
    dimension("diagnostico.externo.social", "social", "social", "social", "social"),
    dimension("diagnostico.externo.economico", "economic", "económico", "economic", "econômico"),
    dimension(
      "diagnostico.externo.tecnologico", "technological", "tecnológico", "technological", "tecnológico"),
    dimension("diagnostico.externo.ambiental", "environmental", "ambiental", "environmental", "ambiental"),
    dimension("diagnostico.externo.cultural", "cultural", "cultural", "cultural", "cultural"),
    dimension("diagnostico.externo.demografico", "demographic", "demográfico", "demographic", "demográfico"),
    dimension("diagnostico.externo.politico", "political", "político", "political", "político"),
    field(
      "sin_datos", "no_data", .text, "motivo por el que no hay datos", "why there is no data",
      "motivo pelo qual não há dados"),

    // SWOT
    c(
      "foda", "swot", aliases: ["dafo", "fofa"], "análisis FODA", "SWOT analysis", "análise FOFA",
      members: [".fortaleza", ".oportunidad", ".debilidad", ".amenaza"], block: .required),
    swot("foda.fortaleza", "strength", "fortaleza", "strength", "força"),
    swot("foda.oportunidad", "opportunity", "oportunidad", "opportunity", "oportunidade"),
    swot("foda.debilidad", "weakness", "debilidad", "weakness", "fraqueza"),
    swot("foda.amenaza", "threat", "amenaza", "threat", "ameaça"),
    field("fuente", "source", .text, "fuente", "source", "fonte"),

    // Brainstorm and mind map
    c(
      "lluvia_de_ideas", "brainstorm", "lluvia de ideas", "brainstorm", "brainstorming",
      members: [".idea", "fecha", ".metodo"], block: .required),
    c(
      "lluvia_de_ideas.idea", "idea", "una idea: se conserva, o se descarta con un motivo",
      "an idea: kept, or discarded with a reason", "uma ideia: é mantida, ou descartada com um motivo",
      params: [id, p(.text, "la idea", "the idea", "a ideia")],
      members: [".rama", ".descartada", "fuente"], block: .optional, repeatable: true),
    field(
      "lluvia_de_ideas.idea.rama", "branch", .reference, "rama del mapa mental", "mind-map branch",
      "ramo do mapa mental"),
    field(
      "lluvia_de_ideas.idea.descartada", "discarded", .text, "motivo del descarte", "why it was discarded",
      "motivo do descarte"),
    field("lluvia_de_ideas.metodo", "method", .text, "método", "method", "método"),
    field("fecha", "date", .date, "fecha", "date", "data"),
    c(
      "mapa_mental", "mind_map", "mapa mental: la idea central y sus ramas",
      "mind map: the central idea and its branches", "mapa mental: a ideia central e seus ramos",
      params: [p(.text, "la idea central", "the central idea", "a ideia central")], members: [".rama"],
      block: .required),
    c(
      "mapa_mental.rama", "branch", "una rama del mapa mental", "a branch of the mind map",
      "um ramo do mapa mental",
      params: [id, name],
      members: ["eje_ref"], block: .optional, repeatable: true),
    field("eje_ref", "axis", .choice(Vocabulary.axis), "eje relacionado", "related axis", "eixo relacionado"),

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

    // Communication and participation
    c(
      "comunicacion", "communication", "difusión interna y externa", "internal and external dissemination",
      "divulgação interna e externa",
      members: [".interna", ".externa", ".publicacion"], block: .required),
    channel(
      "comunicacion.interna", "internal", "canal de difusión interna", "internal channel",
      "canal de divulgação interna"),
    channel(
      "comunicacion.externa", "external", "canal de difusión externa", "external channel",
      "canal de divulgação externa"),
    field(
      "comunicacion.publicacion", "publication", .text, "dónde se publica el plan aprobado",
      "where the approved plan is published", "onde o plano aprovado é publicado"),
    field("canal", "channel", .text, "canal", "channel", "canal"),
    field("publico_objetivo", "audience", .text, "público", "audience", "público"),
    field("frecuencia", "frequency", .choice(Vocabulary.frequency), "frecuencia", "frequency", "frequência"),
    c(
      "participacion", "participation", "participación del personal y de la ciudadanía",
      "participation of staff and citizens", "participação do pessoal e da cidadania",
      members: [".personal", ".ciudadania"], block: .required),
    event(
      "participacion.personal", "staff", "instancia con el personal municipal",
      "activity with municipal staff", "instância com o pessoal municipal"),
    event(
      "participacion.ciudadania", "citizens", "instancia con la ciudadanía", "activity with citizens",
      "instância com a cidadania"),
    field("metodo", "method", .text, "método", "method", "método"),
    field(
      "asistentes", "attendees", .integer, "cantidad de asistentes", "number of attendees",
      "número de participantes"),

    // City brand
    c(
      "marca_ciudad", "city_brand", "programa de Marca Ciudad (los siete pasos del método)",
      "City Brand programme (the method's seven steps)",
      "programa de Marca Cidade (os sete passos do método)",
      params: [p(.text, "el nombre de la marca", "the brand name", "o nome da marca")],
      members: [
        ".diagnostico", ".grupo_de_interes", ".vision", ".identidad", ".atributo", ".argumento",
        ".valor_emocional",
        ".valor_racional", ".plan_comunicacion", ".marketing_territorial", ".simbolo", ".eslogan", ".publico",
        ".paleta",
        ".tipografia",
      ], block: .required),
    field(
      "marca_ciudad.diagnostico", "diagnosis", .prose, "1. diagnóstico y potencialidades",
      "1. diagnosis and potential", "1. diagnóstico e potencialidades"),
    c(
      "marca_ciudad.grupo_de_interes", "stakeholder", "2. grupo de interés", "2. stakeholder",
      "2. grupo de interesse",
      params: [name], members: [".tipo"], block: .optional, repeatable: true),
    field(
      "marca_ciudad.grupo_de_interes.tipo", "kind", .choice(Vocabulary.stakeholderKind), "tipo", "kind",
      "tipo"),
    field(
      "marca_ciudad.vision", "vision", .prose, "3. visión de la ciudad", "3. the city's vision",
      "3. visão da cidade"),
    field(
      "marca_ciudad.identidad", "identity", .prose, "4. programa de identidad", "4. identity programme",
      "4. programa de identidade"),
    field(
      "marca_ciudad.atributo", "attribute", .text, "5. atributo diferencial", "5. differential attribute",
      "5. atributo diferencial",
      repeatable: true),
    field(
      "marca_ciudad.argumento", "argument", .text, "5. argumento comunicativo", "5. communicative argument",
      "5. argumento comunicativo",
      repeatable: true),
    field(
      "marca_ciudad.valor_emocional", "emotional_value", .text, "5. valor emocional", "5. emotional value",
      "5. valor emocional",
      repeatable: true),
    field(
      "marca_ciudad.valor_racional", "rational_value", .text, "5. valor racional", "5. rational value",
      "5. valor racional",
      repeatable: true),
    field(
      "marca_ciudad.plan_comunicacion", "communication_plan", .prose, "6. plan de comunicación",
      "6. communication plan", "6. plano de comunicação"),
    field(
      "marca_ciudad.marketing_territorial", "territorial_marketing", .prose,
      "6. plan de marketing territorial",
      "6. territorial marketing plan", "6. plano de marketing territorial"),
    field("marca_ciudad.simbolo", "symbol", .text, "6. símbolo", "6. symbol", "6. símbolo", repeatable: true),
    field(
      "marca_ciudad.eslogan", "slogan", .text, "6. eslogan de la marca", "6. brand slogan",
      "6. slogan da marca", aliases: ["lema"]),
    c(
      "marca_ciudad.publico", "audience", "7. público destinatario", "7. target audience", "7. público-alvo",
      params: [name],
      members: [".tipo"], block: .optional, repeatable: true),
    field(
      "marca_ciudad.publico.tipo", "kind", .choice(Vocabulary.audienceKind), "segmento o nicho",
      "segment or niche", "segmento ou nicho"),
    c(
      "marca_ciudad.paleta", "palette", "paleta de colores", "colour palette", "paleta de cores",
      members: [".color"],
      block: .required),
    c(
      "marca_ciudad.paleta.color", "colour", aliases: ["color"], "un color de la paleta", "a palette colour",
      "uma cor da paleta",
      params: [
        p(.choice(Vocabulary.colourRole), "el uso del color", "the colour role", "o uso da cor"),
        p(.colour, "el color", "the colour", "a cor"),
        p(.text, "el nombre", "the name", "o nome", required: false),
      ],
      repeatable: true),
    c(
      "marca_ciudad.tipografia", "typography", "tipografía", "typography", "tipografia",
      members: [".titulos", ".cuerpo"], block: .required),
    field(
      "marca_ciudad.tipografia.titulos", "headings", .text, "familia para títulos", "family for headings",
      "família para títulos"),
    field(
      "marca_ciudad.tipografia.cuerpo", "body", .text, "familia para el texto", "family for body text",
      "família para o texto"),

    // Monitoring
    c(
      "seguimiento", "monitoring", "seguimiento y evaluación", "monitoring and evaluation",
      "monitoramento e avaliação",
      members: [".informe", ".audiencia_publica", ".tablero", "responsable"], block: .required),
    report("seguimiento.informe", "report", "informe periódico", "periodic report", "relatório periódico"),
    report(
      "seguimiento.audiencia_publica", "public_hearing", "audiencia pública", "public hearing",
      "audiência pública"),
    field(
      "seguimiento.tablero", "dashboard", .text, "tablero público de seguimiento",
      "public monitoring dashboard", "painel público de monitoramento"),
    field("destinatario", "recipient", .text, "destinatario", "recipient", "destinatário"),

    // Approval
    c(
      "aprobacion", "approval", "aprobación del plan", "approval of the plan", "aprovação do plano",
      members: [
        ".instrumento", ".numero", ".expediente", ".sancion", ".promulgacion", ".publicacion", ".firmante",
      ],
      block: .required),
    field(
      "aprobacion.instrumento", "instrument", .choice(Vocabulary.instrument), "instrumento", "instrument",
      "instrumento"),
    c(
      "aprobacion.numero", "number", "número", "number", "número",
      params: [p(.text, "el número", "the number", "o número")]),
    c(
      "aprobacion.expediente", "file_number", "expediente", "file number", "processo",
      params: [p(.text, "el número de expediente", "the file number", "o número do processo")]),
    field("aprobacion.sancion", "enacted", .date, "fecha de sanción", "date of enactment", "data de sanção"),
    field(
      "aprobacion.promulgacion", "promulgated", .date, "fecha de promulgación", "date of promulgation",
      "data de promulgação"),
    c(
      "aprobacion.publicacion", "published", "publicación oficial", "official publication",
      "publicação oficial",
      params: [p(.text, "dónde se publicó", "where it was published", "onde foi publicado")],
      members: ["fecha"], block: .optional),
    c(
      "aprobacion.firmante", "signatory", "firmante", "signatory", "signatário", params: [name],
      members: ["cargo"],
      block: .optional, repeatable: true),

    // The bill that submits the plan (`plan ordenanza`): what the office writes instead of, or
    // after, the generated Visto, Considerando and articles.
    c(
      "ordenanza", "bill", aliases: ["ordinance", "proyecto_de_ordenanza"],
      "texto propio del proyecto de ordenanza (plan ordenanza)",
      "the office's own text for the bill (plan ordenanza)",
      "texto próprio do projeto de lei (plan ordenanza)",
      members: [".visto", ".considerando", ".articulo", ".ordinal"], block: .required),
    c(
      "ordenanza.visto", "having_seen", aliases: ["seen"], "el Visto, en lugar del generado",
      "the «having seen» clause, instead of the generated one", "o «visto», em lugar do gerado",
      params: [prose]),
    c(
      "ordenanza.considerando", "whereas", aliases: ["considering"],
      "un Considerando más, tras los generados", "one more «whereas» clause, after the generated ones",
      "mais um «considerando», após os gerados", params: [prose], repeatable: true),
    c(
      "ordenanza.articulo", "article", aliases: ["art"], "un artículo más, antes del de forma",
      "one more article, before the closing one", "mais um artigo, antes do de forma", params: [prose],
      repeatable: true),
    field(
      "ordenanza.ordinal", "ordinal", .text, "signo ordinal de los artículos (º o °)",
      "ordinal sign of the articles (º or °)", "sinal ordinal dos artigos (º ou °)"),

    // Free chapters: the mayor's foreword, context chapters and annexes
    c(
      "prologo", "foreword", aliases: ["presentacion", "carta"], "prólogo o carta de presentación, firmada",
      "foreword or presentation letter, signed", "prefácio ou carta de apresentação, assinada",
      params: [p(.text, "el título", "the title", "o título", required: false)],
      members: ["texto", ".firma"],
      block: .required),
    field(
      "prologo.firma", "signed_by", .reference, "participante que lo firma", "participant who signs it",
      "participante que o assina",
      aliases: ["firmado_por", "signature"]),
    c(
      "capitulo", "chapter", "un capítulo de contexto, con texto e imágenes",
      "a context chapter with text and images", "um capítulo de contexto, com texto e imagens",
      params: [id, title], members: [".despues_de", "texto", "imagen"], block: .required, repeatable: true),
    field(
      "capitulo.despues_de", "after", .choice(Vocabulary.chapter), "capítulo tras el que va",
      "chapter it follows", "capítulo depois do qual vai"),
    c(
      "anexo", "annex", aliases: ["appendix"], "un anexo al final del documento, con texto e imágenes",
      "an annex at the end of the document, with text and images",
      "um anexo no final do documento, com texto e imagens",
      params: [id, title], members: ["texto", "imagen"], block: .required, repeatable: true),
    field(
      "texto", "text", .prose, "texto (párrafos, listas y tablas)", "text (paragraphs, lists and tables)",
      "texto (parágrafos, listas e tabelas)",
      repeatable: true),
    c(
      "imagen", "image", "una imagen de la carpeta del plan, con su epígrafe",
      "an image from the plan's folder, with its caption", "uma imagem da pasta do plano, com sua legenda",
      params: [
        p(.path, "el archivo", "the file", "o arquivo"), p(.text, "el epígrafe", "the caption", "a legenda"),
      ],
      repeatable: true),

    // Monitoring periods: what was measured, done and spent, one year per block
    c(
      "periodo", "period", "lo medido, hecho y gastado en un año del plan",
      "what was measured, done and spent in a year of the plan",
      "o que foi medido, feito e gasto em um ano do plano",
      params: [p(.year, "el año", "the year", "o ano")], members: [".corte", ".medicion", ".avance"],
      block: .required,
      repeatable: true),
    field(
      "periodo.corte", "cutoff", .date, "fecha de corte: hasta cuándo se informa",
      "cut-off date: what the period reports up to", "data de corte: até quando se informa",
      aliases: ["fecha_de_corte", "cut_off"]),
    c(
      "periodo.medicion", "measurement", aliases: ["medido", "valor_medido", "measured"],
      "un valor medido de un indicador", "a measured value of an indicator",
      "um valor medido de um indicador",
      params: [
        p(.reference, "el indicador", "the indicator", "o indicador"),
        p(.measure, "el valor medido", "the measured value", "o valor medido"),
      ],
      members: ["fecha", "fuente", ".nota"], block: .optional, repeatable: true),
    field(
      "periodo.medicion.nota", "note", .prose, "nota: qué explica el valor", "note: what explains the value",
      "nota: o que explica o valor",
      aliases: ["comentario", "comment"]),
    c(
      "periodo.avance", "progress", "el estado de una acción en el período",
      "an action's status in the period", "a situação de uma ação no período",
      params: [
        p(.reference, "la acción", "the action", "a ação"),
        p(
          .choice(Vocabulary.progressStatus), "el estado de avance", "the progress status",
          "a situação de avanço"),
        p(
          .measure, "el porcentaje de avance", "the percentage of progress", "a porcentagem de avanço",
          required: false),
      ],
      members: [".relato", ".ejecutado"], block: .optional, repeatable: true),
    field(
      "periodo.avance.relato", "narrative", .prose, "relato breve de lo hecho",
      "short account of what was done", "relato breve do que foi feito",
      aliases: ["narrativa", "comentario", "comment"]),
    c(
      "periodo.avance.ejecutado", "spent", aliases: ["gastado", "gasto", "executed"],
      "presupuesto ejecutado", "budget executed", "orçamento executado",
      params: [p(.amount, "el monto ejecutado", "the amount executed", "o valor executado")],
      members: ["fuente"],
      block: .optional,
      repeatable: true),

    // Review settings (caps, thresholds and severities for the checker)
    c(
      "revision", "review", "ajustes de la revisión: límites, umbrales y severidades",
      "review settings: caps, thresholds and severities",
      "ajustes da revisão: limites, limiares e severidades",
      members: [".limite", ".umbral", ".severidad"], block: .required),
    c(
      "revision.umbral", "threshold", "un umbral para el estado de los indicadores",
      "a threshold for the indicators' status", "um limiar para a situação dos indicadores",
      params: [
        p(.choice(Vocabulary.threshold), "el umbral", "the threshold", "o limiar"),
        p(.measure, "el porcentaje", "the percentage", "a porcentagem"),
      ],
      repeatable: true),
    c(
      "revision.limite", "limit", "un límite de la revisión (pauta 11, indicadores por objetivo)",
      "a cap of the review (guideline 11, indicators per objective)",
      "um limite da revisão (diretriz 11, indicadores por objetivo)",
      params: [
        p(.name, "el nombre del límite", "the limit's name", "o nome do limite"),
        p(.integer, "el valor", "the value", "o valor"),
      ],
      repeatable: true),
    c(
      "revision.severidad", "severity", "cambia la severidad de una regla", "changes a rule's severity",
      "muda a severidade de uma regra",
      params: [
        p(.name, "la regla", "the rule", "a regra"),
        p(.choice(Vocabulary.severity), "la severidad", "the severity", "a severidade"),
      ],
      repeatable: true),
  ]

  private static func partner(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, _ ptSummary: String,
    aliases: [String] = []
  )
    -> Construct
  {
    c(
      key, en, aliases: aliases, es, enSummary, ptSummary, params: [id, name],
      members: [
        "pais", "estado_vinculo", "norma", "instrumento_vinculo", "desde_anio", "cuota", "nivel",
        "descripcion",
      ],
      block: .optional, repeatable: true)
  }

  private static func swot(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, _ ptSummary: String
  ) -> Construct {
    c(
      key, en, es, enSummary, ptSummary, params: [id, p(.text, "el texto", "the text", "o texto")],
      members: ["fuente"],
      block: .optional, repeatable: true)
  }

  private static func channel(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, _ ptSummary: String
  ) -> Construct {
    c(
      key, en, es, enSummary, ptSummary, params: [id, name],
      members: ["canal", "publico_objetivo", "frecuencia"],
      block: .optional, repeatable: true)
  }

  private static func event(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, _ ptSummary: String
  ) -> Construct {
    c(
      key, en, es, enSummary, ptSummary, params: [id, name],
      members: ["fecha", "metodo", "asistentes", "frecuencia"],
      block: .optional, repeatable: true)
  }

  private static func report(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, _ ptSummary: String
  ) -> Construct {
    c(
      key, en, es, enSummary, ptSummary, params: [id, name],
      members: ["frecuencia", "fecha", "destinatario", "responsable"],
      block: .optional, repeatable: true)
  }
}
