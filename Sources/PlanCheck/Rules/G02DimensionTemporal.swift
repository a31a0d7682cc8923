import PlanDiagnostics
import PlanModel

/// Pauta 2: the plan has a time dimension — a horizon, a vision year, dated actions and dated targets.
struct G02DimensionTemporal: Rule {
  static let descriptor = RuleDescriptor(
    id: "G02", name: "DimensionTemporal",
    title: Localized(es: "Dimensión en el tiempo", en: "Time dimension", pt: "Dimensão temporal"),
    rationale: Localized(
      es: """
        Un plan sin fechas no se puede seguir ni evaluar. El método pide una dimensión en el tiempo: \
        un horizonte para el plan de acción (`horizonte 2026 a 2031`), un año para la visión de largo \
        plazo que no quede antes del fin de ese horizonte (`horizonte_vision`), fechas de inicio y de \
        fin en cada acción (`desde`, `hasta`) y un año dentro del horizonte en cada meta de los \
        indicadores.
        """,
      en: """
        A plan without dates cannot be followed or evaluated. The method asks for a time dimension: a \
        horizon for the action plan (`horizon 2026 to 2031`), a year for the long-term vision that is \
        not before the end of that horizon (`vision_year`), start and end dates on every action \
        (`from`, `until`) and a year inside the horizon on every indicator target.
        """,
      pt: """
        Um plano sem datas não pode ser acompanhado nem avaliado. O método pede uma dimensão no \
        tempo: um horizonte para o plano de ação (`horizonte 2026 a 2031`), um ano para a visão de \
        longo prazo que não fique antes do fim desse horizonte (`horizonte_visao`), datas de \
        início e de fim em cada ação (`desde`, `ate`) e um ano dentro do horizonte em cada meta \
        dos indicadores.
        """),
    help: Localized(
      es: """
        declare `horizonte` y `horizonte_vision` en el bloque `plan`, `desde` y `hasta` en cada acción y \
        el año de cada meta, por ejemplo `meta 34 (2028)`
        """,
      en: """
        declare `horizon` and `vision_year` in the `plan` block, `from` and `until` on each action, and \
        the year of each target, for example `target 34 (2028)`
        """,
      pt: """
        declare `horizonte` e `horizonte_visao` no bloco `plano`, `desde` e `ate` em cada ação e \
        o ano de cada meta, por exemplo `meta 34 (2028)`
        """),
    defaultSeverity: .error, helpPath: "docs/rules.md#g02")

  static let guideline = Localized(
    es: "2) Dimensión en el tiempo", en: "2) A time dimension", pt: "2) Dimensão no tempo")
  static let verification = Verification.structural
  /// The sections it reads: an example text of the template there means the guideline is not met.
  static let sections = ["plan", "accion", "eje"]
  /// Reversed horizon and action dates, dates outside the horizon, milestones outside their action,
  /// baselines after targets and budget years outside the horizon: the model reports them.
  static let relatedCodes = ["M004", "M005", "M006", "M010", "M011", "M012"]

