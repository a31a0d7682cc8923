import PlanDiagnostics

/// The closed vocabularies of the language, from the source method and from municipal practice.
public enum Vocabulary {
  static func option(_ es: String, _ en: String, _ esLabel: String, _ enLabel: String, aliases: [String] = [])
    -> Choice.Option
  {
    Choice.Option(es: es, en: en, aliases: aliases, label: Localized(es: esLabel, en: enLabel))
  }

  public static let language = Choice(
    Localized(es: "idioma", en: "language"),
    [
      option("es", "es", "español", "Spanish", aliases: ["espanol", "castellano", "spanish"]),
      option("en", "en", "inglés", "English", aliases: ["ingles", "english"]),
      option("pt", "pt", "portugués", "Portuguese", aliases: ["portugues", "portuguese"]),
    ])

  public static let status = Choice(
    Localized(es: "estado del plan", en: "plan status"),
    [
      option("borrador", "draft", "borrador", "draft"),
      option("proyecto", "proposal", "proyecto", "proposal", aliases: ["bill"]),
      option("aprobado", "approved", "aprobado", "approved"),
    ])

  /// The four motivation axes and the two action-plane axes of the method.
  public static let axis = Choice(
    Localized(es: "tipo de eje", en: "kind of axis"),
    [
      option("politico", "political", "eje político", "political axis"),
      option("economico", "economic", "eje económico", "economic axis"),
      option("cognitivo", "cognitive", "eje cognitivo", "cognitive axis"),
      option("social", "social", "eje social", "social axis"),
      option("territorial", "territorial", "eje territorial", "territorial axis"),
      option("estrategico", "strategic", "eje estratégico", "strategic axis"),
      option("tematico", "thematic", "eje temático", "thematic axis", aliases: ["propio", "own"]),
    ])

  /// The method's four motivations, which a thematic axis may serve.
  public static let motivation = Choice(
    Localized(es: "motivación", en: "motivation"),
    [
      option("politico", "political", "política", "political"),
      option("economico", "economic", "económica", "economic"),
      option("cognitivo", "cognitive", "cognitiva", "cognitive"),
      option("social", "social", "social", "social"),
      option("ninguna", "none", "ninguna", "none"),
    ])

  /// The kind of government that makes the plan.
  public static let jurisdiction = Choice(
    Localized(es: "jurisdicción", en: "jurisdiction"),
    [
      option("municipio", "municipality", "municipio", "municipality", aliases: ["municipalidad"]),
      option("comuna", "commune", "comuna", "commune"),
      option("ciudad_autonoma", "autonomous_city", "ciudad autónoma", "autonomous city"),
      option("provincia", "province", "provincia", "province"),
      option("region", "region", "región", "region"),
      option(
        "comunidad_autonoma", "autonomous_community", "comunidad autónoma", "autonomous community"),
    ])

  /// The body that approves the plan.
  public static let approvingBody = Choice(
    Localized(es: "órgano que aprueba el plan", en: "approving body"),
    [
      option(
        "concejo_deliberante", "deliberative_council", "Concejo Deliberante", "Deliberative Council",
        aliases: ["hcd"]),
      option("concejo_municipal", "municipal_council", "Concejo Municipal", "Municipal Council"),
      option("legislatura", "legislature", "Legislatura", "Legislature"),
      option(
        "pleno", "plenary", "Pleno del Ayuntamiento", "City Council plenary", aliases: ["pleno_ayuntamiento"]),
      option("parlamento", "parliament", "Parlamento", "Parliament"),
      option("asamblea", "assembly", "Asamblea", "Assembly"),
    ])

  /// What an indicator aims at.
  public static let direction = Choice(
    Localized(es: "sentido del indicador", en: "indicator direction"),
    [
      option("aumentar", "increase", "aumentar", "increase", aliases: ["subir", "ascendente"]),
      option("reducir", "decrease", "reducir", "decrease", aliases: ["bajar", "descendente", "disminuir"]),
      option("mantener", "maintain", "mantener", "maintain"),
    ])

  /// The document's chapters, after which a free chapter can go.
  public static let chapter = Choice(
    Localized(es: "capítulo", en: "chapter"),
    [
      option("presentacion", "introduction", "presentación", "introduction", aliases: ["inicio", "start"]),
      option("vision", "vision", "visión y valores", "vision and values"),
      option("participantes", "participants", "participantes", "participants"),
      option("diagnostico", "diagnosis", "diagnóstico", "diagnosis"),
      option("ejes", "axes", "ejes y objetivos", "axes and objectives"),
      option("herramientas", "tools", "herramientas", "tools"),
      option("acciones", "actions", "plan de acción", "action plan"),
      option("escenarios", "scenarios", "escenarios y tecnología", "scenarios and technology"),
      option(
        "comunicacion", "communication", "comunicación y participación", "communication and participation"),
      option("marca", "brand", "Marca Ciudad", "City Brand"),
      option("seguimiento", "monitoring", "seguimiento", "monitoring"),
    ])

