import PlanDiagnostics
import PlanSyntax

/// A text with where it was written.
public struct Located<Value: Sendable>: Sendable {
  public var value: Value
  public var range: SourceRange

  public init(_ value: Value, _ range: SourceRange) {
    self.value = value
    self.range = range
  }
}

/// The whole plan, resolved across its included files: what the checker reads and the renderer prints.
public struct Plan: Sendable {
  public var language: Language
  /// The root file first, then the included ones.
  public var files: [SourceText]
  /// Where findings about the plan as a whole point: the `plan` keyword, or the root file's start.
  public var anchor: SourceRange

  public var metadata = Metadata()
  /// The crest image, when `escudo` names one that passed every check (see `Crest`).
  public var crest: Crest?
  public var vision: Located<String>?
  public var slogan: Located<String>?
  public var values: [CommonValue] = []
  public var axes: [Axis] = []
  public var participants: [Participant] = []
  public var commission: Commission?
  public var partners: [Partner] = []
  public var diagnosis: Diagnosis?
  public var swot: [SWOTItem] = []
  public var swotRange: SourceRange?
  public var brainstorm: Brainstorm?
  public var mindMap: MindMap?
  public var tools: [DeclaredTool] = []
  public var toolsRange: SourceRange?
  public var actions: [Action] = []
  public var scenarios: [Scenario] = []
  public var scenariosRange: SourceRange?
  public var technologies: [Technology] = []
  public var technologyRange: SourceRange?
  public var communication: Communication?
  public var participation: Participation?
  public var brand: Brand?
  public var monitoring: Monitoring?
  public var approval: Approval?
  /// The office's own texts for the bill (`ordenanza`), if any.
  public var bill: BillText?
  public var review = ReviewSettings()
  /// Programmes or lines of work between objectives and actions.
  public var programmes: [Programme] = []
  /// The free chapters: a foreword, context chapters and annexes.
  public var foreword: Foreword?
  public var chapters: [FreeChapter] = []
  public var annexes: [FreeChapter] = []
  /// The monitoring records (`periodo` blocks), in reading order.
  public var periodRecords: [PeriodRecord] = []

  public init(language: Language, files: [SourceText], anchor: SourceRange) {
    self.language = language
    self.files = files
    self.anchor = anchor
  }

  public var objectives: [Objective] { axes.flatMap(\.objectives) }
  public func participant(_ id: String) -> Participant? { participants.first { $0.id == id } }
  public func action(_ id: String) -> Action? { actions.first { $0.id == id } }
  public func programme(_ id: String) -> Programme? { programmes.first { $0.id == id } }
}

public struct Metadata: Sendable {
  public var title: Located<String>?
  public var city: Located<String>?
  public var province: Located<String>?
  public var country: Located<String>?
  public var body: Located<String>?
  public var horizon: Located<ClosedRange<Int>>?
  /// `horizonte 2031 a 2026`: kept as written so the checker can report it.
  public var horizonReversed: Located<(Int, Int)>?
  public var visionYear: Located<Int>?
  public var version: Located<String>?
  public var status: Located<String>?
  public var date: Located<PlanDate>?
  public var logo: Located<String>?
  public var authorities: [Person] = []
  public var formulatedBy: [Reference] = []
  public var formulatedByRange: SourceRange?
  /// `municipio`, `comuna`, `ciudad_autonoma`, `provincia`, `region`, `comunidad_autonoma`.
  public var jurisdiction: Located<String>?
  /// `concejo_deliberante`, `concejo_municipal`, `legislatura`, `pleno`, `parlamento`, `asamblea`.
  public var approvingBody: Located<String>?
  /// How the document names the staff ("personal municipal") and the citizens, when declared.
  public var staffWording: String?
  public var citizensWording: String?
  /// The plan's own budget, by year and source.
  public var budgets: [Budget] = []
}

