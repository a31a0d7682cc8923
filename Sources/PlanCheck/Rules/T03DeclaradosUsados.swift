import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Traceability: every declared tool, partner and participant plays some part in the plan.
struct T03DeclaradosUsados: Rule {
  static let descriptor = RuleDescriptor(
    id: "T03", name: "DeclaradosYUsados",
    title: Localized(
      es: "Cada herramienta, socio y participante declarado se usa",
      en: "Every declared tool, partner and participant is used",
      pt: "Cada ferramenta, parceiro e participante declarado é usado"),
    rationale: Localized(
      es: """
        Lo que el plan declara tiene que tener un papel en él. Una herramienta de \
        internacionalización que ninguna acción usa (`herramienta` en la acción), un socio externo que \
        ninguna acción, eje ni diagnóstico nombra, o un participante que no es responsable, líder, \
        miembro de la comisión, socio ni respalda ningún valor, es un dato suelto: o sobra, o falta la \
        acción o la asignación que lo pone a trabajar.
        """,
      en: """
        What the plan declares must play a part in it. An internationalization tool that no action \
        uses (`tool` in the action), an external partner that no action, axis or diagnosis names, or a \
        participant who owns, sponsors, sits on the commission, partners nothing and endorses no value, \
        is a loose datum: either it is superfluous, or the action or assignment that puts it to work is \
        missing.
        """,
      pt: """
        O que o plano declara tem de ter um papel nele. Uma ferramenta de internacionalização que \
        nenhuma ação usa (`ferramenta` na ação), um parceiro externo que nenhuma ação, eixo ou \
        diagnóstico nomeia, ou um participante que não é responsável, líder, membro da comissão \
        nem parceiro e não respalda nenhum valor, é um dado solto: ou sobra, ou falta a ação ou a \
        atribuição que o põe para trabalhar.
        """),
    help: Localized(
      es: "cítelo donde corresponda (una acción, un eje, la comisión…) o quite la declaración",
      en: "cite it where it belongs (an action, an axis, the commission…) or remove the declaration",
      pt: "cite-o onde couber (uma ação, um eixo, a comissão…) ou remova a declaração"),
    defaultSeverity: .warning, helpPath: "docs/rules.md#t03")

