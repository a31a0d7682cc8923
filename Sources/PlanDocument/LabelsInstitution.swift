import PlanDiagnostics
import PlanModel

/// The words that name the institution the plan belongs to — the body that approves it, its staff,
/// its citizens — as the plan declares them (`jurisdiccion`, `organo`, `personal`, `ciudadania`), in
/// the document's three languages. Without declarations they are an Argentine municipality's, so
/// that today's plans print exactly what they always printed.
public struct InstitutionWords: Sendable {
  public let labels: Labels
  public let institution: Institution
  /// The place the body belongs to ("Aragón"), for the bodies named after it.
  public let place: String?
  public let staffWording: String?
  public let citizensWording: String?

  public init(
    _ labels: Labels, institution: Institution, place: String?, staffWording: String? = nil,
    citizensWording: String? = nil
  ) {
    self.labels = labels
    self.institution = institution
    self.place = place.flatMap { $0.isEmpty ? nil : $0 }
    self.staffWording = staffWording.flatMap { $0.isEmpty ? nil : $0 }
    self.citizensWording = citizensWording.flatMap { $0.isEmpty ? nil : $0 }
  }

  public init(_ plan: Plan) {
    self.init(
      Labels(plan.language), institution: plan.institution,
      place: plan.metadata.province?.value ?? plan.metadata.city?.value,
      staffWording: plan.metadata.staffWording, citizensWording: plan.metadata.citizensWording)
  }

  /// The body's name and whether its noun is feminine (for the article before it).
  public var body: (name: String, feminine: Bool) {
    let regional = place.map { labels.pick(" de \($0)", " of \($0)", " de \($0)") } ?? ""
    switch institution.approvingBody {
    case "concejo_municipal":
      return (labels.pick("Concejo Municipal", "Municipal Council", "Conselho Municipal"), false)
    case "legislatura":
      return (
        labels.pick("Legislatura", "Legislature", "Assembleia Legislativa") + regional, labels.language != .en
      )
    case "pleno":
      return (
        labels.pick("Pleno del Ayuntamiento", "City Council Plenary", "Plenário da Câmara Municipal"), false
      )
    case "parlamento": return (labels.pick("Parlamento", "Parliament", "Parlamento") + regional, false)
    case "asamblea": return (labels.pick("Asamblea", "Assembly", "Assembleia"), labels.language != .en)
    default:
      return (labels.pick("Honorable Concejo Deliberante", "City Council", "Concejo Deliberante"), false)
    }
  }

  /// "al Honorable Concejo Deliberante", "a la Legislatura de Santa Fe", "to the Parliament of…".
  public var toBody: String {
    let (name, feminine) = body
    return labels.pick(
      feminine ? "a la \(name)" : "al \(name)", "to the \(name)", feminine ? "à \(name)" : "ao \(name)")
  }

  /// "por el Pleno del Ayuntamiento", "by the Legislature", "pela Assembleia Legislativa".
  public var byBody: String {
    let (name, feminine) = body
    return labels.pick(
      feminine ? "por la \(name)" : "por el \(name)", "by the \(name)",
      feminine ? "pela \(name)" : "pelo \(name)")
  }

  /// The plan's status on the cover: "Proyecto elevado al Honorable Concejo Deliberante".
  public func planStatus(_ status: String?, approval: String?) -> String {
    switch status {
    case "borrador": return labels.pick("Borrador", "Draft", "Rascunho")
    case "proyecto":
      return labels.pick(
        "Proyecto elevado \(toBody)", "Bill submitted \(toBody)", "Projeto enviado \(toBody)")
    case "aprobado":
      guard let approval else { return labels.pick("Aprobado", "Approved", "Aprovado") }
      return labels.pick("Aprobado por \(approval)", "Approved by \(approval)", "Aprovado por \(approval)")
    default: return labels.notDeclared
    }
  }

  public var notApprovedYet: String {
    labels.pick(
      "El plan todavía no fue aprobado \(byBody).", "The plan has not yet been approved \(byBody).",
      "O plano ainda não foi aprovado \(byBody).")
  }

  /// The place as a noun with its article, in each language: ("la ciudad", "the city", "da cidade").
  var placeNoun: (es: String, en: String, pt: String) {
    switch institution.jurisdiction {
    case "provincia": return ("la provincia", "the province", "da província")
    case "region": return ("la región", "the region", "da região")
    case "comunidad_autonoma": return ("la comunidad", "the region", "da comunidade")
    default: return ("la ciudad", "the city", "da cidade")
    }
  }

  /// Whether the plan is a city's (a municipality, a comuna, an autonomous city): the method's city
  /// brand; a province or a region has a territorial brand.
  var isCity: Bool { institution.governsACity }

