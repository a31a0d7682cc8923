import PlanCheck
import PlanDiagnostics

/// Every fixed word of the document, in Spanish (as an Argentine municipal officer writes it),
/// English and Portuguese. Each label keeps its three translations side by side: add a word here,
/// never as a literal in the builder. Words of the closed vocabularies are in `VocabularyLabels`.
public struct Labels: Sendable, WordTable {
  public let language: Language

  public init(_ language: Language) {
    self.language = language
  }

  // MARK: - Document and pages

  /// BCP 47 tag of the document.
  public var languageTag: String { pick("es-AR", "en", "pt-BR") }
  public var pageOf: String { pick("Página %d de %d", "Page %d of %d", "Página %d de %d") }
  public var contents: String { pick("Índice", "Contents", "Sumário") }
  public var continued: String { pick("(continúa)", "(continued)", "(continuação)") }
  public var draftWatermark: String { pick("BORRADOR", "DRAFT", "RASCUNHO") }
  public var withObservationsWatermark: String {
    pick("CON OBSERVACIONES", "WITH OBJECTIONS", "COM OBSERVAÇÕES")
  }
  public var planKind: String {
    pick("Plan de internacionalización", "Internationalization plan", "Plano de internacionalização")
  }
  /// "Plan de internacionalización 2026–2031".
  public func subject(_ horizon: String?) -> String {
    horizon.map { "\(planKind) \($0)" } ?? planKind
  }
  public var internationalization: String {
    pick("internacionalización", "internationalization", "internacionalização")
  }
  public var notDeclared: String { pick("No declarado.", "Not declared.", "Não declarado.") }
  public var numberSign: String { pick("N.º", "No.", "n.º") }
  public func version(_ value: String) -> String {
    pick("Versión \(value)", "Version \(value)", "Versão \(value)")
  }
  public func horizonText(_ range: String) -> String {
    pick("Horizonte \(range)", "Horizon \(range)", "Horizonte \(range)")
  }
  public func creator(_ version: String) -> String { "plan \(version)" }

  // MARK: - Cover and front matter

  /// The uses of the typefaces on the brand sheet.
  public var headingsTypeface: String { pick("Títulos", "Headings", "Títulos") }
  public var textTypeface: String { pick("Texto", "Text", "Texto") }
  public func typefacesNotBundled(_ families: String) -> String {
    pick(
      "La marca declara \(families); plan no incluye esas fuentes y el documento usa las de arriba.",
      "The brand declares \(families); plan does not bundle those fonts and the document uses the ones above.",
      "A marca declara \(families); o plan não inclui essas fontes e o documento usa as de cima.")
  }
  /// The coat of arms' alternative text.
  public func coatOfArms(_ city: String) -> String {
    city.isEmpty
      ? pick("Escudo de la ciudad", "City coat of arms", "Brasão da cidade")
      : pick("Escudo de \(city)", "Coat of arms of \(city)", "Brasão de \(city)")
  }
  public var authorities: String { pick("Autoridades", "Authorities", "Autoridades") }
  public var authority: String { pick("Autoridad", "Authority", "Autoridade") }
  public var formulatedBy: String { pick("Formulado por", "Formulated by", "Formulado por") }
  public var versionControl: String { pick("Control de versiones", "Version control", "Controle de versões") }
  public var versionColumn: String { pick("Versión", "Version", "Versão") }
  public var statusColumn: String { pick("Estado", "Status", "Situação") }
  public var dateColumn: String { pick("Fecha", "Date", "Data") }
  public var sourceFileColumn: String { pick("Archivo fuente", "Source file", "Arquivo-fonte") }
  public var sourceHashColumn: String {
    pick("SHA-256 (primeros 16 dígitos)", "SHA-256 (first 16 digits)", "SHA-256 (primeiros 16 dígitos)")
  }
  public var sourceHashNote: String {
    pick(
      "Archivos .plan de los que se generó este documento. La huella SHA-256 completa de cada uno está en los metadatos del PDF; sha256sum la verifica.",
      "The .plan files this document was generated from. Each one's full SHA-256 is in the PDF's metadata; sha256sum verifies it.",
      "Arquivos .plan dos quais este documento foi gerado. A impressão SHA-256 completa de cada um está nos metadados do PDF; o sha256sum a verifica."
    )
  }
  public var executiveSummary: String { pick("Resumen ejecutivo", "Executive summary", "Resumo executivo") }
  public var horizon: String { pick("Horizonte", "Horizon", "Horizonte") }
  public func visionHorizon(_ year: Int) -> String {
    pick("visión al \(year)", "vision for \(year)", "visão para \(year)")
  }
  public var objectivesCount: String { pick("Objetivos", "Objectives", "Objetivos") }
  public var actionsCount: String { pick("Acciones", "Actions", "Ações") }
  public var totalBudget: String { pick("Presupuesto total", "Total budget", "Orçamento total") }
  public func noCostActions(_ count: Int) -> String {
    count == 1
      ? pick("1 acción sin costo", "1 action at no cost", "1 ação sem custo")
      : pick("\(count) acciones sin costo", "\(count) actions at no cost", "\(count) ações sem custo")
  }
  public var axisColumn: String { pick("Eje", "Axis", "Eixo") }
  public var titleColumn: String { pick("Título", "Title", "Título") }
  public var notApplicable: String { pick("No aplica", "Not applicable", "Não se aplica") }
  public var axesTableCaption: String {
    pick(
      "Ejes del plan con la cantidad de objetivos y de acciones que aportan a cada uno.",
      "Axes of the plan with the number of objectives and of actions that serve each one.",
      "Eixos do plano com o número de objetivos e de ações que contribuem para cada um.")
  }

