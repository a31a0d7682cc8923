import PlanDiagnostics
import PlanModel

/// A tie in force names the norm that ratified it; a network membership is not in arrears.
struct P01SocioVigenteConNorma: Rule {
  static let descriptor = RuleDescriptor(
    id: "P01", name: "SocioVigenteConNorma",
    title: Localized(
      es: "Cada vínculo vigente cita la norma que lo ratificó",
      en: "Every tie in force cites its ratifying norm",
      pt: "Cada vínculo vigente cita a norma que o ratificou"),
    rationale: Localized(
      es: """
        Un hermanamiento se ratifica, en todos los países, por una norma del órgano local (ordenanza \
        del Concejo, acuerdo del Pleno, ley municipal). En la práctica argentina y uruguaya, además, \
        todo convenio, acuerdo, pacto o memorándum con otra ciudad u organismo lo ratifica el Concejo \
        por ordenanza; en otros países (el `pais` del plan) esos acuerdos los firma el ejecutivo y no se \
        pide la norma. La membresía de una red la decide el ejecutivo: tampoco. Un vínculo que el plan \
        presenta como `vigente` sin la norma que lo ratificó no se puede verificar, y el órgano que \
        aprueba el plan preguntará por ella. Una red cuya cuota está adeudada pone en riesgo la \
        membresía, salvo que una acción con `presupuesto` la tenga entre sus `socios`: el plan prevé \
        pagarla.
        """,
      en: """
        A twinning is ratified, in every country, by a norm of the local body (a Concejo ordinance, a \
        plenary agreement, a municipal law). In Argentine and Uruguayan practice, every agreement, pact \
        or memorandum with another city or organisation is also ratified by the Concejo; in other \
        countries (the plan's `country`) the executive signs them and no norm is asked for. Network \
        membership is the executive's decision: no norm either. A tie the plan presents as `in_force` \
        without its ratifying norm cannot be verified, and the approving body will ask for it. A network \
        whose fee is owed puts the membership at risk, unless an action with a `budget` lists it among \
        its `partners`: the plan foresees paying it.
        """,
      pt: """
        Um irmanamento é ratificado, em todos os países, por uma norma do órgão local (ordenança \
        do Concejo, acordo do Pleno, lei municipal). Na prática argentina e uruguaia, além disso, \
        todo convênio, acordo, pacto ou memorando com outra cidade ou organismo é ratificado pelo \
        Concejo por ordenança; em outros países (o `pais` do plano) esses acordos são assinados \
        pelo executivo e não se exige a norma. A filiação a uma rede é decidida pelo executivo: \
        também não. Um vínculo que o plano apresenta como `vigente` sem a norma que o ratificou \
        não pode ser verificado, e o órgão que aprova o plano perguntará por ela. Uma rede cuja \
        cota está em atraso põe em risco a filiação, a não ser que uma ação com `orcamento` a \
        tenha entre seus `parceiros`: o plano prevê pagá-la.
        """),
    help: Localized(
      es: "agregue la norma en la línea del socio: `norma \"Ordenanza N.º 1.234/2019\"`",
      en: "add the norm on the partner's line: `norm \"Ordinance No. 1,234/2019\"`",
      pt: "acrescente a norma na linha do parceiro: `norma \"Ordenanza N.º 1.234/2019\"`"),
    defaultSeverity: .error, helpPath: "docs/rules.md#p01")

