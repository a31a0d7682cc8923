import PlanDiagnostics
import PlanModel

/// The fixed words of the bill that submits the plan (`plan ordenanza`), in the document's three
/// languages, following the plan's institution: an ordinance for a Concejo, a law for a
/// Legislatura or a Parlamento, a «propuesta de acuerdo al Pleno» for a Spanish Ayuntamiento. The
/// body's name, the place's noun and the administration's adjective are `InstitutionWords`'.
public struct BillWords: Sendable {
  /// The instrument that approves the plan, which sets the heading, the sanction formula and the
  /// articles' numbering.
  public enum Instrument: Sendable, Equatable {
    /// An ordinance of a Concejo Deliberante or Concejo Municipal.
    case ordinance
    /// A law of a Legislatura or a Parlamento.
    case law
    /// A resolution of an Asamblea.
    case resolution
    /// An «acuerdo del Pleno» of a Spanish Ayuntamiento: «PRIMERO.-», «SEGUNDO.-».
    case plenaryAgreement
  }

  public let words: InstitutionWords
  public let instrument: Instrument
  /// «º» or «°» after an article's number.
  public let ordinal: String
  /// The city or province the plan is for ("Villa Aurora").
  public let place: String

  var labels: Labels { words.labels }

  public init(_ plan: Plan) {
    words = InstitutionWords(plan)
    let institution = plan.institution
    switch (plan.approval?.instrument, institution.approvingBody) {
    case ("acuerdo", _): instrument = .plenaryAgreement
    case ("ley", _): instrument = .law
    case ("resolucion", _): instrument = .resolution
    case ("ordenanza", _): instrument = .ordinance
    case (_, "pleno"): instrument = institution.country == "ES" ? .plenaryAgreement : .ordinance
    case (_, "legislatura"), (_, "parlamento"): instrument = .law
    case (_, "asamblea"): instrument = .resolution
    default: instrument = .ordinance
    }
    ordinal = plan.bill?.ordinal ?? "º"
    place = plan.metadata.city?.value ?? plan.metadata.province?.value ?? ""
  }

  func pick(_ es: String, _ en: String, _ pt: String) -> String { labels.pick(es, en, pt) }

  /// The commission's name when the plan declares a commission without one.
  var monitoringCommission: String {
    pick("Comisión de Seguimiento", "Monitoring Commission", "Comissão de Acompanhamento")
  }
  /// The first words of an office's name that take «la» or «el» in Spanish («la Dirección de…»,
  /// «el Departamento de…»); the other languages name an office without an article.
  static let feminineOffices: Set = [
    "Dirección", "Secretaría", "Subsecretaría", "Oficina", "Coordinación", "Agencia", "Comisión", "Unidad",
    "Gerencia", "Jefatura", "Concejalía", "Delegación", "Mesa", "Fundación", "Asesoría", "Municipalidad",
    "Intendencia", "Alcaldía", "Diputación", "Provincia", "Junta",
  ]
  static let masculineOffices: Set = [
    "Departamento", "Instituto", "Consejo", "Gabinete", "Servicio", "Ente", "Observatorio", "Área",
    "Ayuntamiento", "Gobierno", "Cabildo",
  ]

  /// Upper case as a heading prints it («Río» → «RÍO»).
  static func capitals(_ text: String) -> String { text.uppercased() }

  // MARK: - Headings

  /// "PROYECTO DE ORDENANZA", "PROPUESTA DE ACUERDO AL PLENO", "PROYECTO DE LEY".
  public var billHeading: String {
    switch instrument {
    case .ordinance: return pick("PROYECTO DE ORDENANZA", "DRAFT ORDINANCE", "PROJETO DE LEI MUNICIPAL")
    case .law: return pick("PROYECTO DE LEY", "BILL", "PROJETO DE LEI")
    case .resolution: return pick("PROYECTO DE RESOLUCIÓN", "DRAFT RESOLUTION", "PROJETO DE RESOLUÇÃO")
    case .plenaryAgreement:
      return pick(
        "PROPUESTA DE ACUERDO AL PLENO", "MOTION TO THE FULL COUNCIL", "PROPOSTA DE DELIBERAÇÃO AO PLENÁRIO")
    }
  }

