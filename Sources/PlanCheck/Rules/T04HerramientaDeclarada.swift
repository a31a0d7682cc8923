import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Traceability: the tool each action uses is one of the tools the plan declares.
struct T04HerramientaDeclarada: Rule {
  static let descriptor = RuleDescriptor(
    id: "T04", name: "HerramientaDeclarada",
    title: Localized(
      es: "La herramienta de cada acción está declarada", en: "Every action's tool is declared",
      pt: "A ferramenta de cada ação está declarada"),
    rationale: Localized(
      es: """
        La sección `herramientas` dice qué herramientas de internacionalización usará el plan \
        (hermanamientos, cooperación descentralizada, difusión, promoción empresarial, marca ciudad…) y \
        cómo. Si una acción usa una herramienta que esa sección no menciona, el plan no explica cómo \
        piensa usarla, y el capítulo de herramientas del documento queda incompleto.
        """,
      en: """
        The `tools` section says which internationalization tools the plan will use (twinnings, \
        decentralised cooperation, promotion, business promotion, city brand…) and how. If an action \
        uses a tool that section does not mention, the plan does not explain how it means to use it, \
        and the document's chapter on tools is incomplete.
        """,
      pt: """
        A seção `ferramentas` diz quais ferramentas de internacionalização o plano usará \
        (irmanamentos, cooperação descentralizada, difusão, promoção empresarial, marca-cidade…) e \
        como. Se uma ação usa uma ferramenta que essa seção não menciona, o plano não explica como \
        pretende usá-la, e o capítulo de ferramentas do documento fica incompleto.
        """),
    help: Localized(
      es: "agregue `herramienta TIPO \"cómo se usará\"` a la sección `herramientas`",
      en: "add `tool KIND \"how it will be used\"` to the `tools` section",
      pt: "acrescente `ferramenta TIPO \"como será usada\"` à seção `ferramentas`"),
    defaultSeverity: .warning, helpPath: "docs/rules.md#t04")

  static let guideline = Localized(
    es: """
      Herramientas: acuerdos interinstitucionales (hermanamientos, pactos, acuerdos, memorándum de \
      entendimiento); cooperación internacional para el desarrollo; cooperación internacional \
      descentralizada; cooperación Sur-Sur y triangular a nivel local; difusión cultural, turística, de \
      gestión y transparencia; promoción empresarial e industrial (asistencia y ronda de negocios); \
      creación de marca e imagen ciudad
      """,
    en: """
      Tools: inter-institutional agreements (twinnings, pacts, agreements, memoranda of understanding); \
      international development cooperation; decentralised international cooperation; local South-South \
      and triangular cooperation; cultural, tourism, management and transparency promotion; business and \
      industrial promotion (assistance and business rounds); creating a city brand and image
      """,
    pt: """
      Ferramentas: acordos interinstitucionais (irmanamentos, pactos, acordos, memorandos de \
      entendimento); cooperação internacional para o desenvolvimento; cooperação internacional \
      descentralizada; cooperação Sul-Sul e triangular em nível local; difusão cultural, \
      turística, de gestão e transparência; promoção empresarial e industrial (assistência e \
      rodada de negócios); criação de marca e imagem da cidade
      """)
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      """
      herramientas {
        herramienta hermanamiento "Reactivar el hermanamiento con Pinerolo"
      }

      accion a01 "Misión a Pinerolo" {
        herramienta hermanamiento
      }

      accion a02 "Ronda de negocios metalmecánica" {
        herramienta ↓ronda_de_negocios
      }
      """,
      """
      ↓accion a01 "Ronda de negocios metalmecánica" {
        herramienta ronda_de_negocios
      }
      """,
    ],
    passing: [
      """
      herramientas {
        herramienta hermanamiento     "Reactivar el hermanamiento con Pinerolo"
        herramienta ronda_de_negocios "Ronda Internacional de Negocios Metalmecánicos"
      }

      accion a01 "Misión a Pinerolo" {
        herramienta hermanamiento
      }

      accion a02 "Ronda de negocios metalmecánica" {
        herramienta ronda_de_negocios
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    let using = plan.actions.filter { $0.tool != nil }
    guard let section = plan.toolsRange else {
      guard !using.isEmpty else { return }
      let kinds = orderedUnique(using.compactMap { $0.tool?.value })
      // Each kind as the message's language spells it (`ronda_de_negocios`, `business_round`).
      func listed(_ language: Language) -> String {
        kinds.map { "`\(Vocabulary.tool.words($0).text(language))`" }.joined(separator: ", ")
      }
      context.report(
        Localized(
          es: """
            \(using.count == 1 ? "una acción usa" : "\(using.count) acciones usan") herramientas \
            (\(listed(.es))), pero el plan no tiene la sección \
            `herramientas` que dice cómo se usará cada una
            """,
          en: """
            \(using.count == 1 ? "one action uses" : "\(using.count) actions use") tools \
            (\(listed(.en))), but the plan has no `tools` section saying \
            how each will be used
            """,
          pt: """
            \(using.count == 1 ? "uma ação usa" : "\(using.count) ações usam") ferramentas \
            (\(listed(.pt))), mas o plano não tem a seção \
            `ferramentas` que diz como cada uma será usada
            """),
        at: plan.anchor,
        notes: using.prefix(3).map { action in
          Note(
            Localized(
              es: "la acción `\(action.id)` usa una herramienta aquí",
              en: "action `\(action.id)` uses a tool here",
              pt: "a ação `\(action.id)` usa uma ferramenta aqui"),
            at: action.tool!.range)
        })
      context.evidence(
        Localized(
          es: "sin sección `herramientas`; \(using.count) acción(es) usan herramientas",
          en: "no `tools` section; \(using.count) action(s) use tools",
          pt: "sem seção `ferramentas`; \(using.count) ação(ões) usam ferramentas"))
      return
    }
    let declared = Set(plan.tools.map(\.kind))
    var undeclared = 0
    for action in using {
      guard let tool = action.tool, !declared.contains(tool.value) else { continue }
      let kind = Vocabulary.tool.words(tool.value)
      undeclared += 1
      context.report(
        Localized(
          es:
            "la acción `\(action.id)` usa la herramienta `\(kind.es)`, que no está declarada en `herramientas`",
          en: "action `\(action.id)` uses the tool `\(kind.en)`, which is not declared in `tools`",
          pt:
            "a ação `\(action.id)` usa a ferramenta `\(kind.pt)`, que não está declarada em `ferramentas`"
        ),
        at: tool.range,
        notes: [
          Note(
            Localized(
              es: "las herramientas se declaran aquí", en: "tools are declared here",
              pt: "as ferramentas são declaradas aqui"), at: section)
        ],
        help: Localized(
          es: "agregue `herramienta \(kind.es) \"cómo se usará\"` a la sección `herramientas`",
          en: "add `tool \(kind.en) \"how it will be used\"` to the `tools` section",
          pt: "acrescente `ferramenta \(kind.pt) \"como será usada\"` à seção `ferramentas`"))
    }
    context.evidence(
      Localized(
        es: "\(using.count - undeclared) de \(using.count) acciones usan una herramienta declarada",
        en: "\(using.count - undeclared) of \(using.count) actions use a declared tool",
        pt: "\(using.count - undeclared) de \(using.count) ações usam uma ferramenta declarada"))
  }

  private func orderedUnique(_ words: [String]) -> [String] {
    var seen: Set<String> = []
    return words.filter { seen.insert($0).inserted }
  }
}
