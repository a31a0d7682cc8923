import PlanDiagnostics

/// `plan explain` for the codes of a change (`V0xx`): what `plan check --base` finds a change took
/// away from the previous version. They compare two versions, so no single file shows them.
public enum ChangeCodes {
  static let twoVersions = Localized(
    es: "compara dos versiones del plan: `plan check --base HEAD~1 plan.plan`",
    en: "it compares two versions of the plan: `plan check --base HEAD~1 plan.plan`",
    pt: "compara duas versões do plano: `plan check --base HEAD~1 plan.plan`")

  public static let all: [CodeDocumentation] = [
    CodeDocumentation(
      "V001", "DebilidadSinAtender", .warning,
      title: Localized(
        es: "Una debilidad o amenaza quedó sin acción", en: "A weakness or threat lost its last action",
        pt: "Uma fraqueza ou ameaça ficou sem ação"),
      explanation: Localized(
        es: "En la versión anterior alguna acción atendía esta debilidad o amenaza del FODA (`atiende`); "
          + "después del cambio, ninguna: se quitó la acción o dejó de citarla. El mensaje nombra cada acción "
          + "que la atendía y qué le pasó.",
        en: "In the previous version some action addressed this SWOT weakness or threat (`atiende`); after "
          + "the change none does: the action was removed or no longer cites it. The message names each "
          + "action that addressed it and what happened to it.",
        pt: "Na versão anterior alguma ação atendia esta fraqueza ou ameaça da FOFA (`atende`); depois da "
          + "mudança, nenhuma: a ação foi removida ou deixou de citá-la. A mensagem nomeia cada ação que a "
          + "atendia e o que aconteceu com ela."),
      fix: Localized(
        es: "Cite la debilidad desde la acción que ahora se ocupa de ella, o explique en la enmienda por qué "
          + "ya no hace falta.",
        en: "Cite the weakness from the action that now deals with it, or explain in the amendment why it is "
          + "no longer needed.",
        pt: "Cite a fraqueza a partir da ação que agora trata dela, ou explique na emenda por que não é mais "
          + "necessária."),
      withoutExample: twoVersions),
    CodeDocumentation(
      "V002", "ObjetivoSinAcciones", .warning,
      title: Localized(
        es: "Un objetivo se quedó sin acciones", en: "An objective lost its last action",
        pt: "Um objetivo ficou sem ações"),
      explanation: Localized(
        es: "En la versión anterior alguna acción servía a este objetivo (`objetivos`); después del cambio, "
          + "ninguna. Un objetivo aprobado sin acciones no se va a cumplir.",
        en: "In the previous version some action served this objective (`objetivos`); after the change none "
          + "does. An approved objective with no action will not be met.",
        pt:
          "Na versão anterior alguma ação servia a este objetivo (`objetivos`); depois da mudança, nenhuma. "
          + "Um objetivo aprovado sem ações não será cumprido."),
      fix: Localized(
        es: "Asigne una acción al objetivo, o quítelo en la misma enmienda.",
        en: "Give the objective an action, or remove it in the same amendment.",
        pt: "Atribua uma ação ao objetivo, ou retire-o na mesma emenda."),
      withoutExample: twoVersions),
    CodeDocumentation(
      "V003", "MedidaQuitada", .warning,
      title: Localized(
        es: "Una acción perdió un indicador o su presupuesto",
        en: "An action lost an indicator or its budget",
        pt: "Uma ação perdeu um indicador ou seu orçamento"),
      explanation: Localized(
        es:
          "Una acción que sigue en el plan tenía en la versión anterior un indicador, o un presupuesto en una "
          + "moneda, que ya no tiene: lo que se aprobó medir o financiar dejó de estar, sin que el plan lo diga.",
        en: "An action still in the plan had, in the previous version, an indicator or a budget in some "
          + "currency that it no longer has: what was approved to be measured or funded is gone, and the plan "
          + "does not say so.",
        pt: "Uma ação que continua no plano tinha, na versão anterior, um indicador ou um orçamento em uma "
          + "moeda que não tem mais: o que foi aprovado para medir ou financiar deixou de estar, sem que o "
          + "plano o diga."),
      fix: Localized(
        es:
          "Devuelva el indicador o el presupuesto, o diga en la enmienda cómo se medirá o financiará la acción.",
        en: "Put the indicator or budget back, or say in the amendment how the action will be measured or "
          + "funded.",
        pt: "Devolva o indicador ou o orçamento, ou diga na emenda como a ação será medida ou financiada."),
      withoutExample: twoVersions),
    CodeDocumentation(
      "V004", "FechaFueraDelHorizonte", .warning,
      title: Localized(
        es: "Una fecha pasó más allá del horizonte", en: "A date moved beyond the horizon",
        pt: "Uma data passou além do horizonte"),
      explanation: Localized(
        es: "Una acción que terminaba dentro del horizonte del plan pasó a terminar después: la enmienda "
          + "extiende el plan sin decirlo.",
        en:
          "An action that ended within the plan's horizon now ends after it: the amendment extends the plan "
          + "without saying so.",
        pt:
          "Uma ação que terminava dentro do horizonte do plano passou a terminar depois: a emenda estende o "
          + "plano sem dizê-lo."),
      fix: Localized(
        es: "Acorte la acción al horizonte, o amplíe el horizonte en la misma enmienda.",
        en: "Shorten the action to the horizon, or extend the horizon in the same amendment.",
        pt: "Encurte a ação até o horizonte, ou amplie o horizonte na mesma emenda."),
      withoutExample: twoVersions),
  ]
}
