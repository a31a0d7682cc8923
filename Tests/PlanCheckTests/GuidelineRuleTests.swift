import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// Behaviour of the guideline rules beyond their examples: proxies stay advisory, caps come from
/// `revision`, and no finding repeats one the model or another guideline already gives.
@Suite struct GuidelineRuleTests {
  static func check(_ text: String) -> [Diagnostic] {
    Checker.check(PlanLoader.load(text: text, path: "prueba.plan")).diagnostics
  }

  @Test func proxyRulesOnlyGiveAdvisories() throws {
    var proxies: [String] = []
    for rule in Checker.rules where rule.verification == .proxy {
      let id = rule.descriptor.id
      proxies.append(id)
      let examples: [String] = rule.examples.triggering
      for example in examples {
        let own = Self.check(example).filter { $0.code == id }
        let severities = own.map(\.severity)
        #expect(severities.allSatisfy { $0 == .advisory }, "\(id): \(own.map(\.message.es))")
      }
    }
    #expect(proxies == ["G04", "G05", "G06", "G08"])
  }

  @Test func capsComeFromReview() {
    let plan = """
      vision "En 2040, Villa Aurora es la puerta de las sierras al mundo: exporta lo que sabe hacer y recibe visitas."
      lema   "Villa Aurora, puerta de las sierras al mundo"

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan"
        objetivo oe2 "Movilizar cooperación internacional"
      }
      """
    #expect(!Self.check(plan).contains { $0.code == "G11" || $0.code == "G05" })
    let strict = Self.check(
      plan + """

        revision {
          limite objetivos_por_eje   1
          limite palabras_vision_max 10
        }
        """)
    let caps = strict.filter { $0.code == "G11" }
    #expect(caps.count == 1)
    #expect(caps.first?.message.es.contains("el límite es 1") == true)
    #expect(caps.first?.help?.es.contains("`limite objetivos_por_eje 2` en `revision`") == true)
    #expect(strict.contains { $0.code == "G05" && $0.message.es.contains("como máximo 10") })
    #expect(!strict.contains { $0.code == "R001" })
  }

  @Test func datesOutsideTheHorizonAreLeftToTheModel() {
    let found = Self.check(
      """
      plan "Villa Aurora en el Mundo" {
        horizonte        2026 a 2031
        horizonte_vision 2040
        fecha            2026-03-15
      }

      accion a01 "Crear la Dirección de Relaciones Internacionales" desde 2026-01 hasta 2035-12 plazo corto
      """)
    #expect(found.contains { $0.code == "M006" })
    #expect(!found.contains { $0.code == "G02" })
  }

  /// The compliance annex never calls G02 met while the model reports a date outside the horizon:
  /// the rule leaves that finding to the model, and counts it as its own.
  @Test func g02IsNotMetWhileTheModelReportsItsDates() throws {
    func status(_ until: String) -> ComplianceEntry.Status? {
      Checker.check(
        PlanLoader.load(
          text: """
            plan "Villa Aurora en el Mundo" {
              horizonte        2026 a 2031
              horizonte_vision 2040
              fecha            2026-03-15
            }

            accion a01 "Crear la Dirección de Relaciones Internacionales" desde 2026-01 hasta \(until) plazo corto
            """, path: "p.plan")
      ).compliance.first { $0.id == "G02" }?.status
    }
    #expect(status("2026-12") == .verified)
    #expect(status("2035-12") == .notMet)
  }

  @Test func anEarlyVisionYearIsOnlyG02s() {
    let found = Self.check(
      """
      plan "Villa Aurora en el Mundo" {
        horizonte        2026 a 2031
        horizonte_vision 2029
        fecha            2026-03-15
      }

      accion a01 "Crear la Dirección de Relaciones Internacionales" desde 2026-01 hasta 2026-04 plazo corto
      accion a02 "Ronda Internacional de Negocios" desde 2026-08 hasta 2031-11 plazo largo
      """)
    #expect(found.filter { $0.code == "G02" }.count == 1)
    #expect(!found.contains { $0.code == "G10" })
  }

  @Test func undeclaredNamesAreLeftToTheModel() {
    let found = Self.check(
      """
      plan "Villa Aurora en el Mundo" {
        formulado_por intendenta, nadie
      }

      participantes {
        liderazgo intendenta "Mariela Ferreyra"
      }
      """)
    #expect(found.contains { $0.code == "M001" })
    #expect(!found.contains { $0.code == "G01" })
  }

  @Test func theBusiestOwnerIsNamedAtTheirDeclaration() throws {
    let found = Self.check(G03Example.concentrated).filter { $0.code == "G03" }
    let finding = try #require(found.first)
    #expect(found.count == 1)
    #expect(finding.severity == .warning)
    #expect(finding.message.es.contains("3 de las 4 acciones"))
    #expect(finding.range.start.line == 3)
  }
}

enum G03Example {
  static let concentrated = """
    participantes {
      liderazgo         intendenta "Mariela Ferreyra"
      tecnicos          rrii       "Dirección de Relaciones Internacionales"
      sociedad_civil    unva       "Universidad Nacional de Villa Aurora" sector universidad
      sociedad_politica concejal   "Silvina Acosta"
    }

    comision "Comisión para la Internacionalización y Desarrollo" {
      preside  intendenta
      miembros rrii, unva, concejal
    }

    accion a01 "Crear la Dirección" responsable rrii
    accion a02 "Crear el registro de vínculos" responsable rrii
    accion a03 "Participar en Mercociudades" responsable rrii
    accion a04 "Constituir la comisión" responsable intendenta
    """
}
