import PlanModel
import PlanSyntax

/// The commission among the method's four groups of participants: the commission in the centre
/// with its chair, and around it one box per group listing its participants, those who sit on the
/// commission marked. It shows at a glance whether the commission draws on all four groups
/// (guideline 3) and which group has nobody.
public struct CommissionDiagram: Sendable {
  public struct Member: Sendable {
    public var id: String
    public var name: String
    public var isCommissionMember: Bool
    public var isChair: Bool
    public init(id: String, name: String, isCommissionMember: Bool, isChair: Bool = false) {
      self.id = id
      self.name = name
      self.isCommissionMember = isCommissionMember
      self.isChair = isChair
    }
  }

  /// One of the four groups (liderazgo, técnicos, sociedad civil, sociedad política).
  public struct Group: Sendable {
    public var title: String
    public var members: [Member]
    public init(title: String, members: [Member]) {
      self.title = title
      self.members = members
    }
  }

  /// The commission's name, or, when the plan has none, what the centre says instead.
  public var title: String
  public var hasCommission: Bool
  /// "Preside" and the chair's name (`nil`: no chair declared).
  public var chairLabel: String
  public var chair: String?
  /// Short facts under the name ("13 integrantes", "Reuniones: bimestral").
  public var details: [String]
  /// Commission members that are not declared participants (shown in the centre after their
  /// label, so that no member is left out).
  public var otherMembersLabel: String
  public var otherMembers: [String]
  /// The four groups in the method's order: top left, top right, bottom left, bottom right.
  public var groups: [Group]
  /// After the chair's name in its group ("preside"), what an empty group says, and the legend.
  public var chairMark: String
  public var emptyGroupLabel: String
  public var memberLegend: String
  public var participantLegend: String

  public init(
    title: String, hasCommission: Bool, chairLabel: String, chair: String?, details: [String],
    otherMembersLabel: String, otherMembers: [String], groups: [Group], chairMark: String,
    emptyGroupLabel: String,
    memberLegend: String, participantLegend: String
  ) {
    self.title = title
    self.hasCommission = hasCommission
    self.chairLabel = chairLabel
    self.chair = chair
    self.details = details
    self.otherMembersLabel = otherMembersLabel
    self.otherMembers = otherMembers
    self.groups = groups
    self.chairMark = chairMark
    self.emptyGroupLabel = emptyGroupLabel
    self.memberLegend = memberLegend
    self.participantLegend = participantLegend
  }
}

extension Composer {
  /// The commission and participants chart, or `nil` when the plan declares neither.
  func commissionFigure() -> Figure? {
    guard plan.commission != nil || !plan.participants.isEmpty else { return nil }
    let commission = plan.commission
    let chairId = commission?.chair?.name
    // The chair sits on the commission even when `miembros` does not repeat it.
    var memberIds = commission?.members.map(\.name) ?? []
    if let chairId, !memberIds.contains(chairId) { memberIds.insert(chairId, at: 0) }
    let seated = Set(memberIds)

    let groups = Participant.groups.map { group in
      CommissionDiagram.Group(
        title: institution.participantGroup(group),
        members: plan.participants.filter { $0.group == group }.map { participant in
          CommissionDiagram.Member(
            id: participant.id, name: participant.name, isCommissionMember: seated.contains(participant.id),
            isChair: participant.id == chairId)
        })
    }
    var details: [String] = []
    if let commission {
      details.append(labels.memberCount(memberIds.count))
      if let meetings = word(Vocabulary.frequency, commission.meetings) {
        details.append("\(labels.meetings): \(meetings)")
      }
    }
    let others = memberIds.filter { plan.participant($0) == nil }.map { partnerName($0) ?? $0 }

    let diagram = CommissionDiagram(
      title: commission.map { $0.name ?? labels.commission }
        ?? labels.noCommissionDeclared,
      hasCommission: commission != nil, chairLabel: labels.chair,
      chair: commission?.chair.map { name($0) }, details: details,
      otherMembersLabel: labels.otherMembers, otherMembers: others, groups: groups,
      chairMark: labels.chairMark, emptyGroupLabel: labels.noParticipants,
      memberLegend: labels.commissionMemberLegend, participantLegend: labels.participantLegend)
    return Figure(
      caption: labels.commissionCaption(hasCommission: commission != nil),
      anchor: "figura-comision", diagram: .commission(diagram))
  }
}
