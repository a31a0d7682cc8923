import PlanDiagnostics

/// The language's statements: every keyword in every context, with its English spelling, its
/// arguments and what it may contain. One table drives the binder, the formatter, `plan init`, the
/// docs and "did you mean" — there is no second copy of the grammar.
public enum Grammar {
  /// Keys of the statements allowed at the top of a file.
  public static let root: [String] = [
    "incluir", "plan", "vision", "lema", "valores", "eje", "participantes", "comision", "socios",
    "diagnostico", "foda", "lluvia_de_ideas", "mapa_mental", "herramientas", "accion", "escenarios",
    "tecnologia", "comunicacion", "participacion", "marca_ciudad", "seguimiento", "aprobacion", "revision",
    "programa", "prologo", "capitulo", "anexo",
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

  private static func L(_ es: String, _ en: String) -> Localized { Localized(es: es, en: en) }

  private static func p(_ kind: ParamKind, _ es: String, _ en: String, required: Bool = true) -> Param {
    Param(kind, L(es, en), required: required)
  }

  private static let id = p(.identifier, "el identificador", "the identifier")
  private static let title = p(.text, "el título", "the title")
  private static let name = p(.text, "el nombre", "the name")
  private static let prose = p(.prose, "el texto", "the text")
  private static let optionalProse = p(.prose, "el texto", "the text", required: false)

  private static func c(
    _ key: String, _ en: String, aliases: [String] = [], _ summaryEs: String, _ summaryEn: String,
    params: [Param] = [], members: [String] = [], block: BlockRule = .none, repeatable: Bool = false
  ) -> Construct {
    let last = String(key.split(separator: ".").last!)
    let es = spellingOverrides[last] ?? last
    let resolved = members.map { $0.hasPrefix(".") ? key + $0 : $0 }
    return Construct(
      key: key, es: es, en: en, aliases: aliases, summary: L(summaryEs, summaryEn), params: params,
      members: resolved, block: block, repeatable: repeatable)
  }

  /// A member that holds one value.
  private static func field(
    _ key: String, _ en: String, _ kind: ParamKind, _ es: String, _ enSummary: String, aliases: [String] = [],
    repeatable: Bool = false, members: [String] = []
  ) -> Construct {
    c(
      key, en, aliases: aliases, es, enSummary,
      params: [Param(kind, L("su valor («\(es)»)", "its value («\(enSummary)»)"))],
      members: members,
      repeatable: repeatable)
  }

  /// A diagnosis dimension: a text, or `sin_datos "motivo"`.
  private static func dimension(_ key: String, _ en: String, _ es: String, _ enSummary: String) -> Construct {
    c(key, en, es, enSummary, params: [optionalProse], members: ["sin_datos"])
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
      "includes another .plan file from the plan's folder",
      params: [p(.path, "la ruta del archivo", "the file path")], repeatable: true),

    // Plan metadata
    c(
      "plan", "plan", "datos generales del plan", "the plan's general data",
      params: [title],
      members: [
        ".ciudad", ".provincia", ".pais", ".organismo", ".idioma", ".horizonte", ".horizonte_vision",
        ".version",
        ".estado", ".fecha", ".escudo", ".autoridad", ".formulado_por", ".jurisdiccion", ".organo",
        ".personal", ".ciudadania", ".presupuesto",
      ], block: .required),
    field("plan.ciudad", "city", .text, "nombre de la ciudad", "name of the city"),
    field("plan.provincia", "province", .text, "provincia o estado", "province or state", aliases: ["state"]),
    field("plan.pais", "country", .text, "país", "country"),
    field(
      "plan.organismo", "body", .text, "organismo que lo elabora", "body that prepares it",
      aliases: ["municipio"]),
    field(
      "plan.idioma", "language", .choice(Vocabulary.language), "idioma del documento", "document language"),
    field("plan.horizonte", "horizon", .yearRange, "horizonte del plan de acción", "action-plan horizon"),
    field(
      "plan.horizonte_vision", "vision_year", .year, "año de la visión de largo plazo",
      "year of the long-term vision"),
    c(
      "plan.version", "version", "versión del documento", "document version",
      params: [p(.text, "la versión", "the version")]),
    field("plan.estado", "status", .choice(Vocabulary.status), "estado del plan", "plan status"),
    field("plan.fecha", "date", .date, "fecha del documento", "document date"),
    field(
      "plan.escudo", "logo", .path, "imagen del escudo o logo", "coat of arms or logo image",
      aliases: ["coat_of_arms"]),
    c(
      "plan.autoridad", "authority", "autoridad que firma o presenta el plan",
      "authority who signs or presents the plan",
      params: [name], members: ["cargo"], block: .optional, repeatable: true),
    field(
      "plan.formulado_por", "formulated_by", .references, "participantes de liderazgo que lo formulan",
      "leadership participants who formulate it"),
    field("cargo", "role", .text, "cargo", "role", aliases: ["position"]),
    field(
      "plan.jurisdiccion", "jurisdiction", .choice(Vocabulary.jurisdiction),
      "jurisdicción: municipio, comuna, ciudad autónoma, provincia, región…",
      "jurisdiction: municipality, commune, autonomous city, province, region…"),
    field(
      "plan.organo", "approving_body", .choice(Vocabulary.approvingBody),
      "órgano que aprueba el plan (Concejo Deliberante, Pleno…)", "body that approves the plan",
      aliases: ["organo_aprobador"]),
    field(
      "plan.personal", "staff", .text, "cómo nombra el documento al personal («personal municipal»)",
      "how the document names the staff (\"municipal staff\")"),
    field(
      "plan.ciudadania", "citizens", .text, "cómo nombra el documento a la ciudadanía («vecinos y vecinas»)",
      "how the document names the citizens (\"residents\")"),
    c(
      "plan.presupuesto", "budget", "presupuesto total del plan (por año y fuente)",
      "the plan's total budget (by year and source)",
      params: [p(.amount, "el monto y la moneda", "the amount and currency")],
      members: ["fuente", "anio"], block: .optional, repeatable: true),
    field("anio", "year", .year, "año al que corresponde", "year it belongs to", aliases: ["ano"]),

    // Vision, values, slogan
    c("vision", "vision", "visión de la ciudad", "the city's vision", params: [prose]),
    c(
      "lema", "slogan", aliases: ["eslogan", "motto"], "lema del plan", "the plan's slogan",
      params: [p(.text, "el lema", "the slogan")]),
    c("valores", "values", "valores comunes", "common values", members: [".valor"], block: .required),
    c(
      "valores.valor", "value", "un valor común", "a common value", params: [id, name],
      members: [".respaldado_por", "descripcion"], block: .optional, repeatable: true),
    field(
      "valores.valor.respaldado_por", "endorsed_by", .references, "participantes que respaldan el valor",
      "participants who endorse the value"),
    field("descripcion", "description", .prose, "descripción", "description", aliases: ["detalle"]),

    // Axes
    c(
      "eje", "axis", "un eje de motivación o del plano de la acción", "a motivation or action-plane axis",
      params: [
        p(.choice(Vocabulary.axis), "el tipo de eje", "the kind of axis"),
        p(.text, "el título", "the title", required: false),
      ],
      members: [
        ".objetivo", "descripcion", ".no_aplica", ".actores", ".que_tengo", ".para_que", ".con_quien",
        ".hacia_donde",
        ".por_que", ".cuando", ".motivacion",
      ], block: .optional, repeatable: true),
    field(
      "eje.motivacion", "motivation", .choice(Vocabulary.motivation),
      "motivación del método a la que sirve un eje temático (o `ninguna`)",
      "the method's motivation a thematic axis serves (or `none`)"),
    c(
      "eje.objetivo", "objective", "un objetivo del eje", "an objective of the axis", params: [id, title],
      members: [".lider", "responsable", ".valores", "indicador", "plazo", "ods", "descripcion"],
      block: .optional,
      repeatable: true),
    field(
      "eje.objetivo.lider", "sponsor", .reference, "líder político que lo impulsa", "political sponsor",
      aliases: ["leader"]),
    field("responsable", "owner", .reference, "responsable técnico", "technical owner"),
    field("eje.objetivo.valores", "values", .references, "valores que expresa", "values it expresses"),
    field(
      "eje.no_aplica", "not_applicable", .text, "motivo por el que el eje no aplica",
      "why the axis does not apply"),
    field("eje.actores", "actors", .references, "actores del territorio", "actors of the territory"),
    field("eje.que_tengo", "what_we_have", .prose, "¿Qué tengo?", "What do we have?"),
    field("eje.para_que", "what_for", .prose, "¿Para qué?", "What for?"),
    field("eje.con_quien", "with_whom", .prose, "¿Con quién?", "With whom?"),
    field("eje.hacia_donde", "where_to", .prose, "¿Hacia dónde?", "Where to?"),
    field("eje.por_que", "why", .prose, "¿Por qué?", "Why?"),
    field("eje.cuando", "when", .prose, "¿Cuándo?", "When?"),

    // Participants and commission
    c(
      "participantes", "participants", "participantes, en los cuatro grupos del método",
      "participants, in the method's four groups",
      members: [".liderazgo", ".tecnicos", ".sociedad_civil", ".sociedad_politica"], block: .required),
    c(
      "participantes.liderazgo", "leadership", "participante del liderazgo", "leadership participant",
      params: [id, name], members: ["cargo"], block: .optional, repeatable: true),
    c(
      "participantes.tecnicos", "technical", aliases: ["tecnico", "technician"],
      "técnico de la administración",
      "technical staff of the administration", params: [id, name], members: ["cargo"], block: .optional,
      repeatable: true),
    c(
      "participantes.sociedad_civil", "civil_society", "organización de la sociedad civil",
      "civil-society organisation",
      params: [id, name], members: ["cargo", ".sector"], block: .optional, repeatable: true),
    field(
      "participantes.sociedad_civil.sector", "sector", .choice(Vocabulary.civilSector), "sector", "sector"),
    c(
      "participantes.sociedad_politica", "political_society", aliases: ["legislativo", "legislature"],
      "sociedad política (legislativo local)", "political society (local legislature)", params: [id, name],
      members: ["cargo"], block: .optional, repeatable: true),
    c(
      "comision", "commission", "Comisión para la Internacionalización y Desarrollo de la Ciudad",
      "Commission for the Internationalization and Development of the City",
      params: [p(.text, "el nombre", "the name", required: false)],
      members: [".preside", ".miembros", ".creada_por", ".reuniones"], block: .required),
    field("comision.preside", "chair", .reference, "quién preside", "who chairs"),
    field("comision.miembros", "members", .references, "miembros", "members"),
    field("comision.creada_por", "created_by", .text, "norma que la crea", "norm that creates it"),
    field(
      "comision.reuniones", "meetings", .choice(Vocabulary.frequency), "frecuencia de reuniones",
      "meeting frequency"),

    // External partners
    c(
      "socios", "partners", "socios externos", "external partners",
      members: [".ciudad", ".red", ".organismo", ".embajada", ".gobierno", ".institucion"], block: .required),
    partner("socios.ciudad", "city", "ciudad extranjera o argentina", "city"),
    partner("socios.red", "network", "red de ciudades", "city network"),
    partner(
      "socios.organismo", "organisation", "organismo internacional", "international body",
      aliases: ["organization"]),
    partner("socios.embajada", "embassy", "embajada o consulado", "embassy or consulate"),
    partner(
      "socios.gobierno", "government", "gobierno provincial o nacional", "provincial or national government"),
    partner("socios.institucion", "institution", "otra institución", "other institution"),
    field("pais", "country", .text, "país", "country"),
    field(
      "estado_vinculo", "status", .choice(Vocabulary.partnerStatus), "estado del vínculo", "status of the tie"
    ),
    field("norma", "norm", .text, "norma que lo ratifica", "norm that ratifies it"),
    field(
      "instrumento_vinculo", "instrument", .choice(Vocabulary.agreement), "tipo de acuerdo",
      "kind of agreement"),
    field("desde_anio", "since", .date, "desde cuándo", "since when"),
    field("cuota", "fee", .choice(Vocabulary.fee), "cuota de membresía", "membership fee"),
    field("nivel", "level", .choice(Vocabulary.governmentLevel), "nivel de gobierno", "level of government"),

    // Diagnosis
    c(
      "diagnostico", "diagnosis", "diagnóstico: situación actual, análisis interno y externo",
      "diagnosis: current situation, internal and external analysis",
      members: [".situacion_actual", ".socios_identificados", ".interno", ".externo"], block: .required),
    field(
      "diagnostico.situacion_actual", "current_situation", .prose, "A) situación actual",
      "A) current situation"),
    field(
      "diagnostico.socios_identificados", "identified_partners", .references, "socios externos identificados",
      "identified external partners"),
    c(
      "diagnostico.interno", "internal", "B) análisis interno (autoestudio)",
      "B) internal analysis (self-study)",
      members: [".planillas", ".servicios", ".sistemas", ".recursos", ".estrategias"], block: .required),
    dimension("diagnostico.interno.planillas", "staffing", "planillas", "staffing"),
    dimension("diagnostico.interno.servicios", "services", "servicios", "services"),
    dimension("diagnostico.interno.sistemas", "systems", "sistemas", "systems"),
    dimension("diagnostico.interno.recursos", "resources", "recursos", "resources"),
    dimension(
      "diagnostico.interno.estrategias", "usual_strategies", "estrategias habituales", "usual strategies"),
    c(
      "diagnostico.externo", "external", "C) análisis externo (mirar alrededor)",
      "C) external analysis (look around)",
      members: [
        ".social", ".economico", ".tecnologico", ".ambiental", ".cultural", ".demografico", ".politico",
      ],
      block: .required),
    dimension("diagnostico.externo.social", "social", "social", "social"),
    dimension("diagnostico.externo.economico", "economic", "económico", "economic"),
    dimension("diagnostico.externo.tecnologico", "technological", "tecnológico", "technological"),
    dimension("diagnostico.externo.ambiental", "environmental", "ambiental", "environmental"),
    dimension("diagnostico.externo.cultural", "cultural", "cultural", "cultural"),
    dimension("diagnostico.externo.demografico", "demographic", "demográfico", "demographic"),
    dimension("diagnostico.externo.politico", "political", "político", "political"),
    field("sin_datos", "no_data", .text, "motivo por el que no hay datos", "why there is no data"),

    // SWOT
    c(
      "foda", "swot", aliases: ["dafo", "fofa"], "análisis FODA", "SWOT analysis",
      members: [".fortaleza", ".oportunidad", ".debilidad", ".amenaza"], block: .required),
    swot("foda.fortaleza", "strength", "fortaleza", "strength"),
    swot("foda.oportunidad", "opportunity", "oportunidad", "opportunity"),
    swot("foda.debilidad", "weakness", "debilidad", "weakness"),
    swot("foda.amenaza", "threat", "amenaza", "threat"),
    field("fuente", "source", .text, "fuente", "source"),

    // Brainstorm and mind map
    c(
      "lluvia_de_ideas", "brainstorm", "lluvia de ideas", "brainstorm",
      members: [".idea", "fecha", ".metodo"], block: .required),
    c(
      "lluvia_de_ideas.idea", "idea", "una idea: se conserva, o se descarta con un motivo",
      "an idea: kept, or discarded with a reason", params: [id, p(.text, "la idea", "the idea")],
      members: [".rama", ".descartada", "fuente"], block: .optional, repeatable: true),
    field("lluvia_de_ideas.idea.rama", "branch", .reference, "rama del mapa mental", "mind-map branch"),
    field(
      "lluvia_de_ideas.idea.descartada", "discarded", .text, "motivo del descarte", "why it was discarded"),
    field("lluvia_de_ideas.metodo", "method", .text, "método", "method"),
    field("fecha", "date", .date, "fecha", "date"),
    c(
      "mapa_mental", "mind_map", "mapa mental: la idea central y sus ramas",
      "mind map: the central idea and its branches",
      params: [p(.text, "la idea central", "the central idea")], members: [".rama"], block: .required),
    c(
      "mapa_mental.rama", "branch", "una rama del mapa mental", "a branch of the mind map",
      params: [id, name],
      members: ["eje_ref"], block: .optional, repeatable: true),
    field("eje_ref", "axis", .choice(Vocabulary.axis), "eje relacionado", "related axis"),

    // Tools
    c(
      "herramientas", "tools", "herramientas de internacionalización", "internationalization tools",
      members: [".herramienta"], block: .required),
    c(
      "herramientas.herramienta", "tool", "una herramienta del método y cómo se usará",
      "a tool of the method and how it will be used",
      params: [
        p(.choice(Vocabulary.tool), "la herramienta", "the tool"),
        p(.text, "la descripción", "the description", required: false),
      ],
      repeatable: true),

    // Actions
    c(
      "accion", "action", "una acción del plan", "an action of the plan", params: [id, title],
      members: [
        ".objetivos", ".herramienta", "responsable", ".socios", "plazo", ".desde", ".hasta", ".presupuesto",
        ".sin_costo",
        "indicador", ".atiende", "ods", ".depende_de", ".estado", ".hito", ".usa", ".ideas", "descripcion",
        ".programa", ".corresponsables", "fecha",
      ], block: .optional, repeatable: true),
    field(
      "accion.programa", "programme", .reference, "programa o línea al que pertenece",
      "programme or line of work it belongs to", aliases: ["linea", "program", "line"]),
    field(
      "accion.corresponsables", "co_owners", .references,
      "otros responsables, con el `responsable` principal",
      "other owners, with the lead `owner`", aliases: ["corresponsable", "co_owner"]),
    field(
      "accion.objetivos", "objectives", .references, "objetivos a los que aporta", "objectives it serves",
      aliases: ["objetivo", "objective"]),
    field("accion.herramienta", "tool", .choice(Vocabulary.tool), "herramienta que usa", "tool it uses"),
    field(
      "accion.socios", "partners", .references, "socios y participantes que colaboran",
      "partners and participants involved"),
    field("plazo", "term", .choice(Vocabulary.term), "plazo", "term"),
    field("accion.desde", "from", .date, "inicio", "start", aliases: ["start", "inicio"]),
    field("accion.hasta", "until", .date, "fin", "end", aliases: ["end", "fin"]),
    c(
      "accion.presupuesto", "budget", "presupuesto", "budget",
      params: [p(.amount, "el monto y la moneda", "the amount and currency")],
      members: ["fuente", "anio"], block: .optional, repeatable: true),
    c(
      "accion.sin_costo", "no_cost", "la acción no tiene costo", "the action costs nothing",
      params: [p(.text, "el motivo", "the reason", required: false)]),
    field("accion.atiende", "addresses", .references, "ítems FODA que atiende", "SWOT items it addresses"),
    field("ods", "sdg", .sdgTargets, "metas ODS", "SDG targets", aliases: ["sdgs"]),
    field(
      "accion.depende_de", "depends_on", .references, "acciones de las que depende", "actions it depends on"),
    field(
      "accion.estado", "status", .choice(Vocabulary.actionStatus), "estado de la acción", "action status"),
    c(
      "accion.hito", "milestone", "hito con fecha", "dated milestone",
      params: [p(.text, "el hito", "the milestone"), p(.date, "la fecha", "the date")], repeatable: true),
    field(
      "accion.usa", "uses", .references, "herramientas tecnológicas que usa", "technological tools it uses"),
    field(
      "accion.ideas", "ideas", .references, "ideas de la lluvia de ideas que concreta",
      "brainstorm ideas it realises"),

    // Programmes: a level between objective and action
    c(
      "programa", "programme", aliases: ["linea", "program", "line"],
      "un programa o línea de trabajo que agrupa acciones", "a programme or line of work grouping actions",
      params: [id, title], members: [".objetivos", "responsable", "descripcion"], block: .optional,
      repeatable: true),
    field(
      "programa.objetivos", "objectives", .references, "objetivos a los que aporta", "objectives it serves",
      aliases: ["objetivo", "objective"]),

    // Indicators
    c(
      "indicador", "indicator", "indicador con línea de base y meta", "indicator with baseline and target",
      params: [
        p(.identifier, "el identificador", "the identifier", required: false),
        p(.text, "el nombre", "the name"),
      ],
      members: indicatorMembers, block: .optional, repeatable: true),
    c(
      "indicador.base", "baseline", "línea de base", "baseline",
      params: [p(.measure, "el valor", "the value"), p(.parenYear, "el año", "the year", required: false)]),
    c(
      "indicador.meta", "target", "meta", "target",
      params: [p(.measure, "el valor", "the value"), p(.parenYear, "el año", "the year", required: false)],
      repeatable: true),
    field("indicador.medida", "measure", .choice(Vocabulary.measure), "tipo de medida", "kind of measure"),
    field("indicador.fuente", "source", .text, "fuente del dato", "data source"),
    field(
      "indicador.frecuencia", "frequency", .choice(Vocabulary.frequency), "frecuencia de medición",
      "measurement frequency"),
    field("indicador.unidad", "unit", .text, "unidad", "unit"),
    field(
      "indicador.sentido", "direction", .choice(Vocabulary.direction),
      "qué se busca: `aumentar`, `reducir` o `mantener` el valor",
      "the aim: `increase`, `decrease` or `maintain`"),

    // Scenarios and technology
    c("escenarios", "scenarios", "escenarios", "scenarios", members: [".escenario"], block: .required),
    c(
      "escenarios.escenario", "scenario", "un escenario", "a scenario",
      params: [p(.choice(Vocabulary.scenario), "el tipo de escenario", "the kind of scenario"), title],
      members: [".supuestos", ".efecto", ".probabilidad", ".respuesta"], block: .optional, repeatable: true),
    field("escenarios.escenario.supuestos", "assumptions", .prose, "supuestos", "assumptions"),
    c(
      "escenarios.escenario.efecto", "effect", "efecto sobre un objetivo", "effect on an objective",
      params: [p(.reference, "el objetivo", "the objective"), p(.text, "el efecto", "the effect")],
      repeatable: true),
    field(
      "escenarios.escenario.probabilidad", "likelihood", .choice(Vocabulary.likelihood), "probabilidad",
      "likelihood"),
    field("escenarios.escenario.respuesta", "response", .prose, "respuesta prevista", "planned response"),
    c(
      "tecnologia", "technology", "herramientas tecnológicas", "technological tools",
      members: [".herramienta"], block: .required),
    c(
      "tecnologia.herramienta", "tool", "una herramienta tecnológica", "a technological tool",
      params: [id, name],
      members: [".uso", "responsable"], block: .optional, repeatable: true),
    field("tecnologia.herramienta.uso", "use", .text, "para qué se usa", "what it is used for"),

    // Communication and participation
    c(
      "comunicacion", "communication", "difusión interna y externa", "internal and external dissemination",
      members: [".interna", ".externa", ".publicacion"], block: .required),
    channel("comunicacion.interna", "internal", "canal de difusión interna", "internal channel"),
    channel("comunicacion.externa", "external", "canal de difusión externa", "external channel"),
    field(
      "comunicacion.publicacion", "publication", .text, "dónde se publica el plan aprobado",
      "where the approved plan is published"),
    field("canal", "channel", .text, "canal", "channel"),
    field("publico_objetivo", "audience", .text, "público", "audience"),
    field("frecuencia", "frequency", .choice(Vocabulary.frequency), "frecuencia", "frequency"),
    c(
      "participacion", "participation", "participación del personal y de la ciudadanía",
      "participation of staff and citizens", members: [".personal", ".ciudadania"], block: .required),
    event(
      "participacion.personal", "staff", "instancia con el personal municipal",
      "activity with municipal staff"),
    event("participacion.ciudadania", "citizens", "instancia con la ciudadanía", "activity with citizens"),
    field("metodo", "method", .text, "método", "method"),
    field("asistentes", "attendees", .integer, "cantidad de asistentes", "number of attendees"),

    // City brand
    c(
      "marca_ciudad", "city_brand", "programa de Marca Ciudad (los siete pasos del método)",
      "City Brand programme (the method's seven steps)",
      params: [p(.text, "el nombre de la marca", "the brand name")],
      members: [
        ".diagnostico", ".grupo_de_interes", ".vision", ".identidad", ".atributo", ".argumento",
        ".valor_emocional",
        ".valor_racional", ".plan_comunicacion", ".marketing_territorial", ".simbolo", ".eslogan", ".publico",
        ".paleta",
        ".tipografia",
      ], block: .required),
    field(
      "marca_ciudad.diagnostico", "diagnosis", .prose, "1. diagnóstico y potencialidades",
      "1. diagnosis and potential"),
    c(
      "marca_ciudad.grupo_de_interes", "stakeholder", "2. grupo de interés", "2. stakeholder",
      params: [name], members: [".tipo"], block: .optional, repeatable: true),
    field("marca_ciudad.grupo_de_interes.tipo", "kind", .choice(Vocabulary.stakeholderKind), "tipo", "kind"),
    field("marca_ciudad.vision", "vision", .prose, "3. visión de la ciudad", "3. the city's vision"),
    field("marca_ciudad.identidad", "identity", .prose, "4. programa de identidad", "4. identity programme"),
    field(
      "marca_ciudad.atributo", "attribute", .text, "5. atributo diferencial", "5. differential attribute",
      repeatable: true),
    field(
      "marca_ciudad.argumento", "argument", .text, "5. argumento comunicativo", "5. communicative argument",
      repeatable: true),
    field(
      "marca_ciudad.valor_emocional", "emotional_value", .text, "5. valor emocional", "5. emotional value",
      repeatable: true),
    field(
      "marca_ciudad.valor_racional", "rational_value", .text, "5. valor racional", "5. rational value",
      repeatable: true),
    field(
      "marca_ciudad.plan_comunicacion", "communication_plan", .prose, "6. plan de comunicación",
      "6. communication plan"),
    field(
      "marca_ciudad.marketing_territorial", "territorial_marketing", .prose,
      "6. plan de marketing territorial",
      "6. territorial marketing plan"),
    field("marca_ciudad.simbolo", "symbol", .text, "6. símbolo", "6. symbol", repeatable: true),
    field(
      "marca_ciudad.eslogan", "slogan", .text, "6. eslogan de la marca", "6. brand slogan", aliases: ["lema"]),
    c(
      "marca_ciudad.publico", "audience", "7. público destinatario", "7. target audience", params: [name],
      members: [".tipo"], block: .optional, repeatable: true),
    field(
      "marca_ciudad.publico.tipo", "kind", .choice(Vocabulary.audienceKind), "segmento o nicho",
      "segment or niche"),
    c(
      "marca_ciudad.paleta", "palette", "paleta de colores", "colour palette", members: [".color"],
      block: .required),
    c(
      "marca_ciudad.paleta.color", "colour", aliases: ["color"], "un color de la paleta", "a palette colour",
      params: [
        p(.choice(Vocabulary.colourRole), "el uso del color", "the colour role"),
        p(.colour, "el color", "the colour"), p(.text, "el nombre", "the name", required: false),
      ],
      repeatable: true),
    c(
      "marca_ciudad.tipografia", "typography", "tipografía", "typography",
      members: [".titulos", ".cuerpo"], block: .required),
    field(
      "marca_ciudad.tipografia.titulos", "headings", .text, "familia para títulos", "family for headings"),
    field("marca_ciudad.tipografia.cuerpo", "body", .text, "familia para el texto", "family for body text"),

    // Monitoring
    c(
      "seguimiento", "monitoring", "seguimiento y evaluación", "monitoring and evaluation",
      members: [".informe", ".audiencia_publica", ".tablero", "responsable"], block: .required),
    report("seguimiento.informe", "report", "informe periódico", "periodic report"),
    report("seguimiento.audiencia_publica", "public_hearing", "audiencia pública", "public hearing"),
    field(
      "seguimiento.tablero", "dashboard", .text, "tablero público de seguimiento",
      "public monitoring dashboard"),
    field("destinatario", "recipient", .text, "destinatario", "recipient"),

    // Approval
    c(
      "aprobacion", "approval", "aprobación del plan", "approval of the plan",
      members: [
        ".instrumento", ".numero", ".expediente", ".sancion", ".promulgacion", ".publicacion", ".firmante",
      ],
      block: .required),
    field(
      "aprobacion.instrumento", "instrument", .choice(Vocabulary.instrument), "instrumento", "instrument"),
    c("aprobacion.numero", "number", "número", "number", params: [p(.text, "el número", "the number")]),
    c(
      "aprobacion.expediente", "file_number", "expediente", "file number",
      params: [p(.text, "el número de expediente", "the file number")]),
    field("aprobacion.sancion", "enacted", .date, "fecha de sanción", "date of enactment"),
    field("aprobacion.promulgacion", "promulgated", .date, "fecha de promulgación", "date of promulgation"),
    c(
      "aprobacion.publicacion", "published", "publicación oficial", "official publication",
      params: [p(.text, "dónde se publicó", "where it was published")], members: ["fecha"], block: .optional),
    c(
      "aprobacion.firmante", "signatory", "firmante", "signatory", params: [name], members: ["cargo"],
      block: .optional, repeatable: true),

    // Free chapters: the mayor's foreword, context chapters and annexes
    c(
      "prologo", "foreword", aliases: ["presentacion", "carta"], "prólogo o carta de presentación, firmada",
      "foreword or presentation letter, signed",
      params: [p(.text, "el título", "the title", required: false)], members: ["texto", ".firma"],
      block: .required),
    field(
      "prologo.firma", "signed_by", .reference, "participante que lo firma", "participant who signs it",
      aliases: ["firmado_por", "signature"]),
    c(
      "capitulo", "chapter", "un capítulo de contexto, con texto e imágenes",
      "a context chapter with text and images",
      params: [id, title], members: [".despues_de", "texto", "imagen"], block: .required, repeatable: true),
    field(
      "capitulo.despues_de", "after", .choice(Vocabulary.chapter), "capítulo tras el que va",
      "chapter it follows"),
    c(
      "anexo", "annex", aliases: ["appendix"], "un anexo al final del documento, con texto e imágenes",
      "an annex at the end of the document, with text and images",
      params: [id, title], members: ["texto", "imagen"], block: .required, repeatable: true),
    field(
      "texto", "text", .prose, "texto (párrafos, listas y tablas)", "text (paragraphs, lists and tables)",
      repeatable: true),
    c(
      "imagen", "image", "una imagen de la carpeta del plan, con su epígrafe",
      "an image from the plan's folder, with its caption",
      params: [p(.path, "el archivo", "the file"), p(.text, "el epígrafe", "the caption")],
      repeatable: true),

    // Review settings (caps and severities for the checker)
    c(
      "revision", "review", "ajustes de la revisión: límites y severidades",
      "review settings: caps and severities",
      members: [".limite", ".severidad"], block: .required),
    c(
      "revision.limite", "limit", "un límite para la pauta 11", "a cap for guideline 11",
      params: [p(.name, "el nombre del límite", "the limit's name"), p(.integer, "el valor", "the value")],
      repeatable: true),
    c(
      "revision.severidad", "severity", "cambia la severidad de una regla", "changes a rule's severity",
      params: [
        p(.name, "la regla", "the rule"), p(.choice(Vocabulary.severity), "la severidad", "the severity"),
      ],
      repeatable: true),
  ]

