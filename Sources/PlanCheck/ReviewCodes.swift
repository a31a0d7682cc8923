import PlanDiagnostics

/// `plan explain` for the codes about the review itself (`R00x`: `revision` settings and
/// `# plan:ignore` comments) and about composing the PDF (`C00x`).
public enum ReviewCodes {
  public static let all: [CodeDocumentation] = [
    CodeDocumentation(
      "R001", "LimiteDesconocido", .error,
      title: Localized(es: "Límite desconocido", en: "Unknown limit", pt: "Limite desconhecido"),
      explanation: Localized(
        es: "`revision { limite … }` ajusta los umbrales de las reglas (cuántas acciones son demasiadas, por "
          + "ejemplo); este nombre no es ninguno de ellos. La ayuda lista los posibles.",
        en:
          "`review { limit … }` adjusts the rules' thresholds (how many actions are too many, say); this name "
          + "is none of them. The help lists the possible ones.",
        pt: "`revisao { limite … }` ajusta os limiares das regras (quantas ações são demais, por exemplo); "
          + "este nome não é nenhum deles. A ajuda lista os possíveis."),
      fix: Localized(
        es: "Use uno de los nombres de la ayuda (también en `plan explain` de cada regla).",
        en: "Use one of the names in the help (also in each rule's `plan explain`).",
        pt: "Use um dos nomes da ajuda (também em `plan explain` de cada regra)."),
      example: "revision {\n  limite accionez 60\n}\n"),
    CodeDocumentation(
      "R002", "ReglaDesconocida", .error,
      title: Localized(es: "Regla desconocida", en: "Unknown rule", pt: "Regra desconhecida"),
      explanation: Localized(
        es: "`severidad` o un `# plan:ignore` nombran una regla que no existe.",
        en: "`severity` or a `# plan:ignore` names a rule that does not exist.",
        pt: "`severidade` ou um `# plan:ignore` nomeiam uma regra que não existe."),
      fix: Localized(
        es: "Corrija el código; `plan rules` lista todas las reglas.",
        en: "Fix the code; `plan rules` lists every rule.",
        pt: "Corrija o código; `plan rules` lista todas as regras."),
      example: "revision {\n  severidad G13 advertencia\n}\n"),
    CodeDocumentation(
      "R003", "SupresionSinMotivo", .error,
      title: Localized(
        es: "Supresión sin motivo", en: "Suppression without a reason", pt: "Supressão sem motivo"),
      explanation: Localized(
        es: "Ignorar un hallazgo es una decisión que otros van a leer: el motivo es obligatorio, después de "
          + "un guion.",
        en: "Ignoring a finding is a decision others will read: the reason is required, after a dash.",
        pt:
          "Ignorar um achado é uma decisão que outros vão ler: o motivo é obrigatório, depois de um travessão."
      ),
      fix: Localized(
        es: "Escriba el motivo: `# plan:ignore G11 — la comisión lo revisó el 3 de mayo`.",
        en: "Write the reason: `# plan:ignore G11 — reviewed by the commission on 3 May`.",
        pt: "Escreva o motivo: `# plan:ignore G11 — a comissão revisou em 3 de maio`."),
      example: "# plan:ignore G11\nvision \"Una ciudad abierta al mundo\"\n"),
    CodeDocumentation(
      "R004", "SupresionSinRegla", .error,
      title: Localized(es: "Supresión sin regla", en: "Suppression names no rule", pt: "Supressão sem regra"),
      explanation: Localized(
        es: "El comentario `# plan:ignore` no dice qué regla ignora.",
        en: "The `# plan:ignore` comment does not say which rule it ignores.",
        pt: "O comentário `# plan:ignore` não diz que regra ignora."),
      fix: Localized(
        es: "Nombre la regla antes del motivo: `# plan:ignore G11 — motivo`.",
        en: "Name the rule before the reason: `# plan:ignore G11 — reason`.",
        pt: "Nomeie a regra antes do motivo: `# plan:ignore G11 — motivo`."),
      example: "# plan:ignore — la visión se redacta en el taller\nvision \"Una ciudad abierta al mundo\"\n"),
    CodeDocumentation(
      "R005", "SupresionSinUso", .warning,
      title: Localized(es: "Supresión sin uso", en: "Unused suppression", pt: "Supressão sem uso"),
      explanation: Localized(
        es: "La supresión no ignora ningún hallazgo: lo que ignoraba ya no ocurre en esa línea, y dejarla "
          + "escondería un problema nuevo.",
        en: "The suppression ignores no finding: what it ignored no longer happens on that line, and keeping "
          + "it would hide a new problem.",
        pt: "A supressão não ignora nenhum achado: o que ignorava já não acontece nessa linha, e mantê-la "
          + "esconderia um problema novo."),
      fix: Localized(es: "Bórrela.", en: "Delete it.", pt: "Apague-a."),
      example: "# plan:ignore M007 — moneda provisoria\nvision \"Una ciudad abierta al mundo\"\n"),
    CodeDocumentation(
      "C001", "CaracterSinFuente", .warning,
      title: Localized(
        es: "Carácter que ninguna fuente tiene", en: "Character no bundled font has",
        pt: "Caractere que nenhuma fonte tem"),
      explanation: Localized(
        es: "`plan build` dibuja el documento sólo con las fuentes de su carpeta fonts/, para que el PDF sea "
          + "igual en cualquier máquina. Un texto del plan tiene un carácter que ninguna de ellas tiene (un "
          + "nombre en chino o en árabe, un símbolo poco común): en el PDF se vería un recuadro vacío. Se "
          + "señala dónde lo escribió el plan.",
        en:
          "`plan build` draws the document only with the fonts of its fonts/ folder, so that the PDF is the "
          + "same on every machine. A text of the plan has a character none of them has (a name in Chinese "
          + "or Arabic, a rare symbol): the PDF would show an empty box. The place the plan wrote it is shown.",
        pt:
          "`plan build` desenha o documento só com as fontes da sua pasta fonts/, para que o PDF seja igual "
          + "em qualquer máquina. Um texto do plano tem um caractere que nenhuma delas tem (um nome em chinês "
          + "ou árabe, um símbolo raro): o PDF mostraria uma caixa vazia. Indica-se onde o plano o escreveu."),
      fix: Localized(
        es: "Escríbalo también en caracteres latinos («Pekín» en lugar de «北京»), o agregue a fonts/ una "
          + "fuente libre que tenga esos caracteres.",
        en: "Write it in Latin characters too (\"Beijing\" instead of \"北京\"), or add to fonts/ a free font "
          + "that has those characters.",
        pt: "Escreva-o também em caracteres latinos («Pequim» em vez de «北京»), ou acrescente a fonts/ uma "
          + "fonte livre que tenha esses caracteres."),
      withoutExample: Localized(
        es: "sólo lo informa `plan build`, según las fuentes instaladas",
        en: "only `plan build` reports it, from the installed fonts",
        pt: "só `plan build` o informa, segundo as fontes instaladas")),
  ]
}
