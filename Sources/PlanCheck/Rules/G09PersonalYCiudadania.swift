import PlanDiagnostics
import PlanModel

/// Pauta 9: involve all the staff and the citizens — at least one activity with each, dated and
/// with its method.
struct G09PersonalYCiudadania: Rule {
  static let descriptor = RuleDescriptor(
    id: "G09", name: "PersonalYCiudadania",
    title: Localized(
      es: "Consustanciar al personal y a la ciudadanía", en: "Involve all staff and citizens",
      pt: "Envolver todo o pessoal e a cidadania"),
    rationale: Localized(
      es: """
        El plan lo ejecuta el personal municipal y lo vive la ciudadanía: si no lo hacen propio, no \
        avanza. El método pide consustanciar a todo el personal y a la ciudadanía. La calidad de la \
        participación no se puede verificar; se verifica lo declarado: al menos una instancia con el \
        personal (`personal`) y una con la ciudadanía (`ciudadania`), cada una con su fecha y su \
        método.
        """,
      en: """
        The plan is carried out by the municipal staff and lived by the citizens: if they do not make \
        it their own, it does not move. The method asks for all staff and citizens to be involved. \
        The quality of participation cannot be checked; what is declared is: at least one activity \
        with the staff (`staff`) and one with the citizens (`citizens`), each with its date and method.
        """,
      pt: """
        O plano é executado pelo pessoal municipal e vivido pela cidadania: se não o tornam seu, \
        ele não avança. O método pede envolver todo o pessoal e a cidadania. A qualidade da \
        participação não pode ser verificada; verifica-se o que foi declarado: pelo menos uma \
        instância com o pessoal (`pessoal`) e uma com a cidadania (`cidadania`), cada uma com \
        sua data e seu método.
        """),
    help: Localized(
      es: """
        declare las instancias en `participacion { personal … ciudadania … }`, cada una con `fecha` y \
        `metodo`
        """,
      en: "declare the activities in `participation { staff … citizens … }`, each with `date` and `method`",
      pt: """
        declare as instâncias em `participacao { pessoal … cidadania … }`, cada uma com `data` \
        e `metodo`
        """),
    defaultSeverity: .error, helpPath: "docs/rules.md#g09")

