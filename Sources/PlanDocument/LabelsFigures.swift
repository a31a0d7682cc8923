import PlanDiagnostics

/// The words of the figures: each one's caption and the labels, legends and headings drawn inside
/// it (`Figures/*Diagram.swift` builds the diagrams from these). Their alternative texts are in
/// `LabelsFigureDescriptions`.
extension Labels {
  /// "Figura" before a figure's number, and the title of the list of figures.
  public var figure: String { pick("Figura", "Figure", "Figura") }
  public var listOfFigures: String { pick("Índice de figuras", "List of figures", "Índice de figuras") }
  /// The words the layout itself needs (`PlanLayout` has no words of its own).
  public var pageLabels: PageLabels {
    PageLabels(
      pageOf: pageOf, contents: contents, continued: continued, figure: figure, listOfFigures: listOfFigures)
  }
  /// Marks a group or a branch continued in another box.
  public var continuedShort: String { pick("(cont.)", "(cont.)", "(cont.)") }

  // MARK: - SWOT matrix

  public var swotInternalRow: String { pick("Análisis interno", "Internal analysis", "Análise interna") }
  public var swotExternalRow: String { pick("Análisis externo", "External analysis", "Análise externa") }
  public var favourable: String { pick("Favorable", "Favourable", "Favorável") }
  public var unfavourable: String { pick("Desfavorable", "Unfavourable", "Desfavorável") }
  /// What a weakness or a threat no action addresses says.
  public var noAction: String { pick("sin acción", "no action", "sem ação") }
  public var swotCaption: String {
    pick(
      "Matriz FODA: cada debilidad y amenaza con las acciones que la atienden",
      "SWOT matrix: each weakness and threat with the actions that address it",
      "Matriz FOFA: cada fraqueza e ameaça com as ações que a atendem")
  }

  // MARK: - Motivation axes

  /// How many actions serve an objective: "1 acción", "3 acciones".
  public var actionCountWords: (one: String, many: String) {
    (pick("acción", "action", "ação"), pick("acciones", "actions", "ações"))
  }
  public var axesCaption: String {
    pick(
      "Ejes de motivación: objetivos de cada eje y cantidad de acciones que los atienden",
      "Motivation axes: the objectives of each axis and the number of actions serving them",
      "Eixos de motivação: objetivos de cada eixo e número de ações que os atendem")
  }

  // MARK: - Strategic questions

  public var unanswered: String { pick("sin respuesta", "not answered", "sem resposta") }
  public var strategicQuestionsCaption: String {
    pick(
      "Eje estratégico: las seis preguntas del método y sus respuestas",
      "Strategic axis: the method's six questions and their answers",
      "Eixo estratégico: as seis perguntas do método e suas respostas")
  }

  // MARK: - Tools by axis

  public var totalActions: String { pick("Total de acciones", "Total actions", "Total de ações") }
  public var toolMatrixCaption: String {
    pick(
      "Herramientas por eje: cantidad de acciones que usan cada herramienta en cada eje",
      "Tools by axis: number of actions using each tool on each axis",
      "Ferramentas por eixo: número de ações que usam cada ferramenta em cada eixo")
  }

  // MARK: - Brand sheet

  public var attributesHeading: String { pick("Atributos", "Attributes", "Atributos") }
  public var audiencesHeading: String { pick("Públicos", "Audiences", "Públicos") }
  public var paletteHeading: String { pick("Paleta", "Palette", "Paleta") }
  public var typographyHeading: String { pick("Tipografía", "Typography", "Tipografia") }
  public var brandSheetCaption: String {
    pick(
      "Ficha de la marca ciudad: paleta, tipografía, atributos y públicos",
      "City brand sheet: palette, typography, attributes and audiences",
      "Ficha da marca cidade: paleta, tipografia, atributos e públicos")
  }

  // MARK: - Timeline

  public var actionsWithoutAxis: String {
    pick("Acciones sin eje asignado", "Actions without an axis", "Ações sem eixo atribuído")
  }
  public var noTerm: String { pick("Sin plazo", "No term", "Sem prazo") }
  public var milestone: String { pick("Hito", "Milestone", "Marco") }
  public var noDates: String { pick("Sin fechas", "No dates", "Sem datas") }
  public var noStartDate: String { pick("sin fecha de inicio", "no start date", "sem data de início") }
  public var noEndDate: String { pick("sin fecha de fin", "no end date", "sem data de término") }
  /// One letter per month, January first.
  public var monthInitials: [String] {
    pick("E F M A M J J A S O N D", "J F M A M J J A S O N D", "J F M A M J J A S O N D")
      .split(separator: " ").map(String.init)
  }
  public func timelineCaption(byProgramme: Bool) -> String {
    byProgramme
      ? pick(
        "Cronograma del plan de acción por programa: plazos, eventos, hitos y dependencias entre acciones",
        "Action plan timeline by programme: terms, events, milestones and dependencies between actions",
        "Cronograma do plano de ação por programa: prazos, eventos, marcos e dependências entre ações")
      : pick(
        "Cronograma del plan de acción por eje: plazos, hitos y dependencias entre acciones",
        "Action plan timeline by axis: terms, milestones and dependencies between actions",
        "Cronograma do plano de ação por eixo: prazos, marcos e dependências entre ações")
  }

