import PlanDiagnostics
import PlanModel

/// The bill's articles, and the Visto and Considerando drawn from the plan.
extension BillWords {
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
}