/// A named person with a role (authorities, signatories).
public struct Person: Sendable {
  public var name: String
  public var role: String?
  public var range: SourceRange
}

public struct CommonValue: Sendable {
  public var id: String
  public var name: String
  public var endorsedBy: [Reference]
  public var description: String?
  public var range: SourceRange
}

public struct Axis: Sendable {
  /// `politico`, `economico`, `cognitivo`, `social`, `territorial`, `estrategico`, `tematico`.
  public var kind: String
  /// For a thematic axis: the motivation it serves (`politico`… or `ninguna`), when declared.
  public var motivation: Located<String>?
  public var title: String?
  public var description: String?
  public var notApplicable: Located<String>?
  public var actors: [Reference]
  /// The strategic axis's answers, by question key (`que_tengo`, `para_que`, …).
  public var answers: [String: Located<String>]
  public var objectives: [Objective]
  public var range: SourceRange

  public static let motivationKinds = ["politico", "economico", "cognitivo", "social"]

  /// The motivation this axis works: its kind, or what a thematic axis declares it serves.
  public var servedMotivation: String? {
    if Axis.motivationKinds.contains(kind) { return kind }
    guard kind == "tematico", let motivation = motivation?.value, motivation != "ninguna" else { return nil }
    return motivation
  }
  public static let strategicQuestions = [
    "que_tengo", "para_que", "con_quien", "hacia_donde", "por_que", "cuando",
  ]
}

public struct Objective: Sendable {
  public var id: String
  public var title: String
  public var axisKind: String
  public var sponsor: Reference?
  public var owner: Reference?
  public var values: [Reference]
  public var indicators: [Indicator]
  public var term: String?
  public var sdgTargets: [Located<String>]
  public var description: String?
  public var range: SourceRange
}

public struct Participant: Sendable {
  /// `liderazgo`, `tecnicos`, `sociedad_civil`, `sociedad_politica`.
  public var group: String
  public var id: String
  public var name: String
  public var role: String?
  public var sector: String?
  public var range: SourceRange

  public static let groups = ["liderazgo", "tecnicos", "sociedad_civil", "sociedad_politica"]
}

public struct Commission: Sendable {
  public var name: String?
  public var chair: Reference?
  public var members: [Reference]
  public var createdBy: String?
  public var meetings: String?
  public var range: SourceRange
}

public struct Partner: Sendable {
  /// `ciudad`, `red`, `organismo`, `embajada`, `gobierno`, `institucion`.
  public var kind: String
  public var id: String
  public var name: String
  public var country: String?
  public var status: Located<String>?
  public var norm: String?
  public var agreement: String?
  public var since: PlanDate?
  public var fee: String?
  public var level: String?
  public var description: String?
  public var range: SourceRange
}

public struct Diagnosis: Sendable {
  public var currentSituation: Located<String>?
  public var identifiedPartners: [Reference]
  /// Internal (B) and external (C) dimensions by key; present means written or marked `sin_datos`.
  public var internalDimensions: [String: Dimension]
  public var externalDimensions: [String: Dimension]
  public var internalRange: SourceRange?
  public var externalRange: SourceRange?
  public var range: SourceRange

  public static let internalKeys = ["planillas", "servicios", "sistemas", "recursos", "estrategias"]
  public static let externalKeys = [
    "social", "economico", "tecnologico", "ambiental", "cultural", "demografico", "politico",
  ]
}

public struct Dimension: Sendable {
  public var text: String?
  /// The reason given with `sin_datos`.
  public var noData: String?
  public var range: SourceRange
}

public struct SWOTItem: Sendable {
  /// `fortaleza`, `oportunidad`, `debilidad`, `amenaza`.
  public var quadrant: String
  public var id: String
  public var text: String
  public var source: String?
  public var range: SourceRange

  public static let quadrants = ["fortaleza", "oportunidad", "debilidad", "amenaza"]
}

public struct Brainstorm: Sendable {
  public var ideas: [Idea]
  public var date: PlanDate?
  public var method: String?
  public var range: SourceRange
}

