import PlanDiagnostics
import PlanModel

/// Traceability: every weakness and every threat of the SWOT is addressed by at least one action.
struct T01DebilidadesAtendidas: Rule {
  static let descriptor = RuleDescriptor(
    id: "T01", name: "DebilidadesYAmenazasAtendidas",
    title: Localized(
      es: "Cada debilidad y amenaza tiene una acción", en: "Every weakness and threat has an action",
      pt: "Cada fraqueza e ameaça tem uma ação"),
    rationale: Localized(
      es: """
        El diagnóstico sirve para decidir qué hacer. Una debilidad o amenaza que ninguna acción \
        atiende (`atiende d1`) es un problema conocido que el plan deja sin respuesta; o el ítem sobra, \
        o falta una acción.
        """,
      en: """
        The diagnosis is there to decide what to do. A weakness or threat that no action addresses \
        (`addresses d1`) is a known problem the plan leaves unanswered: either the item is superfluous \
        or an action is missing.
        """,
      pt: """
        O diagnóstico serve para decidir o que fazer. Uma fraqueza ou ameaça que nenhuma ação \
        atende (`atende d1`) é um problema conhecido que o plano deixa sem resposta; ou o item \
        sobra, ou falta uma ação.
        """),
    help: Localized(
      es: "agregue `atiende ID` a la acción que la enfrenta, o una acción nueva",
      en: "add `addresses ID` to the action that deals with it, or a new action",
      pt: "acrescente `atende ID` à ação que a enfrenta, ou uma ação nova"),
    defaultSeverity: .error, helpPath: "docs/rules.md#t01")

  static let guideline = Localized(
    es:
      "FODA → Acciones estratégicas: el plan construye un puente entre la situación actual y el futuro deseado",
    en: "SWOT → strategic actions: the plan bridges the current situation and the desired future",
    pt: "FOFA → Ações estratégicas: o plano constrói uma ponte entre a situação atual e o futuro desejado")
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      """
      foda {
        ↓debilidad d1 "No existe una oficina de relaciones internacionales"
      }
      """,
      """
      foda {
        ↓amenaza a1 "Competencia de destinos regionales"
        debilidad d1 "Sin oficina"
      }
      accion x1 "Crear la oficina" {
        atiende d1
      }
      """,
    ],
    passing: [
      """
      foda {
        debilidad d1 "No existe una oficina de relaciones internacionales"
      }
      accion x1 "Crear la oficina" {
        atiende d1
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    var addressed: Set<String> = []
    for action in plan.actions { for item in action.addresses { addressed.insert(item.name) } }
    var open = 0
    let relevant = plan.swot.filter { $0.quadrant == "debilidad" || $0.quadrant == "amenaza" }
    for item in relevant where !addressed.contains(item.id) {
      open += 1
      let what =
        item.quadrant == "debilidad"
        ? Localized(es: "la debilidad", en: "weakness", pt: "a fraqueza")
        : Localized(es: "la amenaza", en: "threat", pt: "a ameaça")
      context.report(
        Localized(
          es: "ninguna acción atiende \(what.es) `\(item.id)` («\(item.text)»)",
          en: "no action addresses \(what.en) `\(item.id)` (\"\(item.text)\")",
          pt: "nenhuma ação atende \(what.text(.pt)) `\(item.id)` («\(item.text)»)"),
        at: item.range)
    }
    context.evidence(
      Localized(
        es: "\(relevant.count - open) de \(relevant.count) debilidades y amenazas atendidas por acciones",
        en: "\(relevant.count - open) of \(relevant.count) weaknesses and threats addressed by actions",
        pt: "\(relevant.count - open) de \(relevant.count) fraquezas e ameaças atendidas por ações"))
  }
}
