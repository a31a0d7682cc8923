import PlanDiagnostics

/// `plan explain` for the structure codes (`E1xx`): statements read against the grammar.
public enum SchemaCodes {
  public static let all: [CodeDocumentation] = [
    CodeDocumentation(
      "E101", "PalabraClaveDesconocida", .error,
      title: Localized(
        es: "Palabra clave desconocida", en: "Unknown keyword", pt: "Palavra-chave desconhecida"),
      explanation: Localized(
        es: "La primera palabra de la línea no es ninguna palabra clave del lenguaje, ni en español ni en "
          + "inglés. Si se parece a una, la ayuda la propone.",
        en: "The first word of the line is no keyword of the language, in Spanish or English. When it looks "
          + "like one, the help suggests it.",
        pt: "A primeira palavra da linha não é nenhuma palavra-chave da linguagem, nem em espanhol nem em "
          + "inglês. Se parece com uma, a ajuda a sugere."),
      fix: Localized(
        es:
          "Corrija la palabra (la ayuda dice cuál se parece), o vea las palabras posibles en docs/language.md "
          + "y en la plantilla de `plan init`.",
        en: "Fix the word (the help says which one it resembles), or see the possible words in "
          + "docs/language.md and in `plan init`'s template.",
        pt: "Corrija a palavra (a ajuda diz com qual se parece), ou veja as palavras possíveis em "
          + "docs/language.md e no modelo de `plan init`."),
      example: "plan \"Villa Aurora\" {\n  cuidad \"Villa Aurora\"\n}\n"),
    CodeDocumentation(
      "E102", "PalabraClaveFueraDeLugar", .error,
      title: Localized(
        es: "Palabra clave fuera de lugar", en: "Keyword in the wrong place",
        pt: "Palavra-chave fora do lugar"),
      explanation: Localized(
        es: "La palabra clave existe, pero no va en este bloque (por ejemplo, `fortaleza` fuera de `foda`). "
          + "La ayuda dice dónde va.",
        en: "The keyword exists but does not belong in this block (`strength` outside `swot`, say). The help "
          + "says where it goes.",
        pt: "A palavra-chave existe, mas não vai neste bloco (por exemplo, `forca` fora de `fofa`). A "
          + "ajuda diz onde vai."),
      fix: Localized(
        es: "Mueva la línea al bloque que indica la ayuda.",
        en: "Move the line into the block the help names.",
        pt: "Mova a linha para o bloco que a ajuda indica."),
      example: "plan \"Villa Aurora\" {\n  fortaleza f1 \"Polo metalmecánico\"\n}\n"),
    CodeDocumentation(
      "E103", "FaltaArgumento", .error,
      title: Localized(es: "Falta un dato", en: "Missing argument", pt: "Falta um dado"),
      explanation: Localized(
        es: "A la palabra clave le falta un dato obligatorio: un título, un identificador, una moneda… El "
          + "mensaje dice cuál.",
        en: "The keyword lacks a required value: a title, an identifier, a currency… The message says which.",
        pt:
          "Falta à palavra-chave um dado obrigatório: um título, um identificador, uma moeda… A mensagem diz "
          + "qual."),
      fix: Localized(
        es: "Escriba el dato que falta en la misma línea; docs/language.md muestra un ejemplo de cada una.",
        en: "Write the missing value on the same line; docs/language.md shows an example of each.",
        pt: "Escreva o dado que falta na mesma linha; docs/language.md mostra um exemplo de cada uma."),
      example: "foda {\n  fortaleza \"Polo metalmecánico\"\n}\n"),
    CodeDocumentation(
      "E104", "SobraArgumento", .error,
      title: Localized(es: "Dato que sobra", en: "Unexpected argument", pt: "Dado que sobra"),
      explanation: Localized(
        es: "Después de los datos de la palabra clave hay algo que no le corresponde: a menudo un texto sin "
          + "comillas o una lista sin comas.",
        en: "After the keyword's values there is something that does not belong: often a text without quotes "
          + "or a list without commas.",
        pt: "Depois dos dados da palavra-chave há algo que não lhe corresponde: muitas vezes um texto sem "
          + "aspas ou uma lista sem vírgulas."),
      fix: Localized(
        es: "Separe las listas con comas (`d1, d2`), ponga los textos entre comillas, o borre lo que sobra.",
        en: "Separate lists with commas (`d1, d2`), put texts in quotes, or delete what is extra.",
        pt: "Separe as listas com vírgulas (`d1, d2`), ponha os textos entre aspas, ou apague o que sobra."),
      example: "plan \"Villa Aurora\" {\n  horizonte 2026 a 2031 2040\n}\n"),
    CodeDocumentation(
      "E105", "ValorInvalido", .error,
      title: Localized(es: "Valor inválido", en: "Invalid value", pt: "Valor inválido"),
      explanation: Localized(
        es: "El dato no tiene la forma esperada: un número, una fecha (`2026-04` o `2026-04-15`), un año, un "
          + "año entre paréntesis, un período, un color (`#1F4E79`), una meta ODS (`11.3`) o una moneda en "
          + "código (`ARS`).",
        en:
          "The value does not have the expected form: a number, a date (`2026-04` or `2026-04-15`), a year, a "
          + "year in parentheses, a period, a colour (`#1F4E79`), an SDG target (`11.3`) or a currency code "
          + "(`ARS`).",
        pt:
          "O dado não tem a forma esperada: um número, uma data (`2026-04` ou `2026-04-15`), um ano, um ano "
          + "entre parênteses, um período, uma cor (`#1F4E79`), uma meta ODS (`11.3`) ou uma moeda em código "
          + "(`ARS`)."),
      fix: Localized(
        es: "Escriba el valor como indica el mensaje; la ayuda muestra la forma correcta cuando la conoce.",
        en: "Write the value as the message says; the help shows the right form when it knows it.",
        pt: "Escreva o valor como indica a mensagem; a ajuda mostra a forma correta quando a conhece."),
      example: "plan \"Villa Aurora\" {\n  fecha 2026-13-01\n}\n"),
    CodeDocumentation(
      "E106", "ValorFueraDeLaLista", .error,
      title: Localized(es: "Valor fuera de la lista", en: "Word outside the list", pt: "Valor fora da lista"),
      explanation: Localized(
        es:
          "Este dato sólo admite ciertas palabras (el estado del plan, el plazo, el tipo de socio…). La ayuda "
          + "lista las posibles y propone la más parecida.",
        en: "This value accepts only certain words (the plan's status, the term, the kind of partner…). The "
          + "help lists them and suggests the closest.",
        pt: "Este dado só aceita certas palavras (o estado do plano, o prazo, o tipo de parceiro…). A ajuda "
          + "lista as possíveis e sugere a mais parecida."),
      fix: Localized(
        es: "Use una de las palabras de la lista (también en docs/language.md, sección 5).",
        en: "Use one of the listed words (also in docs/language.md, section 5).",
        pt: "Use uma das palavras da lista (também em docs/language.md, seção 5)."),
      example: "plan \"Villa Aurora\" {\n  estado borador\n}\n"),
    CodeDocumentation(
      "E107", "FaltaBloque", .error,
      title: Localized(es: "Falta el bloque", en: "Block required", pt: "Falta o bloco"),
      explanation: Localized(
        es: "Esta palabra clave agrupa otras líneas: necesita un bloque `{ … }` con su contenido.",
        en: "This keyword groups other lines: it needs a `{ … }` block with its content.",
        pt: "Esta palavra-chave agrupa outras linhas: precisa de um bloco `{ … }` com seu conteúdo."),
      fix: Localized(
        es: "Agregue `{` al final de la línea, el contenido en las siguientes y `}` al final.",
        en: "Add `{` at the end of the line, the content on the next lines and `}` at the end.",
        pt: "Acrescente `{` no fim da linha, o conteúdo nas seguintes e `}` no fim."),
      example: "foda\n"),
    CodeDocumentation(
      "E108", "SobraBloque", .error,
      title: Localized(es: "Bloque que no corresponde", en: "Block not allowed", pt: "Bloco que não cabe"),
      explanation: Localized(
        es: "Esta palabra clave lleva sus datos en la misma línea, no en un bloque `{ … }`.",
        en: "This keyword takes its values on the same line, not in a `{ … }` block.",
        pt: "Esta palavra-chave leva seus dados na mesma linha, não num bloco `{ … }`."),
      fix: Localized(
        es: "Escriba los datos en la misma línea y quite las llaves.",
        en: "Write the values on the same line and remove the braces.",
        pt: "Escreva os dados na mesma linha e tire as chaves."),
      example: "lema \"Abierta al mundo\" {\n}\n"),
    CodeDocumentation(
      "E109", "Repetido", .error,
      title: Localized(es: "Dato repetido", en: "Repeated statement", pt: "Dado repetido"),
      explanation: Localized(
        es: "Este dato sólo puede aparecer una vez en su bloque (o en el plan, como `vision` o `foda`); la "
          + "nota señala la primera vez.",
        en: "This statement may appear only once in its block (or in the plan, like `vision` or `swot`); the "
          + "note points at the first one.",
        pt: "Este dado só pode aparecer uma vez no seu bloco (ou no plano, como `visao` ou `fofa`); a nota "
          + "indica a primeira vez."),
      fix: Localized(
        es: "Deje uno solo: una ambos contenidos o borre el repetido.",
        en: "Keep one: merge both contents or delete the repeat.",
        pt: "Deixe um só: junte os dois conteúdos ou apague o repetido."),
      example: "plan \"Villa Aurora\" {\n  ciudad \"Villa Aurora\"\n  ciudad \"Villa Aurora\"\n}\n"),
    CodeDocumentation(
      "E110", "IdentificadorInvalido", .error,
      title: Localized(es: "Identificador inválido", en: "Invalid identifier", pt: "Identificador inválido"),
      explanation: Localized(
        es: "Un identificador nombra algo para poder citarlo (`a01`, `oe1`, `rrii`): empieza con una letra y "
          + "sigue con letras, números, `_`, `-` o `.`.",
        en: "An identifier names something so it can be referred to (`a01`, `oe1`, `rrii`): it starts with a "
          + "letter and goes on with letters, digits, `_`, `-` or `.`.",
        pt: "Um identificador nomeia algo para poder citá-lo (`a01`, `oe1`, `rrii`): começa com uma letra e "
          + "segue com letras, números, `_`, `-` ou `.`."),
      fix: Localized(
        es: "Cámbielo, por ejemplo `1a` por `a1`.", en: "Change it, for example `1a` to `a1`.",
        pt: "Troque-o, por exemplo `1a` por `a1`."),
      example: "foda {\n  fortaleza 1f \"Polo metalmecánico\"\n}\n"),
    CodeDocumentation(
      "E111", "TextoSinComillas", .error,
      title: Localized(es: "Texto sin comillas", en: "Text without quotes", pt: "Texto sem aspas"),
      explanation: Localized(
        es:
          "Los textos (nombres, títulos, descripciones) van entre comillas para que se sepa dónde empiezan y "
          + "terminan.",
        en: "Texts (names, titles, descriptions) go in quotes so that it is clear where they start and end.",
        pt:
          "Os textos (nomes, títulos, descrições) vão entre aspas para que se saiba onde começam e terminam."),
      fix: Localized(
        es: "Póngalo entre comillas `\"…\"`; la ayuda muestra cómo queda.",
        en: "Put it in quotes `\"…\"`; the help shows how it reads.",
        pt: "Ponha-o entre aspas `\"…\"`; a ajuda mostra como fica."),
      example: "plan \"Villa Aurora\" {\n  ciudad Villa Aurora\n}\n"),
    CodeDocumentation(
      "E112", "NumeroAmbiguo", .warning,
      title: Localized(es: "Número ambiguo", en: "Ambiguous number", pt: "Número ambíguo"),
      explanation: Localized(
        es:
          "En un plan en español la coma es decimal: `1,500` se lee uno coma cinco. En un plan en inglés el "
          + "punto es decimal: `1.500` se lee uno punto cinco. Si quiso decir mil quinientos, el número está "
          + "mal.",
        en:
          "In a Spanish plan the comma is the decimal mark: `1,500` reads one point five. In an English plan "
          + "the dot is: `1.500` reads one point five. If you meant fifteen hundred, the number is wrong.",
        pt:
          "Num plano em espanhol a vírgula é decimal: `1,500` lê-se um vírgula cinco. Num plano em inglês o "
          + "ponto é decimal: `1.500` lê-se um ponto cinco. Se quis dizer mil e quinhentos, o número está "
          + "errado."),
      fix: Localized(
        es: "Escriba `1.500` o `1500` para mil quinientos; si quería un decimal, déjelo.",
        en: "Write `1500` (or `1_500`) for fifteen hundred; if you meant a decimal, leave it.",
        pt: "Escreva `1.500` ou `1500` para mil e quinhentos; se queria um decimal, deixe-o."),
      example:
        "accion a01 \"Crear la oficina\" {\n  indicador \"Empresas\" base 0 (2025) meta 1,500 (2030)\n}\n"),
    CodeDocumentation(
      "E113", "RangoConGuion", .advisory,
      title: Localized(
        es: "Rango de años con guion", en: "Year range with a hyphen", pt: "Intervalo de anos com hífen"),
      explanation: Localized(
        es: "Un texto escribe un rango de años con un guion (`2026-2031`). En un documento impreso un rango "
          + "lleva raya corta (`2026–2031`), como la escribe el documento en los rangos que compone: el título "
          + "y el horizonte quedarían con dos signos distintos.",
        en:
          "A text writes a range of years with a hyphen (`2026-2031`). A printed document writes a range with "
          + "an en dash (`2026–2031`), as the document does in the ranges it composes: the title and the "
          + "horizon would show two different signs.",
        pt: "Um texto escreve um intervalo de anos com hífen (`2026-2031`). Um documento impresso escreve um "
          + "intervalo com traço meio (`2026–2031`), como o documento faz nos intervalos que compõe: o título e "
          + "o horizonte mostrariam dois sinais diferentes."),
      fix: Localized(
        es: "`plan fmt --fix` cambia el guion por la raya corta; o escríbala (–).",
        en: "`plan fmt --fix` replaces the hyphen by the en dash; or type it (–).",
        pt: "`plan fmt --fix` troca o hífen pelo traço meio; ou digite-o (–)."),
      example: "plan \"Plan de internacionalización 2026-2031\" {\n  ciudad \"Villa Aurora\"\n}\n"),
  ]
}