  static let guideline = Localized(
    es: """
      ¿Un acuerdo que posibilita ejecución de programas, misiones y visitas desde una ciudad hacia la \
      otra? ¿El poder legislativo local debe intervenir?
      """,
    en: """
      An agreement that makes programmes, missions and visits from one city to the other possible? \
      Must the local legislature take part?
      """,
    pt: """
      Um acordo que possibilita a execução de programas, missões e visitas de uma cidade à outra? \
      O poder legislativo local deve intervir?
      """)
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      """
      socios {
        ciudad pinerolo "Città di Pinerolo" pais "Italia" estado ↓vigente instrumento hermanamiento desde 2014-10
      }
      """,
      """
      socios {
        gobierno procordoba "Agencia ProCórdoba" nivel provincial estado ↓vigente
      }
      """,
      """
      socios {
        ↓red mercociudades "Red de Mercociudades" estado vigente norma "Ordenanza N.º 1.904/2019" instrumento membresia cuota adeudada
      }
      """,
    ],
    passing: [
      """
      socios {
        ciudad pinerolo      "Città di Pinerolo" pais "Italia" estado vigente norma "Ordenanza N.º 1.652/2014" instrumento hermanamiento
        red    mercociudades "Red de Mercociudades" estado vigente norma "Ordenanza N.º 1.904/2019" instrumento membresia cuota al_dia
        ciudad caxias        "Prefeitura de Caxias do Sul" pais "Brasil" estado en_negociacion instrumento memorandum
      }
      """,
      """
      plan "Estrategia Internacional de Zaragoza" {
        ciudad "Zaragoza"
        pais   "España"
      }

      socios {
        ciudad burdeos "Mairie de Bordeaux" pais "Francia" estado vigente instrumento acuerdo
        red    eurocities "Eurocities" estado vigente instrumento membresia
      }
      """,
      """
      socios {
        red mercociudades "Red de Mercociudades" estado vigente instrumento membresia cuota adeudada
      }

      accion a01 "Regularizar la membresía en Mercociudades" {
        socios      mercociudades
        presupuesto 1.800.000 ARS fuente "Presupuesto municipal" anio 2026
      }
      """,
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    var inForce = 0
    var withNorm = 0
    let institution = plan.institution
    // Partners that a budgeted action works with: an owed fee there is one the plan will pay.
    let funded = Set(plan.actions.filter { !$0.budgets.isEmpty }.flatMap { $0.partners.map(\.name) })
    for partner in plan.partners {
      if let status = partner.status, status.value == "vigente" {
        inForce += 1
        if let norm = partner.norm, !norm.allSatisfy(\.isWhitespace) {
          withNorm += 1
        } else if !institution.ratifiesByNorm(agreement: partner.agreement, partnerKind: partner.kind) {
          // Not ratified by a norm in this country's practice (a network membership, an agreement
          // signed by the executive).
          withNorm += 1
        } else if partner.agreement == "hermanamiento" {
          context.report(
            Localized(
              es:
                "el hermanamiento con `\(partner.id)` («\(partner.name)») figura vigente pero no dice qué norma lo ratificó",
              en:
                "the twinning with `\(partner.id)` (\"\(partner.name)\") is in force but does not say which norm ratified it",
              pt:
                "o irmanamento com `\(partner.id)` («\(partner.name)») consta como vigente mas não diz que norma o ratificou"
            ),
            at: status.range,
            help: Localized(
              es:
                "agregue `norma \"Ordenanza N.º …\"` con la ordenanza (o ley) que ratificó el hermanamiento",
              en: "add `norm \"Ordinance No. …\"` with the ordinance (or law) that ratified the twinning",
              pt:
                "acrescente `norma \"Ordenanza N.º …\"` com a ordenança (ou lei) que ratificou o irmanamento")
          )
        } else {
          context.report(
            Localized(
              es:
                "el vínculo con `\(partner.id)` («\(partner.name)») figura vigente pero no dice qué norma lo ratificó",
              en:
                "the tie with `\(partner.id)` (\"\(partner.name)\") is in force but does not say which norm ratified it",
              pt:
                "o vínculo com `\(partner.id)` («\(partner.name)») consta como vigente mas não diz que norma o ratificou"
            ),
            at: status.range)
        }
      }
      if partner.fee == "adeudada", !funded.contains(partner.id) {
        let network = partner.kind == "red"
        context.report(
          Localized(
            es: network
              ? "la cuota de la red `\(partner.id)` («\(partner.name)») está adeudada: la membresía corre riesgo"
              : "la cuota con `\(partner.id)` («\(partner.name)») está adeudada: el vínculo corre riesgo",
            en: network
              ? "the fee of network `\(partner.id)` (\"\(partner.name)\") is owed: the membership is at risk"
              : "the fee with `\(partner.id)` (\"\(partner.name)\") is owed: the tie is at risk",
            pt: network
              ? "a cota da rede `\(partner.id)` («\(partner.name)») está em atraso: a filiação corre risco"
              : "a cota com `\(partner.id)` («\(partner.name)») está em atraso: o vínculo corre risco"),
          at: partner.range,
          help: Localized(
            es:
              "regularice la cuota (y escriba `cuota al_dia`), o prevea el pago en una acción con `presupuesto`",
            en: "settle the fee (and write `fee paid`), or plan the payment in an action with a `budget`",
            pt:
              "regularize a cota (e escreva `cota em_dia`), ou preveja o pagamento em uma ação com `orcamento`"
          ),
          severity: .warning)
      }
    }
    context.evidence(
      Localized(
        es: "\(withNorm) de \(inForce) vínculos vigentes citan la norma que los ratificó o no la necesitan",
        en: "\(withNorm) of \(inForce) ties in force cite their ratifying norm",
        pt: "\(withNorm) de \(inForce) vínculos vigentes citam a norma que os ratificou ou não precisam dela")
    )
  }
}
