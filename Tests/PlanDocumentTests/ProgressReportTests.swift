import Foundation
import PlanCheck
import PlanDocument
import PlanSyntax
import Testing

/// The yearly progress report's document: built from the showcase's monitoring files, every link
/// lands, the summary counts what the tracking computes, and the changes since the previous period
/// are listed.
@Suite struct ProgressReportTests {
  static func report(_ result: CheckResult, year: Int) -> Document {
    ProgressReport.build(
      result, year: year, sources: Fixtures.sources, date: "2027-01-15", planVersion: "0.9.0")
  }

  static func texts(_ runs: [InlineRun]) -> String { runs.map(\.text).joined() }

  static func figures(_ document: Document) -> [Figure] {
    document.blocks.compactMap { if case .figure(let figure) = $0 { return figure } else { return nil } }
  }

  @Test func theShowcaseReportHasItsPartsAndEveryLinkLands() throws {
    let result = Checker.check(try PlanLoader.load(path: Fixtures.planPath("villa-aurora/villa-aurora.plan")))
    let document = Self.report(result, year: 2026)
    guard case .cover(let cover)? = document.blocks.first else {
      Issue.record("the report does not open with its cover")
      return
    }
    #expect(cover.subtitle == "Informe de avance 2026")
    #expect(cover.details.contains("Datos al 30 de noviembre de 2026"))
    #expect(cover.details.contains("Emitido el 15 de enero de 2027"))
    #expect(cover.details.contains("Hecho con 1 archivo .plan (su SHA-256, en los metadatos del PDF)"))
    let headings = document.blocks.compactMap { block -> String? in
      if case .heading(_, let text, _, _) = block { return text }
      return nil
    }
    for part in [
      "Resumen del período", "Avance de las acciones por eje", "Indicadores",
      "Presupuesto planificado y ejecutado",
      "Pendientes: vencidos y sin datos", "Anexo: qué corresponde a cada responsable",
    ] {
      #expect(headings.contains(part), "missing \(part)")
    }
    // Every link points at a heading, a table row or a figure of the report itself.
    var anchors: Set<String> = []
    var links: Set<String> = []
    func collect(_ runs: [InlineRun]) { for run in runs { if let link = run.link { links.insert(link) } } }
    for block in document.blocks {
      switch block {
      case .heading(_, _, _, let anchor): anchors.insert(anchor)
      case .figure(let figure): anchors.insert(figure.anchor)
      case .table(let table):
        for row in table.rows {
          if let anchor = row.anchor { anchors.insert(anchor) }
          row.cells.forEach(collect)
        }
      case .paragraph(let runs, _): collect(runs)
      case .list(let items, _): items.forEach(collect)
      default: break
      }
    }
    #expect(!links.isEmpty)
    #expect(links.subtracting(anchors).isEmpty, "\(links.subtracting(anchors).sorted())")
    #expect(document.metadata.title.hasSuffix("Informe de avance 2026"))
    // The recorded status: this period's record, else the latest with its year (a02 was done in
    // 2025), else what the plan itself says (a01 was done before monitoring began), else "not
    // reported" (a04 starts in 2026, so the 2025 report has nothing of it); a14 was cancelled in 2026.
    let recorded = Self.recordedWords(document)
    #expect(recorded["a01"] == "Cumplida")
    #expect(recorded["a02"] == "Cumplida (2025)")
    #expect(recorded["a14"] == "Cancelada")
    #expect(recorded["a09"] == "Cumplida")
    #expect(Self.recordedWords(Self.report(result, year: 2025))["a04"] == "Sin informe")
  }

  /// The "recorded" column of the actions' tables, by action id.
  static func recordedWords(_ document: Document) -> [String: String] {
    Dictionary(
      document.blocks.flatMap { block -> [(String, String)] in
        guard case .table(let table) = block, table.columns.count == 5, table.columns[2].title == "Registrado"
        else { return [] }
        return table.rows.map {
          (Self.texts($0.cells[0]).components(separatedBy: " ")[0], Self.texts($0.cells[2]))
        }
      }, uniquingKeysWith: { first, _ in first })
  }

  @Test func theSummaryCountsWhatTheTrackingComputes() throws {
    let result = Checker.check(try PlanLoader.load(path: Fixtures.planPath("villa-aurora/villa-aurora.plan")))
    let document = Self.report(result, year: 2026)
    guard case .statusBoard(let board)? = Self.figures(document).first?.diagram else {
      Issue.record("the summary has no status board")
      return
    }
    #expect(board.columns.map(\.word) == ["En camino", "En riesgo", "Desviado", "Sin datos"])
    #expect(board.columns.map(\.mark) == [.onTrack, .atRisk, .offTrack, .none])
    let total = try #require(board.rows.last)
    #expect(total.isTotal && total.title == "Todo el plan")
    for column in 0..<4 {
      #expect(total.counts[column] == board.rows.dropLast().map { $0.counts[column] }.reduce(0, +))
    }
    // The one indicator the showcase leaves without a value in 2026 is the pending one.
    #expect(total.counts[3] >= 1)
    let pending = document.blocks.compactMap { block -> [String]? in
      guard case .table(let table) = block, table.columns.first?.title == "Indicador",
        table.columns.count == 3
      else { return nil }
      return table.rows.map { Self.texts($0.cells[0]) }
    }
    #expect(pending == [["Prestadores certificados en portugués o inglés"]])
    // Spent in 2026, in pesos: what the two monitoring files of the year record.
    let budget = document.blocks.compactMap { block -> [String]? in
      guard case .table(let table) = block, table.columns.first?.title == "Moneda" else { return nil }
      return table.rows.first { Self.texts($0.cells[0]) == "ARS" }.map { $0.cells.map(Self.texts) }
    }.first
    #expect(budget?[2] == "$\u{00A0}138.300.000")
  }

