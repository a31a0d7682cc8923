import PlanDiagnostics
import PlanModel

/// Pauta 4: the plan incorporates common values. Whether they are truly shared is a person's call;
/// the rule looks at signs only, so every finding is advisory.
struct G04ValoresComunes: Rule {
  static let descriptor = RuleDescriptor(
    id: "G04", name: "ValoresComunes",
    title: Localized(es: "Valores comunes", en: "Common values", pt: "Valores comuns"),
    rationale: Localized(
      es: """
        Los valores compartidos orientan las decisiones que el plan no prevé. El método pide \
        incorporar valores comunes. Si un valor es común de verdad lo juzga una persona; el revisor \
        sólo mira señales: que haya valores declarados, que cada objetivo cite al menos uno, que cada \
        valor lo cite algún objetivo y que lo respalden participantes de al menos dos de los cuatro \
        grupos.
        """,
      en: """
        Shared values guide the decisions the plan does not foresee. The method asks for common \
        values. Whether a value is truly shared is for a person to judge; the checker only looks at \
        signs: values are declared, every objective cites at least one, every value is cited by some \
        objective, and participants from at least two of the four groups endorse it.
        """,
      pt: """
        Os valores compartilhados orientam as decisões que o plano não prevê. O método pede \
        incorporar valores comuns. Se um valor é comum de verdade é uma pessoa que julga; o \
        revisor só olha sinais: que haja valores declarados, que cada objetivo cite pelo menos um, \
        que cada valor seja citado por algum objetivo e que seja respaldado por participantes de \
        pelo menos dois dos quatro grupos.
        """),
    help: Localized(
      es: """
        declare los valores en `valores { valor id "…" respaldado_por … }` y cítelos en cada objetivo \
        con `valores`
        """,
      en: """
        declare the values in `values { value id "…" endorsed_by … }` and cite them in each objective \
        with `values`
        """,
      pt: """
        declare os valores em `valores { valor id "…" respaldado_por … }` e cite-os em cada \
        objetivo com `valores`
        """),
    defaultSeverity: .advisory, helpPath: "docs/rules.md#g04")