  static let guideline = Localized(
    es: "9) Consustanciar a todo el personal y a la ciudadanía",
    en: "9) Involve all the staff and the citizens",
    pt: "9) Envolver todo o pessoal e a cidadania")
  static let verification = Verification.structural
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["participacion"]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓plan "Villa Aurora en el Mundo" {
        ciudad "Villa Aurora"
      }
      """,
      """
      ↓participacion {
        personal jornada "Jornada de planificación con directores" fecha 2026-02-18 metodo "Lluvia de ideas" asistentes 46
      }
      """,
      """
      participacion {
        personal   jornada  "Jornada de planificación con directores" fecha 2026-02-18 metodo "Lluvia de ideas"
        ↓ciudadania talleres "Talleres barriales en los cinco distritos" asistentes 312
      }
      """,
      """
      ↓participacion {
        ciudadania talleres "Talleres barriales en los cinco distritos" fecha 2026-03 metodo "Talleres con centros vecinales"
      }
      """,
      """
      participacion {
        ↓personal   jornada  "Jornada de planificación con directores" metodo "Lluvia de ideas"
        ↓ciudadania talleres "Talleres barriales en los cinco distritos" fecha 2026-03
      }
      """,
    ],
    passing: [
      """
      participacion {
        personal   jornada  "Jornada de planificación con directores" fecha 2026-02-18 metodo "Lluvia de ideas" asistentes 46
        ciudadania talleres "Talleres barriales en los cinco distritos" fecha 2026-03 metodo "Talleres con centros vecinales" asistentes 312
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    guard let participation = plan.participation else {
      context.report(
        Localized(
          es: "el plan no dice cómo participan el personal y la ciudadanía: falta la sección `participacion`",
          en:
            "the plan does not say how the staff and the citizens take part: the `participation` section is missing",
          pt: "o plano não diz como participam o pessoal e a cidadania: falta a seção `participacao`"
        ),
        at: plan.anchor)
      context.evidence(
        Localized(
          es: "sin instancias de participación", en: "no participation activities",
          pt: "sem instâncias de participação"))
      return
    }
    let staff = participation.events.filter(\.staff)
    let citizens = participation.events.filter { !$0.staff }
    if staff.isEmpty {
      context.report(
        Localized(
          es: "no hay ninguna instancia con el personal municipal (`personal`)",
          en: "there is no activity with the municipal staff (`staff`)",
          pt: "não há nenhuma instância com o pessoal municipal (`pessoal`)"),
        at: participation.range,
        help: Localized(
          es:
            "agregue, por ejemplo, `personal jornada \"Jornada con directores\" fecha 2026-02 metodo \"Taller\"`",
          en:
            "add, for example, `staff workshop \"Workshop with directors\" date 2026-02 method \"Workshop\"`",
          pt:
            "acrescente, por exemplo, `pessoal jornada \"Jornada con directores\" data 2026-02 metodo \"Taller\"`"
        )
      )
    }
    if citizens.isEmpty {
      context.report(
        Localized(
          es: "no hay ninguna instancia con la ciudadanía (`ciudadania`)",
          en: "there is no activity with the citizens (`citizens`)",
          pt: "não há nenhuma instância com a cidadania (`cidadania`)"),
        at: participation.range,
        help: Localized(
          es:
            "agregue, por ejemplo, `ciudadania consulta \"Consulta pública\" fecha 2026-06 metodo \"Encuesta en línea\"`",
          en:
            "add, for example, `citizens consultation \"Public consultation\" date 2026-06 method \"Online survey\"`",
          pt:
            "acrescente, por exemplo, `cidadania consulta \"Consulta pública\" data 2026-06 metodo \"Encuesta en línea\"`"
        ))
    }
    for event in participation.events {
      var missing: [Localized] = []
      if event.date == nil { missing.append(Localized(es: "la `fecha`", en: "the `date`", pt: "a `data`")) }
      if event.method == nil {
        missing.append(Localized(es: "el `metodo`", en: "the `method`", pt: "o `metodo`"))
      }
      guard !missing.isEmpty else { continue }
      let what = GuidelineText.list(missing)
      context.report(
        Localized(
          es: "a la instancia `\(event.id)` («\(event.name)») "
            + (missing.count == 1 ? "le falta " : "le faltan ")
            + what.es,
          en: "activity `\(event.id)` (\"\(event.name)\") is missing \(what.en)",
          pt: "na instância `\(event.id)` («\(event.name)») "
            + (missing.count == 1 ? "falta " : "faltam ")
            + what.text(.pt)),
        at: event.range, severity: .warning)
    }

    func summary(_ events: [ParticipationEvent]) -> Localized {
      let people = events.compactMap(\.attendees).reduce(0, +)
      let attendance = GuidelineText.number(people)
      return Localized(
        es: "\(events.count)" + (people > 0 ? " (\(attendance.es) asistentes)" : ""),
        en: "\(events.count)" + (people > 0 ? " (\(attendance.en) attendees)" : ""),
        pt: "\(events.count)" + (people > 0 ? " (\(attendance.text(.pt)) participantes)" : ""))
    }
    let staffSummary = summary(staff)
    let citizenSummary = summary(citizens)
    context.evidence(
      Localized(
        es: "instancias con el personal: \(staffSummary.es); con la ciudadanía: \(citizenSummary.es)",
        en: "activities with the staff: \(staffSummary.en); with the citizens: \(citizenSummary.en)",
        pt:
          "instâncias com o pessoal: \(staffSummary.text(.pt)); com a cidadania: \(citizenSummary.text(.pt))")
    )
  }
}
