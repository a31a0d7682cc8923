import PlanDocument
import Testing

/// The action plan's timeline as the composer extracts it from the plan: actions grouped by the
/// axis of their objectives, dates as decimal years, terms, milestones, dependencies.
@Suite struct TimelineFigureTests {
  static func gantt(_ document: Document) -> (Figure, GanttDiagram)? {
    for case .figure(let figure) in document.blocks {
      if case .gantt(let gantt) = figure.diagram { return (figure, gantt) }
    }
    return nil
  }

  static let plan = """
    plan "Laguna Serena" {
      ciudad    "Laguna Serena"
      idioma    es
      horizonte 2026 a 2029
      estado    borrador
    }
    participantes {
      tecnicos turismo "Dirección de Turismo"
    }
    eje economico "Turismo y producción" {
      objetivo oe1 "Atraer turismo internacional"
    }
    eje politico {
      objetivo op1 "Institucionalizar la gestión internacional"
    }
    accion a01 "Promocionar las termas" {
      objetivos   oe1
      responsable turismo
      plazo       corto
      desde       2026-04
      hasta       2026-11
      hito        "Primera feria" 2026-07-15
    }
    accion a02 "Crear la oficina" {
      objetivos  op1
      plazo      mediano
      desde      2027
      hasta      2028-06
      depende_de a01
    }
    accion a03 "Gestionar un vuelo regional" {
      desde 2027-03
    }
    """

  @Test func actionsAreGroupedByAxisInTheOrderOfTheAxesChapter() throws {
    let (_, document) = Fixtures.document(text: Self.plan)
    let (figure, gantt) = try #require(Self.gantt(document))
    #expect(figure.anchor == "figura-cronograma")
    #expect(figure.caption.hasPrefix("Cronograma del plan de acción"))
    // Political before economic (the method's order), then the actions without an axis.
    #expect(
      gantt.groups.map(\.title) == [
        "Eje político", "Eje económico: Turismo y producción", "Acciones sin eje asignado",
      ])
    #expect(gantt.groups.map { $0.rows.map(\.id) } == [["a02"], ["a01"], ["a03"]])
    #expect(gantt.firstYear == 2026 && gantt.lastYear == 2029)
  }

  @Test func datesBecomeDecimalYears() throws {
    let (_, document) = Fixtures.document(text: Self.plan)
    let rows = try #require(Self.gantt(document)).1.rows
    let a01 = try #require(rows.first { $0.id == "a01" })
    #expect(a01.start == 2026.25)  // the first of April
    #expect(abs((a01.end ?? 0) - (2026 + 11.0 / 12)) < 1e-9)  // the end of November
    #expect(a01.milestones.count == 1)
    #expect(a01.milestones[0] > 2026.5 && a01.milestones[0] < 2026 + 7.0 / 12)
    #expect(a01.term == .short)
    let a02 = try #require(rows.first { $0.id == "a02" })
    #expect(a02.start == 2027 && a02.end == 2028.5)
    #expect(a02.term == .medium && a02.dependsOn == ["a01"])
    let a03 = try #require(rows.first { $0.id == "a03" })
    #expect(a03.start == 2027 + 2.0 / 12 && a03.end == nil && a03.term == nil)
  }

  @Test func theTimelineComesRightAfterTheTableOfActions() throws {
    let (_, document) = Fixtures.document(text: Self.plan)
    let blocks = document.blocks
    let figure = try #require(
      blocks.firstIndex {
        if case .figure(let figure) = $0 { return figure.anchor == "figura-cronograma" } else { return false }
      })
    guard case .table(let table) = blocks[figure - 1] else {
      Issue.record("the block before the timeline is not the table of actions")
      return
    }
    #expect(table.rows.count == 3)
  }

  @Test func theLabelsFollowTheLanguage() throws {
    let (_, document) = try Fixtures.document(path: "minimal-en/minimal.plan")
    let (figure, gantt) = try #require(Self.gantt(document))
    #expect(figure.caption.hasPrefix("Action plan timeline"))
    #expect(gantt.actionLabel == "Action" && gantt.termNames[.short] == "Short term")
    #expect(gantt.monthInitials.count == 12)
  }

  @Test func aPlanWithoutActionsHasNoTimeline() {
    let (_, document) = Fixtures.document(
      text: """
        plan "Sin acciones" {
          ciudad    "Villa"
          idioma    es
          horizonte 2026 a 2029
        }
        """)
    #expect(Self.gantt(document) == nil)
  }

  @Test func theShowcaseTimelineHasEveryAction() throws {
    let (result, document) = Fixtures.showcase
    let gantt = try #require(Self.gantt(document)).1
    #expect(gantt.rows.count == result.plan.actions.count)
    #expect(Set(gantt.rows.map(\.id)) == Set(result.plan.actions.map(\.id)))
    #expect(gantt.rows.contains { !$0.dependsOn.isEmpty })
    #expect(gantt.rows.contains { !$0.milestones.isEmpty })
  }
}