  static let examples = RuleExamples(
    triggering: [
      """
      ↓↓↓plan "Villa Aurora en el Mundo" {
        ciudad "Villa Aurora"
      }
      """,
      """
      plan "Villa Aurora en el Mundo" {
        ciudad           "Villa Aurora"
        horizonte        2026 a 2031
        horizonte_vision 2040
        fecha            2026-03-15
      }

      ↓accion a01 "Crear la Dirección de Relaciones Internacionales" {
        plazo corto
        desde 2026-01
      }
      """,
      """
      plan "Villa Aurora en el Mundo" {
        ciudad           "Villa Aurora"
        horizonte        2026 a 2031
        horizonte_vision ↓2030
        fecha            2026-03-15
      }

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan" {
          indicador "Pymes que exportan" base 23 (2025) ↓meta 46 (2035)
        }
      }
      """,
      """
      plan "Villa Aurora en el Mundo" {
        ciudad           "Villa Aurora"
        horizonte        2026 a 2031
        horizonte_vision 2040
        fecha            2026-03-15
      }

      ↓accion a01 "Crear la Dirección de Relaciones Internacionales" {
        plazo corto
      }

      ↓accion a02 "Abrir la oficina" {
        plazo     corto
        hasta     2026-12
        indicador "Oficina abierta" base 0 (2025) ↓meta 1
      }
      """,
    ],
    passing: [
      """
      plan "Villa Aurora en el Mundo" {
        ciudad           "Villa Aurora"
        horizonte        2026 a 2031
        horizonte_vision 2040
        fecha            2026-03-15
      }

      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan" {
          indicador "Pymes que exportan" base 23 (2025) meta 34 (2028) meta 46 (2031)
        }
      }

      accion a07 "Programa Villa Aurora Exporta" {
        objetivos oe1
        plazo     mediano
        desde     2026-07
        hasta     2028-12
        indicador "Pymes con primera exportación" base 0 (2025) meta 12 (2027)
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    let metadata = plan.metadata
    let horizon = metadata.horizon?.value
    // A reversed horizon is reported by the model (M004).
    if metadata.horizon == nil, metadata.horizonReversed == nil {
      context.report(
        Localized(
          es:
            "el plan no tiene horizonte: falta `horizonte` en el bloque `plan`, por ejemplo `horizonte 2026 a 2031`",
          en:
            "the plan has no horizon: `horizon` is missing from the `plan` block, for example `horizon 2026 to 2031`",
          pt:
            "o plano não tem horizonte: falta `horizonte` no bloco `plano`, por exemplo `horizonte 2026 a 2031`"
        ),
        at: plan.anchor)
    }

    // A document without a date must say so, not show the day it was printed as its date.
    if metadata.date == nil {
      context.report(
        Localized(
          es: "el plan no tiene `fecha`: el documento dirá «sin fecha»",
          en: "the plan has no `date`: the document will say \"undated\"",
          pt: "o plano não tem `data`: o documento dirá «sem data»"),
        at: plan.anchor,
        help: Localized(
          es: "agregue `fecha` en el bloque `plan`, por ejemplo `fecha 2026-03-15` (la de esta versión)",
          en: "add `date` to the `plan` block, for example `date 2026-03-15` (this version's)",
          pt: "acrescente `data` no bloco `plano`, por exemplo `data 2026-03-15` (a desta versão)"),
        severity: .warning)
    }

    if let visionYear = metadata.visionYear {
      if let horizon, visionYear.value < horizon.upperBound {
        context.report(
          Localized(
            es:
              "el año de la visión (\(visionYear.value)) es anterior al fin del horizonte (\(horizon.upperBound)): "
              + "la visión tiene que mirar más lejos que el plan de acción",
            en:
              "the vision year (\(visionYear.value)) is before the end of the horizon (\(horizon.upperBound)): "
              + "the vision must look further ahead than the action plan",
            pt:
              "o ano da visão (\(visionYear.value)) é anterior ao fim do horizonte (\(horizon.upperBound)): "
              + "a visão tem de olhar mais longe que o plano de ação"),
          at: visionYear.range,
          notes: metadata.horizon.map {
            [
              Note(
                Localized(
                  es: "el horizonte está aquí", en: "the horizon is here", pt: "o horizonte está aqui"),
                at: $0.range)
            ]
          } ?? [],
          help: Localized(
            es: "escriba un `horizonte_vision` igual o posterior a \(horizon.upperBound), por ejemplo 2040",
            en: "write a `vision_year` equal to or after \(horizon.upperBound), for example 2040",
            pt: "escreva um `horizonte_visao` igual ou posterior a \(horizon.upperBound), por exemplo 2040"),
          severity: .warning)
      }
    } else {
      context.report(
        Localized(
          es:
            "la visión no tiene año: falta `horizonte_vision` en el bloque `plan`, por ejemplo `horizonte_vision 2040`",
          en:
            "the vision has no year: `vision_year` is missing from the `plan` block, for example `vision_year 2040`",
          pt:
            "a visão não tem ano: falta `horizonte_visao` no bloco `plano`, por exemplo `horizonte_visao 2040`"
        ),
        at: plan.anchor, severity: .warning)
    }

    // Dates outside the horizon are reported by the model (M006); here, only missing ones.
    var dated = 0
    for action in plan.actions {
      // A one-off event's single `fecha` is both its start and its end.
      switch (action.effectiveStart, action.effectiveEnd) {
      case (.some, .some):
        dated += 1
      case (nil, nil):
        context.report(
          Localized(
            es:
              "la acción `\(action.id)` no dice cuándo empieza ni cuándo termina: le faltan `desde` y `hasta`",
            en: "action `\(action.id)` does not say when it starts or ends: `from` and `until` are missing",
            pt: "a ação `\(action.id)` não diz quando começa nem quando termina: faltam `desde` e `ate`"),
          at: action.range)
      case (nil, .some):
        context.report(
          Localized(
            es: "la acción `\(action.id)` no dice cuándo empieza: le falta `desde`",
            en: "action `\(action.id)` does not say when it starts: `from` is missing",
            pt: "a ação `\(action.id)` não diz quando começa: falta `desde`"),
          at: action.range)
      case (.some, nil):
        context.report(
          Localized(
            es: "la acción `\(action.id)` no dice cuándo termina: le falta `hasta`",
            en: "action `\(action.id)` does not say when it ends: `until` is missing",
            pt: "a ação `\(action.id)` não diz quando termina: falta `ate`"),
          at: action.range)
      }
    }

    var targets = 0
    var placed = 0
    let measured =
      plan.objectives.map { (owner: $0.id, indicators: $0.indicators) }
      + plan.actions.map { (owner: $0.id, indicators: $0.indicators) }
    for (owner, indicators) in measured {
      for indicator in indicators {
        for target in indicator.targets {
          targets += 1
          guard let year = target.year else {
            context.report(
              Localized(
                es:
                  "una meta del indicador «\(indicator.name)» (de `\(owner)`) no dice en qué año se alcanza",
                en:
                  "a target of indicator \"\(indicator.name)\" (of `\(owner)`) does not say in which year it is reached",
                pt: "uma meta do indicador «\(indicator.name)» (de `\(owner)`) não diz em que ano é alcançada"
              ),
              at: target.range,
              help: Localized(
                es: "escriba el año entre paréntesis después del valor, por ejemplo `meta 46 (2031)`",
                en: "write the year in brackets after the value, for example `target 46 (2031)`",
                pt: "escreva o ano entre parênteses depois do valor, por exemplo `meta 46 (2031)`"),
              severity: .warning)
            continue
          }
          if let horizon, !horizon.contains(year) {
            context.report(
              Localized(
                es:
                  "la meta de \(year) del indicador «\(indicator.name)» (de `\(owner)`) queda fuera del horizonte "
                  + "del plan (\(horizon.lowerBound) a \(horizon.upperBound))",
                en:
                  "the \(year) target of indicator \"\(indicator.name)\" (of `\(owner)`) is outside the plan's "
                  + "horizon (\(horizon.lowerBound) to \(horizon.upperBound))",
                pt:
                  "a meta de \(year) do indicador «\(indicator.name)» (de `\(owner)`) fica fora do horizonte "
                  + "do plano (\(horizon.lowerBound) a \(horizon.upperBound))"),
              at: target.range,
              notes: metadata.horizon.map {
                [
                  Note(
                    Localized(
                      es: "el horizonte está aquí", en: "the horizon is here", pt: "o horizonte está aqui"),
                    at: $0.range)
                ]
              } ?? [],
              help: Localized(
                es: "ponga la meta en un año del horizonte, o amplíe el `horizonte`",
                en: "set the target in a year of the horizon, or widen the `horizon`",
                pt: "ponha a meta em um ano do horizonte, ou amplie o `horizonte`"),
              severity: .warning)
            continue
          }
          placed += 1
        }
      }
    }

    let horizonText =
      horizon.map {
        Localized(
          es: "horizonte \($0.lowerBound) a \($0.upperBound)",
          en: "horizon \($0.lowerBound) to \($0.upperBound)",
          pt: "horizonte \($0.lowerBound) a \($0.upperBound)")
      }
      ?? Localized(es: "sin horizonte", en: "no horizon", pt: "sem horizonte")
    let visionText =
      metadata.visionYear.map {
        Localized(es: "visión \($0.value)", en: "vision \($0.value)", pt: "visão \($0.value)")
      }
      ?? Localized(es: "visión sin año", en: "vision without a year", pt: "visão sem ano")
    context.evidence(
      Localized(
        es: "\(horizonText.es); \(visionText.es)", en: "\(horizonText.en); \(visionText.en)",
        pt: "\(horizonText.text(.pt)); \(visionText.text(.pt))"))
    context.evidence(
      Localized(
        es: "\(dated) de \(plan.actions.count) acciones con fechas de inicio y fin",
        en: "\(dated) of \(plan.actions.count) actions with start and end dates",
        pt: "\(dated) de \(plan.actions.count) ações com datas de início e fim"))
    context.evidence(
      Localized(
        es: "\(placed) de \(targets) metas de indicadores con año"
          + (horizon == nil ? "" : " dentro del horizonte"),
        en: "\(placed) of \(targets) indicator targets with a year"
          + (horizon == nil ? "" : " inside the horizon"),
        pt: "\(placed) de \(targets) metas de indicadores com ano"
          + (horizon == nil ? "" : " dentro do horizonte")))
  }
}
