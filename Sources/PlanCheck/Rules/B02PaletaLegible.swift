import PlanDiagnostics
import PlanModel
import PlanSyntax

/// The brand colours that carry text in the document can be read (WCAG AA, 4.5:1).
struct B02PaletaLegible: Rule {
  static let descriptor = RuleDescriptor(
    id: "B02", name: "PaletaLegible",
    title: Localized(
      es: "Los colores de la marca que llevan texto se pueden leer",
      en: "The brand colours that carry text are readable",
      pt: "As cores da marca que levam texto são legíveis"),
    rationale: Localized(
      es: """
        El documento usa el color `primario` de la marca detrás de texto blanco (encabezados de tablas y \
        de diagramas) y el color de `acento` como texto sobre papel blanco (subtítulos, etiquetas de \
        los diagramas) y en marcas; el color de `texto` va sobre papel \
        blanco, o sobre el color de `fondo` en las piezas de la marca. Con un contraste menor que 4,5:1 \
        (el mínimo de las pautas WCAG AA para texto de cuerpo) ese texto no se lee bien, sobre todo \
        impreso o para personas con baja visión. `plan build` reemplaza ese color por uno legible; \
        esta advertencia avisa que la marca, tal como está declarada, no puede llevar texto.
        """,
      en: """
        The document uses the brand's `primary` colour behind white text (table and diagram headers) \
        and the `accent` colour as text on white paper (subheadings, diagram labels) and in marks; the \
        `text` colour goes on white paper, or on the \
        `background` colour in the brand's materials. Below a contrast of 4.5:1 (the WCAG AA minimum \
        for body text) that text is hard to read, especially in print or for people with low vision. \
        `plan build` replaces such a colour with a readable one; this warning says that the brand, as \
        declared, cannot carry text.
        """,
      pt: """
        O documento usa a cor `primaria` da marca atrás de texto branco (cabeçalhos de tabelas e \
        de diagramas) e a cor de `destaque` como texto sobre papel branco (subtítulos, rótulos dos \
        diagramas) e em marcas; a cor de `texto` vai sobre papel branco, ou sobre a cor de `fundo` \
        nas peças da marca. Com um contraste menor que 4,5:1 (o mínimo das diretrizes WCAG AA para \
        texto corrido) esse texto não se lê bem, sobretudo impresso ou para pessoas com baixa \
        visão. `plan build` substitui essa cor por uma legível; este aviso indica que a marca, tal \
        como está declarada, não pode levar texto.
        """),
    help: Localized(
      es:
        "oscurezca el color (o aclare el fondo) hasta un contraste de 4,5:1; por ejemplo, #1B4F72 con blanco da 8,7:1",
      en:
        "darken the colour (or lighten the background) to a contrast of 4.5:1; for example, #1B4F72 with white gives 8.7:1",
      pt:
        "escureça a cor (ou clareie o fundo) até um contraste de 4,5:1; por exemplo, #1B4F72 com branco dá 8,7:1"
    ),
    defaultSeverity: .warning, helpPath: "docs/rules.md#b02")

  static let guideline = Localized(
    es: """
      Programa de Identidad de la ciudad: símbolos, tipografía y colores que identifican a la ciudad \
      en todas sus comunicaciones
      """,
    en: """
      The city's identity programme: the symbols, typography and colours that identify the city in \
      all its communications
      """,
    pt: """
      Programa de Identidade da cidade: símbolos, tipografia e cores que identificam a cidade em \
      todas as suas comunicações
      """)
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      """
      marca_ciudad "Villa Aurora" {
        paleta {
          ↓color primario #E59A2F "Naranja amanecer"
        }
      }
      """,
      """
      marca_ciudad "Villa Aurora" {
        paleta {
          color primario #1B4F72 "Azul sierra"
          ↓color texto    #9AA5B1 "Gris claro"
        }
      }
      """,
      """
      marca_ciudad "Villa Aurora" {
        paleta {
          color primario #1B4F72 "Azul sierra"
          ↓color texto    #1F2A33 "Grafito"
          color fondo    #3A4750 "Pizarra"
        }
      }
      """,
      """
      marca_ciudad "Villa Aurora" {
        paleta {
          color primario #1B4F72 "Azul sierra"
          ↓color acento   #E59A2F "Naranja amanecer"
        }
      }
      """,
    ],
    passing: [
      """
      marca_ciudad "Villa Aurora" {
        paleta {
          color primario   #1B4F72 "Azul sierra"
          color secundario #E59A2F "Naranja amanecer"
          color acento     #9C4A1A "Ocre de los cerros"
          color texto      #1F2A33 "Grafito"
          color fondo      #FBF7EF "Marfil"
        }
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    guard let palette = plan.brand?.palette, !palette.isEmpty else { return }
    var checked = 0
    var readable = 0
    func report(_ colour: PaletteColour, against other: String, ratio: Double, what: Localized) {
      // One decimal, as contrast ratios are quoted ("2.3:1").
      let tenths = Int((ratio * 10).rounded())
      let shown = "\(tenths / 10).\(tenths % 10)"
      let role = Vocabulary.colourRole.words(colour.role)
      context.report(
        Localized(
          es: "el color `\(role.es)` \(colour.hex) \(what.es) tiene un contraste de "
            + "\(shown.replacing(".", with: ",")):1, menor que 4,5:1: no se lee bien",
          en:
            "the `\(role.en)` colour \(colour.hex) \(what.en) has a contrast of \(shown):1, below 4.5:1: "
            + "it is hard to read",
          pt: "a cor `\(role.pt)` \(colour.hex) \(what.text(.pt)) tem um contraste de "
            + "\(shown.replacing(".", with: ",")):1, menor que 4,5:1: não se lê bem"),
        at: colour.range)
    }
    for colour in palette {
      let against: (hex: String, what: Localized)?
      switch colour.role {
      // How the document uses each colour: the primary carries white text (the cover, table
      // headers); the accent is set as text on white paper (subheadings, figure labels).
      case "primario":
        against = (
          "#FFFFFF", Localized(es: "con texto blanco", en: "with white text", pt: "com texto branco")
        )
      case "acento":
        against = (
          "#FFFFFF",
          Localized(
            es: "como texto sobre papel blanco", en: "as text on white paper",
            pt: "como texto sobre papel branco")
        )
      case "texto":
        if let background = palette.first(where: { $0.role == "fondo" }) {
          against = (
            background.hex,
            Localized(
              es: "sobre el fondo \(background.hex)", en: "on the background \(background.hex)",
              pt: "sobre o fundo \(background.hex)")
          )
        } else {
          against = (
            "#FFFFFF", Localized(es: "sobre papel blanco", en: "on white paper", pt: "sobre papel branco")
          )
        }
      default:
        against = nil
      }
      guard let against, let ratio = ColourContrast.ratio(hex: colour.hex, hex: against.hex) else { continue }
      checked += 1
      if ratio >= ColourContrast.minimum {
        readable += 1
      } else {
        report(colour, against: against.hex, ratio: ratio, what: against.what)
      }
    }
    context.evidence(
      Localized(
        es: "\(readable) de \(checked) colores de la marca que llevan texto alcanzan 4,5:1",
        en: "\(readable) of \(checked) brand colours that carry text reach 4.5:1",
        pt: "\(readable) de \(checked) cores da marca que levam texto alcançam 4,5:1"))
  }
}
