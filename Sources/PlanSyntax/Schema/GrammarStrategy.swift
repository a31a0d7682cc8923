import PlanDiagnostics

extension Grammar {
  /// Axes and objectives, participants and the commission, partners, the diagnosis, the SWOT, the brainstorm and the mind map.
  static let strategy: [Construct] = [
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
  ]
}
