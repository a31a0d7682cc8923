import PlanDiagnostics
import PlanModel
import PlanSyntax
import Testing

/// The statuses of the monitoring years are computed from the plan and its `periodo` records: the
/// expected path, the thresholds, the actions' time, and the roll-up to objectives and axes.
@Suite struct PeriodTrackingTests {
  static let header = """
    plan "P" {
      ciudad    "Villa Aurora"
      horizonte 2026 a 2031
    }

    """

  private func resolve(_ text: String) -> ResolvedPlan {
    PlanModel.resolve(PlanLoader.load(text: Self.header + text, path: "m.plan"))
  }

  private func indicator(_ line: String) throws -> Indicator {
    let plan = resolve("eje economico \"E\" {\n  objetivo oe1 \"O\" {\n    \(line)\n  }\n}\n").plan
    return try #require(plan.objectives.first?.indicators.first)
  }

  @Test func theExpectedValueFollowsALineFromTheBaselineToEachTarget() throws {
    let path = try #require(
      IndicatorTrajectory(
        try indicator("indicador i \"I\" base 23 (2025) meta 34 (2028) meta 46 (2031)"), horizon: 2026...2031)
    )
    #expect(path.direction == "aumentar")
    #expect(!path.stepwise)
    // A year alone stands for its end: the baseline is met at the start of 2026.
    #expect(abs(path.expected(at: 2026.0) - 23) < 1e-9)
    #expect(abs(path.expected(at: 2027.0) - (23 + 11.0 / 3)) < 1e-9)
    #expect(abs(path.expected(at: 2029.0) - 34) < 1e-9)
    #expect(abs(path.expected(at: 2030.5) - 40) < 1e-9)
    #expect(path.expected(at: 2040) == 46)
  }

  @Test func aMilestoneIsExpectedByItsDateNotInParts() throws {
    let path = try #require(
      IndicatorTrajectory(
        try indicator("indicador i \"Convenio firmado\" base 0 (2025) meta 1 (2029)"), horizon: 2026...2031))
    #expect(path.stepwise)
    #expect(path.expected(at: 2028.0) == 0)
    #expect(path.status(of: 0, at: 2028.0, thresholds: Thresholds()) == .onTrack)
    #expect(path.expected(at: 2030.0) == 1)
    #expect(path.status(of: 0, at: 2030.0, thresholds: Thresholds()) == .offTrack)
  }

  @Test func theThresholdsDecideTheStatus() throws {
    let path = try #require(
      IndicatorTrajectory(
        try indicator("indicador i \"I\" base 0 (2025) meta 100 (2030)"), horizon: 2026...2031))
    // At the end of 2027, 40 is expected: 90 % of it is on track, 60 % at risk, less off track.
    let moment = PlanDate(year: 2027, month: 12, day: 31).fractionalYear
    #expect(abs(path.expected(at: moment) - 40) < 1e-9)
    #expect(path.status(of: 36, at: moment, thresholds: Thresholds()) == .onTrack)
    #expect(path.status(of: 35.9, at: moment, thresholds: Thresholds()) == .atRisk)
    #expect(path.status(of: 24, at: moment, thresholds: Thresholds()) == .atRisk)
    #expect(path.status(of: 23.9, at: moment, thresholds: Thresholds()) == .offTrack)
    #expect(path.status(of: -1, at: moment, thresholds: Thresholds()) == .offTrack)

    let declared = resolve(
      "revision {\n  umbral en_camino 80%\n  umbral en_riesgo 50%\n  umbral tolerancia 10%\n}\n")
    #expect(declared.diagnostics.isEmpty, "\(declared.diagnostics.map(\.code))")
    let thresholds = Thresholds(declared.plan.review)
    #expect(
      thresholds
        == {
          var t = Thresholds(); t.onTrack = 0.8; t.atRisk = 0.5; t.tolerance = 0.1; return t
        }())
    #expect(path.status(of: 32, at: moment, thresholds: thresholds) == .onTrack)
    #expect(path.status(of: 20, at: moment, thresholds: thresholds) == .atRisk)
  }

  @Test func lowerIsBetterAndKeepingWithinATolerance() throws {
    let down = try #require(
      IndicatorTrajectory(
        try indicator("indicador i \"Días de trámite\" base 40 (2025) meta 20 (2027)"), horizon: 2026...2031))
    #expect(down.direction == "reducir")
    #expect(down.status(of: 20, at: 2028.0, thresholds: Thresholds()) == .onTrack)
    #expect(down.status(of: 30, at: 2028.0, thresholds: Thresholds()) == .offTrack)
    #expect(down.status(of: 45, at: 2028.0, thresholds: Thresholds()) == .offTrack)

    let keep = try #require(
      IndicatorTrajectory(
        try indicator("indicador i \"Cobertura\" base 80% (2025) meta 80% (2031) sentido mantener"),
        horizon: 2026...2031))
    #expect(keep.status(of: 83, at: 2028.0, thresholds: Thresholds()) == .onTrack)
    #expect(keep.status(of: 87, at: 2028.0, thresholds: Thresholds()) == .atRisk)
    #expect(keep.status(of: 70, at: 2028.0, thresholds: Thresholds()) == .offTrack)
  }

  @Test func actionsAndIndicatorsRollUpToObjectivesAndAxes() throws {
    let resolved = resolve(
      """
      eje economico "E" {
        objetivo oe1 "Exportar" {
          indicador i1 "Pymes que exportan" base 20 (2025) meta 30 (2027)
        }
        objetivo oe2 "Invertir"
      }

      accion a01 "Registro" {
        objetivos oe1
        desde     2026-01
        hasta     2026-06
      }

      accion a02 "Ronda de inversores" {
        objetivos oe2
        desde     2026-01
        hasta     2027-12
      }

      accion a03 "Feria" {
        objetivos oe2
        desde     2028-01
        hasta     2028-06
      }

      periodo 2026 {
        medicion i1 25
        avance   a02 en_curso 40%
      }
      """)
    #expect(resolved.diagnostics.isEmpty, "\(resolved.diagnostics.map(\.code))")
    let year = PeriodTracking(plan: resolved.plan, year: 2026)
    // i1: 25 where 25 is expected: on track. a01 ended in June without being done: off track.
    #expect(year.indicators.first?.status == .onTrack)
    #expect(year.actions.map(\.status) == [.offTrack, .atRisk, .notDue])
    // a02: 40 % done with half its time gone is 80 % of the expected progress: at risk.
    #expect(year.objectives["oe1"]?.score == 50)
    #expect(year.objectives["oe1"]?.status == .atRisk)
    #expect(year.objectives["oe2"]?.score == 50)
    #expect(year.axes.first?.score == 50)
    #expect(year.axes.first?.counts[.notDue] == 1)
  }

  /// A cut-off on the last day of a year is not yet inside an action that starts the next January.
  @Test func anActionStartingNextJanuaryIsNotDueAtTheYearsEnd() {
    let plan = resolve(
      """
      accion a01 "Feria" {
        desde 2027-01
        hasta 2027-12
      }

      periodo 2026 {
        corte 2026-12-31
      }
      """
    ).plan
    #expect(PeriodTracking(plan: plan, year: 2026).actions.first?.status == .notDue)
  }

  /// Past its last target, an indicator keeps what it reached: the office created in 2026 is still
  /// on track in 2027, and its 2026 value is the one that counts.
  @Test func aReachedMilestoneKeepsItsStatusPastItsTarget() {
    let plan = resolve(
      """
      accion a01 "Oficina" {
        desde     2026-01
        hasta     2026-12
        indicador ind_a01 "Oficina creada" base 0 (2025) meta 1 (2026)
      }

      periodo 2026 {
        medicion ind_a01 1 fecha 2026-04-20
      }

      periodo 2027 {
        corte 2027-11-30
      }
      """
    ).plan
    let entry = PeriodTracking(plan: plan, year: 2027).indicators.first
    #expect(entry?.status == .onTrack)
    #expect(entry?.measurement?.period == 2026)
  }

  @Test func aMeasuredValueIsWrittenLikeItsTarget() {
    let resolved = resolve(
      """
      accion a01 "Tablero" {
        indicador i1 "Acciones publicadas" base 0% (2025) meta 60% (2027)
      }

      periodo 2026 {
        medicion i1 12
        avance   a01 en_curso 145%
      }

      revision {
        umbral en_camino 90
        umbral en_riesgo 95%
      }
      """)
    #expect(resolved.diagnostics.map(\.code).sorted() == ["M015", "M016", "M017"])
  }
}
