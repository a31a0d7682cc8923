import PlanModel
import PlanSyntax

/// The partners map (a diagram, not a geographic map): the city in the centre and its external
/// partners around it, grouped by kind, each with the status of its tie.
public struct PartnersDiagram: Sendable {
  /// The status of a tie, in the order the legend lists them.
  public enum Status: String, Sendable, CaseIterable {
    case inForce, negotiating, proposed, expired, suspended, undeclared

    /// The plan's canonical word (`vigente`…); a partner without one is `undeclared`.
    public init(canonical: String?) {
      switch canonical {
      case "vigente": self = .inForce
      case "en_negociacion": self = .negotiating
      case "propuesto": self = .proposed
      case "vencido": self = .expired
      case "suspendido": self = .suspended
      default: self = .undeclared
      }
    }
  }

  public struct Partner: Sendable {
    public var name: String
    public var status: Status
    /// What follows the status on its line: the country, or the level of a government.
    public var detail: String?
    /// The partner's row in the partners table, when the document has it.
    public var link: String?
    public init(name: String, status: Status, detail: String? = nil, link: String? = nil) {
      self.name = name
      self.status = status
      self.detail = detail
      self.link = link
    }
  }

  public struct Group: Sendable {
    public var title: String
    public var partners: [Partner]
    public init(title: String, partners: [Partner]) {
      self.title = title
      self.partners = partners
    }
  }

  public var city: String
  public var groups: [Group]
  /// "Estado del vínculo", before the legend.
  public var legendTitle: String
  /// Each status's word, localized ("vigente", "en negociación"…).
  public var statusLabels: [Status: String]
  /// Marks a group continued in another box ("(cont.)").
  public var continuedLabel: String

  public init(
    city: String, groups: [Group], legendTitle: String, statusLabels: [Status: String], continuedLabel: String
  ) {
    self.city = city
    self.groups = groups
    self.legendTitle = legendTitle
    self.statusLabels = statusLabels
    self.continuedLabel = continuedLabel
  }

  public func label(_ status: Status) -> String { statusLabels[status] ?? status.rawValue }
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

extension Composer {
  /// The kinds of partner in the order the grammar declares them, each with a plural heading.
  private var partnerGroupTitles: [(kind: String, title: String)] {
    [
      ("ciudad", labels.pick("Ciudades", "Cities", "Cidades")),
      ("red", labels.pick("Redes de ciudades", "City networks", "Redes de cidades")),
      (
        "organismo",
        labels.pick("Organismos internacionales", "International organisations", "Organismos internacionais")
      ),
      (
        "embajada",
        labels.pick("Embajadas y consulados", "Embassies and consulates", "Embaixadas e consulados")
      ),
      (
        "gobierno",
        labels.pick(
          "Gobierno provincial y nacional", "Provincial and national government",
          "Governo provincial e nacional")
      ),
      ("institucion", labels.pick("Otras instituciones", "Other institutions", "Outras instituições")),
    ]
  }

  /// The partners map, or `nil` when the plan declares no partner.
  func partnersFigure() -> Figure? {
    guard !plan.partners.isEmpty else { return nil }
    var kinds = partnerGroupTitles
    // A kind the grammar may add later still gets its group, after the known ones.
    for partner in plan.partners where !kinds.contains(where: { $0.kind == partner.kind }) {
      kinds.append((partner.kind, labels.partnerKind(partner.kind)))
    }
    let groups = kinds.compactMap { kind -> PartnersDiagram.Group? in
      let members = plan.partners.filter { $0.kind == kind.kind }
      guard !members.isEmpty else { return nil }
      return PartnersDiagram.Group(
        title: kind.title,
        partners: members.map { partner in
          let anchor = Anchor.partner(partner.id)
          return PartnersDiagram.Partner(
            name: partner.name, status: PartnersDiagram.Status(canonical: partner.status?.value),
            detail: word(Vocabulary.governmentLevel, partner.level) ?? partner.country,
            link: targets.contains(anchor) ? anchor : nil)
        })
    }
    let canonical: [PartnersDiagram.Status: String] = [
      .inForce: "vigente", .negotiating: "en_negociacion", .proposed: "propuesto", .expired: "vencido",
      .suspended: "suspendido",
    ]
    var statusLabels = canonical.mapValues { labels.word(Vocabulary.partnerStatus, $0) }
    statusLabels[.undeclared] = labels.pick(
      "sin estado declarado", "status not declared", "situação não declarada")
    let diagram = PartnersDiagram(
      city: city.isEmpty ? title : city, groups: groups,
      legendTitle: labels.pick("Estado del vínculo", "Status of the tie", "Situação do vínculo"),
      statusLabels: statusLabels, continuedLabel: labels.pick("(cont.)", "(cont.)", "(cont.)"))
    let caption =
      city.isEmpty
      ? labels.pick(
        "Mapa de socios: cada socio según su tipo, con el estado del vínculo",
        "Partners map: each partner by kind, with the status of the tie",
        "Mapa de parceiros: cada parceiro segundo seu tipo, com a situação do vínculo")
      : labels.pick(
        "Mapa de socios de \(city): cada socio según su tipo, con el estado del vínculo",
        "Partners map of \(city): each partner by kind, with the status of the tie",
        "Mapa de parceiros de \(city): cada parceiro segundo seu tipo, com a situação do vínculo")
    return Figure(caption: caption, anchor: "figura-socios", diagram: .partners(diagram))
  }
}