  static let twoYears = """
    plan "P" {
      ciudad    "Villa Aurora"
      horizonte 2026 a 2031
    }
    eje economico "Pymes al mundo" {
      objetivo oe1 "Exportar" {
        indicador ind_oe1 "Pymes que exportan" base 23 (2025) meta 34 (2028)
      }
    }
    accion a07 "Programa Exporta" {
      objetivos oe1
      desde     2026-01
      hasta     2028-12
    }
    periodo 2026 {
      medicion ind_oe1 27
      avance a07 en_curso 35%
    }
    periodo 2027 {
      medicion ind_oe1 24 {
        nota "Dos pymes dejaron de exportar"
      }
      avance a07 demorada 40%
    }
    """

  @Test func theChangesSinceThePreviousPeriodAreListed() {
    let result = Checker.check(PlanLoader.load(text: Self.twoYears))
    let document = Self.report(result, year: 2027)
    let lists = document.blocks.compactMap { block -> [String]? in
      if case .list(let items, _) = block { return items.map(Self.texts) }
      return nil
    }
    let changes = lists.flatMap { $0 }
    #expect(changes.contains("a07 Programa Exporta: de en camino a en riesgo"), "\(changes)")
    #expect(changes.contains("Pymes que exportan: de en camino a desviado"), "\(changes)")
    let first = Self.report(result, year: 2026)
    let notes = first.blocks.compactMap { block -> String? in
      if case .paragraph(let runs, .note) = block { return Self.texts(runs) }
      return nil
    }
    #expect(notes.contains("2026 es el primer período con registros: no hay cambios que comparar."))
    let unrecorded = Self.report(result, year: 2029).blocks.compactMap { block -> String? in
      if case .paragraph(let runs, _) = block { return Self.texts(runs) }
      return nil
    }
    #expect(unrecorded.contains("El plan no registra el período 2029: no hay cambios que comparar."))
    #expect(unrecorded.contains { $0.contains("de 1 acción y 1 indicador del plan") }, "\(unrecorded)")
  }

  /// Many changes: the summary lists six and points to a chapter with them all, and stays short.
  @Test func manyChangesGoToAChapterOfTheirOwn() {
    let ids = (1...8).map { "a0\($0)" }
    let actions = ids.map {
      "accion \($0) \"Acción \($0)\" {\n  objetivos oe1\n  desde 2026-01\n  hasta 2028-12\n}\n"
    }
    let periods =
      "periodo 2026 {\n" + ids.map { "  avance \($0) en_curso\n" }.joined() + "}\n" + "periodo 2027 {\n"
      + ids.map { "  avance \($0) demorada\n" }.joined() + "}\n"
    let text = Self.twoYears.components(separatedBy: "accion a07")[0] + actions.joined() + periods
    let document = Self.report(Checker.check(PlanLoader.load(text: text)), year: 2027)
    let lists = document.blocks.compactMap { block -> Int? in
      if case .list(let items, _) = block { return items.count }
      return nil
    }
    #expect(lists == [6])
    let notes = document.blocks.compactMap { block -> String? in
      if case .paragraph(let runs, .note) = block { return Self.texts(runs) }
      return nil
    }
    #expect(notes.contains { $0.hasPrefix("Y 2 cambios más") }, "\(notes)")
    let table = document.blocks.compactMap { block -> Table? in
      if case .table(let table) = block, table.columns.last?.title == "Estado en 2027" { return table }
      return nil
    }.first
    #expect(table?.rows.count == 8)
    #expect(table?.columns[1].title == "Estado en 2026")
  }

  /// An indicator past its last target keeps the status of what it reached: an office created in
  /// 2026 is still created in 2027, not «No corresponde».
  @Test func aMilestoneReachedKeepsItsStatusAfterItsTarget() {
    let text = """
      plan "P" {
        ciudad    "Villa Aurora"
        horizonte 2026 a 2031
      }
      accion a01 "Crear la oficina" {
        desde     2026-01
        hasta     2026-12
        indicador ind_a01 "Oficina creada" base 0 (2025) meta 1 (2026)
      }
      periodo 2026 {
        medicion ind_a01 1 fecha 2026-04-20
        avance a01 cumplida 100%
      }
      periodo 2027 {
        corte 2027-11-30
      }
      """
    let document = Self.report(Checker.check(PlanLoader.load(text: text)), year: 2027)
    let figure = Self.figures(document).first { $0.anchor == "indicador-ind_a01" }
    guard case .indicatorChart(let chart)? = figure?.diagram else {
      Issue.record("the reached milestone has no chart")
      return
    }
    #expect(chart.status == .onTrack)
    #expect(chart.statusText.hasPrefix("En camino · medido 1 ("), "\(chart.statusText)")
  }

  @Test func theReportSpeaksThePlansLanguage() {
    let english = Self.twoYears.replacingOccurrences(of: "plan \"P\" {", with: "plan \"P\" {\n  idioma en")
    let document = Self.report(Checker.check(PlanLoader.load(text: english)), year: 2027)
    guard case .cover(let cover)? = document.blocks.first else {
      Issue.record("no cover")
      return
    }
    #expect(cover.subtitle == "Progress report 2027")
    #expect(document.metadata.language == "en")
  }
}
