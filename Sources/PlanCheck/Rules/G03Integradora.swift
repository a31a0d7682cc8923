import PlanDiagnostics
import PlanModel

/// Pauta 3: the plan integrates management and staff — the four groups, a commission with all of
/// them, a sponsor and an owner for every objective, and no single owner of most actions.
struct G03Integradora: Rule {
  static let descriptor = RuleDescriptor(
    id: "G03", name: "Integradora",
    title: Localized(
      es: "Integrador: compartido entre quienes conducen y sus colaboradores",
      en: "Integrating: shared between management and staff",
      pt: "Integrador: compartilhado entre a direção e os colaboradores"),
    rationale: Localized(
      es: """
        El plan tiene que ser de todos los que lo llevan adelante, no de una sola área. El método pide \
        que sea compartido entre el grupo que conduce y sus colaboradores. Que se comparta de verdad no \
        se puede probar; se verifica el reparto de roles: participantes de los cuatro grupos \
        (liderazgo, técnicos, sociedad civil y sociedad política), una comisión con miembros de los \
        cuatro, un líder y un responsable técnico en cada objetivo, y que nadie tenga a su cargo más \
        de la mitad de las acciones.
        """,
      en: """
        The plan has to belong to everyone who carries it out, not to a single office. The method asks \
        for it to be shared between the management group and its staff. Real sharing cannot be \
        proven; the distribution of roles is checked: participants from the four groups (leadership, \
        technical staff, civil society and political society), a commission with members from all \
        four, a sponsor and a technical owner on every objective, and no one in charge of more than \
        half of the actions.
        """,
      pt: """
        O plano tem de ser de todos os que o levam adiante, não de uma só área. O método pede que \
        seja compartilhado entre o grupo que conduz e seus colaboradores. Que seja compartilhado \
        de verdade não se pode provar; verifica-se a divisão de papéis: participantes dos quatro \
        grupos (liderança, técnicos, sociedade civil e sociedade política), uma comissão com \
        membros dos quatro, um líder e um responsável técnico em cada objetivo, e que ninguém \
        tenha a seu cargo mais da metade das ações.
        """),
    help: Localized(
      es: """
        declare participantes de los cuatro grupos, súmelos a la `comision` y dé a cada objetivo un \
        `lider` y un `responsable`
        """,
      en: """
        declare participants from the four groups, add them to the `commission` and give each \
        objective a `sponsor` and an `owner`
        """,
      pt: """
        declare participantes dos quatro grupos, inclua-os na `comissao` e dê a cada objetivo um \
        `lider` e um `responsavel`
        """),
    defaultSeverity: .error, helpPath: "docs/rules.md#g03")

  static let guideline = Localized(
    es: "3) Integradora: compartida entre el grupo gerencial y los colaboradores",
    en: "3) Integrating: shared between the management group and the staff",
    pt: "3) Integradora: compartilhada entre o grupo gerencial e os colaboradores")
  static let verification = Verification.structural
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["participantes", "comision", "eje", "accion"]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓↓participantes {
        liderazgo      intendenta "Mariela Ferreyra" cargo "Intendenta Municipal"
        tecnicos       rrii       "Dirección de Relaciones Internacionales"
        sociedad_civil unva       "Universidad Nacional de Villa Aurora" sector universidad
      }
      """,
      """
      participantes {
        liderazgo         intendenta "Mariela Ferreyra" cargo "Intendenta Municipal"
        tecnicos          rrii       "Dirección de Relaciones Internacionales"
        sociedad_civil    unva       "Universidad Nacional de Villa Aurora" sector universidad
        sociedad_politica concejal   "Silvina Acosta" cargo "Concejala"
      }

      ↓comision "Comisión para la Internacionalización y Desarrollo" {
        preside  intendenta
        miembros rrii
      }

