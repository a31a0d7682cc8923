import PlanDiagnostics
import PlanModel

/// Every action says who answers for it, when, with what money, and how it is measured.
struct T02AccionCompleta: Rule {
  static let descriptor = RuleDescriptor(
    id: "T02", name: "AccionCompleta",
    title: Localized(
      es: "Cada acción tiene responsable, período, costo e indicador",
      en: "Every action has an owner, a period, a cost and an indicator",
      pt: "Cada ação tem responsável, período, custo e indicador"),
    rationale: Localized(
      es: """
        Las acciones estratégicas son el puente entre la situación actual y el futuro deseado. Una \
        acción sin responsable no la hace nadie; sin fechas (`desde` y `hasta`) no se sabe cuándo \
        termina; sin `presupuesto` (o `sin_costo`, con el motivo) no se puede aprobar; y sin un \
        indicador con línea de base (`base`) y meta (`meta`) no se puede rendir cuentas de ella. \
        Una acción que declara presupuesto y a la vez `sin_costo` se contradice.
        """,
      en: """
        Strategic actions are the bridge between the current situation and the desired future. An \
        action without an owner is done by nobody; without dates (`from` and `until`) nobody knows \
        when it ends; without a `budget` (or `no_cost`, with the reason) it cannot be approved; and \
        without an indicator with a baseline (`baseline`) and a target (`target`) nobody can report \
        on it. An action that declares a budget and also `no_cost` contradicts itself.
        """,
      pt: """
        As ações estratégicas são a ponte entre a situação atual e o futuro desejado. Uma ação sem \
        responsável não é feita por ninguém; sem datas (`desde` e `ate`) não se sabe quando \
        termina; sem `orcamento` (ou `sem_custo`, com o motivo) não pode ser aprovada; e sem um \
        indicador com linha de base (`base`) e meta (`meta`) não é possível prestar contas dela. \
        Uma ação que declara orçamento e ao mesmo tempo `sem_custo` se contradiz.
        """),
    help: Localized(
      es: """
        complete la acción con `responsable`, `desde`, `hasta`, `presupuesto` (o `sin_costo "motivo"`) \
        y un `indicador "…" base … meta …`
        """,
      en: """
        complete the action with `owner`, `from`, `until`, `budget` (or `no_cost "reason"`) and an \
        `indicator "…" baseline … target …`
        """,
      pt: """
        complete a ação com `responsavel`, `desde`, `ate`, `orcamento` (ou `sem_custo \
        "motivo"`) e um `indicador "…" base … meta …`
        """),
    defaultSeverity: .error, helpPath: "docs/rules.md#t02")