  public static let civilSector = Choice(
    Localized(es: "sector", en: "sector"),
    [
      option("universidad", "university", "universidad", "university"),
      option("ong", "ngo", "ONG", "NGO"),
      option("camara", "chamber", "cámara empresarial", "chamber of commerce"),
      option("cultural", "cultural", "entidad cultural", "cultural body"),
      option("empresa", "company", "empresa", "company"),
      option("sindicato", "union", "sindicato", "trade union"),
      option(
        "vecinal", "neighbourhood", "asociación vecinal", "neighbourhood association",
        aliases: ["neighborhood"]),
      option("medios", "media", "medios de comunicación", "media"),
      option("otro", "other", "otro", "other"),
    ])

  public static let partnerStatus = Choice(
    Localized(es: "estado del vínculo", en: "status of the tie"),
    [
      option("vigente", "in_force", "vigente", "in force", aliases: ["active"]),
      option("en_negociacion", "negotiating", "en negociación", "under negotiation"),
      option("propuesto", "proposed", "propuesto", "proposed"),
      option("vencido", "expired", "vencido", "expired"),
      option("suspendido", "suspended", "suspendido", "suspended"),
    ])

  public static let agreement = Choice(
    Localized(es: "tipo de acuerdo", en: "kind of agreement"),
    [
      option("hermanamiento", "twinning", "hermanamiento", "twinning", aliases: ["sister_city"]),
      option("pacto", "pact", "pacto de amistad", "friendship pact"),
      option("acuerdo", "agreement", "acuerdo", "agreement"),
      option(
        "memorandum", "memorandum", "memorándum de entendimiento", "memorandum of understanding",
        aliases: ["mou"]),
      option("convenio", "covenant", "convenio", "covenant"),
      option("membresia", "membership", "membresía", "membership"),
    ])

  public static let fee = Choice(
    Localized(es: "cuota", en: "fee"),
    [
      option("al_dia", "paid", "al día", "paid up", aliases: ["up_to_date"]),
      option("adeudada", "owed", "adeudada", "in arrears", aliases: ["arrears"]),
      option("exenta", "exempt", "exenta", "exempt"),
    ])

  public static let governmentLevel = Choice(
    Localized(es: "nivel de gobierno", en: "level of government"),
    [
      option("provincial", "provincial", "provincial", "provincial", aliases: ["state"]),
      option("nacional", "national", "nacional", "national"),
    ])

  /// The instruments of internationalization, as the source method lists them.
  public static let tool = Choice(
    Localized(es: "herramienta", en: "tool"),
    [
      option("hermanamiento", "twinning", "hermanamiento", "twinning"),
      option("pacto", "pact", "pacto", "pact"),
      option("acuerdo", "agreement", "acuerdo interinstitucional", "inter-institutional agreement"),
      option(
        "memorandum", "memorandum", "memorándum de entendimiento", "memorandum of understanding",
        aliases: ["mou"]),
      option(
        "cooperacion_desarrollo", "development_cooperation", "cooperación internacional para el desarrollo",
        "international development cooperation"),
      option(
        "cooperacion_descentralizada", "decentralised_cooperation", "cooperación descentralizada",
        "decentralised cooperation", aliases: ["decentralized_cooperation"]),
      option(
        "cooperacion_sur_sur", "south_south_cooperation", "cooperación Sur-Sur y triangular",
        "South-South and triangular cooperation",
        aliases: ["cooperacion_triangular", "triangular_cooperation"]),
      option("difusion_cultural", "cultural_promotion", "difusión cultural", "cultural promotion"),
      option("difusion_turistica", "tourism_promotion", "difusión turística", "tourism promotion"),
      option(
        "difusion_gestion", "management_outreach", "difusión de gestión", "outreach on public management"),
      option("transparencia", "transparency", "difusión de transparencia", "transparency outreach"),
      option(
        "promocion_empresarial", "business_promotion", "promoción empresarial e industrial",
        "business and industrial promotion"),
      option("ronda_de_negocios", "business_round", "ronda de negocios", "business round"),
      option("marca_ciudad", "city_brand", "marca e imagen ciudad", "city brand and image"),
    ])

  public static let term = Choice(
    Localized(es: "plazo", en: "term"),
    [
      option("corto", "short", "corto plazo", "short term"),
      option("mediano", "medium", "mediano plazo", "medium term"),
      option("largo", "long", "largo plazo", "long term"),
    ])

  public static let actionStatus = Choice(
    Localized(es: "estado de la acción", en: "action status"),
    [
      option("propuesta", "proposed", "propuesta", "proposed"),
      option("planificada", "planned", "planificada", "planned"),
      option("en_curso", "in_progress", "en curso", "in progress"),
      option("cumplida", "done", "cumplida", "done", aliases: ["completed"]),
      option("demorada", "delayed", "demorada", "delayed"),
      option("suspendida", "suspended", "suspendida", "suspended"),
      option("en_preparacion", "in_preparation", "en preparación", "in preparation"),
      option("cancelada", "cancelled", "cancelada", "cancelled", aliases: ["canceled"]),
    ])

