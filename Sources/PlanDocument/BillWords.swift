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

  // MARK: - Articles

  /// "ARTÍCULO 1º.-", or in a Spanish acuerdo "PRIMERO.-".
  public func articleLabel(_ number: Int) -> String {
    if instrument == .plenaryAgreement && labels.language == .es {
      let words = [
        "PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO", "SÉPTIMO", "OCTAVO", "NOVENO", "DÉCIMO",
        "UNDÉCIMO", "DUODÉCIMO", "DECIMOTERCERO", "DECIMOCUARTO", "DECIMOQUINTO", "DECIMOSEXTO",
        "DECIMOSÉPTIMO", "DECIMOCTAVO", "DECIMONOVENO", "VIGÉSIMO",
      ]
      return (number <= words.count ? words[number - 1] : "\(number)\(ordinal)") + ".-"
    }
    return pick("ARTÍCULO \(number)\(ordinal).-", "ARTICLE \(number).-", "ARTIGO \(number)\(ordinal).-")
  }

  var agreement: Bool { instrument == .plenaryAgreement }

  /// Article 1: the plan, approved as Anexo I.
  func approveArticle(title: String) -> String {
    agreement
      ? pick(
        "Aprobar el plan «\(title)», que como Anexo I forma parte integrante del presente acuerdo.",
        "To approve the plan «\(title)», attached as Annex I, which forms an integral part of this resolution.",
        "Aprovar o plano «\(title)», que como Anexo I faz parte integrante da presente deliberação.")
      : pick(
        "APRUÉBASE el plan «\(title)», que como Anexo I forma parte integrante de la presente.",
        "The plan «\(title)», attached as Annex I, which forms an integral part hereof, is hereby approved.",
        "Fica aprovado o plano «\(title)», que como Anexo I faz parte integrante da presente.")
  }

  /// Article 2: who applies the plan.
  func authorityArticle(_ who: String) -> String {
    agreement
      ? pick(
        "Encomendar \(Self.to(who)) la ejecución y el seguimiento del Plan.",
        "To entrust \(who) with carrying out and monitoring the Plan.",
        "Atribuir a \(who) a execução e o monitoramento do Plano.")
      : pick(
        "DESÍGNASE \(Self.to(who)) como autoridad de aplicación del Plan aprobado por el artículo 1\(ordinal).",
        "\(who) is hereby designated as the authority in charge of the Plan approved by article 1.",
        "Fica designado(a) \(who) como autoridade de aplicação do Plano aprovado pelo artigo 1\(ordinal).")
  }

  /// Article 3: the commission that follows the plan.
  /// - Parameter name: the commission's name, with its article in Spanish ("el Consejo…").
  func commissionArticle(_ name: String?, chair: String?, meetings: String?) -> String {
    guard let name else {
      return agreement
        ? pick(
          "Crear una comisión de seguimiento del Plan con representantes de los cuatro grupos que participaron en su formulación.",
          "To set up a monitoring commission for the Plan with representatives of the four groups that took part in drafting it.",
          "Criar uma comissão de acompanhamento do Plano com representantes dos quatro grupos que participaram de sua formulação."
        )
        : pick(
          "CRÉASE una comisión de seguimiento del Plan, integrada por representantes de los cuatro grupos que participaron en su formulación.",
          "A monitoring commission for the Plan is hereby created, made up of representatives of the four groups that took part in drafting it.",
          "Fica criada uma comissão de acompanhamento do Plano, integrada por representantes dos quatro grupos que participaram de sua formulação."
        )
    }
    let masculine = name.hasPrefix("el ")
    let chaired =
      chair.map {
        pick(
          masculine ? ", presidido por \($0)," : ", presidida por \($0),", ", chaired by \($0),",
          ", presidida por \($0),")
      } ?? ""
    let meets =
      meetings.map {
        pick(
          ", que se reunirá con frecuencia \($0)", ", which will meet \($0)",
          ", que se reunirá com frequência \($0)")
      } ?? ""
    return agreement
      ? pick(
        "Constituir \(name)\(chaired) como órgano de coordinación y seguimiento del Plan\(meets).",
        "To constitute the \(name)\(chaired) as the body that coordinates and monitors the Plan\(meets).",
        "Constituir a \(name)\(chaired) como órgão de coordenação e acompanhamento do Plano\(meets).")
      : pick(
        "RECONÓCESE \(Self.to(name))\(chaired) como órgano de coordinación y seguimiento del Plan\(meets).",
        "The \(name)\(chaired) is hereby recognised as the body that coordinates and monitors the Plan\(meets).",
        "Fica reconhecida a \(name)\(chaired) como órgão de coordenação e acompanhamento do Plano\(meets).")
  }

  /// Article 4: the yearly report to the body, and the public hearing.
  func reportArticle(firstDate: String?, hearing: Bool) -> String {
    let first =
      firstDate.map { pick(", el primero antes del \($0)", ", the first by \($0)", ", o primeiro até \($0)") }
      ?? ""
    let hearingText =
      hearing
      ? pick(
        " Cada informe se presentará también en audiencia pública de rendición de cuentas.",
        " Each report will also be presented at a public accountability hearing.",
        " Cada relatório será apresentado também em audiência pública de prestação de contas.") : ""
    return agreement
      ? pick(
        "Dar cuenta al \(words.body.name) de la ejecución del Plan mediante un informe anual de avance\(first).\(hearingText)",
        "To report to the \(words.body.name) on the Plan's progress once a year\(first).\(hearingText)",
        "Prestar contas ao \(words.body.name) da execução do Plano mediante um relatório anual de progresso\(first).\(hearingText)"
      )
      : pick(
        "La autoridad de aplicación elevará \(words.toBody) un informe anual de avance del Plan, con sus indicadores y su ejecución presupuestaria\(first).\(hearingText)",
        "The authority in charge shall submit \(words.toBody) a yearly progress report on the Plan, with its indicators and budget execution\(first).\(hearingText)",
        "A autoridade de aplicação enviará \(words.toBody) um relatório anual de progresso do Plano, com seus indicadores e sua execução orçamentária\(first).\(hearingText)"
      )
  }

  /// Article 5: the budget charge.
  func budgetArticle() -> String {
    let administration = words.administration
    return agreement
      ? pick(
        "Los gastos que requiera la ejecución del Plan se atenderán con cargo a las aplicaciones del presupuesto \(administration) de cada ejercicio.",
        "The expenditure the Plan requires will be charged to the appropriations of each year's \(administration) budget.",
        "As despesas que a execução do Plano exigir correrão por conta das dotações do orçamento \(administration) de cada exercício."
      )
      : pick(
        "Los gastos que demande el cumplimiento de la presente se imputarán a las partidas del presupuesto \(administration) que correspondan en cada ejercicio.",
        "The expenditure arising hereunder shall be charged to the appropriate items of each year's \(administration) budget.",
        "As despesas decorrentes da presente correrão por conta das dotações do orçamento \(administration) de cada exercício."
      )
  }

  /// The closing article.
  var closingArticle: String {
    switch instrument {
    case .plenaryAgreement:
      return pick(
        "Publicar el presente acuerdo en el boletín oficial de la provincia y en la sede electrónica del Ayuntamiento.",
        "To publish this resolution in the official gazette and on the City Council's website.",
        "Publicar a presente deliberação no diário oficial e no portal da Câmara Municipal.")
    case .law where spanish:
      return pick(
        "La presente ley entrará en vigor el día siguiente al de su publicación en el boletín oficial.",
        "This law shall enter into force on the day after its publication in the official gazette.",
        "A presente lei entra em vigor no dia seguinte ao de sua publicação no diário oficial.")
    case .law:
      return pick(
        "Comuníquese al Poder Ejecutivo.", "Let it be communicated to the Executive.",
        "Comunique-se ao Poder Executivo.")
    case .ordinance, .resolution:
      return pick(
        "Comuníquese, publíquese, regístrese y archívese.",
        "Let it be communicated, published, recorded and filed.",
        "Comunique-se, publique-se, registre-se e arquive-se.")
    }
  }

  // MARK: - Visto and Considerando

  /// The default Visto: the plan and the executive that submits it.
  func seen(title: String, body: String?, horizon: String?) -> String {
    let by = body.map { pick(", elaborado por \($0)", ", prepared by \($0)", ", elaborado por \($0)") } ?? ""
    let period = horizon.map { pick(" para el período \($0)", " for \($0)", " para o período \($0)") } ?? ""
    return pick(
      "El plan «\(title)»\(by)\(period), que \(executive) eleva para su aprobación; y",
      "The plan «\(title)»\(by)\(period), which \(executive) submits for approval; and",
      "O plano «\(title)»\(by)\(period), que \(executive) envia para aprovação; e")
  }

  func methodWhereas(verified: Int, total: Int, advisory: Int, notMet: Int) -> String {
    var detail =
      verified == 1
      ? pick(
        "1 de ellas se verifica en su texto", "1 of them is verified in its text",
        "1 delas é verificada em seu texto")
      : pick(
        "\(verified) de ellas se verifican en su texto", "\(verified) of them are verified in its text",
        "\(verified) delas são verificadas em seu texto")
    if advisory > 0 {
      detail += pick(
        ", \(advisory) requieren el juicio de este Cuerpo", ", \(advisory) call for this body's judgement",
        ", \(advisory) exigem o juízo deste órgão")
    }
    if notMet > 0 {
      detail += pick(
        " y \(notMet) quedan pendientes de completar", " and \(notMet) remain to be completed",
        " e \(notMet) ainda devem ser completadas")
    }
    return pick(
      "el plan se formuló según el método de planificación estratégica de la internacionalización de ciudades, cuyas \(total) pautas fueron revisadas una por una: \(detail);",
      "the plan was drawn up following the method for the strategic planning of city internationalisation, whose \(total) guidelines were checked one by one: \(detail);",
      "o plano foi formulado segundo o método de planejamento estratégico da internacionalização de cidades, cujas \(total) diretrizes foram revisadas uma a uma: \(detail);"
    )
  }

  func participationWhereas(total: Int, groups: [String], attendees: String, events: Int) -> String {
    let list = Self.series(groups, and: pick("y", "and", "e"))
    var text =
      total == 1
      ? pick(
        "en su formulación participó una sola persona o institución: \(list)",
        "a single person or institution took part in drafting it: \(list)",
        "participou de sua formulação uma única pessoa ou instituição: \(list)")
      : pick(
        "en su formulación participaron \(total) personas e instituciones: \(list)",
        "\(total) people and institutions took part in drafting it: \(list)",
        "participaram de sua formulação \(total) pessoas e instituições: \(list)")
    if events > 0 {
      text += pick(
        "; y \(attendees) asistentes en \(events) instancias de participación",
        "; and \(attendees) attendees at \(events) participation events",
        "; e \(attendees) participantes em \(events) instâncias de participação")
    }
    return text + ";"
  }

  /// "3 de liderazgo político".
  func groupCount(_ count: Int, _ group: String) -> String {
    pick(
      "\(count) de \(group.lowercased())", "\(count) from \(group.lowercased())",
      "\(count) de \(group.lowercased())")
  }

  func diagnosisWhereas(
    strengths: Int, weaknesses: Int, opportunities: Int, threats: Int, axes: Int, objectives: Int,
    actions: Int
  ) -> String {
    pick(
      "el diagnóstico identificó \(strengths) fortalezas, \(weaknesses) debilidades, \(opportunities) oportunidades y \(threats) amenazas, a las que el plan responde con \(objectives) objetivos y \(actions) acciones en \(axes) ejes;",
      "the diagnosis identified \(strengths) strengths, \(weaknesses) weaknesses, \(opportunities) opportunities and \(threats) threats, which the plan answers with \(objectives) objectives and \(actions) actions in \(axes) axes;",
      "o diagnóstico identificou \(strengths) forças, \(weaknesses) fraquezas, \(opportunities) oportunidades e \(threats) ameaças, às quais o plano responde com \(objectives) objetivos e \(actions) ações em \(axes) eixos;"
    )
  }

  func budgetWhereas(actions: String, own: String?) -> String {
    let ownText =
      own.map {
        pick(
          ", y un presupuesto propio del plan de \($0)", ", and a budget of its own of \($0)",
          ", e um orçamento próprio do plano de \($0)")
      } ?? ""
    guard !actions.isEmpty else {
      return pick(
        "el plan no compromete gastos propios en sus acciones\(ownText);",
        "the plan commits no expenditure of its own in its actions\(ownText);",
        "o plano não compromete despesas próprias em suas ações\(ownText);")
    }
    return pick(
      "sus acciones comprometen un presupuesto total de \(actions)\(ownText);",
      "its actions commit a total budget of \(actions)\(ownText);",
      "suas ações comprometem um orçamento total de \(actions)\(ownText);")
  }

  func monitoringWhereas(reports: [String], hearing: Bool) -> String {
    var items = reports.map { "«\($0)»" }
    if hearing {
      items.append(
        pick(
          "una audiencia pública de rendición de cuentas", "a public accountability hearing",
          "uma audiência pública de prestação de contas"))
    }
    let list = Self.series(items, and: pick("y", "and", "e"))
    guard !items.isEmpty else {
      return pick(
        "el plan prevé su seguimiento y evaluación;", "the plan provides for its monitoring and evaluation;",
        "o plano prevê seu monitoramento e avaliação;")
    }
    return pick(
      "el plan prevé su seguimiento mediante \(list);",
      "the plan provides for its monitoring through \(list);",
      "o plano prevê seu monitoramento mediante \(list);")
  }

  var continuityWhereas: String {
    pick(
      "la aprobación \(words.byBody) da al plan la continuidad que sus objetivos requieren más allá de una gestión de gobierno;",
      "approval \(words.byBody) gives the plan the continuity its objectives need beyond one term of office;",
      "a aprovação \(words.byBody) dá ao plano a continuidade que seus objetivos exigem além de uma gestão;")
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

  /// The cover note's title in the outline and the running head.
  var noteTitle: String { pick("Nota de elevación", "Cover note", "Ofício de encaminhamento") }

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
