import PlanDiagnostics
import PlanModel

/// Pauta 7: the plan must be disseminated inside the administration and outside it.
struct G07Difusion: Rule {
  static let descriptor = RuleDescriptor(
    id: "G07", name: "DifundidoInternaYExternamente",
    title: Localized(
      es: "Difundido interna y externamente", en: "Disseminated internally and externally",
      pt: "Divulgado interna e externamente"),
    rationale: Localized(
      es: """
        Un plan que sólo conocen quienes lo escribieron no moviliza a nadie. El método pide difundirlo \
        dentro del municipio (el personal que lo ejecuta) y fuera (la ciudadanía, los socios). Se \
        verifica lo declarado: al menos un canal interno y uno externo, cada uno con su canal y su \
        frecuencia, el público del externo, y dónde se publica el plan aprobado.
        """,
      en: """
        A plan known only to its authors moves nobody. The method asks for it to be disseminated inside \
        the municipality (the staff who carry it out) and outside (citizens, partners). What is declared \
        is checked: at least one internal and one external channel, each with its medium and frequency, \
        the external one's audience, and where the approved plan is published.
        """,
      pt: """
        Um plano que só é conhecido por quem o escreveu não mobiliza ninguém. O método pede \
        divulgá-lo dentro do município (o pessoal que o executa) e fora (a cidadania, os \
        parceiros). Verifica-se o que foi declarado: pelo menos um canal interno e um externo, \
        cada um com seu meio e sua frequência, o público do externo, e onde se publica o plano \
        aprovado.
        """),
    help: Localized(
      es: "declare los canales en `comunicacion { interna … externa … publicacion … }`",
      en: "declare the channels in `communication { internal … external … publication … }`",
      pt: "declare os canais em `comunicacao { interna … externa … publicacao … }`"),
    defaultSeverity: .error, helpPath: "docs/rules.md#g07")

  static let guideline = Localized(
    es: "7) Debe ser difundido interna y externamente",
    en: "7) It must be disseminated internally and externally",
    pt: "7) Deve ser divulgado interna e externamente")
  static let verification = Verification.structural
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["comunicacion"]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓plan "P" {
        ciudad "C"
      }
      """,
      """
      ↓comunicacion {
        interna boletin "Boletín interno" canal "Correo" frecuencia mensual
        publicacion "Boletín Oficial"
      }
      """,
      """
      ↓comunicacion {
        externa web "Sitio web" canal "Web" publico "Ciudadanía" frecuencia mensual
        publicacion "Boletín Oficial"
      }
      """,
      """
      comunicacion {
        ↓interna boletin "Boletín" frecuencia mensual
        ↓interna intranet "Intranet" canal "Web interna"
        ↓externa web "Sitio web" canal "Web" frecuencia anual
        publicacion "Boletín Oficial"
      }
      """,
      """
      ↓comunicacion {
        interna boletin "Boletín" canal "Correo" frecuencia mensual
        externa web "Sitio web" canal "Web" publico "Ciudadanía" frecuencia anual
      }
      """,
    ],
    passing: [
      """
      comunicacion {
        interna boletin "Boletín interno" canal "Correo institucional" frecuencia mensual
        externa web "Sitio web" canal "Web" publico "Ciudadanía" frecuencia trimestral
        publicacion "Boletín Oficial Municipal"
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    guard let communication = plan.communication else {
      context.report(
        Localized(
          es: "el plan no dice cómo se difundirá: falta la sección `comunicacion`",
          en: "the plan does not say how it will be disseminated: the `communication` section is missing",
          pt: "o plano não diz como será divulgado: falta a seção `comunicacao`"),
        at: plan.anchor)
      return
    }
    let internalChannels = communication.channels.filter(\.isInternal)
    let externalChannels = communication.channels.filter { !$0.isInternal }
    if internalChannels.isEmpty {
      context.report(
        Localized(
          es: "no hay ningún canal de difusión interna", en: "there is no internal dissemination channel",
          pt: "não há nenhum canal de divulgação interna"),
        at: communication.range)
    }
    if externalChannels.isEmpty {
      context.report(
        Localized(
          es: "no hay ningún canal de difusión externa", en: "there is no external dissemination channel",
          pt: "não há nenhum canal de divulgação externa"),
        at: communication.range)
    }
    for channel in communication.channels {
      var missing: [Localized] = []
      if channel.medium == nil { missing.append(Localized(es: "`canal`", en: "`channel`", pt: "`canal`")) }
      if channel.frequency == nil {
        missing.append(Localized(es: "`frecuencia`", en: "`frequency`", pt: "`frequencia`"))
      }
      if !channel.isInternal, channel.audience == nil {
        missing.append(Localized(es: "`publico`", en: "`audience`", pt: "`publico`"))
      }
      if !missing.isEmpty {
        context.report(
          Localized(
            es: "al canal `\(channel.id)` le falta \(missing.map(\.es).joined(separator: ", "))",
            en: "channel `\(channel.id)` is missing \(missing.map(\.en).joined(separator: ", "))",
            pt: "falta no canal `\(channel.id)`: \(missing.map { $0.text(.pt) }.joined(separator: ", "))"),
          at: channel.range)
      }
    }
    if communication.publication == nil {
      context.report(
        Localized(
          es: "no dice dónde se publicará el plan aprobado (`publicacion`)",
          en: "it does not say where the approved plan will be published (`publication`)",
          pt: "não diz onde o plano aprovado será publicado (`publicacao`)"),
        at: communication.range, severity: .warning)
    }
    context.evidence(
      Localized(
        es: "\(internalChannels.count) canal(es) interno(s) y \(externalChannels.count) externo(s)"
          + (communication.publication.map { "; publicación: \($0.value)" } ?? ""),
        en: "\(internalChannels.count) internal and \(externalChannels.count) external channel(s)"
          + (communication.publication.map { "; publication: \($0.value)" } ?? ""),
        pt: "\(internalChannels.count) canal(is) interno(s) e \(externalChannels.count) externo(s)"
          + (communication.publication.map { "; publicação: \($0.value)" } ?? "")))
  }
}
