import Foundation
import PlanDiagnostics
import PlanModel
import PlanSyntax
import Testing

/// The resolved model: every reference resolves or gets a located finding; duplicates, dates,
/// currencies, SDG targets and dependency cycles are checked.
@Suite struct ResolutionTests {
  private func resolve(_ text: String) -> ResolvedPlan {
    PlanModel.resolve(PlanLoader.load(text: text, path: "m.plan"))
  }

  private func findings(_ text: String, _ code: String) -> [Diagnostic] {
    resolve(text).diagnostics.filter { $0.code == code }
  }

  private let base = """
    plan "P" {
      horizonte 2026 a 2030
    }
    participantes {
      liderazgo intendenta "Ana Gómez"
      tecnicos  rrii       "Relaciones Internacionales"
    }
    eje economico "E" {
      objetivo oe1 "Exportar más" lider intendenta responsable rrii
    }
    foda {
      debilidad d1 "Sin oficina"
    }

    """

  @Test func unresolvedReferenceSuggestsAndPointsAtCandidates() throws {
    let result = findings(base + "accion a01 \"A\" {\n  objetivos oe2\n  responsable rrii\n}\n", "M001")
    let finding = try #require(result.first)
    #expect(result.count == 1)
    #expect(finding.help?.es == "¿quiso decir `oe1`?")
    #expect(finding.range.start.line == 15 && finding.range.start.column == 13)
    #expect(finding.notes.first?.range?.start.line == 9)
  }

  @Test func referenceToTheWrongKindOfThing() throws {
    let result = findings(base + "accion a01 \"A\" {\n  objetivos d1\n}\n", "M002")
    #expect(result.count == 1)
    #expect(result.first?.message.es.contains("debilidad") == true)
    #expect(result.first?.notes.first?.range?.start.line == 12)
  }

  @Test func duplicateIdentifiersPointAtBothPlaces() throws {
    let result = findings(base + "foda {\n  amenaza d1 \"Otra\"\n}\n", "M003")
    #expect(result.count == 1)
    #expect(result.first?.range.start.line == 15)
    #expect(result.first?.notes.first?.range?.start.line == 12)
  }

  @Test func datesInOrderAndInsideTheHorizon() {
    let text =
      base + """
        accion a01 "A" {
          desde 2029-06
          hasta 2029-03
        }
        accion a02 "B" {
          desde 2025-01
          hasta 2031
        }
        """
    #expect(findings(text, "M005").count == 1)
    #expect(findings(text, "M006").count == 2)
    #expect(findings("plan \"P\" {\n  horizonte 2031 a 2026\n}\n", "M004").count == 1)
    // A year-month end is inside its own month: 2026-04 to 2026 is fine.
    #expect(findings(base + "accion a01 \"A\" {\n  desde 2026-04\n  hasta 2026\n}\n", "M005").isEmpty)
  }

  @Test func currenciesAndSDGTargetsAreRealCodes() throws {
    let text = base + "accion a01 \"A\" {\n  presupuesto 100 USS\n  ods 11.3, 11.9, 4.b, 17.17\n}\n"
    let currency = try #require(findings(text, "M007").first)
    #expect(currency.help?.es.contains("USD") == true)
    let sdg = findings(text, "M008")
    #expect(sdg.count == 1)
    #expect(sdg.first?.message.es.contains("11.9") == true)
    #expect(sdg.first?.help?.es.contains("11.7") == true)
  }

  @Test func dependencyCyclesAreReportedOnce() throws {
    let text =
      base + """
        accion a01 "A" {
          depende_de a03
        }
        accion a02 "B" {
          depende_de a01
        }
        accion a03 "C" {
          depende_de a02
        }
        accion a04 "D" {
          depende_de a04
        }
        """
    let cycles = findings(text, "M009")
    #expect(cycles.count == 2)
    #expect(cycles.contains { $0.message.es.contains("a01 → a03 → a02 → a01") })
  }

  @Test func milestonesAndIndicatorYears() {
    let text =
      base + """
        accion a01 "A" {
          desde 2026-04
          hasta 2026-12
          hito "Firma" 2027-02
          indicador "Convenios" base 0 (2027) meta 3 (2026)
        }
        """
    #expect(findings(text, "M010").count == 1)
    #expect(findings(text, "M011").count == 1)
  }

  @Test func theShowcaseResolvesCleanly() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let loaded = try PlanLoader.load(
      path: root.appendingPathComponent("plans/villa-aurora/villa-aurora.plan").path)
    let resolved = PlanModel.resolve(loaded)
    #expect(resolved.diagnostics.isEmpty, "\(resolved.diagnostics.map { "\($0.code) \($0.message.es)" })")
    #expect(resolved.plan.actions.count >= 20)
    #expect(resolved.plan.axes.filter { Axis.motivationKinds.contains($0.kind) }.count >= 4)
    #expect(Set(resolved.plan.participants.map(\.group)).count == 4)
  }
}