  static let guideline = Localized(
    es: """
      Acciones estratégicas: la planificación estratégica construye un puente entre la situación actual \
      y el futuro deseado, producto del plan desarrollado
      """,
    en: """
      Strategic actions: strategic planning builds a bridge between the current situation and the \
      desired future, the product of the plan
      """,
    pt: """
      Ações estratégicas: o planejamento estratégico constrói uma ponte entre a situação atual e o \
      futuro desejado, produto do plano desenvolvido
      """)
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      """
      ↓accion a01 "Crear la oficina de relaciones internacionales"
      """,
      """
      participantes {
        tecnicos rrii "Dirección de Relaciones Internacionales"
      }

      ↓accion a01 "Crear la oficina de relaciones internacionales" {
        responsable rrii
        desde       2026-03
        hasta       2026-12
        presupuesto 4.000.000 ARS
        indicador   "Oficina creada por decreto" meta 1 (2026)
      }
      """,
      """
      participantes {
        tecnicos cultura "Subsecretaría de Cultura"
      }

      accion a02 "Semana de las colectividades" {
        responsable cultura
        desde       2026-09
        hasta       2026-10
        presupuesto 3.000.000 ARS
        ↓sin_costo   "La organizan las colectividades"
        indicador   "Asistentes" base 0 (2025) meta 2.000 (2026)
      }
      """,
      """
      participantes {
        tecnicos rrii "Dirección de Relaciones Internacionales"
      }

      ↓accion a01 "Sin responsable" {
        desde     2026-03
        hasta     2026-12
        sin_costo "Lo hace el equipo de la Dirección"
        indicador "Convenios registrados" base 0 (2025) meta 20 (2026)
      }

      ↓accion a02 "Sin fecha de inicio" {
        responsable rrii
        hasta       2026-12
        sin_costo   "Lo hace el equipo de la Dirección"
        indicador   "Convenios registrados" base 0 (2025) meta 20 (2026)
      }

      ↓accion a03 "Sin fecha de fin" {
        responsable rrii
        desde       2026-03
        sin_costo   "Lo hace el equipo de la Dirección"
        indicador   "Convenios registrados" base 0 (2025) meta 20 (2026)
      }

      ↓accion a04 "Sin presupuesto ni sin_costo" {
        responsable rrii
        desde       2026-03
        hasta       2026-12
        indicador   "Convenios registrados" base 0 (2025) meta 20 (2026)
      }

      ↓accion a05 "Sin indicador" {
        responsable rrii
        desde       2026-03
        hasta       2026-12
        sin_costo   "Lo hace el equipo de la Dirección"
      }

      ↓accion a06 "Sin meta en su indicador" {
        responsable rrii
        desde       2026-03
        hasta       2026-12
        sin_costo   "Lo hace el equipo de la Dirección"
        indicador   "Convenios registrados" base 0 (2025)
      }
      """,
    ],
    passing: [
      """
      participantes {
        tecnicos rrii "Dirección de Relaciones Internacionales"
      }

      accion a01 "Crear la oficina de relaciones internacionales" {
        responsable rrii
        desde       2026-03
        hasta       2026-12
        presupuesto 4.000.000 ARS fuente "Presupuesto municipal"
        indicador   "Oficina creada por decreto" base 0 (2025) meta 1 (2026)
      }

      accion a02 "Registro de convenios" {
        responsable rrii
        desde       2026-04
        hasta       2026-08
        sin_costo   "Lo arma el equipo de la Dirección con software libre"
        indicador   "Convenios registrados" base 0 (2025) meta 20 (2026)
      }
      """,
      """
      participantes {
        tecnicos turismo "Dirección de Turismo"
      }

      accion a09 "Foro de Ciudades Serranas" {
        responsable turismo
        fecha       2028-05-20
        presupuesto 8.000.000 ARS fuente "Presupuesto municipal" anio 2028
        indicador   "Ciudades participantes" base 0 (2025) meta 12 (2028)
      }
      """,
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    var complete = 0
    for action in plan.actions {
      var missing: [Localized] = []
      var notes: [Note] = []
      if action.owner == nil {
        missing.append(
          Localized(
            es: "el responsable (`responsable`)", en: "the owner (`owner`)",
            pt: "o responsável (`responsavel`)"))
      }
      // A one-off event has a single `fecha` instead of `desde` and `hasta`.
      if action.effectiveStart == nil {
        missing.append(
          Localized(
            es: "la fecha de inicio (`desde`)", en: "the start date (`from`)",
            pt: "a data de início (`desde`)"))
      }
      if action.effectiveEnd == nil {
        missing.append(
          Localized(
            es: "la fecha de fin (`hasta`)", en: "the end date (`until`)", pt: "a data de fim (`ate`)"))
      }
      if action.budgets.isEmpty, action.noCost == nil {
        missing.append(
          Localized(
            es: "el presupuesto (`presupuesto`) o `sin_costo`", en: "the budget (`budget`) or `no_cost`",
            pt: "o orçamento (`orcamento`) ou `sem_custo`"))
      }
      if action.indicators.isEmpty {
        missing.append(
          Localized(
            es: "un indicador con línea de base y meta (`indicador`)",
            en: "an indicator with a baseline and a target (`indicator`)",
            pt: "um indicador com linha de base e meta (`indicador`)"))
      }
      for indicator in action.indicators {
        var parts: [Localized] = []
        if indicator.baseline == nil {
          parts.append(
            Localized(
              es: "la línea de base (`base`)", en: "the baseline (`baseline`)", pt: "a linha de base (`base`)"
            ))
        }
        if indicator.targets.isEmpty {
          parts.append(Localized(es: "la meta (`meta`)", en: "the target (`target`)", pt: "a meta (`meta`)"))
        }
        guard !parts.isEmpty else { continue }
        let es = parts.map(\.es).joined(separator: " y ")
        let en = parts.map(\.en).joined(separator: " and ")
        let pt = parts.map { $0.text(.pt) }.joined(separator: " e ")
        missing.append(
          Localized(
            es: "\(es) del indicador «\(indicator.name)»", en: "\(en) of the indicator \"\(indicator.name)\"",
            pt: "\(pt) do indicador «\(indicator.name)»")
        )
        notes.append(
          Note(
            Localized(
              es: "el indicador «\(indicator.name)» está aquí",
              en: "the indicator \"\(indicator.name)\" is here",
              pt: "o indicador «\(indicator.name)» está aqui"),
            at: indicator.range))
      }
      if missing.isEmpty {
        complete += 1
      } else {
        context.report(
          Localized(
            es:
              "a la acción `\(action.id)` («\(action.title)») le falta: \(missing.map(\.es).joined(separator: ", "))",
            en:
              "action `\(action.id)` (\"\(action.title)\") is missing: \(missing.map(\.en).joined(separator: ", "))",
            pt:
              "falta na ação `\(action.id)` («\(action.title)»): \(missing.map { $0.text(.pt) }.joined(separator: ", "))"
          ),
          at: action.range, notes: notes)
      }
      if let noCost = action.noCost, let budget = action.budgets.first {
        context.report(
          Localized(
            es: "la acción `\(action.id)` dice `sin_costo` pero también tiene presupuesto: ¿cuál vale?",
            en: "action `\(action.id)` says `no_cost` but also has a budget: which one holds?",
            pt: "a ação `\(action.id)` diz `sem_custo` mas também tem orçamento: qual vale?"),
          at: noCost.range,
          notes: [
            Note(
              Localized(
                es: "el presupuesto está aquí", en: "the budget is here", pt: "o orçamento está aqui"),
              at: budget.range)
          ],
          help: Localized(
            es:
              "quite `sin_costo` si la acción tiene presupuesto, o quite el `presupuesto` si no cuesta nada",
            en: "remove `no_cost` if the action has a budget, or remove the `budget` if it costs nothing",
            pt: "remova `sem_custo` se a ação tem orçamento, ou remova o `orcamento` se não custa nada"),
          severity: .warning)
      }
    }
    context.evidence(
      Localized(
        es:
          "\(complete) de \(plan.actions.count) acciones con responsable, período, costo e indicador completos",
        en: "\(complete) of \(plan.actions.count) actions with owner, period, cost and indicator complete",
        pt: "\(complete) de \(plan.actions.count) ações com responsável, período, custo e indicador completos"
      ))
  }
}