  // MARK: - Commission and participants

  /// "13 integrantes", under the commission's name.
  public func memberCount(_ count: Int) -> String {
    count == 1
      ? pick("1 integrante", "1 member", "1 integrante")
      : pick("\(count) integrantes", "\(count) members", "\(count) integrantes")
  }
  public var noCommissionDeclared: String {
    pick("Sin comisión declarada", "No commission declared", "Sem comissão declarada")
  }
  public var otherMembers: String { pick("Otros integrantes", "Other members", "Outros integrantes") }
  /// After the chair's name in its group.
  public var chairMark: String { pick("preside", "chair", "preside") }
  public var noParticipants: String { pick("sin participantes", "no participants", "sem participantes") }
  public var commissionMemberLegend: String {
    pick("Integra la comisión", "Commission member", "Integra a comissão")
  }
  public var participantLegend: String {
    pick("Participa del plan", "Plan participant", "Participa do plano")
  }
  public func commissionCaption(hasCommission: Bool) -> String {
    hasCommission
      ? pick(
        "La comisión y los cuatro grupos de participantes: en negrita, quienes integran la comisión",
        "The commission and the four groups of participants: in bold, the commission's members",
        "A comissão e os quatro grupos de participantes: em negrito, quem integra a comissão")
      : pick(
        "Los cuatro grupos de participantes (el plan no declara comisión)",
        "The four groups of participants (the plan declares no commission)",
        "Os quatro grupos de participantes (o plano não declara comissão)")
  }

  // MARK: - Mind map

  /// The branch of the ideas that name no branch of the map.
  public var otherIdeas: String { pick("Otras ideas", "Other ideas", "Outras ideias") }
  /// Heading of the numbered key a crowded map falls back to.
  public var ideasByNumber: String {
    pick("Ideas de cada número", "Ideas by number", "Ideias de cada número")
  }
  public var mindMapCaption: String {
    pick(
      "Mapa mental de la lluvia de ideas: la idea central, sus ramas y las ideas incorporadas en cada una",
      "Mind map of the brainstorming: the central idea, its branches and the ideas kept in each",
      "Mapa mental da tempestade de ideias: a ideia central, seus ramos e as ideias incorporadas em cada um")
  }

  // MARK: - Environment

  public var analysedState: String { pick("con análisis", "analysed", "com análise") }
  public var noDataState: String { pick("sin datos", "no data", "sem dados") }
  public var undeclaredState: String { pick("no declarado", "not declared", "não declarado") }
  public var environmentCaption: String {
    pick(
      "Entorno interno y externo: qué dimensiones del diagnóstico tienen análisis, cuáles no tienen datos y cuáles faltan",
      "Internal and external environment: which dimensions of the diagnosis are analysed, which have no data and which are missing",
      "Ambiente interno e externo: quais dimensões do diagnóstico têm análise, quais não têm dados e quais faltam"
    )
  }

  // MARK: - Partners map

  /// The heading of a kind of partner's group, in the plural ("Redes de ciudades").
  public func partnerGroup(_ kind: String) -> String {
    switch kind {
    case "ciudad": return pick("Ciudades", "Cities", "Cidades")
    case "red": return pick("Redes de ciudades", "City networks", "Redes de cidades")
    case "organismo":
      return pick("Organismos internacionales", "International organisations", "Organismos internacionais")
    case "embajada":
      return pick("Embajadas y consulados", "Embassies and consulates", "Embaixadas e consulados")
    case "gobierno":
      return pick(
        "Gobierno provincial y nacional", "Provincial and national government",
        "Governo provincial e nacional")
    case "institucion": return pick("Otras instituciones", "Other institutions", "Outras instituições")
    default: return partnerKind(kind)
    }
  }
  public var noStatusDeclared: String {
    pick("sin estado declarado", "status not declared", "situação não declarada")
  }
  public func partnersCaption(city: String) -> String {
    city.isEmpty
      ? pick(
        "Mapa de socios: cada socio según su tipo, con el estado del vínculo",
        "Partners map: each partner by kind, with the status of the tie",
        "Mapa de parceiros: cada parceiro segundo seu tipo, com a situação do vínculo")
      : pick(
        "Mapa de socios de \(city): cada socio según su tipo, con el estado del vínculo",
        "Partners map of \(city): each partner by kind, with the status of the tie",
        "Mapa de parceiros de \(city): cada parceiro segundo seu tipo, com a situação do vínculo")
  }
}
