import PlanDiagnostics

/// The closed vocabularies of the language, from the source method and from municipal practice.
public enum Vocabulary {
  static func option(
    _ es: String, _ en: String, _ esLabel: String, _ enLabel: String, _ ptLabel: String,
    aliases: [String] = []
  ) -> Choice.Option {
    Choice.Option(
      es: es, en: en, pt: PortugueseSpellings.words[es] ?? es, aliases: aliases,
      label: Localized(es: esLabel, en: enLabel, pt: ptLabel))
  }

  public static let language = Choice(
    Localized(es: "idioma", en: "language", pt: "idioma"),
    [
      option("es", "es", "español", "Spanish", "espanhol", aliases: ["espanol", "castellano", "spanish"]),
      option("en", "en", "inglés", "English", "inglês", aliases: ["ingles", "english"]),
      option("pt", "pt", "portugués", "Portuguese", "português", aliases: ["portugues", "portuguese"]),
    ])

  public static let status = Choice(
    Localized(es: "estado del plan", en: "plan status", pt: "situação do plano"),
    [
      option("borrador", "draft", "borrador", "draft", "rascunho"),
      option("proyecto", "proposal", "proyecto", "proposal", "projeto", aliases: ["bill"]),
      option("aprobado", "approved", "aprobado", "approved", "aprovado"),
    ])

  /// The four motivation axes and the two action-plane axes of the method.
  public static let axis = Choice(
    Localized(es: "tipo de eje", en: "kind of axis", pt: "tipo de eixo"),
    [
      option("politico", "political", "eje político", "political axis", "eixo político"),
      option("economico", "economic", "eje económico", "economic axis", "eixo econômico"),
      option("cognitivo", "cognitive", "eje cognitivo", "cognitive axis", "eixo cognitivo"),
      option("social", "social", "eje social", "social axis", "eixo social"),
      option("territorial", "territorial", "eje territorial", "territorial axis", "eixo territorial"),
      option("estrategico", "strategic", "eje estratégico", "strategic axis", "eixo estratégico"),
      option(
        "tematico", "thematic", "eje temático", "thematic axis", "eixo temático", aliases: ["propio", "own"]),
    ])

  /// The method's four motivations, which a thematic axis may serve.
  public static let motivation = Choice(
    Localized(es: "motivación", en: "motivation", pt: "motivação"),
    [
      option("politico", "political", "política", "political", "política"),
      option("economico", "economic", "económica", "economic", "econômica"),
      option("cognitivo", "cognitive", "cognitiva", "cognitive", "cognitiva"),
      option("social", "social", "social", "social", "social"),
      option("ninguna", "none", "ninguna", "none", "nenhuma"),
    ])

  /// The kind of government that makes the plan.
  public static let jurisdiction = Choice(
    Localized(es: "jurisdicción", en: "jurisdiction", pt: "jurisdição"),
    [
      option(
        "municipio", "municipality", "municipio", "municipality", "município", aliases: ["municipalidad"]),
      option("comuna", "commune", "comuna", "commune", "comuna"),
      option("ciudad_autonoma", "autonomous_city", "ciudad autónoma", "autonomous city", "cidade autônoma"),
      option("provincia", "province", "provincia", "province", "província"),
      option("region", "region", "región", "region", "região"),
      option(
        "comunidad_autonoma", "autonomous_community", "comunidad autónoma", "autonomous community",
        "comunidade autônoma"),
    ])

  /// The body that approves the plan.
  public static let approvingBody = Choice(
    Localized(es: "órgano que aprueba el plan", en: "approving body", pt: "órgão que aprova o plano"),
    [
      option(
        "concejo_deliberante", "deliberative_council", "Concejo Deliberante", "Deliberative Council",
        "Concejo Deliberante",
        aliases: ["hcd"]),
      option(
        "concejo_municipal", "municipal_council", "Concejo Municipal", "Municipal Council",
        "Concejo Municipal"),
      option("legislatura", "legislature", "Legislatura", "Legislature", "Legislatura"),
      option(
        "pleno", "plenary", "Pleno del Ayuntamiento", "City Council plenary", "Pleno del Ayuntamiento",
        aliases: ["pleno_ayuntamiento"]),
      option("parlamento", "parliament", "Parlamento", "Parliament", "Parlamento"),
      option("asamblea", "assembly", "Asamblea", "Assembly", "Assembleia"),
    ])