  static let guideline = Localized(
    es: "4) Incorporar valores comunes", en: "4) Incorporate common values",
    pt: "4) Incorporar valores comuns")
  static let verification = Verification.proxy
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["valores", "eje"]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional"
      }
      """,
      """
      participantes {
        tecnicos rrii       "Dirección de Relaciones Internacionales"
        tecnicos produccion "Subsecretaría de Industria, Comercio y Producción"
      }

      valores {
        ↓valor apertura      "Apertura" respaldado_por rrii, produccion
        ↓↓valor transparencia "Transparencia" respaldado_por rrii
      }

      eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional" valores apertura
      }
      """,
      """
      valores {
        ↓valor apertura "Apertura"
      }

      eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional" valores apertura
        ↓objetivo op2 "Posicionar a la ciudad en las redes"
      }
      """,
    ],
    passing: [
      """
      participantes {
        liderazgo      intendenta "Mariela Ferreyra" cargo "Intendenta Municipal"
        sociedad_civil unva       "Universidad Nacional de Villa Aurora" sector universidad
      }

      valores {
        valor apertura "Apertura" respaldado_por intendenta, unva
      }

      eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional" valores apertura
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    if plan.values.isEmpty {
      context.report(
        Localized(
          es: "el plan no declara valores comunes: falta la sección `valores`",
          en: "the plan declares no common values: the `values` section is missing",
          pt: "o plano não declara valores comuns: falta a seção `valores`"),
        at: plan.anchor)
    }

    var citing = 0
    var cited: Set<String> = []
    for objective in plan.objectives {
      cited.formUnion(objective.values.map(\.name))
      if !objective.values.isEmpty {
        citing += 1
        continue
      }
      guard !plan.values.isEmpty else { continue }
      context.report(
        Localized(
          es: "el objetivo `\(objective.id)` («\(objective.title)») no cita ningún valor",
          en: "objective `\(objective.id)` (\"\(objective.title)\") cites no value",
          pt: "o objetivo `\(objective.id)` («\(objective.title)») não cita nenhum valor"),
        at: objective.range,
        help: Localized(
          es:
            "agregue al objetivo `valores` con los valores que expresa, por ejemplo `valores \(plan.values[0].id)`",
          en:
            "add `values` to the objective with the values it expresses, for example `values \(plan.values[0].id)`",
          pt:
            "acrescente ao objetivo `valores` com os valores que ele expressa, por exemplo `valores \(plan.values[0].id)`"
        ))
    }

    var endorsedWidely = 0
    for value in plan.values {
      if !cited.contains(value.id) {
        context.report(
          Localized(
            es: "ningún objetivo cita el valor `\(value.id)` («\(value.name)»)",
            en: "no objective cites value `\(value.id)` (\"\(value.name)\")",
            pt: "nenhum objetivo cita o valor `\(value.id)` («\(value.name)»)"),
          at: value.range,
          help: Localized(
            es: "cítelo en `valores` de los objetivos que lo expresan, o quítelo si no orienta el plan",
            en:
              "cite it in the `values` of the objectives that express it, or remove it if it does not guide the plan",
            pt: "cite-o em `valores` dos objetivos que o expressam, ou remova-o se não orienta o plano"
          ))
      }
      let groups = Participant.groups.filter { group in
        value.endorsedBy.contains { plan.participant($0.name)?.group == group }
      }
      if groups.count >= 2 {
        endorsedWidely += 1
      } else if value.endorsedBy.isEmpty {
        context.report(
          Localized(
            es:
              "no se dice quiénes respaldan el valor `\(value.id)` («\(value.name)»): falta `respaldado_por`",
            en:
              "it does not say who endorses value `\(value.id)` (\"\(value.name)\"): `endorsed_by` is missing",
            pt: "não se diz quem respalda o valor `\(value.id)` («\(value.name)»): falta `respaldado_por`"
          ),
          at: value.range,
          help: Localized(
            es: "agregue `respaldado_por` con participantes de al menos dos grupos",
            en: "add `endorsed_by` with participants from at least two groups",
            pt: "acrescente `respaldado_por` com participantes de pelo menos dois grupos"))
      } else if let group = groups.first {
        // Endorsements that name no participant are reported by the model (M001, M002).
        let name = GuidelineText.group(group)
        context.report(
          Localized(
            es:
              "el valor `\(value.id)` («\(value.name)») sólo lo respaldan participantes del grupo \(name.es): "
              + "un valor común necesita el respaldo de al menos dos grupos",
            en:
              "value `\(value.id)` (\"\(value.name)\") is endorsed only by participants of the \(name.en) group: "
              + "a common value needs the endorsement of at least two groups",
            pt:
              "o valor `\(value.id)` («\(value.name)») só é respaldado por participantes do grupo \(name.text(.pt)): "
              + "um valor comum precisa do respaldo de pelo menos dois grupos"),
          at: value.range,
          help: Localized(
            es:
              "sume a `respaldado_por` participantes de otro grupo (liderazgo, técnicos, sociedad civil o sociedad política)",
            en:
              "add participants from another group (leadership, technical staff, civil society or political society) to `endorsed_by`",
            pt:
              "inclua em `respaldado_por` participantes de outro grupo (liderança, técnicos, sociedade civil ou sociedade política)"
          ))
      }
    }

    let valueCount = GuidelineText.count(
      plan.values.count, Localized(es: "valor", en: "value", pt: "valor"),
      Localized(es: "valores", en: "values", pt: "valores"))
    let names = plan.values.isEmpty ? "" : ": " + plan.values.map(\.name).joined(separator: ", ")
    context.evidence(
      Localized(es: valueCount.es + names, en: valueCount.en + names, pt: valueCount.text(.pt) + names))
    context.evidence(
      Localized(
        es: "\(citing) de \(plan.objectives.count) objetivos citan al menos un valor; "
          + "\(plan.values.filter { cited.contains($0.id) }.count) de \(plan.values.count) valores citados por objetivos",
        en: "\(citing) of \(plan.objectives.count) objectives cite at least one value; "
          + "\(plan.values.filter { cited.contains($0.id) }.count) of \(plan.values.count) values cited by objectives",
        pt: "\(citing) de \(plan.objectives.count) objetivos citam pelo menos um valor; "
          + "\(plan.values.filter { cited.contains($0.id) }.count) de \(plan.values.count) valores citados por objetivos"
      ))
    context.evidence(
      Localized(
        es: "\(endorsedWidely) de \(plan.values.count) valores respaldados por dos grupos o más",
        en: "\(endorsedWidely) of \(plan.values.count) values endorsed by two groups or more",
        pt: "\(endorsedWidely) de \(plan.values.count) valores respaldados por dois grupos ou mais"))
    context.evidence(
      Localized(
        es: "si los valores son comunes de verdad lo juzga una persona",
        en: "whether the values are truly shared is for a person to judge",
        pt: "se os valores são comuns de verdade é uma pessoa que julga"))
  }
}