  static let guideline = Localized(
    es: """
      La internacionalización es el resultado de la aplicación del conjunto de herramientas \
      desarrolladas en forma estratégica
      """,
    en: """
      Internationalization is the result of applying the whole set of tools, developed strategically
      """,
    pt: """
      A internacionalização é o resultado da aplicação do conjunto de ferramentas desenvolvidas de \
      forma estratégica
      """)
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      """
      herramientas {
        herramienta hermanamiento "Reactivar el hermanamiento con Pinerolo"
        ↓herramienta ronda_de_negocios "Ronda de negocios metalmecánica"
      }

      accion a01 "Misión a Pinerolo" {
        herramienta hermanamiento
      }
      """,
      """
      socios {
        ↓red mercociudades "Red de Mercociudades" estado vigente norma "Ordenanza N.º 1.904/2019"
      }
      """,
      """
      participantes {
        ↓liderazgo intendenta "Mariela Ferreyra" cargo "Intendenta Municipal"
        tecnicos  turismo    "Dirección de Turismo"
      }

      accion a01 "Promoción turística en el sur de Brasil" {
        responsable turismo
      }
      """,
      """
      participantes {
        tecnicos rrii "Dirección de Relaciones Internacionales"
      }

      programa pr1 "Red de ciudades serranas" {
        responsable rrii
      }

      ↓programa pr2 "Ciudad universitaria"

      accion a01 "Foro de Ciudades Serranas" {
        programa    pr1
        responsable rrii
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

      socios {
        ciudad pinerolo "Città di Pinerolo" pais "Italia" estado vigente norma "Ordenanza N.º 1.652/2014"
      }

      herramientas {
        herramienta hermanamiento "Reactivar el hermanamiento con Pinerolo"
      }

      accion a01 "Intercambio de técnicos con Pinerolo" {
        herramienta hermanamiento
        responsable rrii
        socios      pinerolo
      }
      """,
      """
      plan "Villa Aurora en el Mundo" {
        ciudad        "Villa Aurora"
        formulado_por intendenta
      }

      participantes {
        liderazgo         intendenta  "Mariela Ferreyra" cargo "Intendenta Municipal"
        liderazgo         vice        "Pablo Ríos" cargo "Viceintendente"
        tecnicos          rrii        "Dirección de Relaciones Internacionales"
        tecnicos          produccion  "Subsecretaría de Producción"
        tecnicos          sistemas    "Dirección de Sistemas"
        tecnicos          estadistica "Dirección de Estadística"
        tecnicos          prensa      "Dirección de Prensa"
        sociedad_civil    unva        "Universidad Nacional de Villa Aurora" sector universidad
        sociedad_civil    cicva       "Cámara de Industria y Comercio de Villa Aurora" sector camara
        sociedad_politica concejal    "Silvina Acosta" cargo "Concejala"
      }

      socios {
        ciudad pinerolo      "Città di Pinerolo" pais "Italia" estado vigente norma "Ordenanza N.º 1.652/2014"
        red    mercociudades "Red de Mercociudades" estado vigente norma "Ordenanza N.º 1.904/2019"
        ciudad caxias        "Prefeitura de Caxias do Sul" pais "Brasil" estado en_negociacion
      }

      diagnostico {
        socios_identificados caxias
      }

      valores {
        valor apertura "Apertura" respaldado_por unva
      }

      comision "Comisión para la Internacionalización y Desarrollo" {
        preside  vice
        miembros concejal
      }

      eje territorial "Los actores del territorio" {
        actores cicva, mercociudades
      }

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan" lider intendenta responsable produccion
      }

      tecnologia {
        herramienta tablero "Tablero Abierto de Metas Internacionales" responsable sistemas
      }

      seguimiento {
        informe     anual "Informe anual al Concejo Deliberante" responsable prensa
        responsable estadistica
      }

      accion a01 "Intercambio de técnicos con Pinerolo" {
        responsable rrii
        socios      pinerolo
      }
      """,
      """
      plan "Villa Aurora en el Mundo" {
        ciudad    "Villa Aurora"
        autoridad "Mariela Ferreyra" cargo "Intendenta Municipal"
      }

      participantes {
        liderazgo intendenta "Mariela Ferreyra" cargo "Intendenta Municipal"
        liderazgo jefe       "Pablo Ríos" cargo "Jefe de Gabinete"
        tecnicos  rrii       "Dirección de Relaciones Internacionales"
        tecnicos  turismo    "Dirección de Turismo"
        tecnicos  cultura    "Subsecretaría de Cultura"
      }

      prologo "Carta de la intendenta" {
        texto "Villa Aurora sale al mundo con un plan propio."
        firma jefe
      }

      programa pr1 "Red de ciudades serranas" {
        responsable turismo
      }

      accion a01 "Foro de Ciudades Serranas" {
        programa        pr1
        responsable     rrii
        corresponsables cultura
      }
      """,
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    // Tools: the kinds the actions use.
    let usedTools = Set(plan.actions.compactMap { $0.tool?.value })
    var unusedTools = 0
    for tool in plan.tools where !usedTools.contains(tool.kind) {
      unusedTools += 1
      let kind = Vocabulary.tool.words(tool.kind)
      context.report(
        Localized(
          es: "ninguna acción usa la herramienta declarada `\(kind.es)`"
            + (tool.description.map { " («\($0)»)" } ?? ""),
          en: "no action uses the declared tool `\(kind.en)`"
            + (tool.description.map { " (\"\($0)\")" } ?? ""),
          pt: "nenhuma ação usa a ferramenta declarada `\(kind.pt)`"
            + (tool.description.map { " («\($0)»)" } ?? "")),
        at: tool.range,
        help: Localized(
          es: "indique `herramienta \(kind.es)` en la acción que la usa, o quite la declaración",
          en: "write `tool \(kind.en)` in the action that uses it, or remove the declaration",
          pt: "indique `ferramenta \(kind.pt)` na ação que a usa, ou remova a declaração"))
    }

    // Partners: named by actions, axes and stage A of the diagnosis.
    var partnerUses: Set<String> = []
    for action in plan.actions { for reference in action.partners { partnerUses.insert(reference.name) } }
    for axis in plan.axes { for reference in axis.actors { partnerUses.insert(reference.name) } }
    for reference in plan.diagnosis?.identifiedPartners ?? [] { partnerUses.insert(reference.name) }
    var unusedPartners = 0
    for partner in plan.partners where !partnerUses.contains(partner.id) {
      unusedPartners += 1
      context.report(
        Localized(
          es:
            "el socio `\(partner.id)` («\(partner.name)») no aparece en ninguna acción, eje ni en el diagnóstico",
          en: "partner `\(partner.id)` (\"\(partner.name)\") appears in no action, axis or diagnosis",
          pt:
            "o parceiro `\(partner.id)` («\(partner.name)») não aparece em nenhuma ação, eixo nem no diagnóstico"
        ),
        at: partner.range,
        help: Localized(
          es: "cítelo en `socios` de una acción, en `actores` de un eje o en `socios_identificados`",
          en: "cite it in an action's `partners`, an axis's `actors` or in `identified_partners`",
          pt: "cite-o em `parceiros` de uma ação, em `atores` de um eixo ou em `parceiros_identificados`"))
    }