  /// What an indicator aims at.
  public static let direction = Choice(
    Localized(es: "sentido del indicador", en: "indicator direction", pt: "sentido do indicador"),
    [
      option("aumentar", "increase", "aumentar", "increase", "aumentar", aliases: ["subir", "ascendente"]),
      option(
        "reducir", "decrease", "reducir", "decrease", "reduzir",
        aliases: ["bajar", "descendente", "disminuir"]),
      option("mantener", "maintain", "mantener", "maintain", "manter"),
    ])

  /// The document's chapters, after which a free chapter can go.
  public static let chapter = Choice(
    Localized(es: "capítulo", en: "chapter", pt: "capítulo"),
    [
      option(
        "presentacion", "introduction", "presentación", "introduction", "apresentação",
        aliases: ["inicio", "start"]),
      option("vision", "vision", "visión y valores", "vision and values", "visão e valores"),
      option("participantes", "participants", "participantes", "participants", "participantes"),
      option("diagnostico", "diagnosis", "diagnóstico", "diagnosis", "diagnóstico"),
      option("ejes", "axes", "ejes y objetivos", "axes and objectives", "eixos e objetivos"),
      option("herramientas", "tools", "herramientas", "tools", "ferramentas"),
      option("acciones", "actions", "plan de acción", "action plan", "plano de ação"),
      option(
        "escenarios", "scenarios", "escenarios y tecnología", "scenarios and technology",
        "cenários e tecnologia"),
      option(
        "comunicacion", "communication", "comunicación y participación", "communication and participation",
        "comunicação e participação"),
      option("marca", "brand", "Marca Ciudad", "City Brand", "Marca Cidade"),
      option("seguimiento", "monitoring", "seguimiento", "monitoring", "monitoramento"),
    ])

  public static let civilSector = Choice(
    Localized(es: "sector", en: "sector", pt: "setor"),
    [
      option("universidad", "university", "universidad", "university", "universidade"),
      option("ong", "ngo", "ONG", "NGO", "ONG"),
      option("camara", "chamber", "cámara empresarial", "chamber of commerce", "câmara empresarial"),
      option("cultural", "cultural", "entidad cultural", "cultural body", "entidade cultural"),
      option("empresa", "company", "empresa", "company", "empresa"),
      option("sindicato", "union", "sindicato", "trade union", "sindicato"),
      option(
        "vecinal", "neighbourhood", "asociación vecinal", "neighbourhood association",
        "associação de moradores",
        aliases: ["neighborhood"]),
      option("medios", "media", "medios de comunicación", "media", "meios de comunicação"),
      option("otro", "other", "otro", "other", "outro"),
    ])

  public static let partnerStatus = Choice(
    Localized(es: "estado del vínculo", en: "status of the tie", pt: "situação do vínculo"),
    [
      option("vigente", "in_force", "vigente", "in force", "vigente", aliases: ["active"]),
      option("en_negociacion", "negotiating", "en negociación", "under negotiation", "em negociação"),
      option("propuesto", "proposed", "propuesto", "proposed", "proposto"),
      option("vencido", "expired", "vencido", "expired", "vencido"),
      option("suspendido", "suspended", "suspendido", "suspended", "suspenso"),
    ])

  public static let agreement = Choice(
    Localized(es: "tipo de acuerdo", en: "kind of agreement", pt: "tipo de acordo"),
    [
      option(
        "hermanamiento", "twinning", "hermanamiento", "twinning", "irmanamento", aliases: ["sister_city"]),
      option("pacto", "pact", "pacto de amistad", "friendship pact", "pacto de amizade"),
      option("acuerdo", "agreement", "acuerdo", "agreement", "acordo"),
      option(
        "memorandum", "memorandum", "memorándum de entendimiento", "memorandum of understanding",
        "memorando de entendimento",
        aliases: ["mou"]),
      option("convenio", "covenant", "convenio", "covenant", "convênio"),
      option("membresia", "membership", "membresía", "membership", "filiação"),
    ])