  /// "ORDENANZA N.º 2.318/2026" (without a number: "ORDENANZA").
  public func sanctionedHeading(_ number: String?) -> String {
    let noun: String
    switch instrument {
    case .ordinance: noun = pick("ORDENANZA", "ORDINANCE", "LEI MUNICIPAL")
    case .law: noun = pick("LEY", "LAW", "LEI")
    case .resolution: noun = pick("RESOLUCIÓN", "RESOLUTION", "RESOLUÇÃO")
    case .plenaryAgreement:
      noun = pick("ACUERDO DEL PLENO", "RESOLUTION OF THE FULL COUNCIL", "DELIBERAÇÃO DO PLENÁRIO")
    }
    guard let number, !number.isEmpty else { return noun }
    return noun + pick(" N.º ", " No. ", " N.º ") + number
  }

  /// The running head's name of the text: "Proyecto de ordenanza", "Ordenanza N.º 2.318/2026".
  public func runningName(sanctioned: Bool, number: String?) -> String {
    let name: String
    switch (instrument, sanctioned) {
    case (.ordinance, false):
      return pick("Proyecto de ordenanza", "Draft ordinance", "Projeto de lei municipal")
    case (.law, false): return pick("Proyecto de ley", "Bill", "Projeto de lei")
    case (.resolution, false):
      return pick("Proyecto de resolución", "Draft resolution", "Projeto de resolução")
    case (.plenaryAgreement, false):
      return pick(
        "Propuesta de acuerdo al Pleno", "Motion to the full council", "Proposta de deliberação ao Plenário")
    case (.ordinance, true): name = pick("Ordenanza", "Ordinance", "Lei municipal")
    case (.law, true): name = pick("Ley", "Law", "Lei")
    case (.resolution, true): name = pick("Resolución", "Resolution", "Resolução")
    case (.plenaryAgreement, true):
      name = pick("Acuerdo del Pleno", "Resolution of the full council", "Deliberação do Plenário")
    }
    guard let number, !number.isEmpty else { return name }
    return name + pick(" N.º ", " No. ", " N.º ") + number
  }

  public var seenHeading: String { pick("VISTO:", "HAVING SEEN:", "VISTO:") }
  public var whereasHeading: String { pick("CONSIDERANDO:", "WHEREAS:", "CONSIDERANDO:") }
  /// «Que», the word every Considerando starts with.
  public var that: String { pick("Que", "That", "Que") }

  // MARK: - The executive and the body

  /// Who sends the bill: "el Departamento Ejecutivo Municipal", "la Alcaldía", "el Poder Ejecutivo".
  public var executive: String {
    switch (instrument, words.institution.jurisdiction) {
    case (.plenaryAgreement, _): return pick("la Alcaldía", "the Mayor's Office", "a Presidência da Câmara")
    case (_, "region") where spanish, (_, "comunidad_autonoma") where spanish, (_, "provincia") where spanish:
      return pick("el Gobierno de \(place)", "the Government of \(place)", "o Governo de \(place)")
    case (_, "provincia"), (_, "region"), (_, "comunidad_autonoma"):
      return pick("el Poder Ejecutivo", "the Executive", "o Poder Executivo")
    default:
      return pick("el Departamento Ejecutivo Municipal", "the Mayor's Office", "o Poder Executivo Municipal")
    }
  }

  /// A Spanish institution (country ES): its regional laws are the Gobierno's bills to the
  /// Parlamento or Cortes, with no sanction formula of their own.
  var spanish: Bool { words.institution.country == "ES" }

  /// "la ciudad de Villa Aurora", "la provincia de Entre Ríos".
  public var placeWithNoun: String {
    let noun = words.placeNoun
    return pick("\(noun.es) de \(place)", "\(noun.en) of \(place)", "\(noun.pt) de \(place)")
  }