    // Participants: every role the plan can give them.
    var roles = Set(plan.metadata.formulatedBy.map(\.name))
    for value in plan.values { roles.formUnion(value.endorsedBy.map(\.name)) }
    for axis in plan.axes {
      roles.formUnion(axis.actors.map(\.name))
      for objective in axis.objectives {
        roles.formUnion([objective.sponsor, objective.owner].compactMap { $0?.name })
      }
    }
    if let commission = plan.commission {
      roles.formUnion(commission.members.map(\.name) + [commission.chair?.name].compactMap { $0 })
    }
    for action in plan.actions {
      roles.formUnion(
        action.partners.map(\.name) + action.coOwners.map(\.name) + [action.owner?.name].compactMap { $0 })
    }
    roles.formUnion(plan.programmes.compactMap { $0.owner?.name })
    if let signer = plan.foreword?.signedBy { roles.insert(signer.name) }
    // The heads of government who present the plan: its authorities, by name.
    let presenting = Set(plan.metadata.authorities.map { Keywords.fold($0.name) })
    for participant in plan.participants where presenting.contains(Keywords.fold(participant.name)) {
      roles.insert(participant.id)
    }
    roles.formUnion(plan.technologies.compactMap { $0.owner?.name })
    if let owner = plan.monitoring?.owner { roles.insert(owner.name) }
    for report in plan.monitoring?.reports ?? [] { if let owner = report.owner { roles.insert(owner.name) } }
    var unusedParticipants = 0
    for participant in plan.participants where !roles.contains(participant.id) {
      unusedParticipants += 1
      context.report(
        Localized(
          es: """
            el participante `\(participant.id)` («\(participant.name)») no tiene ningún papel en el plan: \
            no es responsable, líder, miembro de la comisión ni socio de ninguna acción
            """,
          en: """
            participant `\(participant.id)` ("\(participant.name)") has no part in the plan: they own, \
            sponsor, sit on the commission for and partner nothing
            """,
          pt: """
            o participante `\(participant.id)` («\(participant.name)») não tem nenhum papel no \
            plano: não é responsável, líder, membro da comissão nem parceiro de nenhuma ação
            """),
        at: participant.range,
        help: Localized(
          es:
            "asígnele un papel (`responsable`, `lider`, `miembros` de la comisión, `socios` de una acción…) o quítelo",
          en:
            "give them a part (`owner`, `sponsor`, commission `members`, an action's `partners`…) or remove them",
          pt:
            "atribua-lhe um papel (`responsavel`, `lider`, `membros` da comissão, `parceiros` de uma ação…) ou remova-o"
        ))
    }

    // Programmes: each groups some action.
    let programmesUsed = Set(plan.actions.compactMap { $0.programme?.name })
    for programme in plan.programmes where !programmesUsed.contains(programme.id) {
      context.report(
        Localized(
          es: "ninguna acción pertenece al programa `\(programme.id)` («\(programme.title)»)",
          en: "no action belongs to programme `\(programme.id)` (\"\(programme.title)\")",
          pt: "nenhuma ação pertence ao programa `\(programme.id)` («\(programme.title)»)"),
        at: programme.range,
        help: Localized(
          es: "indique `programa \(programme.id)` en las acciones que agrupa, o quítelo",
          en: "write `programme \(programme.id)` in the actions it groups, or remove it",
          pt: "indique `programa \(programme.id)` nas ações que agrupa, ou retire-o"))
    }

    context.evidence(
      Localized(
        es: """
          \(plan.tools.count - unusedTools) de \(plan.tools.count) herramientas declaradas usadas por \
          acciones; \(plan.partners.count - unusedPartners) de \(plan.partners.count) socios citados; \
          \(plan.participants.count - unusedParticipants) de \(plan.participants.count) participantes con un papel
          """,
        en: """
          \(plan.tools.count - unusedTools) of \(plan.tools.count) declared tools used by actions; \
          \(plan.partners.count - unusedPartners) of \(plan.partners.count) partners cited; \
          \(plan.participants.count - unusedParticipants) of \(plan.participants.count) participants with a part
          """,
        pt: """
          \(plan.tools.count - unusedTools) de \(plan.tools.count) ferramentas declaradas usadas \
          por ações; \(plan.partners.count - unusedPartners) de \(plan.partners.count) parceiros \
          citados; \(plan.participants.count - unusedParticipants) de \(plan.participants.count) \
          participantes com um papel
          """))
  }
}
