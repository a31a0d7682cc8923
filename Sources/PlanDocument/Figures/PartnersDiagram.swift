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

extension Composer {
  /// The kinds of partner in the order the grammar declares them.
  private static let partnerKinds = ["ciudad", "red", "organismo", "embajada", "gobierno", "institucion"]

  /// The partners map, or `nil` when the plan declares no partner.
  func partnersFigure() -> Figure? {
    guard !plan.partners.isEmpty else { return nil }
    var kinds = Self.partnerKinds
    // A kind the grammar may add later still gets its group, after the known ones.
    for partner in plan.partners where !kinds.contains(partner.kind) { kinds.append(partner.kind) }
    let groups = kinds.compactMap { kind -> PartnersDiagram.Group? in
      let members = plan.partners.filter { $0.kind == kind }
      guard !members.isEmpty else { return nil }
      return PartnersDiagram.Group(
        title: labels.partnerGroup(kind),
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
    statusLabels[.undeclared] = labels.noStatusDeclared
    let diagram = PartnersDiagram(
      city: city.isEmpty ? title : city, groups: groups, legendTitle: labels.tieColumn,
      statusLabels: statusLabels, continuedLabel: labels.continuedShort)
    return Figure(
      caption: labels.partnersCaption(city: city), anchor: "figura-socios", diagram: .partners(diagram))
  }
}