  public static let fee = Choice(
    Localized(es: "cuota", en: "fee", pt: "cota"),
    [
      option("al_dia", "paid", "al día", "paid up", "em dia", aliases: ["up_to_date"]),
      option("adeudada", "owed", "adeudada", "in arrears", "em atraso", aliases: ["arrears"]),
      option("exenta", "exempt", "exenta", "exempt", "isenta"),
    ])

  public static let governmentLevel = Choice(
    Localized(es: "nivel de gobierno", en: "level of government", pt: "nível de governo"),
    [
      option("provincial", "provincial", "provincial", "provincial", "provincial", aliases: ["state"]),
      option("nacional", "national", "nacional", "national", "nacional"),
    ])

  /// The instruments of internationalization, as the source method lists them.
  public static let tool = Choice(
    Localized(es: "herramienta", en: "tool", pt: "ferramenta"),
    [
      option("hermanamiento", "twinning", "hermanamiento", "twinning", "irmanamento"),
      option("pacto", "pact", "pacto", "pact", "pacto"),
      option(
        "acuerdo", "agreement", "acuerdo interinstitucional", "inter-institutional agreement",
        "acordo interinstitucional"),
      option(
        "memorandum", "memorandum", "memorándum de entendimiento", "memorandum of understanding",
        "memorando de entendimento",
        aliases: ["mou"]),
      option(
        "cooperacion_desarrollo", "development_cooperation", "cooperación internacional para el desarrollo",
        "international development cooperation", "cooperação internacional para o desenvolvimento"),
      option(
        "cooperacion_descentralizada", "decentralised_cooperation", "cooperación descentralizada",
        "decentralised cooperation", "cooperação descentralizada", aliases: ["decentralized_cooperation"]),
      option(
        "cooperacion_sur_sur", "south_south_cooperation", "cooperación Sur-Sur y triangular",
        "South-South and triangular cooperation", "cooperação Sul-Sul e triangular",
        aliases: ["cooperacion_triangular", "triangular_cooperation"]),
      option(
        "difusion_cultural", "cultural_promotion", "difusión cultural", "cultural promotion",
        "difusão cultural"),
      option(
        "difusion_turistica", "tourism_promotion", "difusión turística", "tourism promotion",
        "difusão turística"),
      option(
        "difusion_gestion", "management_outreach", "difusión de gestión", "outreach on public management",
        "difusão de gestão"),
      option(
        "transparencia", "transparency", "difusión de transparencia", "transparency outreach",
        "difusão de transparência"),
      option(
        "promocion_empresarial", "business_promotion", "promoción empresarial e industrial",
        "business and industrial promotion", "promoção empresarial e industrial"),
      option(
        "ronda_de_negocios", "business_round", "ronda de negocios", "business round", "rodada de negócios"),
      option(
        "marca_ciudad", "city_brand", "marca e imagen ciudad", "city brand and image", "marca e imagem cidade"
      ),
    ])

  public static let term = Choice(
    Localized(es: "plazo", en: "term", pt: "prazo"),
    [
      option("corto", "short", "corto plazo", "short term", "curto prazo"),
      option("mediano", "medium", "mediano plazo", "medium term", "médio prazo"),
      option("largo", "long", "largo plazo", "long term", "longo prazo"),
    ])

  public static let actionStatus = Choice(
    Localized(es: "estado de la acción", en: "action status", pt: "situação da ação"),
    [
      option("propuesta", "proposed", "propuesta", "proposed", "proposta"),
      option("planificada", "planned", "planificada", "planned", "planejada"),
      option("en_curso", "in_progress", "en curso", "in progress", "em andamento"),
      option("cumplida", "done", "cumplida", "done", "concluída", aliases: ["completed"]),
      option("demorada", "delayed", "demorada", "delayed", "atrasada"),
      option("suspendida", "suspended", "suspendida", "suspended", "suspensa"),
      option("en_preparacion", "in_preparation", "en preparación", "in preparation", "em preparação"),
      option("cancelada", "cancelled", "cancelada", "cancelled", "cancelada", aliases: ["canceled"]),
    ])

