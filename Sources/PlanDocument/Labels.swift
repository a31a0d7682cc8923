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
}
