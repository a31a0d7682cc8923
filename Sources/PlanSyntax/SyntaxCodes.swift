import PlanDiagnostics

/// `plan explain` for the syntax codes (`S0xx`): how a file is written, before its meaning.
public enum SyntaxCodes {
  public static let all: [CodeDocumentation] = [
    CodeDocumentation(
      "S001", "UTF8Invalido", .error,
      title: Localized(
        es: "Bytes que no son UTF-8", en: "Bytes that are not UTF-8", pt: "Bytes que não são UTF-8"),
      explanation: Localized(
        es: "El archivo se lee como UTF-8, pero tiene bytes que no forman caracteres válidos (suele pasar al "
          + "pegar texto de otra codificación). Se informa el primero; cada carácter dañado se ve como «�» y "
          + "`plan fmt` no toca el archivo mientras quede alguno.",
        en: "The file is read as UTF-8 but has bytes that do not form valid characters (usually text pasted "
          + "from another encoding). The first one is reported; each damaged character shows as \"�\" and "
          + "`plan fmt` leaves the file alone while any remains.",
        pt: "O arquivo é lido como UTF-8, mas tem bytes que não formam caracteres válidos (costuma acontecer "
          + "ao colar texto de outra codificação). O primeiro é informado; cada caractere danificado aparece "
          + "como «�» e `plan fmt` não altera o arquivo enquanto restar algum."),
      fix: Localized(
        es: "Guarde el archivo como «UTF-8» desde su editor (Archivo → Guardar como → Codificación) y revise "
          + "los acentos señalados.",
        en:
          "Save the file as \"UTF-8\" from your editor (File → Save as → Encoding) and check the accents shown.",
        pt: "Salve o arquivo como «UTF-8» no seu editor (Arquivo → Salvar como → Codificação) e revise os "
          + "acentos indicados."),
      withoutExample: Localized(
        es: "aparece con bytes inválidos, que no se pueden escribir como texto",
        en: "it takes invalid bytes, which cannot be written as text",
        pt: "aparece com bytes inválidos, que não se podem escrever como texto")),
    CodeDocumentation(
      "S002", "CaracterDeControl", .error,
      title: Localized(
        es: "Carácter de control invisible", en: "Invisible control character",
        pt: "Caractere de controle invisível"),
      explanation: Localized(
        es: "Hay un carácter invisible que no es un espacio, un tabulador ni un salto de línea (por ejemplo "
          + "un retroceso o un carácter nulo), un control C1 (U+0080–U+009F) o un control de dirección del "
          + "texto (U+202A–U+202E, U+2066–U+2069) que reordena lo que se ve. No se ve en el editor, pero "
          + "cambia el texto del documento; el mensaje lo nombra, y una racha seguida es un solo hallazgo. "
          + "Con `plan build --force` llega al PDF como «�».",
        en: "There is an invisible character that is not a space, a tab or a line break (a backspace or a "
          + "null character, say), a C1 control (U+0080–U+009F) or a bidirectional control (U+202A–U+202E, "
          + "U+2066–U+2069) that reorders what a reader sees. The editor does not show it, but it changes "
          + "the document's text; the message names it, and a run of them is one finding. With "
          + "`plan build --force` it reaches the PDF as \"�\".",
        pt: "Há um caractere invisível que não é espaço, tabulação nem quebra de linha (por exemplo um "
          + "retrocesso ou um caractere nulo), um controle C1 (U+0080–U+009F) ou um controle de direção do "
          + "texto (U+202A–U+202E, U+2066–U+2069) que reordena o que se vê. O editor não o mostra, mas ele "
          + "muda o texto do documento; a mensagem o nomeia, e uma sequência deles é uma só constatação. Com "
          + "`plan build --force` chega ao PDF como «�»."),
      fix: Localized(
        es: "Bórrelo: ponga el cursor en la columna señalada y borre hasta que el texto quede igual.",
        en: "Delete it: put the cursor on the column shown and delete until the text reads the same.",
        pt: "Apague-o: coloque o cursor na coluna indicada e apague até o texto ficar igual."),
      example: "vision \"Una ciudad\u{8} abierta\"\n"),
    CodeDocumentation(
      "S003", "TextoSinCerrar", .error,
      title: Localized(es: "Texto sin cerrar", en: "Unterminated text", pt: "Texto não fechado"),
      explanation: Localized(
        es: "Un texto entre comillas (`\"…\"`) debe cerrarse en la misma línea. El texto se toma hasta el "
          + "final de la línea y la revisión sigue en la siguiente.",
        en:
          "A quoted text (`\"…\"`) must close on the same line. The text is taken up to the end of the line "
          + "and checking goes on with the next.",
        pt:
          "Um texto entre aspas (`\"…\"`) deve fechar na mesma linha. O texto é lido até o fim da linha e a "
          + "revisão continua na seguinte."),
      fix: Localized(
        es: "Agregue `\"` donde termina el texto; para un texto de varias líneas use un bloque `\"\"\"`.",
        en: "Add `\"` where the text ends; for a text of several lines use a `\"\"\"` block.",
        pt: "Acrescente `\"` onde o texto termina; para um texto de várias linhas use um bloco `\"\"\"`."),
      example: "lema \"Villa Aurora, abierta al mundo\n"),
    CodeDocumentation(
      "S004", "EscapeDesconocido", .error,
      title: Localized(es: "Escape desconocido", en: "Unknown escape", pt: "Escape desconhecido"),
      explanation: Localized(
        es: "Dentro de comillas, la barra invertida `\\` sólo puede ir antes de `\"`, `\\`, `n` (salto de "
          + "línea) o `t` (tabulador).",
        en: "Inside quotes, a backslash `\\` may only come before `\"`, `\\`, `n` (line break) or `t` (tab).",
        pt:
          "Dentro de aspas, a barra invertida `\\` só pode vir antes de `\"`, `\\`, `n` (quebra de linha) ou "
          + "`t` (tabulação)."),
      fix: Localized(
        es: "Para una barra escriba `\\\\`; para una ruta de Windows, use `/` en su lugar.",
        en: "For a backslash write `\\\\`; for a Windows path, use `/` instead.",
        pt: "Para uma barra escreva `\\\\`; para um caminho do Windows, use `/` no lugar."),
      example: "lema \"Aurora\\q\"\n"),
    CodeDocumentation(
      "S005", "BloqueSinCerrar", .error,
      title: Localized(
        es: "Bloque de texto sin cerrar", en: "Unterminated text block", pt: "Bloco de texto não fechado"),
      explanation: Localized(
        es:
          "Un bloque de texto empieza con `\"\"\"` y termina con otra línea `\"\"\"`. Sin el cierre, todo lo "
          + "que sigue hasta el final del archivo sería parte del texto.",
        en:
          "A text block starts with `\"\"\"` and ends with another `\"\"\"` line. Without it, everything up "
          + "to the end of the file would be part of the text.",
        pt:
          "Um bloco de texto começa com `\"\"\"` e termina com outra linha `\"\"\"`. Sem o fechamento, tudo até "
          + "o fim do arquivo faria parte do texto."),
      fix: Localized(
        es: "Agregue una línea con `\"\"\"` donde termina el texto.",
        en: "Add a line with `\"\"\"` where the text ends.",
        pt: "Acrescente uma linha com `\"\"\"` onde o texto termina."),
      example: "vision \"\"\"\n  Una ciudad abierta al mundo.\n"),
    CodeDocumentation(
      "S006", "TextoTrasApertura", .error,
      title: Localized(
        es: "Texto en la línea de `\"\"\"`", en: "Text on the `\"\"\"` line", pt: "Texto na linha de `\"\"\"`"
      ),
      explanation: Localized(
        es: "En un bloque `\"\"\"` el texto empieza en la línea siguiente a la apertura, para que su sangría "
          + "sea clara.",
        en:
          "In a `\"\"\"` block the text starts on the line after the opening, so that its indentation is clear.",
        pt: "Num bloco `\"\"\"` o texto começa na linha seguinte à abertura, para que seu recuo fique claro."),
      fix: Localized(
        es: "Pase el texto a la línea siguiente.",
        en: "Move the text to the next line.",
        pt: "Passe o texto para a linha seguinte."),
      example: "vision \"\"\"Una ciudad\n  abierta al mundo.\n  \"\"\"\n"),
    CodeDocumentation(
      "S007", "ComillasTipograficas", .warning,
      title: Localized(
        es: "Comillas tipográficas como delimitador", en: "Typographic quotes as delimiters",
        pt: "Aspas tipográficas como delimitador"),
      explanation: Localized(
        es:
          "Los textos se escriben entre comillas rectas `\"`. Las comillas “ ”, „ “ o « » suelen llegar al "
          + "copiar desde un procesador de textos; como delimitadores se aceptan, pero `plan fmt` las cambia. "
          + "Dentro de un texto entre comillas rectas son parte del texto.",
        en:
          "Texts go between straight quotes `\"`. “ ”, „ “ or « » quotes usually come from copying out of a "
          + "word processor; as delimiters they are accepted, and `plan fmt` replaces them. Inside a text "
          + "between straight quotes they are part of the text.",
        pt: "Os textos vão entre aspas retas `\"`. As aspas “ ”, „ “ ou « » costumam vir ao copiar de um "
          + "processador de textos; como delimitadores são aceitas, e `plan fmt` as troca. Dentro de um texto "
          + "entre aspas retas são parte do texto."),
      fix: Localized(
        es: "Ejecute `plan fmt` o cámbielas por `\"`.",
        en: "Run `plan fmt` or replace them with `\"`.",
        pt: "Execute `plan fmt` ou troque-as por `\"`."),
      example: "lema “Villa Aurora, abierta al mundo”\n"),
    CodeDocumentation(
      "S008", "BloqueDeUnaLinea", .warning,
      title: Localized(
        es: "Bloque `\"\"\"` de una línea", en: "One-line `\"\"\"` block", pt: "Bloco `\"\"\"` de uma linha"),
      explanation: Localized(
        es: "Un bloque `\"\"\"` sirve para textos de varias líneas; para una sola alcanzan las comillas.",
        en: "A `\"\"\"` block is for texts of several lines; one line needs only quotes.",
        pt: "Um bloco `\"\"\"` serve para textos de várias linhas; para uma só bastam as aspas."),
      fix: Localized(
        es: "Escríbalo entre comillas `\"…\"`; `plan fmt` lo reescribe solo.",
        en: "Write it in quotes `\"…\"`; `plan fmt` rewrites it for you.",
        pt: "Escreva-o entre aspas `\"…\"`; `plan fmt` o reescreve sozinho."),
      example: "vision \"\"\"Una ciudad abierta al mundo.\"\"\"\n"),
    CodeDocumentation(
      "S010", "FaltaLlave", .error,
      title: Localized(es: "Falta `}`", en: "Missing `}`", pt: "Falta `}`"),
      explanation: Localized(
        es: "Un bloque abierto con `{` no se cierra. Se nota porque una línea vuelve a la sangría de quien "
          + "abrió el bloque, o porque aparece una sección de primer nivel (como `accion`) dentro de él.",
        en:
          "A block opened with `{` is not closed. It shows because a line goes back to the indentation of the "
          + "statement that opened it, or a top-level section (such as `action`) appears inside it.",
        pt:
          "Um bloco aberto com `{` não se fecha. Percebe-se porque uma linha volta ao recuo de quem abriu o "
          + "bloco, ou porque aparece uma seção de primeiro nível (como `acao`) dentro dele."),
      fix: Localized(
        es: "Agregue `}` en una línea propia donde termina el bloque.",
        en: "Add `}` on a line of its own where the block ends.",
        pt: "Acrescente `}` numa linha própria onde o bloco termina."),
      example: "foda {\n  fortaleza f1 \"Polo metalmecánico\"\n\nvision \"Una ciudad abierta\"\n"),
    CodeDocumentation(
      "S011", "SobraLlave", .error,
      title: Localized(es: "Sobra `}`", en: "Unexpected `}`", pt: "Sobra `}`"),
      explanation: Localized(
        es: "Hay una llave `}` que no cierra ningún bloque abierto (varias seguidas son un solo hallazgo).",
        en: "There is a `}` that closes no open block (several in a row are one finding).",
        pt: "Há uma chave `}` que não fecha nenhum bloco aberto (várias seguidas são uma só constatação)."),
      fix: Localized(
        es: "Bórrela, o agregue la `{` que falta al final de la línea que abre el bloque.",
        en: "Delete it, or add the missing `{` at the end of the line that opens the block.",
        pt: "Apague-a, ou acrescente a `{` que falta no fim da linha que abre o bloco."),
      example: "vision \"Una ciudad abierta\"\n}\n"),
    CodeDocumentation(
      "S012", "FaltaParentesis", .error,
      title: Localized(es: "Falta `)`", en: "Missing `)`", pt: "Falta `)`"),
      explanation: Localized(
        es: "Un paréntesis abierto (como el año de una meta, `(2030)`) no se cierra en la línea, o se abre "
          + "otro antes de cerrarlo. Se conserva sólo la primera palabra del grupo.",
        en: "A parenthesis (such as a target's year, `(2030)`) is not closed on its line, or another opens "
          + "before it closes. Only the group's first word is kept.",
        pt: "Um parêntese aberto (como o ano de uma meta, `(2030)`) não se fecha na linha, ou outro se abre "
          + "antes de fechá-lo. Só a primeira palavra do grupo é mantida."),
      fix: Localized(
        es: "Agregue `)` donde termina el grupo.", en: "Add `)` where the group ends.",
        pt: "Acrescente `)` onde o grupo termina."),
      example:
        "accion a01 \"Crear la oficina\" {\n  indicador \"Oficina creada\" base 0 (2025 meta 1 (2026)\n}\n"),
    CodeDocumentation(
      "S013", "SobraParentesis", .error,
      title: Localized(es: "Sobra `)`", en: "Unexpected `)`", pt: "Sobra `)`"),
      explanation: Localized(
        es: "Hay un `)` sin un `(` que lo abra.", en: "There is a `)` with no `(` to open it.",
        pt: "Há um `)` sem um `(` que o abra."),
      fix: Localized(
        es: "Bórrelo, o agregue el `(` que falta.", en: "Delete it, or add the missing `(`.",
        pt: "Apague-o, ou acrescente o `(` que falta."),
      example: "plan \"Villa Aurora\" {\n  horizonte 2026 a 2031)\n}\n"),
    CodeDocumentation(
      "S014", "AnidamientoExcesivo", .error,
      title: Localized(
        es: "Demasiados bloques anidados", en: "Blocks nested too deep", pt: "Blocos aninhados demais"),
      explanation: Localized(
        es:
          "Ningún plan necesita más de 32 bloques uno dentro de otro; lo que está más adentro se omite para "
          + "que la revisión no se agote.",
        en:
          "No plan needs more than 32 blocks one inside another; what lies deeper is skipped so that checking "
          + "cannot run out of resources.",
        pt: "Nenhum plano precisa de mais de 32 blocos um dentro do outro; o que está mais dentro é omitido "
          + "para que a revisão não se esgote."),
      fix: Localized(
        es: "Revise las llaves: probablemente falta una `}` en cada nivel.",
        en: "Check the braces: a `}` is probably missing at each level.",
        pt: "Revise as chaves: provavelmente falta uma `}` em cada nível."),
      example: String(repeating: "x {\n", count: 34)),
    CodeDocumentation(
      "S015", "FaltaPalabraClave", .error,
      title: Localized(
        es: "La línea no empieza con una palabra clave", en: "Line does not start with a keyword",
        pt: "A linha não começa com uma palavra-chave"),
      explanation: Localized(
        es: "Cada línea del plan empieza con una palabra clave que dice qué dato es (`ciudad`, `accion`, "
          + "`fortaleza`…); un texto o un número suelto no se sabe a qué pertenece.",
        en: "Every line of the plan starts with a keyword that says what it is (`city`, `action`, "
          + "`strength`…); a bare text or number belongs to nothing.",
        pt: "Cada linha do plano começa com uma palavra-chave que diz que dado é (`cidade`, `acao`, "
          + "`forca`…); um texto ou número solto não pertence a nada."),
      fix: Localized(
        es: "Agregue la palabra clave al comienzo, o una las líneas si el texto seguía de la anterior.",
        en: "Add the keyword at the start, or join the lines if the text continued the previous one.",
        pt: "Acrescente a palavra-chave no começo, ou junte as linhas se o texto continuava a anterior."),
      example: "plan \"Villa Aurora\" {\n  \"Córdoba\"\n}\n"),
    CodeDocumentation(
      "S016", "TextoTrasLlave", .error,
      title: Localized(es: "Texto después de `}`", en: "Text after `}`", pt: "Texto depois de `}`"),
      explanation: Localized(
        es: "Una `}` cierra su bloque y termina la línea; sólo puede seguirla un comentario.",
        en: "A `}` closes its block and ends the line; only a comment may follow it.",
        pt: "Uma `}` fecha seu bloco e termina a linha; só um comentário pode segui-la."),
      fix: Localized(
        es: "Pase lo que sigue a la línea siguiente.", en: "Move what follows to the next line.",
        pt: "Passe o que vem depois para a linha seguinte."),
      example: "foda {\n  fortaleza f1 \"Polo metalmecánico\"\n} vision \"Una ciudad abierta\"\n"),
    CodeDocumentation(
      "S017", "ComaFueraDeLugar", .error,
      title: Localized(es: "Coma fuera de lugar", en: "Misplaced comma", pt: "Vírgula fora do lugar"),
      explanation: Localized(
        es:
          "Las comas separan los elementos de una lista (`atiende d1, d2`). Una coma al comienzo, repetida, "
          + "antes de `{`, al final del bloque o al final de una línea cuya siguiente no está más sangrada no "
          + "separa nada.",
        en: "Commas separate the items of a list (`addresses d1, d2`). A comma at the start, doubled, before "
          + "`{`, at the end of the block, or ending a line whose next line is not indented further separates "
          + "nothing.",
        pt: "As vírgulas separam os elementos de uma lista (`atende d1, d2`). Uma vírgula no começo, "
          + "repetida, antes de `{`, no fim do bloco ou no fim de uma linha cuja seguinte não tem mais recuo "
          + "não separa nada."),
      fix: Localized(
        es: "Bórrela, o escriba el elemento que falta.", en: "Delete it, or write the missing item.",
        pt: "Apague-a, ou escreva o elemento que falta."),
      example: "accion a01 \"Crear la oficina\" {\n  atiende d1,, d2\n}\n"),
    CodeDocumentation(
      "S018", "LlaveEntreParentesis", .error,
      title: Localized(es: "`{` entre paréntesis", en: "`{` inside parentheses", pt: "`{` entre parênteses"),
      explanation: Localized(
        es: "Un bloque `{ … }` no puede abrirse dentro de un paréntesis: probablemente falta el `)`.",
        en: "A `{ … }` block cannot open inside a parenthesis: the `)` is probably missing.",
        pt: "Um bloco `{ … }` não pode se abrir dentro de um parêntese: provavelmente falta o `)`."),
      fix: Localized(
        es: "Cierre el paréntesis antes de la `{`.", en: "Close the parenthesis before the `{`.",
        pt: "Feche o parêntese antes da `{`."),
      example: "accion a01 \"Crear la oficina\" (2026 {\n}\n"),
    CodeDocumentation(
      "S019", "SangriaDeProsa", .warning,
      title: Localized(
        es: "Línea de texto con menos sangría", en: "Text line indented too little",
        pt: "Linha de texto com menos recuo"),
      explanation: Localized(
        es: "Las líneas de un bloque `\"\"\"` se alinean con el `\"\"\"` de cierre: esa sangría se quita del "
          + "texto. Una línea con menos sangría queda fuera de esa regla.",
        en:
          "The lines of a `\"\"\"` block align with the closing `\"\"\"`: that indentation is removed from the "
          + "text. A line indented less escapes that rule.",
        pt:
          "As linhas de um bloco `\"\"\"` se alinham com o `\"\"\"` de fechamento: esse recuo é retirado do "
          + "texto. Uma linha com menos recuo escapa dessa regra."),
      fix: Localized(
        es: "Alinee el texto con el `\"\"\"` de cierre; `plan fmt` lo corrige.",
        en: "Align the text with the closing `\"\"\"`; `plan fmt` fixes it.",
        pt: "Alinhe o texto com o `\"\"\"` de fechamento; `plan fmt` o corrige."),
      example: "vision \"\"\"\n    Una ciudad\n  abierta al mundo.\n    \"\"\"\n"),
    CodeDocumentation(
      "S020", "ArchivoUTF16", .error,
      title: Localized(es: "Archivo en UTF-16", en: "UTF-16 file", pt: "Arquivo em UTF-16"),
      explanation: Localized(
        es:
          "El archivo está guardado en UTF-16 (algunos editores de Windows lo hacen). `plan` lee UTF-8: es el "
          + "único hallazgo que se informa de ese archivo.",
        en: "The file is saved as UTF-16 (some Windows editors do so). `plan` reads UTF-8: this is the only "
          + "finding reported for that file.",
        pt:
          "O arquivo está salvo em UTF-16 (alguns editores do Windows fazem isso). o programa lê UTF-8: é o único "
          + "achado informado desse arquivo."),
      fix: Localized(
        es: "Guárdelo como «UTF-8» desde su editor (Archivo → Guardar como → Codificación).",
        en: "Save it as \"UTF-8\" from your editor (File → Save as → Encoding).",
        pt: "Salve-o como «UTF-8» no seu editor (Arquivo → Salvar como → Codificação)."),
      withoutExample: Localized(
        es: "aparece con un archivo guardado en UTF-16", en: "it takes a file saved as UTF-16",
        pt: "aparece com um arquivo salvo em UTF-16")),
    CodeDocumentation(
      "S021", "ArchivoLatin1", .warning,
      title: Localized(es: "Archivo en Latin-1", en: "Latin-1 file", pt: "Arquivo em Latin-1"),
      explanation: Localized(
        es: "El archivo no es UTF-8 válido pero se lee bien como Latin-1 (Windows-1252), la codificación "
          + "antigua de Windows. Se revisa igual; `plan fmt` lo guarda en UTF-8.",
        en: "The file is not valid UTF-8 but reads well as Latin-1 (Windows-1252), the old Windows encoding. "
          + "It is checked anyway; `plan fmt` saves it as UTF-8.",
        pt:
          "O arquivo não é UTF-8 válido, mas é lido bem como Latin-1 (Windows-1252), a codificação antiga do "
          + "Windows. É revisado assim mesmo; `plan fmt` o salva em UTF-8."),
      fix: Localized(
        es: "Ejecute `plan fmt` y revise que los acentos se vean bien.",
        en: "Run `plan fmt` and check that the accents look right.",
        pt: "Execute `plan fmt` e confira se os acentos aparecem bem."),
      withoutExample: Localized(
        es: "aparece con un archivo guardado en Latin-1", en: "it takes a file saved as Latin-1",
        pt: "aparece com um arquivo salvo em Latin-1")),
    CodeDocumentation(
      "S022", "CaracterPegado", .warning,
      title: Localized(es: "Carácter pegado", en: "Pasted character", pt: "Caractere colado"),
      explanation: Localized(
        es:
          "Un carácter que llega al copiar y pegar desde Word, una página web o un PDF: un espacio que no es "
          + "el común (de no separación U+00A0, estrecho U+202F, tipográfico) o uno invisible (espacio de ancho "
          + "cero U+200B, uniones, guion suave U+00AD, una marca BOM perdida), fuera de un texto entre comillas; "
          + "o una tabulación dentro de uno. El mensaje lo nombra. Se lee como se ve: un espacio entre palabras, "
          + "nada dentro de una palabra.",
        en:
          "A character that comes with copying and pasting from Word, a web page or a PDF: a space that is not "
          + "the plain one (no-break U+00A0, narrow U+202F, typographic) or an invisible one (zero width space "
          + "U+200B, joiners, soft hyphen U+00AD, a stray BOM), outside a quoted text; or a tab inside one. The "
          + "message names it. It is read as it looks: a space between words, nothing inside a word.",
        pt:
          "Um caractere que chega ao copiar e colar do Word, de uma página web ou de um PDF: um espaço que não "
          + "é o comum (não separável U+00A0, estreito U+202F, tipográfico) ou um invisível (espaço de largura "
          + "zero U+200B, agregadores, hífen suave U+00AD, uma marca BOM perdida), fora de um texto entre aspas; "
          + "ou uma tabulação dentro de um. A mensagem o nomeia. É lido como se vê: um espaço entre palavras, "
          + "nada dentro de uma palavra."),
      fix: Localized(
        es: "`plan fmt` (o `plan fmt --fix`) lo cambia por un espacio común o lo quita; dentro de un texto, "
          + "escriba un espacio en lugar de la tabulación.",
        en:
          "`plan fmt` (or `plan fmt --fix`) replaces it with a plain space or removes it; inside a text, write "
          + "a space instead of the tab.",
        pt: "`plan fmt` (ou `plan fmt --fix`) o troca por um espaço comum ou o remove; dentro de um texto, "
          + "escreva um espaço no lugar da tabulação."),
      example: "plan \"Villa Aurora en el Mundo\" {\n  estado\u{A0}borrador\n}\n"),
    CodeDocumentation(
      "S023", "NoEsUnCaracter", .error,
      title: Localized(
        es: "Código que no es un carácter", en: "Noncharacter", pt: "Código que não é um caractere"),
      explanation: Localized(
        es:
          "Unicode reserva algunos códigos (U+FFFE, U+FFFF, U+FDD0 a U+FDEF, el final de cada plano) que no son "
          + "caracteres; suelen quedar de una conversión de codificación fallida. Ningún PDF los acepta: con "
          + "`plan build --force` cada uno se muestra como «�» y el resto del texto se conserva.",
        en:
          "Unicode reserves some code points (U+FFFE, U+FFFF, U+FDD0 to U+FDEF, the end of every plane) that "
          + "are not characters; they are usually left by a failed encoding conversion. No PDF accepts them: "
          + "with `plan build --force` each shows as \"�\" and the rest of the text is kept.",
        pt:
          "O Unicode reserva alguns códigos (U+FFFE, U+FFFF, U+FDD0 a U+FDEF, o fim de cada plano) que não são "
          + "caracteres; costumam sobrar de uma conversão de codificação malsucedida. Nenhum PDF os aceita: com "
          + "`plan build --force` cada um aparece como «�» e o resto do texto se conserva."),
      fix: Localized(
        es: "Bórrelo y, si faltaba una letra, escríbala de nuevo.",
        en: "Delete it and, if a letter was lost, type it again.",
        pt: "Apague-o e, se faltava uma letra, escreva-a de novo."),
      example: "lema \"Villa Aurora\u{FFFF}, abierta al mundo\"\n"),
  ]
}
