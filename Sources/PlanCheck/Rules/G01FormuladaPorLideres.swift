import PlanDiagnostics
import PlanModel

/// Pauta 1: the plan must be formulated by the leaders. Only the declared provenance can be checked.
struct G01FormuladaPorLideres: Rule {
  static let descriptor = RuleDescriptor(
    id: "G01", name: "FormuladaPorLideres",
    title: Localized(
      es: "Formulado por los líderes", en: "Formulated by the leaders", pt: "Formulado pelos líderes"),
    rationale: Localized(
      es: """
        Un plan que no impulsan quienes conducen el municipio no se ejecuta. El método pide que lo \
        formulen los líderes. Quién escribió de verdad el plan no se puede comprobar desde el texto: \
        se verifica lo declarado. Hay al menos un participante del grupo `liderazgo`, `formulado_por` \
        nombra sólo a personas de ese grupo y el `lider` de cada objetivo pertenece a él.
        """,
      en: """
        A plan not driven by those who lead the municipality is not carried out. The method asks for \
        it to be formulated by the leaders. Who really wrote the plan cannot be proven from the text: \
        what is declared is checked. There is at least one participant in the `leadership` group, \
        `formulated_by` names only people of that group, and each objective's `sponsor` belongs to it.
        """,
      pt: """
        Um plano que não é impulsionado por quem conduz o município não é executado. O método pede \
        que seja formulado pelos líderes. Quem escreveu de verdade o plano não se pode comprovar \
        pelo texto: verifica-se o que foi declarado. Há pelo menos um participante do grupo \
        `lideranca`, `formulado_por` nomeia só pessoas desse grupo e o `lider` de cada objetivo \
        pertence a ele.
        """),
    help: Localized(
      es: """
        declare a las autoridades en `participantes { liderazgo … }` y nómbrelas en `formulado_por` y \
        en el `lider` de cada objetivo
        """,
      en: """
        declare the authorities in `participants { leadership … }` and name them in `formulated_by` \
        and in each objective's `sponsor`
        """,
      pt: """
        declare as autoridades em `participantes { lideranca … }` e nomeie-as em `formulado_por` e \
        no `lider` de cada objetivo
        """),
    defaultSeverity: .error, helpPath: "docs/rules.md#g01")

  static let guideline = Localized(
    es: "1) Debe ser formulada por líderes", en: "1) It must be formulated by leaders",
    pt: "1) Deve ser formulado por líderes")
  static let verification = Verification.structural
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["plan", "participantes", "eje"]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓↓plan "Villa Aurora en el Mundo" {
        ciudad "Villa Aurora"
      }

      participantes {
        tecnicos rrii "Dirección de Relaciones Internacionales"
      }
      """,
      """
      plan "Villa Aurora en el Mundo" {
        ciudad        "Villa Aurora"
        formulado_por intendenta, ↓rrii
      }

      participantes {
        liderazgo intendenta "Mariela Ferreyra" cargo "Intendenta Municipal"
        tecnicos  rrii       "Dirección de Relaciones Internacionales"
      }
      """,
      """
      plan "Villa Aurora en el Mundo" {
        ciudad        "Villa Aurora"
        formulado_por intendenta
      }

      participantes {
        liderazgo intendenta "Mariela Ferreyra" cargo "Intendenta Municipal"
        tecnicos  rrii       "Dirección de Relaciones Internacionales"
      }

      eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional" lider ↓rrii responsable rrii
      }
      """,
    ],
    passing: [
      """
      plan "Villa Aurora en el Mundo" {
        ciudad        "Villa Aurora"
        formulado_por intendenta
      }

      participantes {
        liderazgo intendenta "Mariela Ferreyra" cargo "Intendenta Municipal"
        tecnicos  rrii       "Dirección de Relaciones Internacionales"
      }

      eje politico "Gestión internacional" {
        objetivo op1 "Institucionalizar la gestión internacional" lider intendenta responsable rrii
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    let leaders = plan.participants.filter { $0.group == "liderazgo" }
    if leaders.isEmpty {
      context.report(
        Localized(
          es: "nadie del liderazgo participa del plan: no hay ningún participante del grupo `liderazgo`",
          en:
            "no one from the leadership takes part in the plan: there is no participant in the `leadership` group",
          pt: "ninguém da liderança participa do plano: não há nenhum participante do grupo `lideranca`"
        ),
        at: plan.anchor,
        notes: plan.participants.first.map {
          [
            Note(
              Localized(
                es: "los participantes se declaran aquí", en: "the participants are declared here",
                pt: "os participantes são declarados aqui"),
              at: $0.range)
          ]
        } ?? [])
    }

    let formulatedBy = plan.metadata.formulatedBy
    if formulatedBy.isEmpty {
      context.report(
        Localized(
          es: "el plan no dice quién del liderazgo lo formula: falta `formulado_por` en el bloque `plan`",
          en:
            "the plan does not say who in the leadership formulates it: `formulated_by` is missing from the `plan` block",
          pt: "o plano não diz quem da liderança o formula: falta `formulado_por` no bloco `plano`"
        ),
        at: plan.anchor,
        help: Localized(
          es:
            "agregue `formulado_por` con los identificadores de las autoridades, por ejemplo `formulado_por intendenta`",
          en: "add `formulated_by` with the authorities' identifiers, for example `formulated_by mayor`",
          pt:
            "acrescente `formulado_por` com os identificadores das autoridades, por exemplo `formulado_por intendenta`"
        ),
        severity: .warning)
    }
    for reference in formulatedBy {
      // References that name no participant are reported by the model (M001, M002).
      guard let person = plan.participant(reference.name), person.group != "liderazgo" else { continue }
      let group = GuidelineText.group(person.group)
      context.report(
        Localized(
          es:
            "`formulado_por` nombra a `\(person.id)` («\(person.name)»), que es del grupo \(group.es) y no del liderazgo",
          en:
            "`formulated_by` names `\(person.id)` (\"\(person.name)\"), who is in the \(group.en) group, not the leadership",
          pt:
            "`formulado_por` nomeia `\(person.id)` («\(person.name)»), que é do grupo \(group.text(.pt)) e não da liderança"
        ),
        at: reference.range,
        notes: [
          Note(
            Localized(
              es: "`\(person.id)` se declara aquí", en: "`\(person.id)` is declared here",
              pt: "`\(person.id)` é declarado aqui"),
            at: person.range)
        ],
        help: Localized(
          es: "nombre sólo a participantes del grupo `liderazgo`; el resto del equipo figura en la comisión",
          en:
            "name only participants of the `leadership` group; the rest of the team belongs in the commission",
          pt: "nomeie só participantes do grupo `lideranca`; o resto da equipe figura na comissão"
        ),
        severity: .warning)
    }

    // A missing `lider` is G03's finding; here, only a sponsor who is not from the leadership.
    var sponsoredByLeaders = 0
    for objective in plan.objectives {
      guard let sponsor = objective.sponsor else { continue }
      guard let person = plan.participant(sponsor.name) else { continue }
      if person.group == "liderazgo" {
        sponsoredByLeaders += 1
        continue
      }
      let group = GuidelineText.group(person.group)
      context.report(
        Localized(
          es:
            "el líder del objetivo `\(objective.id)` es `\(person.id)` («\(person.name)»), del grupo \(group.es): "
            + "el `lider` tiene que ser del liderazgo",
          en:
            "the sponsor of objective `\(objective.id)` is `\(person.id)` (\"\(person.name)\"), from the \(group.en) group: "
            + "the `sponsor` must be from the leadership",
          pt:
            "o líder do objetivo `\(objective.id)` é `\(person.id)` («\(person.name)»), do grupo \(group.text(.pt)): "
            + "o `lider` tem de ser da liderança"),
        at: sponsor.range,
        notes: [
          Note(
            Localized(
              es: "`\(person.id)` se declara aquí", en: "`\(person.id)` is declared here",
              pt: "`\(person.id)` é declarado aqui"),
            at: person.range)
        ],
        help: Localized(
          es:
            "ponga como `lider` a una autoridad del grupo `liderazgo` y a `\(person.id)` como `responsable`",
          en: "make an authority of the `leadership` group the `sponsor`, and `\(person.id)` the `owner`",
          pt: "ponha como `lider` uma autoridade do grupo `lideranca` e `\(person.id)` como `responsavel`"),
        severity: .warning)
    }

    let leaderCount = GuidelineText.count(
      leaders.count, Localized(es: "participante", en: "participant", pt: "participante"),
      Localized(es: "participantes", en: "participants", pt: "participantes"))
    let names = leaders.isEmpty ? "" : " (\(leaders.map(\.name).joined(separator: ", ")))"
    context.evidence(
      Localized(
        es: "liderazgo: \(leaderCount.es)\(names)", en: "leadership: \(leaderCount.en)\(names)",
        pt: "liderança: \(leaderCount.text(.pt))\(names)"))
    let formulators = formulatedBy.map { plan.participant($0.name)?.name ?? $0.name }
    context.evidence(
      Localized(
        es: formulators.isEmpty
          ? "no se declara quién formula el plan"
          : "formulado por (según lo declarado): \(formulators.joined(separator: ", "))",
        en: formulators.isEmpty
          ? "who formulates the plan is not declared"
          : "formulated by (as declared): \(formulators.joined(separator: ", "))",
        pt: formulators.isEmpty
          ? "não se declara quem formula o plano"
          : "formulado por (segundo o declarado): \(formulators.joined(separator: ", "))"))
    let objectives = plan.objectives.count
    context.evidence(
      Localized(
        es: "\(sponsoredByLeaders) de \(objectives) objetivos con un líder del liderazgo",
        en: "\(sponsoredByLeaders) of \(objectives) objectives with a sponsor from the leadership",
        pt: "\(sponsoredByLeaders) de \(objectives) objetivos com um líder da liderança"))
    context.evidence(
      Localized(
        es: "se verifica la procedencia declarada, no quién escribió de verdad el plan",
        en: "the declared provenance is checked, not who really wrote the plan",
        pt: "verifica-se a procedência declarada, não quem escreveu de verdade o plano"))
  }
}