public struct Idea: Sendable {
  public var id: String
  public var text: String
  public var branch: Reference?
  public var discarded: Located<String>?
  public var source: String?
  public var range: SourceRange
}

public struct MindMap: Sendable {
  public var center: String
  public var branches: [Branch]
  public var range: SourceRange
}

public struct Branch: Sendable {
  public var id: String
  public var label: String
  public var axisKind: String?
  public var range: SourceRange
}

public struct DeclaredTool: Sendable {
  /// A word of the closed vocabulary (`cooperacion_descentralizada`…).
  public var kind: String
  public var description: String?
  public var range: SourceRange
}

public struct Scenario: Sendable {
  /// `optimista`, `tendencial`, `pesimista`, `alternativo`.
  public var kind: String
  public var title: String
  public var assumptions: String?
  public var effects: [(objective: Reference, text: String)]
  public var likelihood: String?
  public var response: String?
  public var range: SourceRange
}

public struct Technology: Sendable {
  public var id: String
  public var name: String
  public var use: String?
  public var owner: Reference?
  public var range: SourceRange
}

public struct Communication: Sendable {
  public var channels: [Channel]
  public var publication: Located<String>?
  public var range: SourceRange
}

public struct Channel: Sendable {
  public var isInternal: Bool
  public var id: String
  public var name: String
  public var medium: String?
  public var audience: String?
  public var frequency: String?
  public var range: SourceRange
}

public struct Participation: Sendable {
  public var events: [ParticipationEvent]
  public var range: SourceRange
}

public struct ParticipationEvent: Sendable {
  /// `true` for staff (`personal`), `false` for citizens (`ciudadania`).
  public var staff: Bool
  public var id: String
  public var name: String
  public var date: PlanDate?
  public var method: String?
  public var attendees: Int?
  public var frequency: String?
  public var range: SourceRange
}

/// The City Brand programme: the seven steps of the method, palette and typography.
public struct Brand: Sendable {
  public var name: String
  public var diagnosis: String?
  public var stakeholders: [(name: String, kind: String?)]
  public var vision: String?
  public var identity: String?
  public var attributes: [String]
  public var arguments: [String]
  public var emotionalValues: [String]
  public var rationalValues: [String]
  public var communicationPlan: String?
  public var territorialMarketing: String?
  public var symbols: [String]
  public var slogan: String?
  public var audiences: [(name: String, kind: String?)]
  public var palette: [PaletteColour]
  public var headingFont: String?
  public var bodyFont: String?
  public var range: SourceRange
}

public struct PaletteColour: Sendable {
  public var role: String
  public var hex: String
  public var name: String?
  public var range: SourceRange
}

public struct Monitoring: Sendable {
  public var reports: [Report]
  public var dashboard: String?
  public var owner: Reference?
  public var range: SourceRange
}

public struct Report: Sendable {
  public var publicHearing: Bool
  public var id: String
  public var name: String
  public var frequency: String?
  public var date: PlanDate?
  public var recipient: String?
  public var owner: Reference?
  public var range: SourceRange
}

public struct Approval: Sendable {
  public var instrument: String?
  public var number: String?
  public var fileNumber: String?
  public var enacted: PlanDate?
  public var promulgated: PlanDate?
  public var publication: String?
  public var publicationDate: PlanDate?
  public var signatories: [Person]
  public var range: SourceRange
}

/// `revision { … }`: caps for guideline 11 and severity changes, with where each was written.
public struct ReviewSettings: Sendable {
  public var limits: [String: Located<Int>] = [:]
  /// Rule id → severity word (`error`, `advertencia`, `sugerencia`, `desactivada`).
  public var severities: [String: Located<String>] = [:]
  /// Threshold name (`en_camino`, `en_riesgo`, `tolerancia`) → percentage, as declared.
  public var thresholds: [String: Located<Double>] = [:]
}