  /// The sanction formula before the articles.
  public var sanctionFormula: String {
    let body = Self.capitals(words.body.name)
    let of = Self.capitals(placeWithNoun)
    let the = words.body.feminine ? "LA" : "EL"
    switch instrument {
    case .ordinance:
      return pick(
        "POR ELLO, \(the) \(body) DE \(of) SANCIONA LA SIGUIENTE ORDENANZA:",
        "NOW, THEREFORE, THE \(body) OF \(of) ENACTS THE FOLLOWING ORDINANCE:",
        "POR ISSO, \(words.body.feminine ? "A" : "O") \(body) \(of) APROVA A SEGUINTE LEI:")
    case .law where spanish:
      return pick(
        "Por todo lo expuesto, \(executive) remite \(words.toBody) el siguiente PROYECTO DE LEY:",
        "In view of the above, \(executive) submits \(words.toBody) the following BILL:",
        "Pelo exposto, \(executive) remete \(words.toBody) o seguinte PROJETO DE LEI:")
    case .law:
      let named = words.body.name.contains(place) ? body : "\(body) DE \(of)"
      return pick(
        "POR ELLO, \(the) \(named) SANCIONA CON FUERZA DE LEY:",
        "NOW, THEREFORE, THE \(body) ENACTS THE FOLLOWING LAW:",
        "POR ISSO, \(words.body.feminine ? "A" : "O") \(body) DECRETA A SEGUINTE LEI:")
    case .resolution:
      return pick(
        "POR ELLO, \(the) \(body) DE \(of) RESUELVE:", "NOW, THEREFORE, THE \(body) RESOLVES:",
        "POR ISSO, \(words.body.feminine ? "A" : "O") \(body) RESOLVE:")
    case .plenaryAgreement:
      return pick(
        "Por todo lo expuesto, la Alcaldía propone al \(words.body.name) de \(place) la adopción del siguiente ACUERDO:",
        "In view of the above, the Mayor's Office moves that the \(words.body.name) of \(place) adopt the following RESOLUTION:",
        "Pelo exposto, a Presidência da Câmara propõe ao \(words.body.name) de \(place) a adoção da seguinte DELIBERAÇÃO:"
      )
    }
  }
  // MARK: - Cover note and closing

  var noteAddressee: [String] {
    if agreement {
      return [
        pick(
          "Al \(words.body.name) de \(place)", "To the \(words.body.name) of \(place)",
          "Ao \(words.body.name) de \(place)")
      ]
    }
    let body = words.body
    return [
      pick(
        body.feminine ? "A la Presidencia de la \(body.name)" : "A la Presidencia del \(body.name)",
        "To the Chair of the \(body.name)", "À Presidência \(body.feminine ? "da" : "do") \(body.name)"),
      body.name.contains(place)
        ? "" : pick("de \(placeWithNoun)", "of \(placeWithNoun)", "de \(placeWithNoun)"),
      spanish ? "" : pick("S / D", "", "Nesta"),
    ].filter { !$0.isEmpty }
  }