      eje politico "Gestión internacional" {
        ↓objetivo op1 "Institucionalizar la gestión internacional" lider intendenta
      }
      """,
      """
      participantes {
        liderazgo         intendenta "Mariela Ferreyra" cargo "Intendenta Municipal"
        ↓tecnicos          rrii       "Dirección de Relaciones Internacionales"
        sociedad_civil    unva       "Universidad Nacional de Villa Aurora" sector universidad
        sociedad_politica concejal   "Silvina Acosta" cargo "Concejala"
      }

      comision "Comisión para la Internacionalización y Desarrollo" {
        preside  intendenta
        miembros rrii, unva, concejal
      }

      accion a01 "Crear la Dirección de Relaciones Internacionales" responsable rrii
      accion a02 "Crear el Registro Único de Vínculos Internacionales" responsable rrii
      accion a03 "Participar en la Red de Mercociudades" responsable rrii
      accion a04 "Constituir la Comisión para la Internacionalización" responsable intendenta
      """,
      """
      ↓↓plan "Villa Aurora en el Mundo" {
        ciudad "Villa Aurora"
      }
      """,
      """
      participantes {
        liderazgo         intendenta "Mariela Ferreyra" cargo "Intendenta Municipal"
        tecnicos          rrii       "Dirección de Relaciones Internacionales"
        sociedad_civil    unva       "Universidad Nacional de Villa Aurora" sector universidad
        sociedad_politica concejal   "Silvina Acosta" cargo "Concejala"
      }

      comision "Comisión para la Internacionalización y Desarrollo" {
        preside  intendenta
        miembros rrii, unva, concejal
      }

      eje politico "Gestión internacional" {
        ↓objetivo op1 "Institucionalizar la gestión internacional" responsable rrii
        objetivo op2 "Posicionar a la ciudad en las redes" lider intendenta responsable ↓unva
      }
      """,
    ],
    passing: [
      """
      participantes {
        liderazgo         intendenta "Mariela Ferreyra" cargo "Intendenta Municipal"
        tecnicos          rrii       "Dirección de Relaciones Internacionales"
        tecnicos          produccion "Subsecretaría de Industria, Comercio y Producción"
        sociedad_civil    unva       "Universidad Nacional de Villa Aurora" sector universidad
        sociedad_politica concejal   "Silvina Acosta" cargo "Concejala"
      }

