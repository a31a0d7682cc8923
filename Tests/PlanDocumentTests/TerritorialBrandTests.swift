import PlanDocument
import Testing

/// A province's or a region's plan has a territorial brand, not a city brand: the chapter and its
/// sections name the place the plan is for; a city's plan keeps «Marca Ciudad».
@Suite struct TerritorialBrandTests {
  @Test func aProvinceHasATerritorialBrandChapter() throws {
    let (_, province) = try Fixtures.document(path: "entre-rios/entre-rios.plan")
    #expect(province.headings.contains { $0.text == "Marca Territorio" })
    #expect(!province.headings.contains { $0.text == "Marca Ciudad" })
    let (_, city) = Fixtures.showcase
    #expect(city.headings.contains { $0.text == "Marca Ciudad" })
    #expect(city.headings.contains { $0.text == "Diagnóstico de la ciudad" })
  }
}
