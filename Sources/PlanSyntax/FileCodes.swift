import PlanDiagnostics

/// `plan explain` for the file codes (`F00x`): a plan split into files with `incluir`.
public enum FileCodes {
  public static let all: [CodeDocumentation] = [
    CodeDocumentation(
      "F002", "NoSePuedeIncluir", .error,
      title: Localized(
        es: "No se puede incluir el archivo", en: "Cannot include the file",
        pt: "Não é possível incluir o arquivo"),
      explanation: Localized(
        es:
          "El archivo que nombra `incluir` no existe, es una carpeta, es demasiado grande (más de 64 MB) o no "
          + "se puede leer; o la ruta está vacía. La ruta es relativa al archivo que incluye.",
        en:
          "The file `include` names does not exist, is a folder, is too large (over 64 MB) or cannot be read; "
          + "or the path is empty. The path is relative to the including file.",
        pt: "O arquivo que `incluir` nomeia não existe, é uma pasta, é grande demais (mais de 64 MB) ou não "
          + "pode ser lido; ou o caminho está vazio. O caminho é relativo ao arquivo que inclui."),
      fix: Localized(
        es: "Corrija el nombre del archivo (mayúsculas, acentos, carpeta) o créelo.",
        en: "Fix the file's name (capitals, accents, folder) or create it.",
        pt: "Corrija o nome do arquivo (maiúsculas, acentos, pasta) ou crie-o."),
      example: "incluir \"diagnostico.plan\"\n"),
    CodeDocumentation(
      "F003", "FueraDeLaCarpeta", .error,
      title: Localized(
        es: "Archivo fuera de la carpeta del plan", en: "Include outside the plan's folder",
        pt: "Arquivo fora da pasta do plano"),
      explanation: Localized(
        es:
          "Un plan sólo incluye archivos de su carpeta y sus subcarpetas (también después de seguir enlaces "
          + "simbólicos): así el repositorio del plan lo contiene entero y nadie lee archivos ajenos.",
        en:
          "A plan includes only files in its folder and subfolders (also after following symbolic links): so "
          + "the plan's repository holds all of it and no other file is read.",
        pt:
          "Um plano só inclui arquivos da sua pasta e subpastas (também depois de seguir links simbólicos): "
          + "assim o repositório do plano o contém inteiro e nenhum arquivo alheio é lido."),
      fix: Localized(
        es: "Copie el archivo dentro de la carpeta del plan e inclúyalo desde allí.",
        en: "Copy the file into the plan's folder and include it from there.",
        pt: "Copie o arquivo para dentro da pasta do plano e inclua-o de lá."),
      example: "incluir \"../otro-plan/acciones.plan\"\n"),
    CodeDocumentation(
      "F004", "InclusionCircular", .error,
      title: Localized(es: "Inclusión circular", en: "Circular include", pt: "Inclusão circular"),
      explanation: Localized(
        es:
          "Un archivo se incluye a sí mismo, directamente o a través de otros; el mensaje muestra la cadena.",
        en: "A file includes itself, directly or through others; the message shows the chain.",
        pt: "Um arquivo inclui a si mesmo, diretamente ou através de outros; a mensagem mostra a cadeia."),
      fix: Localized(
        es: "Quite uno de los `incluir` de la cadena: sólo el archivo principal debería incluir a los demás.",
        en: "Remove one `include` of the chain: only the main file should include the others.",
        pt: "Tire um dos `incluir` da cadeia: só o arquivo principal deveria incluir os demais."),
      files: [
        ("plan.plan", "incluir \"acciones.plan\"\n"),
        ("acciones.plan", "incluir \"plan.plan\"\n"),
      ]),
    CodeDocumentation(
      "F005", "YaIncluido", .warning,
      title: Localized(es: "Archivo ya incluido", en: "File already included", pt: "Arquivo já incluído"),
      explanation: Localized(
        es:
          "El archivo ya se incluyó antes; incluirlo otra vez repetiría todo su contenido, así que se ignora.",
        en: "The file was included before; including it again would repeat all of its content, so it is "
          + "ignored.",
        pt: "O arquivo já foi incluído antes; incluí-lo de novo repetiria todo o seu conteúdo, então é "
          + "ignorado."),
      fix: Localized(
        es: "Borre este `incluir` repetido.", en: "Delete this repeated `include`.",
        pt: "Apague este `incluir` repetido."),
      files: [
        ("plan.plan", "incluir \"acciones.plan\"\nincluir \"acciones.plan\"\n"),
        ("acciones.plan", "# acciones\n"),
      ]),
    CodeDocumentation(
      "F006", "EscudoIlegible", .warning,
      title: Localized(es: "Escudo que no se puede leer", en: "Crest cannot be read", pt: "Brasão ilegível"),
      explanation: Localized(
        es:
          "El escudo (`escudo`) no existe, es una carpeta o un archivo especial (un dispositivo, una tubería), "
          + "pesa más de 10 MB o no se puede leer. El PDF se genera sin escudo. Lo mismo vale para cada "
          + "`imagen` de un capítulo o anexo: el documento lleva sólo su epígrafe.",
        en: "The crest (`logo`) does not exist, is a folder or a special file (a device, a pipe), is larger "
          + "than 10 MB or cannot be read. The PDF is built without a crest. The same holds for each `image` "
          + "of a chapter or annex: the document keeps only its caption.",
        pt:
          "O brasão (`brasao`) não existe, é uma pasta ou um arquivo especial (um dispositivo, um pipe), tem "
          + "mais de 10 MB ou não pode ser lido. O PDF é gerado sem brasão. O mesmo vale para cada `imagem` "
          + "de um capítulo ou anexo: o documento leva só a legenda."),
      fix: Localized(
        es: "Copie la imagen a la carpeta del plan y escriba su ruta desde el archivo que la nombra.",
        en: "Copy the image into the plan's folder and write its path from the file that names it.",
        pt: "Copie a imagem para a pasta do plano e escreva seu caminho a partir do arquivo que a nomeia."),
      example: "plan \"Villa Aurora en el Mundo\" {\n  escudo \"escudo.png\"\n}\n"),
    CodeDocumentation(
      "F007", "EscudoFueraDeLaCarpeta", .error,
      title: Localized(
        es: "Escudo fuera de la carpeta del plan", en: "Crest outside the plan's folder",
        pt: "Brasão fora da pasta do plano"),
      explanation: Localized(
        es:
          "Como una inclusión, el escudo debe estar en la carpeta del archivo principal o en una subcarpeta "
          + "(después de resolver los enlaces simbólicos): una ruta absoluta, `..` o un enlace que sale de ella "
          + "pondría en el PDF cualquier imagen de la computadora. Lo mismo vale para cada `imagen` de un "
          + "capítulo o anexo.",
        en:
          "Like an include, the crest must be in the main file's folder or a subfolder (after symbolic links "
          + "are resolved): an absolute path, `..` or a link that leaves it would put any image of the computer "
          + "in the PDF. The same holds for each `image` of a chapter or annex.",
        pt:
          "Como uma inclusão, o brasão deve estar na pasta do arquivo principal ou numa subpasta (depois de "
          + "resolver os links simbólicos): um caminho absoluto, `..` ou um link que sai dela poria no PDF "
          + "qualquer imagem do computador. O mesmo vale para cada `imagem` de um capítulo ou anexo."),
      fix: Localized(
        es: "Copie la imagen a la carpeta del plan y escriba la ruta desde allí.",
        en: "Copy the image into the plan's folder and write the path from there.",
        pt: "Copie a imagem para a pasta do plano e escreva o caminho a partir dali."),
      example: "plan \"Villa Aurora en el Mundo\" {\n  escudo \"../escudo.png\"\n}\n"),
    CodeDocumentation(
      "F008", "EscudoInutilizable", .warning,
      title: Localized(
        es: "Escudo que no es una imagen utilizable", en: "Crest is not a usable image",
        pt: "Brasão que não é uma imagem utilizável"),
      explanation: Localized(
        es:
          "El escudo no es PNG ni JPEG, su encabezado está dañado, o declara más de 4096 × 4096 píxeles (o más "
          + "de 16384 de lado): una imagen así ocuparía gigabytes al dibujarla. Las medidas se leen del "
          + "encabezado, antes de decodificarla. El PDF se genera sin escudo. Lo mismo vale para cada `imagen` "
          + "de un capítulo o anexo: el documento lleva sólo su epígrafe.",
        en: "The crest is neither PNG nor JPEG, its header is damaged, or it declares more than 4096 × 4096 "
          + "pixels (or more than 16384 a side): such an image would take gigabytes to draw. The size is read "
          + "from the header, before decoding. The PDF is built without a crest. The same holds for each "
          + "`image` of a chapter or annex: the document keeps only its caption.",
        pt:
          "O brasão não é PNG nem JPEG, seu cabeçalho está danificado, ou declara mais de 4096 × 4096 pixels "
          + "(ou mais de 16384 de lado): uma imagem assim ocuparia gigabytes ao ser desenhada. As medidas são "
          + "lidas do cabeçalho, antes de decodificá-la. O PDF é gerado sem brasão. O mesmo vale para cada "
          + "`imagem` de um capítulo ou anexo: o documento leva só a legenda."),
      fix: Localized(
        es:
          "Expórtelo como PNG desde su programa de dibujo; 1000 píxeles de lado bastan para imprimirlo nítido.",
        en: "Export it as PNG from your drawing program; 1000 pixels a side are enough for a sharp print.",
        pt:
          "Exporte-o como PNG no seu programa de desenho; 1000 pixels de lado bastam para imprimi-lo nítido."),
      files: [
        ("plan.plan", "plan \"Villa Aurora en el Mundo\" {\n  escudo \"escudo.png\"\n}\n"),
        ("escudo.png", "GIF89a: no es un PNG\n"),
      ]),
  ]
}
