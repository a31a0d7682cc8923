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
  static let spellingOverrides = [
    "estado_vinculo": "estado", "instrumento_vinculo": "instrumento", "desde_anio": "desde", "eje_ref": "eje",
    "publico_objetivo": "publico",
  ]

  static func L(_ es: String, _ en: String, _ pt: String) -> Localized {
    Localized(es: es, en: en, pt: pt)
  }

  static func p(
    _ kind: ParamKind, _ es: String, _ en: String, _ pt: String, required: Bool = true
  ) -> Param {
    Param(kind, L(es, en, pt), required: required)
  }

  static let id = p(.identifier, "el identificador", "the identifier", "o identificador")
  static let title = p(.text, "el título", "the title", "o título")
  static let name = p(.text, "el nombre", "the name", "o nome")
  static let prose = p(.prose, "el texto", "the text", "o texto")
  static let optionalProse = p(.prose, "el texto", "the text", "o texto", required: false)

  static func c(
    _ key: String, _ en: String, aliases: [String] = [], variant: Construct.Variant? = nil,
    _ summaryEs: String, _ summaryEn: String,
    _ summaryPt: String, params: [Param] = [], members: [String] = [], block: BlockRule = .none,
    repeatable: Bool = false
  ) -> Construct {
    let last = String(key.split(separator: ".").last!)
    let es = spellingOverrides[last] ?? last
    let resolved = members.map { $0.hasPrefix(".") ? key + $0 : $0 }
    return Construct(
      key: key, es: es, en: en, pt: PortugueseSpellings.keywords[key] ?? es, aliases: aliases,
      variant: variant, summary: L(summaryEs, summaryEn, summaryPt), params: params,
      members: resolved, block: block, repeatable: repeatable)
  }

  /// A member that holds one value.
  static func field(
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
  static func dimension(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, _ ptSummary: String
  ) -> Construct {
    c(key, en, es, enSummary, ptSummary, params: [optionalProse], members: ["sin_datos"])
  }

  static let indicatorMembers = [
    "indicador.base", "indicador.meta", "indicador.medida", "indicador.fuente", "indicador.frecuencia",
    "indicador.unidad", "indicador.sentido",
  ]

  // MARK: - The table

  static let all: [Construct] = core + strategy + actions + outreach

  /// Files, the plan's metadata, the vision, values and slogan.
  static let core: [Construct] = [
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

  ]

  static func partner(
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

  static func swot(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, _ ptSummary: String
  ) -> Construct {
    c(
      key, en, es, enSummary, ptSummary, params: [id, p(.text, "el texto", "the text", "o texto")],
      members: ["fuente"],
      block: .optional, repeatable: true)
  }

  static func channel(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, _ ptSummary: String
  ) -> Construct {
    c(
      key, en, es, enSummary, ptSummary, params: [id, name],
      members: ["canal", "publico_objetivo", "frecuencia"],
      block: .optional, repeatable: true)
  }

  static func event(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, _ ptSummary: String
  ) -> Construct {
    c(
      key, en, es, enSummary, ptSummary, params: [id, name],
      members: ["fecha", "metodo", "asistentes", "frecuencia"],
      block: .optional, repeatable: true)
  }

  static func report(
    _ key: String, _ en: String, _ es: String, _ enSummary: String, _ ptSummary: String
  ) -> Construct {
    c(
      key, en, es, enSummary, ptSummary, params: [id, name],
      members: ["frecuencia", "fecha", "destinatario", "responsable"],
      block: .optional, repeatable: true)
  }
}
