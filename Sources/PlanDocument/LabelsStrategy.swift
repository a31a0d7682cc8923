import PlanCheck
import PlanDiagnostics

/// The words of chapters 1–3: vision and values, governance, diagnosis.
extension Labels {
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
}