  /// IATI's IndicatorMeasure list, in the plan's words.
  public static let measure = Choice(
    Localized(es: "tipo de medida", en: "kind of measure"),
    [
      option("unidad", "unit", "unidades", "units"),
      option("porcentaje", "percentage", "porcentaje", "percentage"),
      option("nominal", "nominal", "nominal", "nominal"),
      option("ordinal", "ordinal", "ordinal", "ordinal"),
      option("cualitativo", "qualitative", "cualitativo", "qualitative"),
      option("monto", "amount", "monto", "amount"),
      option("indice", "index", "índice", "index"),
    ])

  public static let frequency = Choice(
    Localized(es: "frecuencia", en: "frequency"),
    [
      option("semanal", "weekly", "semanal", "weekly"),
      option("quincenal", "fortnightly", "quincenal", "fortnightly", aliases: ["biweekly"]),
      option("mensual", "monthly", "mensual", "monthly"),
      option("bimestral", "bimonthly", "bimestral", "every two months"),
      option("trimestral", "quarterly", "trimestral", "quarterly"),
      option("semestral", "biannual", "semestral", "every six months", aliases: ["semiannual"]),
      option("anual", "annual", "anual", "annual", aliases: ["yearly"]),
      option("bienal", "biennial", "bienal", "every two years"),
      option("unica", "once", "única vez", "once"),
      option("por_edicion", "per_edition", "por edición", "per edition"),
    ])

  public static let scenario = Choice(
    Localized(es: "tipo de escenario", en: "kind of scenario"),
    [
      option("optimista", "optimistic", "optimista", "optimistic"),
      option("tendencial", "trend", "tendencial", "trend", aliases: ["baseline"]),
      option("pesimista", "pessimistic", "pesimista", "pessimistic"),
      option("alternativo", "alternative", "alternativo", "alternative"),
    ])

  public static let likelihood = Choice(
    Localized(es: "probabilidad", en: "likelihood"),
    [
      option("alta", "high", "alta", "high"),
      option("media", "medium", "media", "medium"),
      option("baja", "low", "baja", "low"),
    ])

  public static let stakeholderKind = Choice(
    Localized(es: "tipo de grupo de interés", en: "kind of stakeholder"),
    [
      option("publico_interno", "public_internal", "público interno", "internal public"),
      option("publico_externo", "public_external", "público externo", "external public"),
      option("privado_interno", "private_internal", "privado interno", "internal private"),
      option("privado_externo", "private_external", "privado externo", "external private"),
    ])

  public static let audienceKind = Choice(
    Localized(es: "tipo de público", en: "kind of audience"),
    [
      option("segmento", "segment", "segmento social", "social segment"),
      option("nicho", "niche", "nicho económico", "economic niche"),
    ])

  public static let colourRole = Choice(
    Localized(es: "uso del color", en: "colour role"),
    [
      option("primario", "primary", "primario", "primary"),
      option("secundario", "secondary", "secundario", "secondary"),
      option("acento", "accent", "acento", "accent"),
      option("texto", "text", "texto", "text"),
      option("fondo", "background", "fondo", "background"),
    ])

  public static let instrument = Choice(
    Localized(es: "instrumento de aprobación", en: "approval instrument"),
    [
      option("ordenanza", "ordinance", "ordenanza", "ordinance"),
      option("resolucion", "resolution", "resolución", "resolution"),
      option("decreto", "decree", "decreto", "decree"),
      option("declaracion", "declaration", "declaración", "declaration"),
      option("comunicacion", "communication", "comunicación", "communication"),
      option("acuerdo", "agreement", "acuerdo del Pleno", "plenary agreement", aliases: ["acuerdo_pleno"]),
      option("ley", "law", "ley", "law"),
    ])

  public static let severity = Choice(
    Localized(es: "severidad", en: "severity"),
    [
      option("error", "error", "error", "error"),
      option("advertencia", "warning", "advertencia", "warning"),
      option("sugerencia", "advisory", "sugerencia", "advisory"),
      option("desactivada", "off", "desactivada", "off", aliases: ["ninguna", "none"]),
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
    ("estado_de_la_accion", actionStatus), ("tipo_de_medida", measure), ("sentido", direction),
    ("frecuencia", frequency), ("tipo_de_escenario", scenario), ("probabilidad", likelihood),
    ("tipo_de_grupo_de_interes", stakeholderKind), ("tipo_de_publico", audienceKind),
    ("uso_del_color", colourRole),
    ("instrumento", instrument), ("capitulo", chapter), ("severidad", severity),
  ]
}
