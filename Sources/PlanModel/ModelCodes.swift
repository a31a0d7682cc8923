import PlanDiagnostics

/// `plan explain` for the consistency codes (`M0xx`): the plan read as a whole.
public enum ModelCodes {
  public static let all: [CodeDocumentation] = [
    CodeDocumentation(
      "M001", "ReferenciaNoDeclarada", .error,
      title: Localized(
        es: "Referencia no declarada", en: "Undeclared reference", pt: "Referência não declarada"),
      explanation: Localized(
        es: "El identificador no está declarado en ningún archivo del plan: por ejemplo, una acción que "
          + "atiende `d9` cuando el FODA llega a `d8`. Si hay uno parecido, la ayuda lo propone y una nota "
          + "señala dónde está.",
        en: "The identifier is declared in no file of the plan: an action that addresses `d9` when the SWOT "
          + "stops at `d8`, say. When one looks alike, the help suggests it and a note shows where it is.",
        pt: "O identificador não está declarado em nenhum arquivo do plano: por exemplo, uma ação que atende "
          + "`d9` quando a FOFA vai até `d8`. Se houver um parecido, a ajuda o sugere e uma nota mostra onde "
          + "está."),
      fix: Localized(
        es: "Corrija el identificador, o declare lo que falta en su sección.",
        en: "Fix the identifier, or declare what is missing in its section.",
        pt: "Corrija o identificador, ou declare o que falta na sua seção."),
      example: "foda {\n  debilidad d1 \"Sin oficina de relaciones internacionales\"\n}\n\n"
        + "accion a01 \"Crear la oficina\" {\n  atiende d2\n}\n"),
    CodeDocumentation(
      "M002", "ReferenciaDeOtroTipo", .error,
      title: Localized(
        es: "Referencia a algo de otro tipo", en: "Reference to the wrong kind",
        pt: "Referência a algo de outro tipo"),
      explanation: Localized(
        es: "El identificador existe pero nombra otra cosa: por ejemplo, una fortaleza donde se espera un "
          + "objetivo.",
        en: "The identifier exists but names something else: a strength where an objective is expected, say.",
        pt: "O identificador existe, mas nomeia outra coisa: por exemplo, uma fortaleza onde se espera um "
          + "objetivo."),
      fix: Localized(
        es: "Use el identificador de algo del tipo que pide el mensaje.",
        en: "Use the identifier of something of the kind the message asks for.",
        pt: "Use o identificador de algo do tipo que a mensagem pede."),
      example: "foda {\n  fortaleza f1 \"Polo metalmecánico\"\n}\n\n"
        + "accion a01 \"Crear la oficina\" {\n  objetivos f1\n}\n"),
    CodeDocumentation(
      "M003", "IdentificadorRepetido", .error,
      title: Localized(
        es: "Identificador repetido", en: "Duplicate identifier", pt: "Identificador repetido"),
      explanation: Localized(
        es:
          "Cada identificador nombra una sola cosa en todo el plan, en todos sus archivos; la nota señala la "
          + "primera declaración.",
        en:
          "Each identifier names one thing in the whole plan, across all its files; the note shows the first "
          + "declaration.",
        pt:
          "Cada identificador nomeia uma só coisa em todo o plano, em todos os seus arquivos; a nota mostra a "
          + "primeira declaração."),
      fix: Localized(
        es: "Cambie uno de los dos, y las referencias que lo usan.",
        en: "Rename one of the two, and the references that use it.",
        pt: "Troque um dos dois, e as referências que o usam."),
      example: "foda {\n  fortaleza f1 \"Polo metalmecánico\"\n  debilidad f1 \"Sin oficina\"\n}\n"),
    CodeDocumentation(
      "M004", "HorizonteInvertido", .error,
      title: Localized(es: "Horizonte invertido", en: "Reversed horizon", pt: "Horizonte invertido"),
      explanation: Localized(
        es: "El horizonte del plan termina antes de empezar.",
        en: "The plan's horizon ends before it starts.",
        pt: "O horizonte do plano termina antes de começar."),
      fix: Localized(
        es: "Escriba primero el año de inicio: `horizonte 2026 a 2031`.",
        en: "Write the first year first: `horizon 2026 to 2031`.",
        pt: "Escreva primeiro o ano de início: `horizonte 2026 a 2031`."),
      example: "plan \"Villa Aurora\" {\n  horizonte 2031 a 2026\n}\n"),
    CodeDocumentation(
      "M005", "AccionInvertida", .error,
      title: Localized(
        es: "La acción termina antes de empezar", en: "Action ends before it starts",
        pt: "A ação termina antes de começar"),
      explanation: Localized(
        es: "La fecha `hasta` de la acción es anterior a su fecha `desde`.",
        en: "The action's `until` date is earlier than its `from` date.",
        pt: "A data `ate` da ação é anterior à sua data `desde`."),
      fix: Localized(
        es: "Corrija una de las dos fechas.", en: "Fix one of the two dates.",
        pt: "Corrija uma das duas datas."),
      example: "accion a01 \"Crear la oficina\" {\n  desde 2026-12\n  hasta 2026-04\n}\n"),
    CodeDocumentation(
      "M006", "FechaFueraDelHorizonte", .error,
      title: Localized(
        es: "Fecha fuera del horizonte", en: "Date outside the horizon", pt: "Data fora do horizonte"),
      explanation: Localized(
        es: "Una fecha de la acción (`desde` o `hasta`) cae fuera de los años del horizonte del plan.",
        en: "A date of the action (`from` or `until`) falls outside the years of the plan's horizon.",
        pt: "Uma data da ação (`desde` ou `ate`) cai fora dos anos do horizonte do plano."),
      fix: Localized(
        es: "Ajuste la fecha, o amplíe el `horizonte` del plan si la acción realmente dura más.",
        en: "Adjust the date, or widen the plan's `horizon` if the action really lasts longer.",
        pt: "Ajuste a data, ou amplie o `horizonte` do plano se a ação realmente dura mais."),
      example: "plan \"Villa Aurora\" {\n  horizonte 2026 a 2031\n}\n\n"
        + "accion a01 \"Crear la oficina\" {\n  desde 2025-04\n  hasta 2026-12\n}\n"),
    CodeDocumentation(
      "M007", "MonedaDesconocida", .error,
      title: Localized(es: "Moneda desconocida", en: "Unknown currency", pt: "Moeda desconhecida"),
      explanation: Localized(
        es: "Las monedas se escriben con su código ISO 4217 de tres letras (`ARS`, `USD`, `EUR`, `BRL`) para "
          + "que los montos se puedan sumar y comparar.",
        en: "Currencies are written as their three-letter ISO 4217 code (`ARS`, `USD`, `EUR`, `BRL`) so that "
          + "amounts can be added and compared.",
        pt:
          "As moedas se escrevem com seu código ISO 4217 de três letras (`ARS`, `USD`, `EUR`, `BRL`) para que "
          + "os montantes possam ser somados e comparados."),
      fix: Localized(
        es: "Use el código de la moneda; la ayuda propone el más parecido.",
        en: "Use the currency's code; the help suggests the closest.",
        pt: "Use o código da moeda; a ajuda sugere o mais parecido."),
      example: "accion a01 \"Crear la oficina\" {\n  presupuesto 12.000.000 ARG\n}\n"),
    CodeDocumentation(
      "M008", "MetaODSDesconocida", .error,
      title: Localized(es: "Meta ODS desconocida", en: "Unknown SDG target", pt: "Meta ODS desconhecida"),
      explanation: Localized(
        es: "Las metas de los Objetivos de Desarrollo Sostenible son 169, de `1.1` a `17.19`; ésta no es una "
          + "de ellas. La ayuda lista las metas de ese objetivo.",
        en: "The Sustainable Development Goals have 169 targets, from `1.1` to `17.19`; this is not one of "
          + "them. The help lists that goal's targets.",
        pt:
          "As metas dos Objetivos de Desenvolvimento Sustentável são 169, de `1.1` a `17.19`; esta não é uma "
          + "delas. A ajuda lista as metas desse objetivo."),
      fix: Localized(
        es: "Elija una meta de la lista de la ayuda.", en: "Choose a target from the help's list.",
        pt: "Escolha uma meta da lista da ajuda."),
      example: "accion a01 \"Crear la oficina\" {\n  ods 8.15\n}\n"),
    CodeDocumentation(
      "M009", "DependenciaCircular", .error,
      title: Localized(es: "Dependencia circular", en: "Circular dependency", pt: "Dependência circular"),
      explanation: Localized(
        es: "Las acciones dependen unas de otras en círculo (`depende_de`), así que ninguna podría empezar.",
        en: "The actions depend on each other in a circle (`depends_on`), so none of them could start.",
        pt: "As ações dependem umas das outras em círculo (`depende_de`), então nenhuma poderia começar."),
      fix: Localized(
        es: "Quite uno de los `depende_de` del ciclo que muestra el mensaje.",
        en: "Remove one `depends_on` of the cycle the message shows.",
        pt: "Tire um dos `depende_de` do ciclo que a mensagem mostra."),
      example: "accion a01 \"Crear la oficina\" {\n  depende_de a02\n}\n\n"
        + "accion a02 \"Contratar al equipo\" {\n  depende_de a01\n}\n"),
    CodeDocumentation(
      "M010", "HitoFueraDelPeriodo", .warning,
      title: Localized(
        es: "Hito fuera del período de la acción", en: "Milestone outside the action's period",
        pt: "Marco fora do período da ação"),
      explanation: Localized(
        es: "La fecha de un hito cae antes del `desde` o después del `hasta` de su acción.",
        en: "A milestone's date falls before its action's `from` or after its `until`.",
        pt: "A data de um marco cai antes do `desde` ou depois do `ate` da sua ação."),
      fix: Localized(
        es: "Corrija la fecha del hito o el período de la acción.",
        en: "Fix the milestone's date or the action's period.",
        pt: "Corrija a data do marco ou o período da ação."),
      example: "accion a01 \"Crear la oficina\" {\n  desde 2026-04\n  hasta 2026-12\n"
        + "  hito \"Decreto de creación\" 2027-02\n}\n"),
    CodeDocumentation(
      "M011", "BaseDespuesDeLaMeta", .error,
      title: Localized(
        es: "Línea de base posterior a la meta", en: "Baseline later than a target",
        pt: "Linha de base posterior à meta"),
      explanation: Localized(
        es: "El año de la línea de base de un indicador es posterior al año de una de sus metas: la base es "
          + "el punto de partida.",
        en: "An indicator's baseline year is later than one of its targets' years: the baseline is the "
          + "starting point.",
        pt:
          "O ano da linha de base de um indicador é posterior ao ano de uma de suas metas: a base é o ponto "
          + "de partida."),
      fix: Localized(
        es: "Corrija el año de la base o el de la meta.", en: "Fix the baseline's year or the target's.",
        pt: "Corrija o ano da base ou o da meta."),
      example:
        "accion a01 \"Crear la oficina\" {\n  indicador \"Oficina creada\" base 0 (2027) meta 1 (2026)\n}\n"),
    CodeDocumentation(
      "M012", "AnioDePresupuestoFueraDelHorizonte", .error,
      title: Localized(
        es: "Año del presupuesto fuera del horizonte", en: "Budget year outside the horizon",
        pt: "Ano do orçamento fora do horizonte"),
      explanation: Localized(
        es: "Un presupuesto repartido por años (`presupuesto … anio 2027`) dice un año que cae fuera del "
          + "horizonte del plan: ese dinero no se gastaría mientras el plan rige.",
        en:
          "A budget split by year (`budget … year 2027`) names a year outside the plan's horizon: that money "
          + "would not be spent while the plan is in force.",
        pt: "Um orçamento dividido por anos (`orcamento … ano 2027`) indica um ano fora do horizonte do "
          + "plano: esse dinheiro não seria gasto enquanto o plano vigora."),
      fix: Localized(
        es: "Corrija el año, o amplíe el `horizonte` del plan.",
        en: "Fix the year, or widen the plan's `horizon`.",
        pt: "Corrija o ano, ou amplie o `horizonte` do plano."),
      example: "plan \"Villa Aurora\" {\n  horizonte 2026 a 2031\n}\n\n"
        + "accion a01 \"Crear la oficina\" {\n  presupuesto 12.000.000 ARS anio 2033\n}\n"),
    CodeDocumentation(
      "M013", "MetaContraElSentido", .warning,
      title: Localized(
        es: "Meta en contra del sentido del indicador", en: "Target against the indicator's direction",
        pt: "Meta contra o sentido do indicador"),
      explanation: Localized(
        es:
          "El indicador dice qué se busca (`sentido aumentar` o `reducir`), y una meta queda del otro lado de "
          + "la línea de base: por ejemplo, reducir los días de trámite de 40 a 60.",
        en: "The indicator says what is sought (`direction increase` or `decrease`), and a target is on the "
          + "other side of the baseline: decreasing processing days from 40 to 60, say.",
        pt:
          "O indicador diz o que se busca (`sentido aumentar` ou `reduzir`), e uma meta fica do outro lado da "
          + "linha de base: por exemplo, reduzir os dias de trâmite de 40 para 60."),
      fix: Localized(
        es: "Corrija la meta, o el `sentido` si lo que se busca es lo contrario.",
        en: "Fix the target, or the `direction` if the aim is the opposite.",
        pt: "Corrija a meta, ou o `sentido` se o que se busca é o contrário."),
      example: "accion a01 \"Agilizar los trámites de comercio exterior\" {\n"
        + "  indicador \"Días de trámite\" base 40 (2025) meta 60 (2027) sentido reducir\n}\n"),
    CodeDocumentation(
      "M014", "TextoDeLaPlantilla", .error,
      title: Localized(
        es: "Texto de ejemplo de la plantilla", en: "Sample text of the template",
        pt: "Texto de exemplo do modelo"),
      explanation: Localized(
        es:
          "`plan init` escribe un plan completo con textos de ejemplo («Nombre Apellido», «Una fortaleza de la "
          + "ciudad») para que la oficina los reemplace por los suyos. Un texto que quedó como la plantilla lo "
          + "escribió no dice nada de la ciudad: el documento para el Concejo no puede llevarlo, y mientras una "
          + "sección tenga alguno las pautas que dependen de ella no se dan por cumplidas. Un nombre breve de "
          + "ejemplo («Cámara de Comercio») cuenta sólo si el plan conserva otros textos de la plantilla: solo, "
          + "es más probable que sea el nombre real.",
        en:
          "`plan init` writes a complete plan with sample texts (\"First Name Last Name\", \"A strength of the "
          + "city\") for the office to replace with its own. A text left as the template wrote it says nothing "
          + "about the city: the document for the council cannot carry it, and while a section holds one the "
          + "guidelines that depend on it are not taken as met. A short sample name (\"Chamber of Commerce\") "
          + "counts only while the plan keeps other template texts: alone, it is more likely the real name.",
        pt:
          "`plan init` escreve um plano completo com textos de exemplo («Nombre Apellido», «Una fortaleza de la "
          + "ciudad») para que o escritório os substitua pelos seus. Um texto deixado como o modelo o escreveu "
          + "não diz nada da cidade: o documento para a Câmara não pode levá-lo, e enquanto uma seção tiver "
          + "algum as diretrizes que dependem dela não são dadas como cumpridas. Um nome breve de exemplo "
          + "(«Cámara de Comercio») só conta se o plano mantém outros textos do modelo: sozinho, é mais provável "
          + "que seja o nome real."),
      fix: Localized(
        es: "Escriba el texto de su plan en su lugar, o borre la línea si no corresponde.",
        en: "Write your plan's text in its place, or delete the line if it does not apply.",
        pt: "Escreva o texto do seu plano no lugar, ou apague a linha se não se aplica."),
      example: "foda {\n  fortaleza f1 \"Una fortaleza de la ciudad\"\n}\n"),
    CodeDocumentation(
      "M015", "ValorMedidoNoComparable", .error,
      title: Localized(
        es: "Valor medido que no se compara con la meta", en: "Measured value not comparable with the target",
        pt: "Valor medido que não se compara com a meta"),
      explanation: Localized(
        es: "Un valor medido (`medicion`) se escribe como la línea de base y la meta de su indicador: si la "
          + "meta es un porcentaje, el valor también; si es un monto, en la misma moneda. Si no, no se puede "
          + "calcular si el indicador va en camino.",
        en: "A measured value (`measurement`) is written like its indicator's baseline and target: a "
          + "percentage if the target is one, an amount in the same currency if it is an amount. Otherwise "
          + "whether the indicator is on track cannot be computed.",
        pt:
          "Um valor medido (`medicao`) escreve-se como a linha de base e a meta do seu indicador: se a meta "
          + "é uma porcentagem, o valor também; se é um valor monetário, na mesma moeda. Se não, não se pode "
          + "calcular se o indicador vai bem."),
      fix: Localized(
        es: "Escriba el valor con la misma forma que la meta (`35%`, `12`, `500.000 ARS`).",
        en: "Write the value in the same form as the target (`35%`, `12`, `500,000 ARS`).",
        pt: "Escreva o valor com a mesma forma que a meta (`35%`, `12`, `500.000 ARS`)."),
      example: "accion a01 \"Tablero abierto de metas\" {\n"
        + "  indicador ind_tab \"Acciones con avance publicado\" base 0% (2025) meta 60% (2027)\n}\n\n"
        + "periodo 2026 {\n  medicion ind_tab 12\n}\n"),
    CodeDocumentation(
      "M016", "AvanceNoEsPorcentaje", .error,
      title: Localized(
        es: "Avance que no es un porcentaje", en: "Progress that is not a percentage",
        pt: "Avanço que não é uma porcentagem"),
      explanation: Localized(
        es: "El avance de una acción en un período (`avance a07 en_curso 45%`) es un porcentaje entre 0 % y "
          + "100 %: cuánto de la acción está hecho.",
        en:
          "An action's progress in a period (`progress a07 in_progress 45%`) is a percentage between 0% and "
          + "100%: how much of the action is done.",
        pt:
          "O avanço de uma ação num período (`avanco a07 em_andamento 45%`) é uma porcentagem entre 0 % e 100 %: "
          + "quanto da ação está feito."),
      fix: Localized(
        es: "Escriba el avance con `%`, entre 0 % y 100 %.",
        en: "Write the progress with `%`, between 0% and 100%.",
        pt: "Escreva o avanço com `%`, entre 0 % e 100 %."),
      example: "accion a01 \"Registro municipal de exportadores\"\n\n"
        + "periodo 2026 {\n  avance a01 en_curso 45\n}\n"),
    CodeDocumentation(
      "M017", "UmbralInvalido", .error,
      title: Localized(es: "Umbral inválido", en: "Invalid threshold", pt: "Limiar inválido"),
      explanation: Localized(
        es: "Los umbrales de `revision` (`en_camino`, `en_riesgo`, `tolerancia`) son porcentajes entre 0 % y "
          + "100 %, y `en_riesgo` no puede superar a `en_camino`: con ellos se calcula si cada indicador va en "
          + "camino, en riesgo o desviado.",
        en: "The thresholds of `review` (`on_track`, `at_risk`, `tolerance`) are percentages between 0% and "
          + "100%, and `at_risk` cannot exceed `on_track`: they decide whether each indicator is on track, at "
          + "risk or off track.",
        pt: "Os limiares de `revisao` (`no_caminho`, `em_risco`, `tolerancia`) são porcentagens entre 0 % e "
          + "100 %, e `em_risco` não pode superar `no_caminho`."),
      fix: Localized(
        es: "Escriba cada umbral con `%` y `en_riesgo` por debajo de `en_camino`.",
        en: "Write each threshold with `%`, and `at_risk` below `on_track`.",
        pt: "Escreva cada limiar com `%` e `em_risco` abaixo de `no_caminho`."),
      example: "revision {\n  umbral en_camino 90%\n  umbral en_riesgo 95%\n}\n"),
    CodeDocumentation(
      "M018", "TituloDemasiadoLargo", .warning,
      title: Localized(
        es: "Título demasiado largo para su lugar", en: "Title too long for its place",
        pt: "Título longo demais para seu lugar"),
      explanation: Localized(
        es: "Algunos lugares del PDF tienen un espacio fijo: la portada (140 caracteres del título, 60 de la "
          + "ciudad), el encabezado de cada página, los encabezados y el índice (160), las figuras y el "
          + "cronograma (120). Allí el texto se acorta en una palabra, con «…»; el texto completo se imprime "
          + "debajo de su encabezado. Los nombres y cargos del bloque de firmas no se acortan: ocupan las líneas "
          + "que necesitan.",
        en:
          "Some places of the PDF have a fixed space: the cover (140 characters of the title, 60 of the city), "
          + "the running head, headings and the index (160), figures and the timeline (120). There the text is "
          + "shortened at a word, with \"…\"; the full text is printed under its heading. Names and roles in "
          + "the signature block are never shortened: they take the lines they need.",
        pt: "Alguns lugares do PDF têm um espaço fixo: a capa (140 caracteres do título, 60 da cidade), o "
          + "cabeçalho de cada página, os cabeçalhos e o índice (160), as figuras e o cronograma (120). Ali o "
          + "texto é encurtado numa palavra, com «…»; o texto completo é impresso abaixo do seu cabeçalho. Os "
          + "nomes e cargos do bloco de assinaturas não são encurtados: ocupam as linhas de que precisam."),
      fix: Localized(
        es: "Acorte el título: uno claro cabe en una o dos líneas; los detalles van en la descripción.",
        en: "Shorten the title: a clear one fits in one or two lines; details go in the description.",
        pt: "Encurte o título: um título claro cabe em uma ou duas linhas; os detalhes vão na descrição."),
      example: "plan \"" + String(repeating: "Villa Aurora abierta al mundo ", count: 6)
        + "\" {\n  ciudad \"Villa Aurora\"\n}\n"),
    CodeDocumentation(
      "M019", "SignoOrdinalDesconocido", .error,
      title: Localized(
        es: "Signo ordinal desconocido", en: "Unknown ordinal sign", pt: "Sinal ordinal desconhecido"),
      explanation: Localized(
        es: "El proyecto de ordenanza numera sus artículos «Artículo 1º»; `ordinal` en `ordenanza` elige el "
          + "signo que usa el cuerpo: «º» (indicador ordinal, el habitual) o «°» (signo de grado, el que usan "
          + "muchos digestos). Con otro signo el proyecto se arma con «º», y el error avisa que lo escrito no "
          + "se usa.",
        en:
          "The bill numbers its articles «Artículo 1º»; `ordinal` in `bill` chooses the sign the body uses: "
          + "«º» (ordinal indicator, the usual one) or «°» (degree sign, which many digests use). With any "
          + "other sign the bill is built with «º», and the error says what was written is not used.",
        pt:
          "O projeto numera seus artigos «Artículo 1º»; `ordinal` em `ordenanca` escolhe o sinal que o órgão "
          + "usa: «º» (indicador ordinal, o habitual) ou «°» (sinal de grau, usado por muitos digestos). Com "
          + "outro sinal o projeto é montado com «º», e o erro avisa que o que foi escrito não é usado."),
      fix: Localized(
        es: "Escriba `ordinal \"º\"` u `ordinal \"°\"`.", en: "Write `ordinal \"º\"` or `ordinal \"°\"`.",
        pt: "Escreva `ordinal \"º\"` ou `ordinal \"°\"`."),
      example: "ordenanza {\n  ordinal \"o\"\n}\n"),
  ]
}