  // MARK: - Status on the cover (the body's words are in `InstitutionWords`)

  /// "Ordenanza N.º 2.318/2026 del 14/05/2026".
  public func approvalReference(instrument: String, number: String?, date: String?) -> String {
    var text = instrument
    if let number { text += " \(numberSign) \(number)" }
    if let date { text += pick(" del \(date)", " of \(date)", " de \(date)") }
    return text
  }

  // MARK: - Chapters

  public var chapterVision: String { pick("Visión y valores", "Vision and values", "Visão e valores") }
  public var chapterGovernance: String { pick("Gobernanza", "Governance", "Governança") }
  public var chapterDiagnosis: String { pick("Diagnóstico", "Diagnosis", "Diagnóstico") }
  public var chapterAxes: String { pick("Ejes y objetivos", "Axes and objectives", "Eixos e objetivos") }
  public var chapterTools: String {
    pick(
      "Herramientas de internacionalización", "Internationalization tools",
      "Ferramentas de internacionalização")
  }
  public var chapterActions: String { pick("Plan de acción", "Action plan", "Plano de ação") }
  public var chapterScenarios: String {
    pick("Escenarios y tecnología", "Scenarios and technology", "Cenários e tecnologia")
  }
  public var chapterOutreach: String {
    pick("Comunicación y participación", "Communication and participation", "Comunicação e participação")
  }
  public var chapterBrand: String { pick("Marca Ciudad", "City Brand", "Marca Cidade") }
  public var chapterMonitoring: String {
    pick("Seguimiento y evaluación", "Monitoring and evaluation", "Monitoramento e avaliação")
  }
  public var annexCompliance: String {
    pick(
      "Anexo I. Cumplimiento de las 12 pautas del método",
      "Annex I. Compliance with the method's 12 guidelines",
      "Anexo I. Cumprimento das 12 diretrizes do método")
  }
  public var annexObservations: String {
    pick(
      "Anexo II. Observaciones de la revisión", "Annex II. Review findings",
      "Anexo II. Observações da revisão")
  }
  /// What the watermark of a copy built despite errors adds, pointing to the annex.
  public var seeObservations: String { pick("VER ANEXO II", "SEE ANNEX II", "VER ANEXO II") }
  public func observationsIntro(_ count: Int) -> String {
    pick(
      "Esta copia se generó con «plan build --force» aunque la revisión del plan encontró errores: no es la versión para aprobar. Estas son sus \(count) observaciones (errores y advertencias), con el archivo y la línea del plan donde están.",
      "This copy was built with “plan build --force” although the plan's review found errors: it is not the version to approve. These are its \(count) findings (errors and warnings), with the file and line of the plan where each is.",
      "Esta cópia foi gerada com «plan build --force» embora a revisão do plano tenha encontrado erros: não é a versão para aprovar. Estas são suas \(count) observações (erros e avisos), com o arquivo e a linha do plano onde estão."
    )
  }
  public var codeColumn: String { pick("Código", "Code", "Código") }
  public var severityColumn: String { pick("Tipo", "Kind", "Tipo") }
  public var observationColumn: String { pick("Observación", "Finding", "Observação") }
  public var whereColumn: String { pick("Dónde", "Where", "Onde") }
  public func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: return pick("error", "error", "erro")
    case .warning: return pick("advertencia", "warning", "aviso")
    case .advisory: return pick("sugerencia", "advisory", "sugestão")
    }
  }
  public func location(file: String, line: Int) -> String {
    pick("\(file), línea \(line)", "\(file), line \(line)", "\(file), linha \(line)")
  }
  public var approvalChapter: String { pick("Aprobación", "Approval", "Aprovação") }

  // MARK: - 1. Vision and values

  public var vision: String { pick("Visión", "Vision", "Visão") }
  public var slogan: String { pick("Lema", "Motto", "Lema") }
  public var commonValues: String { pick("Valores comunes", "Common values", "Valores comuns") }
  public var valueColumn: String { pick("Valor", "Value", "Valor") }
  public var descriptionColumn: String { pick("Descripción", "Description", "Descrição") }
  public var endorsedByColumn: String { pick("Respaldado por", "Endorsed by", "Endossado por") }
  public var valuesCaption: String {
    pick(
      "Valores que comparten los grupos que formulan el plan y quiénes los respaldan.",
      "Values shared by the groups that formulate the plan, and who endorses them.",
      "Valores compartilhados pelos grupos que formulam o plano e quem os endossa.")
  }

  // MARK: - 2. Governance

  public var leadership: String { pick("Liderazgo", "Leadership", "Liderança") }
  public var commission: String {
    pick(
      "Comisión para la Internacionalización y Desarrollo",
      "Commission for Internationalization and Development",
      "Comissão para a Internacionalização e o Desenvolvimento")
  }
  public var chair: String { pick("Preside", "Chair", "Presidência") }
  public var createdBy: String { pick("Creada por", "Created by", "Criada por") }
  public var meetings: String { pick("Reuniones", "Meetings", "Reuniões") }
  public var members: String { pick("Integrantes", "Members", "Integrantes") }
  public var participants: String { pick("Participantes", "Participants", "Participantes") }
  public var groupColumn: String { pick("Grupo", "Group", "Grupo") }
  public var participantColumn: String { pick("Participante", "Participant", "Participante") }
  public var roleColumn: String { pick("Cargo o sector", "Role or sector", "Cargo ou setor") }
  public var participantsCaption: String {
    pick(
      "Los cuatro grupos que el método convoca a formular el plan.",
      "The four groups the method brings together to formulate the plan.",
      "Os quatro grupos que o método convoca para formular o plano.")
  }
  public func participantGroup(_ group: String) -> String {
    switch group {
    case "liderazgo": return pick("Liderazgo político", "Political leadership", "Liderança política")
    case "tecnicos":
      return pick("Equipo técnico municipal", "Municipal technical staff", "Equipe técnica municipal")
    case "sociedad_civil": return pick("Sociedad civil", "Civil society", "Sociedade civil")
    case "sociedad_politica": return pick("Sociedad política", "Political society", "Sociedade política")
    default: return group
    }
  }

  // MARK: - 3. Diagnosis

  public var currentSituation: String {
    pick("Situación actual (etapa A)", "Current situation (stage A)", "Situação atual (etapa A)")
  }
  public var identifiedPartners: String {
    pick("Socios identificados", "Identified partners", "Parceiros identificados")
  }
  public var partnersAndTies: String {
    pick(
      "Socios y vínculos internacionales", "International partners and ties",
      "Parceiros e vínculos internacionais")
  }
  public var partnerColumn: String { pick("Socio", "Partner", "Parceiro") }
  public var kindColumn: String { pick("Tipo", "Kind", "Tipo") }
  public var countryColumn: String { pick("País", "Country", "País") }
  public var tieColumn: String { pick("Estado del vínculo", "Status of the tie", "Situação do vínculo") }
  public var normColumn: String { pick("Instrumento y norma", "Instrument and norm", "Instrumento e norma") }
  public func since(_ date: String) -> String { pick("desde \(date)", "since \(date)", "desde \(date)") }
  public func fee(_ word: String) -> String { pick("cuota \(word)", "fee \(word)", "cota \(word)") }
  public func partnerKind(_ kind: String) -> String {
    switch kind {
    case "ciudad": return pick("Ciudad", "City", "Cidade")
    case "red": return pick("Red de ciudades", "City network", "Rede de cidades")
    case "organismo":
      return pick("Organismo internacional", "International organisation", "Organismo internacional")
    case "embajada": return pick("Embajada o consulado", "Embassy or consulate", "Embaixada ou consulado")
    case "gobierno": return pick("Gobierno", "Government", "Governo")
    case "institucion": return pick("Institución", "Institution", "Instituição")
    default: return kind
    }
  }
  public var internalAnalysis: String {
    pick("Análisis interno (etapa B)", "Internal analysis (stage B)", "Análise interna (etapa B)")
  }
  public var externalAnalysis: String {
    pick("Análisis externo (etapa C)", "External analysis (stage C)", "Análise externa (etapa C)")
  }
  public var noData: String { pick("Sin datos", "No data", "Sem dados") }
  public func internalDimension(_ key: String) -> String {
    switch key {
    case "planillas": return pick("Planillas de personal", "Staffing", "Quadro de pessoal")
    case "servicios": return pick("Servicios", "Services", "Serviços")
    case "sistemas": return pick("Sistemas de información", "Information systems", "Sistemas de informação")
    case "recursos": return pick("Recursos", "Resources", "Recursos")
    case "estrategias": return pick("Estrategias habituales", "Usual strategies", "Estratégias habituais")
    default: return key
    }
  }
  public func externalDimension(_ key: String) -> String {
    switch key {
    case "social": return pick("Social", "Social", "Social")
    case "economico": return pick("Económico", "Economic", "Econômico")
    case "tecnologico": return pick("Tecnológico", "Technological", "Tecnológico")
    case "ambiental": return pick("Ambiental", "Environmental", "Ambiental")
    case "cultural": return pick("Cultural", "Cultural", "Cultural")
    case "demografico": return pick("Demográfico", "Demographic", "Demográfico")
    case "politico": return pick("Político", "Political", "Político")
    default: return key
    }
  }
  public var swot: String { pick("Análisis FODA", "SWOT analysis", "Análise FOFA") }
  public var swotIntro: String {
    pick(
      "Cada ítem lleva un identificador; las acciones del plan citan los ítems que atienden.",
      "Each item has an identifier; the plan's actions cite the items they address.",
      "Cada item tem um identificador; as ações do plano citam os itens que atendem.")
  }
  public func quadrant(_ quadrant: String) -> String {
    switch quadrant {
    case "fortaleza": return pick("Fortalezas", "Strengths", "Forças")
    case "oportunidad": return pick("Oportunidades", "Opportunities", "Oportunidades")
    case "debilidad": return pick("Debilidades", "Weaknesses", "Fraquezas")
    case "amenaza": return pick("Amenazas", "Threats", "Ameaças")
    default: return quadrant
    }
  }
  public var idColumn: String { pick("Id.", "Id", "Id.") }
  public var itemColumn: String { pick("Ítem", "Item", "Item") }
  public var sourceColumn: String { pick("Fuente", "Source", "Fonte") }
  public var addressedByColumn: String { pick("Atendido por", "Addressed by", "Atendido por") }
  public var brainstorm: String { pick("Lluvia de ideas", "Brainstorming", "Tempestade de ideias") }
  public var brainstormDate: String { pick("Fecha", "Date", "Data") }
  public var brainstormMethod: String { pick("Método", "Method", "Método") }
  public var keptIdeas: String { pick("Ideas incorporadas", "Ideas kept", "Ideias incorporadas") }
  public var discardedIdeas: String {
    pick("Ideas descartadas y sus motivos", "Ideas discarded and why", "Ideias descartadas e seus motivos")
  }
  public var ideaColumn: String { pick("Idea", "Idea", "Ideia") }
  public var branchColumn: String { pick("Rama", "Branch", "Ramo") }
  public var realisedByColumn: String { pick("Acciones", "Actions", "Ações") }
  public var reasonColumn: String { pick("Motivo", "Reason", "Motivo") }
  public var mindMap: String { pick("Mapa mental", "Mind map", "Mapa mental") }
  public var mindMapCentre: String { pick("Idea central", "Central idea", "Ideia central") }

  // MARK: - 4. Axes

  public func axisHeading(_ kindLabel: String, _ title: String?) -> String {
    guard let title, !title.isEmpty else { return kindLabel }
    return "\(kindLabel): \(title)"
  }
  public var sponsor: String { pick("Líder", "Sponsor", "Líder") }
  public var owner: String { pick("Responsable", "Owner", "Responsável") }
  public var values: String { pick("Valores", "Values", "Valores") }
  public var term: String { pick("Plazo", "Term", "Prazo") }
  public var sdg: String { pick("Metas ODS", "SDG targets", "Metas ODS") }
  public var indicators: String { pick("Indicadores", "Indicators", "Indicadores") }
  public var actionsServing: String { pick("Acciones", "Actions", "Ações") }
  public var noObjectives: String {
    pick("El eje no declara objetivos.", "The axis declares no objectives.", "O eixo não declara objetivos.")
  }
  public var actors: String {
    pick("Actores del territorio", "Actors of the territory", "Atores do território")
  }
  public func strategicQuestion(_ key: String) -> String {
    switch key {
    case "que_tengo": return pick("¿Qué tengo?", "What do we have?", "O que temos?")
    case "para_que": return pick("¿Para qué?", "What for?", "Para quê?")
    case "con_quien": return pick("¿Con quién?", "With whom?", "Com quem?")
    case "hacia_donde": return pick("¿Hacia dónde?", "Where to?", "Para onde?")
    case "por_que": return pick("¿Por qué?", "Why?", "Por quê?")
    case "cuando": return pick("¿Cuándo?", "When?", "Quando?")
    default: return key
    }
  }
  /// `0 (2025) a 60 (2026)`: a word, not an arrow — the bundled fonts have no arrows.
  public func baselineToTargets(_ baseline: String, _ targets: String) -> String {
    "\(baseline) \(pick("a", "to", "a")) \(targets)"
  }
  public var baselineWord: String { pick("base", "baseline", "base") }
  public var targetWord: String { pick("meta", "target", "meta") }

  // MARK: - 5. Tools

  public var toolColumn: String { pick("Herramienta", "Tool", "Ferramenta") }
  public var useInPlanColumn: String { pick("Uso en el plan", "Use in the plan", "Uso no plano") }
  public var toolsIntro: String {
    pick(
      "Herramientas de internacionalización del método que el plan declara usar.",
      "The method's internationalization tools that the plan declares it uses.",
      "Ferramentas de internacionalização do método que o plano declara usar.")
  }

  // MARK: - 6. Actions

  public var actionsTable: String { pick("Cuadro de acciones", "Table of actions", "Quadro de ações") }
  public var actionSheets: String { pick("Fichas de las acciones", "Action sheets", "Fichas das ações") }
  public func actionsIntro(_ count: Int) -> String {
    count == 1
      ? pick("El plan tiene 1 acción.", "The plan has 1 action.", "O plano tem 1 ação.")
      : pick(
        "El plan tiene \(count) acciones.", "The plan has \(count) actions.", "O plano tem \(count) ações.")
  }
  /// The term in one word, for narrow table columns ("Mediano").
  public func shortTerm(_ term: String) -> String {
    switch term {
    case "corto": return pick("Corto", "Short", "Curto")
    case "mediano": return pick("Mediano", "Medium", "Médio")
    case "largo": return pick("Largo", "Long", "Longo")
    default: return term
    }
  }
  public var actionColumn: String { pick("Acción", "Action", "Ação") }
  public var partnersColumn: String { pick("Socios", "Partners", "Parceiros") }
  public var termColumn: String { pick("Plazo", "Term", "Prazo") }
  public var periodColumn: String { pick("Período", "Period", "Período") }
  public var budgetColumn: String { pick("Presupuesto", "Budget", "Orçamento") }
  public var indicatorColumn: String { pick("Indicador", "Indicator", "Indicador") }
  public var objectives: String { pick("Objetivos", "Objectives", "Objetivos") }
  public var tool: String { pick("Herramienta", "Tool", "Ferramenta") }
  public var partners: String { pick("Socios", "Partners", "Parceiros") }
  public var period: String { pick("Período", "Period", "Período") }
  public var budget: String { pick("Presupuesto", "Budget", "Orçamento") }
  public var noCost: String { pick("Sin costo", "No cost", "Sem custo") }
  public var addresses: String { pick("Atiende", "Addresses", "Atende") }
  public var dependsOn: String { pick("Depende de", "Depends on", "Depende de") }
  public var uses: String { pick("Usa", "Uses", "Usa") }
  public var ideas: String { pick("Ideas", "Ideas", "Ideias") }
  public var milestones: String { pick("Hitos", "Milestones", "Marcos") }
  public var actionStatus: String { pick("Estado", "Status", "Situação") }
  public var description: String { pick("Descripción", "Description", "Descrição") }

  // MARK: - 7. Scenarios and technology

  public var scenarios: String { pick("Escenarios", "Scenarios", "Cenários") }
  public func scenarioHeading(_ kind: String, _ title: String) -> String {
    pick(
      "Escenario \(kind): \(title)", "\(kind.prefix(1).uppercased() + kind.dropFirst()) scenario: \(title)",
      "Cenário \(kind): \(title)")
  }
  public var assumptions: String { pick("Supuestos", "Assumptions", "Premissas") }
  public var effects: String {
    pick("Efectos sobre los objetivos", "Effects on the objectives", "Efeitos nos objetivos")
  }
  public var likelihood: String { pick("Probabilidad", "Likelihood", "Probabilidade") }
  public var response: String { pick("Respuesta prevista", "Planned response", "Resposta prevista") }
  public var technology: String {
    pick("Herramientas tecnológicas", "Technological tools", "Ferramentas tecnológicas")
  }
  public var useColumn: String { pick("Uso", "Use", "Uso") }
  public var ownerColumn: String { pick("Responsable", "Owner", "Responsável") }

  // MARK: - 8. Communication and participation

  public var communication: String { pick("Difusión", "Communication", "Difusão") }
  public var internalCommunication: String {
    pick("Difusión interna", "Internal communication", "Difusão interna")
  }
  public var externalCommunication: String {
    pick("Difusión externa", "External communication", "Difusão externa")
  }
  public var channelColumn: String { pick("Canal", "Channel", "Canal") }
  public var mediumColumn: String { pick("Medio", "Medium", "Meio") }
  public var audienceColumn: String { pick("Destinatarios", "Audience", "Público") }
  public var frequencyColumn: String { pick("Frecuencia", "Frequency", "Frequência") }
  public var publication: String {
    pick("Publicación del plan", "Publication of the plan", "Publicação do plano")
  }
  public var participation: String { pick("Participación", "Participation", "Participação") }
  public var eventColumn: String { pick("Instancia", "Event", "Instância") }
  public var methodColumn: String { pick("Método", "Method", "Método") }
  public var attendeesColumn: String { pick("Asistentes", "Attendees", "Participantes") }

  // MARK: - 9. City brand

  public var brandName: String { pick("Marca", "Brand", "Marca") }
  public var brandDiagnosis: String {
    pick("Diagnóstico de la ciudad", "Diagnosis of the city", "Diagnóstico da cidade")
  }
  public var stakeholders: String { pick("Grupos de interés", "Stakeholders", "Grupos de interesse") }
  public var brandVision: String { pick("Visión de la ciudad", "Vision of the city", "Visão da cidade") }
  public var identity: String {
    pick("Programa de identidad", "Identity programme", "Programa de identidade")
  }
  public var attributesAndValues: String {
    pick(
      "Atributos, argumentos y valores de la marca", "Attributes, arguments and values of the brand",
      "Atributos, argumentos e valores da marca")
  }
  public var attributes: String {
    pick("Atributos diferenciales", "Distinctive attributes", "Atributos diferenciais")
  }
  public var arguments: String {
    pick("Argumentos comunicativos", "Communication arguments", "Argumentos comunicativos")
  }
  public var emotionalValues: String { pick("Valores emocionales", "Emotional values", "Valores emocionais") }
  public var rationalValues: String { pick("Valores racionales", "Rational values", "Valores racionais") }
  public var brandCommunication: String {
    pick(
      "Comunicación y marketing territorial", "Communication and territorial marketing",
      "Comunicação e marketing territorial")
  }
  public var communicationPlan: String {
    pick("Plan de comunicación", "Communication plan", "Plano de comunicação")
  }
  public var territorialMarketing: String {
    pick("Marketing territorial", "Territorial marketing", "Marketing territorial")
  }
  public var symbols: String { pick("Símbolos", "Symbols", "Símbolos") }
  public var brandSlogan: String { pick("Eslogan", "Slogan", "Slogan") }
  public var audiences: String { pick("Público destinatario", "Target audience", "Público-alvo") }
  public var paletteAndTypography: String {
    pick("Paleta y tipografía", "Palette and typography", "Paleta e tipografia")
  }
  public var colourRoleColumn: String { pick("Uso", "Role", "Uso") }
  public var colourNameColumn: String { pick("Color", "Colour", "Cor") }
  public var hexColumn: String { pick("Valor hexadecimal", "Hex value", "Valor hexadecimal") }
  public var headingFont: String {
    pick("Tipografía de títulos", "Heading typeface", "Tipografia dos títulos")
  }
  public var bodyFont: String { pick("Tipografía de texto", "Body typeface", "Tipografia do texto") }

  // MARK: - 10. Monitoring

  public var indicatorsTable: String { pick("Indicadores", "Indicators", "Indicadores") }
  public var indicatorsCaption: String {
    pick(
      "Indicadores de los objetivos y de las acciones, con línea de base y metas.",
      "Indicators of the objectives and actions, with baseline and targets.",
      "Indicadores dos objetivos e das ações, com linha de base e metas.")
  }
  public var servesColumn: String { pick("Objetivo o acción", "Objective or action", "Objetivo ou ação") }
  public var baselineColumn: String { pick("Línea de base", "Baseline", "Linha de base") }
  public var targetsColumn: String { pick("Metas", "Targets", "Metas") }
  public var measureColumn: String { pick("Medida y fuente", "Measure and source", "Medida e fonte") }
  public var reporting: String {
    pick("Calendario de informes", "Reporting calendar", "Calendário de relatórios")
  }
  public var reportColumn: String { pick("Informe", "Report", "Relatório") }
  public var firstDateColumn: String { pick("Primera fecha", "First date", "Primeira data") }
  public var recipientColumn: String { pick("Destinatario", "Recipient", "Destinatário") }
  public var report: String { pick("Informe", "Report", "Relatório") }
  public var publicHearing: String { pick("Audiencia pública", "Public hearing", "Audiência pública") }
  public var dashboard: String { pick("Tablero", "Dashboard", "Painel") }
  public var monitoringOwner: String {
    pick("Responsable del seguimiento", "Monitoring owner", "Responsável pelo monitoramento")
  }

  // MARK: - Annex and approval

  public var guidelineColumn: String { pick("Pauta", "Guideline", "Diretriz") }
  public var complianceStatusColumn: String { pick("Estado", "Status", "Situação") }
  public var evidenceColumn: String { pick("Evidencia", "Evidence", "Evidência") }
  public var complianceIntro: String {
    pick(
      "Resultado de la revisión automática del plan con *plan check*. «Verificado» indica que los datos "
        + "declarados satisfacen la pauta; «no cumple», que alguna comprobación falló; «requiere juicio "
        + "humano», que la pauta sólo puede evaluarla una persona.",
      "Result of the automatic review of the plan with *plan check*. “Verified” means the declared data "
        + "satisfy the guideline; “not met”, that some check failed; “needs human judgement”, that only a "
        + "person can assess the guideline.",
      "Resultado da revisão automática do plano com *plan check*. «Verificado» indica que os dados "
        + "declarados satisfazem a diretriz; «não atendido», que alguma verificação falhou; «requer "
        + "julgamento humano», que só uma pessoa pode avaliar a diretriz.")
  }
  public func complianceStatus(_ status: ComplianceEntry.Status) -> String {
    switch status {
    case .verified: return pick("verificado", "verified", "verificado")
    case .notMet: return pick("no cumple", "not met", "não atendido")
    case .advisory: return pick("requiere juicio humano", "needs human judgement", "requer julgamento humano")
    }
  }
  public func findings(_ count: Int) -> String {
    count == 1
      ? pick("1 observación", "1 finding", "1 observação")
      : pick("\(count) observaciones", "\(count) findings", "\(count) observações")
  }
  public var instrument: String { pick("Instrumento", "Instrument", "Instrumento") }
  public var number: String { pick("Número", "Number", "Número") }
  public var fileNumber: String { pick("Expediente", "File", "Processo") }
  public var enacted: String { pick("Sanción", "Enacted", "Sanção") }
  public var promulgated: String { pick("Promulgación", "Promulgated", "Promulgação") }
  public var publicationInBulletin: String { pick("Publicación", "Publication", "Publicação") }
  public var signatures: String { pick("Firmas", "Signatures", "Assinaturas") }
}
