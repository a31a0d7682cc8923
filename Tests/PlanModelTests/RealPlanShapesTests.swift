import Foundation
import PlanDiagnostics
import PlanModel
import PlanSyntax
import PlanTemplates
import Testing

/// What real plans hold beyond the method's ideal one: programmes between objectives and actions,
/// several owners, budgets by year, one-off events, indicators with a direction, thematic axes, the
/// institution that approves the plan, and the template's example texts left unedited.
@Suite struct RealPlanShapesTests {
  private func resolve(_ text: String) -> ResolvedPlan {
    PlanModel.resolve(PlanLoader.load(text: text, path: "m.plan"))
  }

  @Test func anActionServesItsProgrammesObjectives() throws {
    let resolved = resolve(
      """
      participantes {
        tecnicos rrii "Relaciones Internacionales"
        tecnicos cultura "Cultura"
      }
      eje economico "E" {
        objetivo oe1 "Exportar más"
      }
      programa pr1 "Ferias" {
        objetivos   oe1
        responsable rrii
      }
      accion a01 "Feria de Porto Alegre" programa pr1 responsable rrii corresponsables cultura
      accion a02 "Ronda de negocios" programa pr1 objetivos oe1
      """)
    #expect(resolved.diagnostics.filter { $0.code.hasPrefix("M") || $0.code.hasPrefix("E") }.isEmpty)
    let plan = resolved.plan
    #expect(plan.programmes.map(\.id) == ["pr1"])
    let first = try #require(plan.action("a01"))
    #expect(first.objectives.map(\.name) == ["oe1"])
    #expect(first.programme?.name == "pr1")
    #expect(first.coOwners.map(\.name) == ["cultura"])
    // A programme that names no objective, or a reference to a missing programme, is the model's.
    let wrong = resolve("accion a01 \"x\" programa pr9\n")
    #expect(wrong.diagnostics.contains { $0.code == "M001" })
  }

  @Test func theTermOfAnActionIsReadFromItsDatesWhenNotWritten() throws {
    let plan = resolve(
      """
      plan "P" {
        horizonte 2026 a 2031
      }
      accion a01 "Decreto de creación" desde 2026-03 hasta 2026-12
      accion a02 "Programa de pymes" desde 2026-07 hasta 2029-06
      accion a03 "Ronda anual" desde 2026-09 hasta 2031-11
      accion a04 "Foro de Ciudades Serranas" fecha 2027-05-20
      accion a05 "Declarada larga" plazo largo desde 2026-01 hasta 2026-04
      accion a06 "Sin fechas"
      """
    ).plan
    let horizon = plan.metadata.horizon?.value
    #expect(plan.action("a01")?.effectiveTerm(horizon: horizon) == "corto")
    #expect(plan.action("a02")?.effectiveTerm(horizon: horizon) == "mediano")
    #expect(plan.action("a03")?.effectiveTerm(horizon: horizon) == "largo")
    #expect(plan.action("a04")?.effectiveTerm(horizon: horizon) == "corto")
    #expect(plan.action("a05")?.effectiveTerm(horizon: horizon) == "largo")
    #expect(plan.action("a06")?.effectiveTerm(horizon: horizon) == nil)
    #expect(plan.action("a04")?.effectiveStart == plan.action("a04")?.effectiveEnd)
  }

  @Test func budgetsByYearAndThePlansOwnBudget() throws {
    let resolved = resolve(
      """
      plan "P" {
        horizonte   2026 a 2029
        presupuesto 100.000.000 ARS fuente "Presupuesto municipal" anio 2027
        presupuesto 50.000 USD fuente "Cooperación internacional" anio 2031
      }
      accion a01 "x" {
        presupuesto 12.000.000 ARS fuente "Presupuesto municipal" anio 2026
        presupuesto 14.000.000 ARS fuente "Presupuesto municipal" anio 2027
      }
      """)
    #expect(resolved.plan.metadata.budgets.map(\.year?.value) == [2027, 2031])
    #expect(resolved.plan.action("a01")?.budgets.compactMap(\.year?.value) == [2026, 2027])
    let outside = resolved.diagnostics.filter { $0.code == "M012" }
    #expect(outside.count == 1 && outside[0].range.start.line == 4)
  }

