import PlanCheck
import PlanDiagnostics

/// The words of chapters 7–10, the annexes and the approval.
extension Labels {
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
  public var stakeholders: String { pick("Grupos de interés", "Stakeholders", "Grupos de interesse") }
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