  /// Where an action stands in a monitoring period (the words of municipal dashboards).
  public static let progressStatus = Choice(
    Localized(es: "estado de avance", en: "progress status", pt: "situação de avanço"),
    [
      option(
        "no_iniciada", "not_started", "no iniciada", "not started", "não iniciada",
        aliases: ["pendiente", "pending"]),
      option("en_curso", "in_progress", "en curso", "in progress", "em andamento", aliases: ["en_ejecucion"]),
      option("demorada", "delayed", "demorada", "delayed", "atrasada", aliases: ["atrasada", "late"]),
      option("pausada", "paused", "pausada", "paused", "pausada", aliases: ["suspendida", "suspended"]),
      option(
        "cumplida", "done", "cumplida", "done", "concluída",
        aliases: ["completada", "completed", "finalizada"]),
      option(
        "cancelada", "cancelled", "cancelada", "cancelled", "cancelada",
        aliases: ["canceled", "dada_de_baja"]),
    ])

  /// The thresholds that turn a measured value into a status (`revision { umbral … }`).
  public static let threshold = Choice(
    Localized(es: "umbral", en: "threshold", pt: "limiar"),
    [
      option(
        "en_camino", "on_track", "en camino: parte del avance esperado",
        "on track: share of the expected progress", "no caminho: parcela do avanço esperado"),
      option(
        "en_riesgo", "at_risk", "en riesgo: parte del avance esperado",
        "at risk: share of the expected progress", "em risco: parcela do avanço esperado"),
      option(
        "tolerancia", "tolerance", "tolerancia de un indicador a mantener",
        "tolerance of an indicator to maintain", "tolerância de um indicador a manter"),
    ])

  /// IATI's IndicatorMeasure list, in the plan's words.
  public static let measure = Choice(
    Localized(es: "tipo de medida", en: "kind of measure", pt: "tipo de medida"),
    [
      option("unidad", "unit", "unidades", "units", "unidades"),
      option("porcentaje", "percentage", "porcentaje", "percentage", "porcentagem"),
      option("nominal", "nominal", "nominal", "nominal", "nominal"),
      option("ordinal", "ordinal", "ordinal", "ordinal", "ordinal"),
      option("cualitativo", "qualitative", "cualitativo", "qualitative", "qualitativo"),
      option("monto", "amount", "monto", "amount", "valor"),
      option("indice", "index", "índice", "index", "índice"),
    ])

  public static let frequency = Choice(
    Localized(es: "frecuencia", en: "frequency", pt: "frequência"),
    [
      option("semanal", "weekly", "semanal", "weekly", "semanal"),
      option("quincenal", "fortnightly", "quincenal", "fortnightly", "quinzenal", aliases: ["biweekly"]),
      option("mensual", "monthly", "mensual", "monthly", "mensal"),
      option("bimestral", "bimonthly", "bimestral", "every two months", "bimestral"),
      option("trimestral", "quarterly", "trimestral", "quarterly", "trimestral"),
      option("semestral", "biannual", "semestral", "every six months", "semestral", aliases: ["semiannual"]),
      option("anual", "annual", "anual", "annual", "anual", aliases: ["yearly"]),
      option("bienal", "biennial", "bienal", "every two years", "bienal"),
      option("unica", "once", "única vez", "once", "uma única vez"),
      option("por_edicion", "per_edition", "por edición", "per edition", "por edição"),
    ])

  public static let scenario = Choice(
    Localized(es: "tipo de escenario", en: "kind of scenario", pt: "tipo de cenário"),
    [
      option("optimista", "optimistic", "optimista", "optimistic", "otimista"),
      option("tendencial", "trend", "tendencial", "trend", "tendencial", aliases: ["baseline"]),
      option("pesimista", "pessimistic", "pesimista", "pessimistic", "pessimista"),
      option("alternativo", "alternative", "alternativo", "alternative", "alternativo"),
    ])

