import PlanDiagnostics
import PlanModel

/// The SWOT exists and none of its four quadrants is empty.
struct D04CuadrantesFoda: Rule {
  static let descriptor = RuleDescriptor(
    id: "D04", name: "CuadrantesDelFoda",
    title: Localized(
      es: "El FODA tiene sus cuatro cuadrantes", en: "The SWOT has its four quadrants",
      pt: "A FOFA tem seus quatro quadrantes"),
    rationale: Localized(
      es: """
        El FODA resume el diagnóstico: lo que la ciudad tiene a favor (fortalezas) y en contra \
        (debilidades) hacia adentro, y lo que el mundo le ofrece (oportunidades) o le impone \
        (amenazas) hacia afuera. Un cuadrante vacío es una mirada que falta: ninguna ciudad carece de \
        debilidades ni de amenazas, y las acciones se apoyan en las fortalezas y las oportunidades.
        """,
      en: """
        The SWOT sums up the diagnosis: what the city has in its favour (strengths) and against it \
        (weaknesses) inside, and what the world offers it (opportunities) or imposes on it (threats) \
        outside. An empty quadrant is a missing look: no city lacks weaknesses or threats, and actions \
        build on strengths and opportunities.
        """,
      pt: """
        A FOFA resume o diagnóstico: o que a cidade tem a favor (forças) e contra (fraquezas) para \
        dentro, e o que o mundo lhe oferece (oportunidades) ou lhe impõe (ameaças) para fora. Um \
        quadrante vazio é um olhar que falta: nenhuma cidade carece de fraquezas nem de ameaças, e \
        as ações se apoiam nas forças e nas oportunidades.
        """),
    help: Localized(
      es: "agregue al menos un ítem a cada cuadrante: `foda { fortaleza f1 \"…\" oportunidad o1 \"…\" … }`",
      en: "add at least one item to each quadrant: `swot { strength f1 \"…\" opportunity o1 \"…\" … }`",
      pt:
        "acrescente pelo menos um item a cada quadrante: `fofa { forca f1 \"…\" oportunidade o1 \"…\" … }`"
    ),
    defaultSeverity: .error, helpPath: "docs/rules.md#d04")

  static let guideline = Localized(
    es: "Planeamiento Estratégico – FODA: fortalezas, oportunidades, debilidades y amenazas",
    en: "Strategic planning – SWOT: strengths, weaknesses, opportunities and threats",
    pt: "Planejamento Estratégico – FOFA: forças, oportunidades, fraquezas e ameaças")
  static let verification = Verification.structural

  /// How messages name each quadrant, with its English keyword.
  static let quadrantNames: [String: (name: Localized, keyword: Localized)] = [
    "fortaleza": (
      Localized(es: "ninguna fortaleza", en: "no strength", pt: "nenhuma força"),
      Localized(es: "fortaleza", en: "strength", pt: "forca")
    ),
    "oportunidad": (
      Localized(es: "ninguna oportunidad", en: "no opportunity", pt: "nenhuma oportunidade"),
      Localized(es: "oportunidad", en: "opportunity", pt: "oportunidade")
    ),
    "debilidad": (
      Localized(es: "ninguna debilidad", en: "no weakness", pt: "nenhuma fraqueza"),
      Localized(es: "debilidad", en: "weakness", pt: "fraqueza")
    ),
    "amenaza": (
      Localized(es: "ninguna amenaza", en: "no threat", pt: "nenhuma ameaça"),
      Localized(es: "amenaza", en: "threat", pt: "ameaca")
    ),
  ]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓plan "Villa Aurora en el Mundo" {
        ciudad "Villa Aurora"
      }
      """,
      """
      ↓foda {
        fortaleza   f1 "Polo metalmecánico de 180 pymes"
        oportunidad o1 "Convocatorias del programa IURC de la Unión Europea"
        debilidad   d1 "No existe un área municipal de relaciones internacionales"
      }
      """,
    ],
    passing: [
      """
      foda {
        fortaleza   f1 "Polo metalmecánico de 180 pymes"
        oportunidad o1 "Convocatorias del programa IURC de la Unión Europea"
        debilidad   d1 "No existe un área municipal de relaciones internacionales"
        amenaza     a1 "Competencia de destinos serranos más conocidos"
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    guard let section = plan.swotRange else {
      context.report(
        Localized(
          es: "falta el FODA (fortalezas, oportunidades, debilidades y amenazas)",
          en: "the SWOT (strengths, weaknesses, opportunities and threats) is missing",
          pt: "falta a FOFA (forças, oportunidades, fraquezas e ameaças)"),
        at: plan.anchor)
      return
    }
    var counts: [String] = []
    for quadrant in SWOTItem.quadrants {
      let (name, keyword) = Self.quadrantNames[quadrant]!
      let count = plan.swot.filter { $0.quadrant == quadrant }.count
      counts.append("\(count)")
      if count == 0 {
        context.report(
          Localized(
            es: "el FODA no tiene \(name.es)", en: "the SWOT has \(name.en)",
            pt: "a FOFA não tem \(name.text(.pt))"), at: section,
          help: Localized(
            es: "agregue `\(keyword.es) ID \"…\"` dentro de `foda { }`",
            en: "add `\(keyword.en) ID \"…\"` inside `swot { }`",
            pt: "acrescente `\(keyword.text(.pt)) ID \"…\"` dentro de `fofa { }`"))
      }
    }
    context.evidence(
      Localized(
        es:
          "FODA: \(counts[0]) fortalezas, \(counts[1]) oportunidades, \(counts[2]) debilidades, \(counts[3]) amenazas",
        en:
          "SWOT: \(counts[0]) strengths, \(counts[1]) opportunities, \(counts[2]) weaknesses, \(counts[3]) threats",
        pt:
          "FOFA: \(counts[0]) forças, \(counts[1]) oportunidades, \(counts[2]) fraquezas, \(counts[3]) ameaças"
      ))
  }
}