  func noteBody(title: String, horizon: String?) -> [String] {
    let period =
      horizon.map { pick(", con horizonte \($0)", ", covering \($0)", ", com horizonte \($0)") } ?? ""
    let instrumentName: String
    switch instrument {
    case .ordinance:
      instrumentName = pick("proyecto de ordenanza", "draft ordinance", "projeto de lei municipal")
    case .law: instrumentName = pick("proyecto de ley", "bill", "projeto de lei")
    case .resolution:
      instrumentName = pick("proyecto de resolución", "draft resolution", "projeto de resolução")
    case .plenaryAgreement: instrumentName = pick("propuesta de acuerdo", "motion", "proposta de deliberação")
    }
    let body = words.body
    let thatBody = pick(
      body.feminine ? "esa \(body.name)" : "ese \(body.name)", "the \(body.name)",
      body.feminine ? "essa \(body.name)" : "esse \(body.name)")
    return [
      pick(
        "Tengo el agrado de dirigirme a \(thatBody) con el objeto de elevar a su consideración el \(instrumentName) adjunto, por el que se aprueba el plan «\(title)»\(period).",
        "I have the honour to submit to \(thatBody), for its consideration, the attached \(instrumentName) approving the plan «\(title)»\(period).",
        "Tenho a satisfação de dirigir-me a \(thatBody) para submeter à sua consideração o \(instrumentName) anexo, que aprova o plano «\(title)»\(period)."
      ),
      pick(
        "Los fundamentos del plan, la participación que tuvo su formulación y los compromisos que asume constan en los considerandos del \(instrumentName) y en el texto del plan, que se acompaña como Anexo I.",
        "The grounds of the plan, the participation in its drafting and the commitments it makes are set out in the recitals of the \(instrumentName) and in the text of the plan, attached as Annex I.",
        "Os fundamentos do plano, a participação em sua formulação e os compromissos que assume constam dos considerandos do \(instrumentName) e do texto do plano, que se anexa como Anexo I."
      ),
      pick(
        "Sin otro particular, saludo a \(thatBody) con la más distinguida consideración.",
        "Yours faithfully,",
        "Sem mais, saúdo \(thatBody) com a mais distinta consideração."),
    ]
  }

  /// "Villa Aurora, 22 de mayo de 2026."
  func placeAndDate(_ date: String) -> String { place.isEmpty ? "\(date)." : "\(place), \(date)." }

  /// "Dada en la Sala de Sesiones del Honorable Concejo Deliberante de Villa Aurora, el 14 de mayo de 2026."
  func givenIn(_ date: String?) -> String {
    let body = words.body
    let when = date.map { pick(", el \($0)", ", on \($0)", ", em \($0)") } ?? ""
    if agreement {
      return pick(
        "Acordado por el \(body.name) de \(place) en sesión\(when).",
        "Adopted by the \(body.name) of \(place) in session\(when).",
        "Deliberado pelo \(body.name) de \(place) em sessão\(when).")
    }
    return pick(
      "Dada en la Sala de Sesiones \(body.feminine ? "de la" : "del") \(body.name) de \(place)\(when).",
      "Given in the session hall of the \(body.name) of \(place)\(when).",
      "Dada na Sala de Sessões \(body.feminine ? "da" : "do") \(body.name) de \(place)\(when).")
  }

  func promulgated(_ date: String) -> String {
    pick("Promulgada el \(date).", "Promulgated on \(date).", "Promulgada em \(date).")
  }

  func published(_ where: String, date: String?) -> String {
    let when = date.map { pick(", el \($0)", ", on \($0)", ", em \($0)") } ?? ""
    return pick(
      agreement ? "Publicado en \(`where`)\(when)." : "Publicada en \(`where`)\(when).",
      "Published in \(`where`)\(when).",
      agreement ? "Publicada em \(`where`)\(when)." : "Publicada em \(`where`)\(when).")
  }

  func fileNumber(_ file: String) -> String { file }

  /// The annex's title: "ANEXO I".
  public var annexHeading: String { pick("ANEXO I", "ANNEX I", "ANEXO I") }
  /// The label prefix of the annex's pages: "Anexo I-".
  public var annexPagePrefix: String { pick("Anexo I-", "Annex I-", "Anexo I-") }
  /// The annex's running head: "Anexo I — <title>".
  public func annexRunningTitle(_ title: String) -> String {
    pick("Anexo I — \(title)", "Annex I — \(title)", "Anexo I — \(title)")
  }

  /// "a la Dirección…", "al Consejo…", "a Mariela Ferreyra": Spanish «a» before a name that may
  /// bring its article.
  static func to(_ name: String) -> String {
    name.hasPrefix("el ") ? "al " + name.dropFirst(3) : "a " + name
  }

  /// "a, b y c".
  static func series(_ items: [String], and: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
  }
}
