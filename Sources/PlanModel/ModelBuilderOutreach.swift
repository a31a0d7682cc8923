import PlanDiagnostics
import PlanSyntax

/// Communication, participation, the city brand, monitoring, approval and the review settings.
extension ModelBuilder {
  mutating func readCommunication(_ node: BoundNode) {
    var channels: [Channel] = []
    for child in node.children
    where child.key == "comunicacion.interna" || child.key == "comunicacion.externa" {
      guard let id = identifier(child) else { continue }
      declare(id, .channel, child)
      channels.append(
        Channel(
          isInternal: child.key == "comunicacion.interna", id: id, name: text(child, 1) ?? id,
          medium: childText(child, "canal"), audience: childText(child, "publico_objetivo"),
          frequency: childChoice(child, "frecuencia"), range: child.range))
    }
    plan.communication = Communication(
      channels: channels, publication: node.child("comunicacion.publicacion").flatMap { located($0) },
      range: node.range)
  }

  mutating func readParticipation(_ node: BoundNode) {
    var events: [ParticipationEvent] = []
    for child in node.children {
      guard let id = identifier(child) else { continue }
      declare(id, .event, child)
      var attendees: Int?
      if let member = child.child("asistentes"), case .integer(let count) = member.values.first {
        attendees = count
      }
      events.append(
        ParticipationEvent(
          staff: child.key == "participacion.personal", id: id, name: text(child, 1) ?? id,
          date: childDate(child, "fecha"), method: childText(child, "metodo"), attendees: attendees,
          frequency: childChoice(child, "frecuencia"), range: child.range))
    }
    plan.participation = Participation(events: events, range: node.range)
  }

  mutating func readBrand(_ node: BoundNode) {
    let palette = (node.child("marca_ciudad.paleta")?.children("marca_ciudad.paleta.color") ?? []).compactMap
    {
      colour -> PaletteColour? in
      guard let role = choice(colour), colour.values.count > 1, case .colour(let hex) = colour.values[1]
      else { return nil }
      return PaletteColour(role: role, hex: hex, name: text(colour, 2), range: colour.range)
    }
    let typography = node.child("marca_ciudad.tipografia")
    plan.brand = Brand(
      name: text(node) ?? "", diagnosis: childText(node, "marca_ciudad.diagnostico"),
      stakeholders: node.children("marca_ciudad.grupo_de_interes").compactMap { child in
        text(child).map { ($0, childChoice(child, "marca_ciudad.grupo_de_interes.tipo")) }
      },
      vision: childText(node, "marca_ciudad.vision"), identity: childText(node, "marca_ciudad.identidad"),
      attributes: childTexts(node, "marca_ciudad.atributo"),
      arguments: childTexts(node, "marca_ciudad.argumento"),
      emotionalValues: childTexts(node, "marca_ciudad.valor_emocional"),
      rationalValues: childTexts(node, "marca_ciudad.valor_racional"),
      communicationPlan: childText(node, "marca_ciudad.plan_comunicacion"),
      territorialMarketing: childText(node, "marca_ciudad.marketing_territorial"),
      symbols: childTexts(node, "marca_ciudad.simbolo"), slogan: childText(node, "marca_ciudad.eslogan"),
      audiences: node.children("marca_ciudad.publico").compactMap { child in
        text(child).map { ($0, childChoice(child, "marca_ciudad.publico.tipo")) }
      },
      palette: palette, headingFont: typography.flatMap { childText($0, "marca_ciudad.tipografia.titulos") },
      bodyFont: typography.flatMap { childText($0, "marca_ciudad.tipografia.cuerpo") }, range: node.range)
  }

  mutating func readMonitoring(_ node: BoundNode) {
    var reports: [Report] = []
    for child in node.children
    where child.key == "seguimiento.informe" || child.key == "seguimiento.audiencia_publica" {
      guard let id = identifier(child) else { continue }
      declare(id, .report, child)
      reports.append(
        Report(
          publicHearing: child.key == "seguimiento.audiencia_publica", id: id, name: text(child, 1) ?? id,
          frequency: childChoice(child, "frecuencia"), date: childDate(child, "fecha"),
          recipient: childText(child, "destinatario"),
          owner: ref(
            child, "responsable", [.participant],
            Localized(
              es: "el responsable del informe", en: "the report's owner", pt: "o responsável pelo relatório")),
          range: child.range))
    }
    plan.monitoring = Monitoring(
      reports: reports, dashboard: childText(node, "seguimiento.tablero"),
      owner: ref(
        node, "responsable", [.participant],
        Localized(
          es: "el responsable del seguimiento", en: "who owns monitoring",
          pt: "o responsável pelo monitoramento")),
      range: node.range)
  }

  mutating func readApproval(_ node: BoundNode) {
    let publication = node.child("aprobacion.publicacion")
    plan.approval = Approval(
      instrument: childChoice(node, "aprobacion.instrumento"), number: childText(node, "aprobacion.numero"),
      fileNumber: childText(node, "aprobacion.expediente"), enacted: childDate(node, "aprobacion.sancion"),
      promulgated: childDate(node, "aprobacion.promulgacion"), publication: publication.flatMap { text($0) },
      publicationDate: publication.flatMap { childDate($0, "fecha") },
      signatories: node.children("aprobacion.firmante").compactMap { signer in
        text(signer).map { Person(name: $0, role: childText(signer, "cargo"), range: signer.range) }
      }, range: node.range)
  }

  mutating func readReview(_ node: BoundNode) {
    for limit in node.children("revision.limite") {
      guard case .name(let name) = limit.values.first, limit.values.count > 1,
        case .integer(let value) = limit.values[1]
      else { continue }
      plan.review.limits[name] = Located(value, limit.valueRanges[0])
    }
    for severity in node.children("revision.severidad") {
      guard case .name(let rule) = severity.values.first, let level = choice(severity, 1) else { continue }
      plan.review.severities[rule.uppercased()] = Located(level, severity.valueRanges[0])
    }
    readThresholds(node)
  }
}
