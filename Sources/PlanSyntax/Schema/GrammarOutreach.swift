import PlanDiagnostics

extension Grammar {
  /// Communication and participation, the city brand, monitoring, approval, the bill, free chapters and monitoring periods.
  static let outreach: [Construct] = [
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
      "marca_ciudad", "city_brand",
      variant: Construct.Variant(es: "marca_territorio", en: "territory_brand", pt: "marca_territorio"),
      "programa de Marca Ciudad (los siete pasos del método)",
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
}