  public static let likelihood = Choice(
    Localized(es: "probabilidad", en: "likelihood", pt: "probabilidade"),
    [
      option("alta", "high", "alta", "high", "alta"),
      option("media", "medium", "media", "medium", "média"),
      option("baja", "low", "baja", "low", "baixa"),
    ])

  public static let stakeholderKind = Choice(
    Localized(es: "tipo de grupo de interés", en: "kind of stakeholder", pt: "tipo de grupo de interesse"),
    [
      option("publico_interno", "public_internal", "público interno", "internal public", "público interno"),
      option("publico_externo", "public_external", "público externo", "external public", "público externo"),
      option("privado_interno", "private_internal", "privado interno", "internal private", "privado interno"),
      option("privado_externo", "private_external", "privado externo", "external private", "privado externo"),
    ])

  public static let audienceKind = Choice(
    Localized(es: "tipo de público", en: "kind of audience", pt: "tipo de público"),
    [
      option("segmento", "segment", "segmento social", "social segment", "segmento social"),
      option("nicho", "niche", "nicho económico", "economic niche", "nicho econômico"),
    ])

  public static let colourRole = Choice(
    Localized(es: "uso del color", en: "colour role", pt: "uso da cor"),
    [
      option("primario", "primary", "primario", "primary", "primária"),
      option("secundario", "secondary", "secundario", "secondary", "secundária"),
      option("acento", "accent", "acento", "accent", "destaque"),
      option("texto", "text", "texto", "text", "texto"),
      option("fondo", "background", "fondo", "background", "fundo"),
    ])

  public static let instrument = Choice(
    Localized(es: "instrumento de aprobación", en: "approval instrument", pt: "instrumento de aprovação"),
    [
      option("ordenanza", "ordinance", "ordenanza", "ordinance", "ordenança"),
      option("resolucion", "resolution", "resolución", "resolution", "resolução"),
      option("decreto", "decree", "decreto", "decree", "decreto"),
      option("declaracion", "declaration", "declaración", "declaration", "declaração"),
      option("comunicacion", "communication", "comunicación", "communication", "comunicação"),
      option(
        "acuerdo", "agreement", "acuerdo del Pleno", "plenary agreement", "acordo do Pleno",
        aliases: ["acuerdo_pleno"]),
      option("ley", "law", "ley", "law", "lei"),
    ])

  public static let severity = Choice(
    Localized(es: "severidad", en: "severity", pt: "severidade"),
    [
      option("error", "error", "error", "error", "erro"),
      option("advertencia", "warning", "advertencia", "warning", "aviso"),
      option("sugerencia", "advisory", "sugerencia", "advisory", "sugestão"),
      option("desactivada", "off", "desactivada", "off", "desativada", aliases: ["ninguna", "none"]),
    ])

  /// The connector in `2026 a 2031`.
  public static let rangeConnectors = ["a", "to", "hasta", "até", "ate"]
}

extension Vocabulary {
  /// Every closed vocabulary, by the name docs/language.md's section 5 gives its table.
  public static let all: [(name: String, choice: Choice)] = [
    ("idioma", language), ("estado_del_plan", status), ("tipo_de_eje", axis), ("motivacion", motivation),
    ("jurisdiccion", jurisdiction), ("organo", approvingBody), ("sector", civilSector),
    ("estado_del_vinculo", partnerStatus), ("tipo_de_acuerdo", agreement), ("cuota", fee),
    ("nivel_de_gobierno", governmentLevel), ("herramienta", tool), ("plazo", term),
    ("estado_de_la_accion", actionStatus), ("estado_de_avance", progressStatus), ("tipo_de_medida", measure),
    ("sentido", direction),
    ("frecuencia", frequency), ("tipo_de_escenario", scenario), ("probabilidad", likelihood),
    ("tipo_de_grupo_de_interes", stakeholderKind), ("tipo_de_publico", audienceKind),
    ("uso_del_color", colourRole),
    ("instrumento", instrument), ("capitulo", chapter), ("severidad", severity), ("umbral", threshold),
  ]
}
