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
  ]
}