      comision "Comisión para la Internacionalización y Desarrollo" {
        preside  intendenta
        miembros rrii, produccion, unva, concejal
      }

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan" lider intendenta responsable produccion
      }

      accion a01 "Crear la Dirección de Relaciones Internacionales" responsable rrii
      accion a02 "Programa Villa Aurora Exporta" responsable produccion
      accion a03 "Ronda de negocios metalmecánica" responsable produccion
      accion a04 "Prácticas de estudiantes en la Dirección" responsable rrii
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    let groups = Participant.groups
    let participantsNote =
      plan.participants.first.map {
        [
          Note(
            Localized(
              es: "los participantes se declaran aquí", en: "the participants are declared here",
              pt: "os participantes são declarados aqui"),
            at: $0.range)
        ]
      } ?? []

    // The four groups among the participants.
    let byGroup = Dictionary(grouping: plan.participants, by: \.group)
    let absent = groups.filter { (byGroup[$0] ?? []).isEmpty }
    if plan.participants.isEmpty {
      context.report(
        Localized(
          es:
            "el plan no dice quiénes participan: falta la sección `participantes` con los cuatro grupos del método",
          en:
            "the plan does not say who takes part: the `participants` section with the method's four groups is missing",
          pt: "o plano não diz quem participa: falta a seção `participantes` com os quatro grupos do método"
        ),
        at: plan.anchor)
    } else if !absent.isEmpty {
      let names = GuidelineText.list(absent.map(GuidelineText.group))
      let keywords = GuidelineText.list(absent.map(GuidelineText.groupKeyword))
      context.report(
        Localized(
          es:
            "no hay participantes de \(names.es): el plan tiene que integrar a los cuatro grupos del método",
          en: "there are no participants from \(names.en): the plan has to bring in the method's four groups",
          pt: "não há participantes de \(names.text(.pt)): o plano tem de integrar os quatro grupos do método"
        ),
        at: plan.anchor, notes: participantsNote,
        help: Localized(
          es: "agregue en `participantes` al menos uno de \(keywords.es)",
          en: "add at least one \(keywords.en) to `participants`",
          pt: "acrescente em `participantes` pelo menos um de \(keywords.text(.pt))"))
    }

    // The commission, with members from the four groups.
    var commissionGroups: Set<String> = []
    if let commission = plan.commission {
      for reference in [commission.chair].compactMap({ $0 }) + commission.members {
        if let person = plan.participant(reference.name) { commissionGroups.insert(person.group) }
      }
      let missing = groups.filter { !commissionGroups.contains($0) }
      if !missing.isEmpty {
        let names = GuidelineText.list(missing.map(GuidelineText.group))
        context.report(
          Localized(
            es: "la comisión no tiene miembros de \(names.es): tiene que reunir a los cuatro grupos",
            en: "the commission has no members from \(names.en): it has to bring together the four groups",
            pt: "a comissão não tem membros de \(names.text(.pt)): ela tem de reunir os quatro grupos"),
          at: commission.range,
          help: Localized(
            es: "sume a `miembros` participantes de \(names.es)",
            en: "add participants from \(names.en) to `members`",
            pt: "inclua em `membros` participantes de \(names.text(.pt))"))
      }
    } else {
      context.report(
        Localized(
          es: "falta la `comision` para la Internacionalización y Desarrollo, que reúne a los cuatro grupos",
          en:
            "the Internationalization and Development `commission`, which brings the four groups together, is missing",
          pt: "falta a `comissao` para a Internacionalização e Desenvolvimento, que reúne os quatro grupos"
        ),
        at: plan.anchor,
        help: Localized(
          es: "declare `comision \"…\" { preside … miembros … }` con participantes de los cuatro grupos",
          en: "declare `commission \"…\" { chair … members … }` with participants from the four groups",
          pt: "declare `comissao \"…\" { preside … membros … }` com participantes dos quatro grupos"))
    }

    // A sponsor and a technical owner on every objective.
    var complete = 0
    for objective in plan.objectives {
      var missing: [Localized] = []
      if objective.sponsor == nil {
        missing.append(
          Localized(
            es: "un `lider` (del liderazgo)", en: "a `sponsor` (from the leadership)",
            pt: "um `lider` (da liderança)"))
      }
      if objective.owner == nil {
        missing.append(
          Localized(
            es: "un `responsable` (técnico)", en: "an `owner` (technical staff)",
            pt: "um `responsavel` (técnico)"))
      }
      if !missing.isEmpty {
        let what = GuidelineText.list(missing)
        context.report(
          Localized(
            es: "al objetivo `\(objective.id)` («\(objective.title)») "
              + (missing.count == 1 ? "le falta " : "le faltan ")
              + what.es,
            en: "objective `\(objective.id)` (\"\(objective.title)\") is missing \(what.en)",
            pt: "no objetivo `\(objective.id)` («\(objective.title)») "
              + (missing.count == 1 ? "falta " : "faltam ")
              + what.text(.pt)),
          at: objective.range, severity: .warning)
      }
      // A sponsor outside the leadership is G01's finding; here, the owner's group.
      if let owner = objective.owner, let person = plan.participant(owner.name), person.group != "tecnicos" {
        let group = GuidelineText.group(person.group)
        context.report(
          Localized(
            es:
              "el responsable del objetivo `\(objective.id)` es `\(person.id)` («\(person.name)»), del grupo \(group.es): "
              + "el `responsable` tiene que ser un área técnica del municipio",
            en:
              "the owner of objective `\(objective.id)` is `\(person.id)` (\"\(person.name)\"), from the \(group.en) group: "
              + "the `owner` must be a technical office of the municipality",
            pt:
              "o responsável do objetivo `\(objective.id)` é `\(person.id)` («\(person.name)»), do grupo \(group.text(.pt)): "
              + "o `responsavel` tem de ser uma área técnica do município"),
          at: owner.range,
          notes: [
            Note(
              Localized(
                es: "`\(person.id)` se declara aquí", en: "`\(person.id)` is declared here",
                pt: "`\(person.id)` é declarado aqui"),
              at: person.range)
          ],
          help: Localized(
            es: "ponga como `responsable` a un participante del grupo `tecnicos`",
            en: "make a participant of the `technical` group the `owner`",
            pt: "ponha como `responsavel` um participante do grupo `tecnicos`"),
          severity: .warning)
        continue
      }
      if missing.isEmpty { complete += 1 }
    }

    // No one in charge of more than half of the actions.
    var owned: [String: Int] = [:]
    for action in plan.actions { if let owner = action.owner { owned[owner.name, default: 0] += 1 } }
    let busiest = owned.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
    if plan.actions.count >= 4, let busiest, busiest.value * 2 > plan.actions.count {
      let person = plan.participant(busiest.key)
      let name = person.map { " («\($0.name)»)" } ?? ""
      let nameEn = person.map { " (\"\($0.name)\")" } ?? ""
      context.report(
        Localized(
          es:
            "`\(busiest.key)`\(name) es responsable de \(busiest.value) de las \(plan.actions.count) acciones: "
            + "más de la mitad del plan depende de una sola persona o área",
          en: "`\(busiest.key)`\(nameEn) owns \(busiest.value) of the \(plan.actions.count) actions: "
            + "more than half of the plan depends on a single person or office",
          pt: "`\(busiest.key)`\(name) é responsável por \(busiest.value) das \(plan.actions.count) ações: "
            + "mais da metade do plano depende de uma só pessoa ou área"),
        at: person?.range ?? plan.anchor,
        help: Localized(
          es: "reparta las acciones entre más áreas: cambie el `responsable` de algunas",
          en: "spread the actions across more offices: change the `owner` of some of them",
          pt: "distribua as ações entre mais áreas: mude o `responsavel` de algumas"),
        severity: .warning)
    }

    let counts = groups.map { group -> Localized in
      let name = GuidelineText.group(group)
      let count = byGroup[group]?.count ?? 0
      return Localized(es: "\(name.es) \(count)", en: "\(name.en) \(count)", pt: "\(name.text(.pt)) \(count)")
    }
    let countList = GuidelineText.list(counts)
    context.evidence(
      Localized(
        es: "participantes: \(countList.es)", en: "participants: \(countList.en)",
        pt: "participantes: \(countList.text(.pt))"))
    if let commission = plan.commission {
      let members = Set(([commission.chair].compactMap { $0 } + commission.members).map(\.name)).count
      context.evidence(
        Localized(
          es: "comisión con \(members) integrantes de \(commissionGroups.count) de los 4 grupos",
          en: "commission with \(members) members from \(commissionGroups.count) of the 4 groups",
          pt: "comissão com \(members) integrantes de \(commissionGroups.count) dos 4 grupos"))
    } else {
      context.evidence(Localized(es: "sin comisión", en: "no commission", pt: "sem comissão"))
    }
    context.evidence(
      Localized(
        es: "\(complete) de \(plan.objectives.count) objetivos con líder y responsable técnico",
        en: "\(complete) of \(plan.objectives.count) objectives with a sponsor and a technical owner",
        pt: "\(complete) de \(plan.objectives.count) objetivos com líder e responsável técnico"))
    if let busiest, !plan.actions.isEmpty {
      let who = plan.participant(busiest.key).map { "\($0.name) (`\(busiest.key)`)" } ?? "`\(busiest.key)`"
      context.evidence(
        Localized(
          es: "quien más acciones tiene a cargo: \(who), \(busiest.value) de \(plan.actions.count)",
          en: "the busiest owner: \(who), \(busiest.value) of \(plan.actions.count) actions",
          pt: "quem tem mais ações a cargo: \(who), \(busiest.value) de \(plan.actions.count)"))
    }
  }
}
