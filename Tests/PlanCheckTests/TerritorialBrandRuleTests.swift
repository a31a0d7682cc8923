import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// B01 asks a city for its City Brand and a province or a region for the brand of its territory,
/// naming the keyword each writes.
@Suite struct TerritorialBrandRuleTests {
  static func b01(_ text: String) -> [Diagnostic] {
    Checker.check(PlanLoader.load(text: text, path: "prueba.plan")).diagnostics.filter { $0.code == "B01" }
  }

  @Test func aProvinceIsAskedForItsTerritorialBrand() throws {
    let missing = try #require(
      Self.b01("plan \"Entre Ríos en el mundo\" {\n  jurisdiccion provincia\n}\n").first)
    #expect(missing.message.es == "el plan no tiene programa de Marca Territorio (`marca_territorio`)")
    #expect(missing.message.en == "the plan has no Territorial Brand programme (`territory_brand`)")
    #expect(!missing.message.es.contains("ciudad"))
    let steps = Self.b01(
      """
      plan "Entre Ríos en el mundo" {
        jurisdiccion provincia
      }
      marca_territorio "Entre Ríos" {
        diagnostico "Ríos, humedales y puentes."
      }
      """)
    #expect(steps.count == 6)
    #expect(steps.allSatisfy { $0.message.es.hasPrefix("Marca Territorio, paso") })
    #expect(steps.contains { $0.message.es.contains("visión del territorio") })
  }

  @Test func aCityIsStillAskedForItsCityBrand() throws {
    let missing = try #require(
      Self.b01("plan \"Villa Aurora en el mundo\" {\n  ciudad \"Villa Aurora\"\n}\n").first)
    #expect(missing.message.es == "el plan no tiene programa de Marca Ciudad (`marca_ciudad`)")
    #expect(missing.message.text(.pt) == "o plano não tem programa de Marca Cidade (`marca_cidade`)")
  }
}
