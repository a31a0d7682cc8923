import PlanDocument
import Testing

/// The commission and participants chart as the composer extracts it: the four groups in the
/// method's order, commission members and chair marked, members who are not participants kept.
@Suite struct CommissionFigureTests {
  static func chart(_ document: Document) -> (Figure, CommissionDiagram)? {
    for case .figure(let figure) in document.blocks {
      if case .commission(let chart) = figure.diagram { return (figure, chart) }
    }
    return nil
  }

  @Test func theShowcaseCommissionSitsAmongItsFourGroups() throws {
    let (result, document) = Fixtures.showcase
    let (figure, chart) = try #require(Self.chart(document))
    #expect(figure.anchor == "figura-comision")
    #expect(figure.caption.hasPrefix("La comisión y los cuatro grupos"))
    #expect(chart.hasCommission)
    #expect(chart.title == "Comisión para la Internacionalización y Desarrollo de Villa Aurora")
    #expect(chart.chairLabel == "Preside" && chart.chair == "Mariela Ferreyra")
    #expect(chart.details == ["13 integrantes", "Reuniones: bimestral"])
    #expect(chart.otherMembers.isEmpty)
    #expect(
      chart.groups.map(\.title) == [
        "Liderazgo político", "Equipo técnico municipal", "Sociedad civil", "Sociedad política",
      ])
    #expect(chart.groups.map(\.members.count).reduce(0, +) == result.plan.participants.count)
    let members = chart.groups.flatMap(\.members)
    #expect(members.filter(\.isChair).map(\.id) == ["intendenta"])
    #expect(members.filter(\.isCommissionMember).count == 13)
    // Declared but not on the commission.
    #expect(members.first { $0.id == "modernizacion" }?.isCommissionMember == false)
  }

  @Test func thePlanWithoutCommissionStillShowsItsGroups() throws {
    let (_, document) = try Fixtures.document(path: "minimo/minimo.plan")
    let (figure, chart) = try #require(Self.chart(document))
    #expect(figure.caption.contains("no declara comisión"))
    #expect(!chart.hasCommission && chart.chair == nil && chart.details.isEmpty)
    #expect(chart.title == "Sin comisión declarada")
    #expect(chart.groups.map(\.members.count) == [0, 1, 0, 0])
    #expect(chart.groups.flatMap(\.members).allSatisfy { !$0.isCommissionMember })
  }

  @Test func membersWhoAreNotParticipantsAreNotLost() throws {
    let (_, document) = Fixtures.document(
      text: """
        plan "Laguna Serena" {
          ciudad "Laguna Serena"
          idioma es
        }
        participantes {
          liderazgo intendente "Carlos Ibarra"
          tecnicos  turismo    "Dirección de Turismo"
        }
        comision "Comisión de Laguna Serena" {
          miembros turismo, desconocido
        }
        """)
    let chart = try #require(Self.chart(document)).1
    #expect(chart.chair == nil)
    #expect(chart.otherMembers == ["desconocido"])
    #expect(chart.details.first == "2 integrantes")
    #expect(chart.groups[0].members.first?.isCommissionMember == false)
    #expect(chart.groups[1].members.first?.isCommissionMember == true)
  }

  @Test func aPlanWithoutParticipantsOrCommissionHasNoChart() {
    let (_, document) = Fixtures.document(
      text: """
        plan "Vacío" {
          ciudad "Villa"
          idioma es
        }
        """)
    #expect(Self.chart(document) == nil)
  }

  @Test func theLabelsFollowTheLanguage() throws {
    let (_, document) = try Fixtures.document(path: "minimal-en/minimal.plan")
    let chart = try #require(Self.chart(document)).1
    #expect(chart.title == "No commission declared")
    #expect(chart.groups[1].title == "Municipal technical staff")
    #expect(chart.emptyGroupLabel == "no participants")
  }
}