  private static func partner(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, aliases: [String] = []
  )
    -> Construct
  {
    c(
      key, en, aliases: aliases, es, enSummary, params: [id, name],
      members: [
        "pais", "estado_vinculo", "norma", "instrumento_vinculo", "desde_anio", "cuota", "nivel",
        "descripcion",
      ],
      block: .optional, repeatable: true)
  }

  private static func swot(_ key: String, _ en: String, _ es: String, _ enSummary: String) -> Construct {
    c(
      key, en, es, enSummary, params: [id, p(.text, "el texto", "the text")], members: ["fuente"],
      block: .optional, repeatable: true)
  }

  private static func channel(_ key: String, _ en: String, _ es: String, _ enSummary: String) -> Construct {
    c(
      key, en, es, enSummary, params: [id, name], members: ["canal", "publico_objetivo", "frecuencia"],
      block: .optional, repeatable: true)
  }

  private static func event(_ key: String, _ en: String, _ es: String, _ enSummary: String) -> Construct {
    c(
      key, en, es, enSummary, params: [id, name], members: ["fecha", "metodo", "asistentes", "frecuencia"],
      block: .optional, repeatable: true)
  }

  private static func report(_ key: String, _ en: String, _ es: String, _ enSummary: String) -> Construct {
    c(
      key, en, es, enSummary, params: [id, name],
      members: ["frecuencia", "fecha", "destinatario", "responsable"],
      block: .optional, repeatable: true)
  }
}