  @Test func theInstitutionFollowsTheDeclarationsOrTheArgentineDefaults() {
    func institution(_ block: String) -> Institution {
      resolve("plan \"P\" {\n\(block)\n}\n").plan.institution
    }
    let argentine = institution("ciudad \"Villa Aurora\"")
    #expect(argentine.country == "AR" && argentine.jurisdiction == "municipio")
    #expect(argentine.approvingBody == "concejo_deliberante" && !argentine.bodyDeclared)
    let rosario = institution("pais \"Argentina\"\norgano concejo_municipal")
    #expect(rosario.approvingBody == "concejo_municipal" && rosario.bodyDeclared)
    let zaragoza = institution("pais \"España\"")
    #expect(zaragoza.country == "ES" && zaragoza.approvingBody == "pleno")
    let region = institution("pais \"España\"\njurisdiccion comunidad_autonoma")
    #expect(region.approvingBody == "parlamento")
    let capital = institution("pais \"Argentina\"\njurisdiccion ciudad_autonoma")
    #expect(capital.approvingBody == "legislatura")
    #expect(institution("pais \"Narnia\"").country == nil)
    #expect(argentine.ratifiesByNorm(agreement: "convenio", partnerKind: "ciudad"))
    #expect(!zaragoza.ratifiesByNorm(agreement: "convenio", partnerKind: "ciudad"))
    #expect(zaragoza.ratifiesByNorm(agreement: "hermanamiento", partnerKind: "ciudad"))
    #expect(!argentine.ratifiesByNorm(agreement: nil, partnerKind: "red"))
  }

  /// Every example text of the template is found where the unedited template writes it, in every
  /// language, also after `plan fmt` re-indents a prose block; a text the office wrote is not.
  @Test(arguments: [Language.es, .en, .pt])
  func theTemplatesExampleTextsAreFound(language: Language) throws {
    let text = Template.render(
      language,
      Template.Values(city: "San Martín de los Andes", file: "p.plan", firstYear: 2027, today: "2027-01-15"))
    let resolved = resolve(text)
    let found = resolved.diagnostics.filter { $0.code == "M014" }
    let expected = Template.placeholders(in: language).count
    #expect(found.count == expected && expected > 40, "\(found.count) of \(expected)")
    #expect(!resolved.placeholderSections.isEmpty)
    let edited = text.replacingOccurrences(
      of: [
        "es": "\"Nombre de la provincia\"", "en": "\"Name of the province\"", "pt": "\"Nome da província\"",
      ][
        language.rawValue]!, with: "\"Neuquén\"")
    #expect(resolve(edited).diagnostics.filter { $0.code == "M014" }.count == found.count - 1)
    let placeholder = try #require(Template.placeholders.first { $0.shown.contains("…") })
    #expect(placeholder.matches(placeholder.shown.replacingOccurrences(of: "…", with: "Zapala")))
    #expect(!placeholder.matches("Zapala, una ciudad que exporta y recibe al mundo"))
  }

  /// A short example name of the template («Cámara de Comercio») alone is a real chamber's name,
  /// not leftover template text; in a plan that still holds longer template texts it counts.
  @Test func aShortExampleNameAloneIsNotTemplateText() {
    let alone = resolve(
      """
      plan "Villa Sur" {
        ciudad "Villa Sur"
      }
      participantes {
        sociedad_civil camara "Cámara de Comercio" sector camara
      }
      """)
    #expect(!alone.diagnostics.contains { $0.code == "M014" })
    let withTemplate = resolve(
      """
      plan "Villa Sur" {
        ciudad    "Villa Sur"
        provincia "Nombre de la provincia"
      }
      lema "Una frase breve que resuma la visión"
      participantes {
        sociedad_civil camara "Cámara de Comercio" sector camara
      }
      """)
    #expect(withTemplate.diagnostics.filter { $0.code == "M014" }.count == 3)
  }

  @Test func aTargetAgainstTheIndicatorsDirectionIsFound() {
    let found = resolve(
      """
      accion a01 "x" {
        indicador "Días de trámite" base 40 (2025) meta 30 (2026) meta 60 (2027) sentido reducir
        indicador "Exportadoras" base 20 (2025) meta 30 (2027) sentido aumentar
        indicador "Empleo" base 100 (2025) meta 90 (2027) sentido mantener
      }
      """
    ).diagnostics.filter { $0.code == "M013" }
    #expect(found.count == 1 && found[0].range.start.line == 2 && found[0].range.start.column == 61)
  }
}