  /// The brand chapter's title: «Marca Ciudad», or «Marca Territorio» for a province or a region.
  public var brandChapter: String {
    isCity
      ? labels.pick("Marca Ciudad", "City Brand", "Marca Cidade")
      : labels.pick("Marca Territorio", "Territorial Brand", "Marca Território")
  }

  /// «Diagnóstico de la ciudad» («de la provincia»…).
  public var brandDiagnosis: String {
    labels.pick(
      "Diagnóstico de \(placeNoun.es)", "Diagnosis of \(placeNoun.en)", "Diagnóstico \(placeNoun.pt)")
  }

  /// «Visión de la ciudad» («de la provincia»…).
  public var brandVision: String {
    labels.pick("Visión de \(placeNoun.es)", "Vision of \(placeNoun.en)", "Visão \(placeNoun.pt)")
  }

  /// The adjective of the administration: "municipal", "provincial", "regional"…
  var administration: String {
    switch institution.jurisdiction {
    case "provincia": return labels.pick("provincial", "provincial", "provincial")
    case "region": return labels.pick("regional", "regional", "regional")
    case "comunidad_autonoma": return labels.pick("autonómico", "regional", "autonômico")
    case "ciudad_autonoma": return labels.pick("de la ciudad", "city", "da cidade")
    default: return labels.pick("municipal", "municipal", "municipal")
    }
  }

  /// The staff as the document names it: declared, or "personal municipal" ("personal provincial"…).
  public var staff: String {
    if let staffWording { return staffWording }
    switch institution.jurisdiction {
    case "ciudad_autonoma":
      return labels.pick(
        "personal del gobierno de la ciudad", "city government staff", "pessoal do governo da cidade")
    case "comunidad_autonoma":
      return labels.pick(
        "personal de la administración autonómica", "regional government staff",
        "pessoal da administração autonômica")
    case "region":
      return labels.pick(
        "personal de la administración regional", "regional government staff",
        "pessoal da administração regional")
    default:
      return labels.pick("personal \(administration)", "\(administration) staff", "pessoal \(administration)")
    }
  }

  /// "Participación del personal municipal": "del" before the usual nouns of staff, "de" before a
  /// wording that brings its own article ("la plantilla del Ayuntamiento").
  public var staffParticipation: String {
    let first = staff.split(separator: " ").first.map { $0.lowercased() } ?? ""
    let masculine = ["personal", "equipo", "funcionariado", "plantel", "cuerpo", "pessoal", "quadro"]
    return labels.pick(
      masculine.contains(first) ? "Participación del \(staff)" : "Participación de \(staff)",
      "Participation of \(staff)",
      masculine.contains(first) ? "Participação do \(staff)" : "Participação de \(staff)")
  }

  public var citizenParticipation: String {
    guard let citizensWording else {
      return labels.pick("Participación ciudadana", "Citizen participation", "Participação cidadã")
    }
    return labels.pick(
      "Participación de \(citizensWording)", "Participation of \(citizensWording)",
      "Participação de \(citizensWording)")
  }

  /// The method's four groups, the technical one named after the administration.
  public func participantGroup(_ group: String) -> String {
    guard group == "tecnicos" else { return labels.participantGroup(group) }
    switch institution.jurisdiction {
    case "ciudad_autonoma":
      return labels.pick(
        "Equipo técnico del gobierno de la ciudad", "City government technical staff",
        "Equipe técnica do governo da cidade")
    case "provincia", "region", "comunidad_autonoma":
      let feminine = labels.pick(
        "", "", institution.jurisdiction == "comunidad_autonoma" ? "autonômica" : administration)
      return labels.pick(
        "Equipo técnico \(administration)", "\(labels.capitalised(administration)) technical staff",
        "Equipe técnica \(feminine)")
    default: return labels.participantGroup(group)
    }
  }

  /// The document's language tag: the country's variant where the plan declares one (`es-ES` for a
  /// Spanish city), else the usual one (`es-AR`, `en`, `pt-BR`).
  public var languageTag: String {
    switch (labels.language, institution.country) {
    case (.es, "ES"): return "es-ES"
    case (.pt, "PT"): return "pt-PT"
    default: return labels.languageTag
    }
  }

  /// "sin fecha", for a plan that does not say when it was written.
  public var undated: String { labels.pick("sin fecha", "undated", "sem data") }
}

extension InstitutionWords {
  /// The sentence that introduces the partners map, around the city (or the province, the region).
  var partnersMapIntro: String {
    let (es, en, pt) = placeNoun
    return labels.pick(
      "Alrededor de \(es), cada socio según su tipo; el color del punto indica el estado del vínculo. La tabla detalla el instrumento y la norma de cada uno.",
      "Around \(en), each partner by kind; the colour of the dot shows the status of the tie. The table gives each one's instrument and norm.",
      "Ao redor \(pt), cada parceiro segundo seu tipo; a cor do ponto indica a situação do vínculo. A tabela detalha o instrumento e a norma de cada um."
    )
  }
}
