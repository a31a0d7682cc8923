import PlanDiagnostics
import PlanModel
import PlanSyntax

/// The City Brand programme follows the method's seven steps.
struct B01MarcaCiudad: Rule {
  static let descriptor = RuleDescriptor(
    id: "B01", name: "SietePasosDeLaMarcaCiudad",
    title: Localized(
      es: "Los siete pasos de la Marca Ciudad", en: "The City Brand's seven steps",
      pt: "Os sete passos da Marca Cidade"),
    rationale: Localized(
      es: """
        La Marca Ciudad no se limita a un logotipo: es una política pública de posicionamiento que el \
        método construye en siete pasos, del diagnóstico al público destinatario. Un paso que falta deja \
        a la marca sin fundamento (sin diagnóstico ni visión), sin quienes la sostienen (grupos de \
        interés), sin contenido (atributos, argumentos y valores), sin difusión (planes de comunicación \
        y de marketing territorial) o sin destinatarios. La visión de la marca puede ser la del plan \
        (`vision`). La paleta necesita un color primario, que es el que identifica a la ciudad en el \
        documento.
        """,
      en: """
        The City Brand is not just a logo: it is a public positioning policy the method builds in seven \
        steps, from diagnosis to target audience. A missing step leaves the brand without grounds (no \
        diagnosis or vision), without the people who sustain it (stakeholders), without content \
        (attributes, arguments and values), without outreach (communication and territorial marketing \
        plans) or without audiences. The brand's vision may be the plan's (`vision`). The palette needs \
        a primary colour, the one that identifies the city in the document.
        """,
      pt: """
        A Marca Cidade não se limita a um logotipo: é uma política pública de posicionamento que o \
        método constrói em sete passos, do diagnóstico ao público-alvo. Um passo que falta deixa a \
        marca sem fundamento (sem diagnóstico nem visão), sem quem a sustente (grupos de \
        interesse), sem conteúdo (atributos, argumentos e valores), sem difusão (planos de \
        comunicação e de marketing territorial) ou sem destinatários. A visão da marca pode ser a \
        do plano (`visao`). A paleta precisa de uma cor primária, que é a que identifica a cidade \
        no documento.
        """),
    help: Localized(
      es:
        "complete el paso en `marca_ciudad \"…\" { … }` (ver la sección 4.22 de la referencia del lenguaje)",
      en: "complete the step in `city_brand \"…\" { … }` (see section 4.22 of the language reference)",
      pt: "complete o passo em `marca_cidade \"…\" { … }` (veja a seção 4.22 da referência da linguagem)"),
    defaultSeverity: .warning, helpPath: "docs/rules.md#b01")

  static let guideline = Localized(
    es: """
      Marca Ciudad – Pautas: diagnóstico de situación de la ciudad y sus potencialidades; identificar \
      los grupos de interés públicos y privados, internos y externos; formular la visión de la ciudad; \
      diseñar el Programa de Identidad de la ciudad; determinar los atributos diferenciales de imagen y \
      los argumentos comunicativos, y definir los valores emocionales y racionales de la Marca; diseñar \
      los planes de comunicación y de marketing territorial a partir de herramientas como símbolos y \
      eslogan; definir el público destinatario, los segmentos sociales y nichos económicos
      """,
    en: """
      City Brand – guidelines: diagnosis of the city's situation and potential; identify the public and \
      private, internal and external stakeholders; formulate the city's vision; design the city's \
      identity programme; determine the image's differential attributes and the communicative \
      arguments, and define the brand's emotional and rational values; design the communication and \
      territorial marketing plans using tools such as symbols and a slogan; define the target audience, \
      the social segments and economic niches
      """,
    pt: """
      Marca Cidade – Diretrizes: diagnóstico da situação da cidade e de suas potencialidades; \
      identificar os grupos de interesse públicos e privados, internos e externos; formular a \
      visão da cidade; desenhar o Programa de Identidade da cidade; determinar os atributos \
      diferenciais de imagem e os argumentos comunicativos, e definir os valores emocionais e \
      racionais da Marca; desenhar os planos de comunicação e de marketing territorial a partir de \
      ferramentas como símbolos e slogan; definir o público-alvo, os segmentos sociais e os nichos \
      econômicos
      """)
  static let verification = Verification.structural

  static let examples = RuleExamples(
    triggering: [
      """
      ↓plan "Villa Aurora en el Mundo" {
        ciudad "Villa Aurora"
      }
      """,
      """
      ↓↓↓↓marca_ciudad "Villa Aurora" {
        grupo_de_interes      "Áreas municipales y Concejo Deliberante" tipo publico_interno
        vision                "Una ciudad serrana que trabaja, estudia y recibe al mundo."
        identidad             "Isologotipo con un sol que amanece detrás de dos cerros."
        argumento             "Naturaleza a veinte minutos del centro"
        valor_emocional       "Hospitalidad serrana"
        valor_racional        "Cumplimiento en los negocios"
        marketing_territorial "Sello «Hecho en Villa Aurora»."
        simbolo               "El sol naciente sobre el Cerro Aurora"
        eslogan               "Villa Aurora. Acá amanece lo que hacemos."
      }
      """,
      """
      ↓↓↓↓marca_ciudad "Villa Aurora" {
        diagnostico           "Los vecinos asocian la ciudad con las sierras y el trabajo."
        vision                "Una ciudad serrana que trabaja, estudia y recibe al mundo."
        identidad             "Isologotipo con un sol que amanece detrás de dos cerros."
        atributo              "Sierras con industria"
        valor_emocional       "Hospitalidad serrana"
        valor_racional        "Cumplimiento en los negocios"
        plan_comunicacion     "Lanzamiento con los vecinos y campaña anual en el sur de Brasil."
        simbolo               "El sol naciente sobre el Cerro Aurora"
        eslogan               "Villa Aurora. Acá amanece lo que hacemos."
        publico               "Compradores de maquinaria agrícola del Mercosur" tipo nicho
      }
      """,
      """
      ↓↓↓↓marca_ciudad "Villa Aurora" {
        diagnostico           "Los vecinos asocian la ciudad con las sierras y el trabajo."
        grupo_de_interes      "Áreas municipales y Concejo Deliberante" tipo publico_interno
        identidad             "Isologotipo con un sol que amanece detrás de dos cerros."
        atributo              "Sierras con industria"
        argumento             "Naturaleza a veinte minutos del centro"
        valor_racional        "Cumplimiento en los negocios"
        plan_comunicacion     "Lanzamiento con los vecinos y campaña anual en el sur de Brasil."
        marketing_territorial "Sello «Hecho en Villa Aurora»."
        eslogan               "Villa Aurora. Acá amanece lo que hacemos."
        publico               "Turistas de naturaleza del sur de Brasil" tipo segmento
      }
      """,
      """
      ↓↓↓marca_ciudad "Villa Aurora" {
        diagnostico           "Los vecinos asocian la ciudad con las sierras y el trabajo."
        grupo_de_interes      "Áreas municipales y Concejo Deliberante" tipo publico_interno
        vision                "Una ciudad serrana que trabaja, estudia y recibe al mundo."
        atributo              "Sierras con industria"
        argumento             "Naturaleza a veinte minutos del centro"
        valor_emocional       "Hospitalidad serrana"
        plan_comunicacion     "Lanzamiento con los vecinos y campaña anual en el sur de Brasil."
        marketing_territorial "Sello «Hecho en Villa Aurora»."
        simbolo               "El sol naciente sobre el Cerro Aurora"
        publico               "Turistas de naturaleza del sur de Brasil" tipo segmento
        publico               "Compradores de maquinaria agrícola del Mercosur" tipo nicho
      }
      """,
      """
      marca_ciudad "Villa Aurora" {
        diagnostico           "Los vecinos asocian la ciudad con las sierras y el trabajo."
        grupo_de_interes      "Áreas municipales y Concejo Deliberante" tipo publico_interno
        vision                "Una ciudad serrana que trabaja, estudia y recibe al mundo."
        identidad             "Isologotipo con un sol que amanece detrás de dos cerros."
        atributo              "Sierras con industria"
        argumento             "Naturaleza a veinte minutos del centro"
        valor_emocional       "Hospitalidad serrana"
        valor_racional        "Cumplimiento en los negocios"
        plan_comunicacion     "Lanzamiento con los vecinos y campaña anual en el sur de Brasil."
        marketing_territorial "Sello «Hecho en Villa Aurora»."
        simbolo               "El sol naciente sobre el Cerro Aurora"
        eslogan               "Villa Aurora. Acá amanece lo que hacemos."
        publico               "Turistas de naturaleza del sur de Brasil" tipo segmento
        publico               "Compradores de maquinaria agrícola del Mercosur" tipo nicho
        paleta {
          ↓color secundario #9C4A1A "Ocre de los cerros"
          color texto      #1F2A33 "Grafito"
        }
      }
      """,
    ],
    passing: [
      """
      vision "Villa Aurora, una ciudad serrana que trabaja, estudia y recibe al mundo."

      marca_ciudad "Villa Aurora" {
        diagnostico           "Los vecinos asocian la ciudad con las sierras y el trabajo."
        grupo_de_interes      "Áreas municipales y Concejo Deliberante" tipo publico_interno
        grupo_de_interes      "Inversores y operadores turísticos del exterior" tipo privado_externo
        identidad             "Isologotipo con un sol que amanece detrás de dos cerros."
        atributo              "Sierras con industria"
        argumento             "Naturaleza a veinte minutos del centro"
        valor_emocional       "Hospitalidad serrana"
        valor_racional        "Cumplimiento en los negocios"
        plan_comunicacion     "Lanzamiento con los vecinos y campaña anual en el sur de Brasil."
        marketing_territorial "Sello «Hecho en Villa Aurora»."
        simbolo               "El sol naciente sobre el Cerro Aurora"
        eslogan               "Villa Aurora. Acá amanece lo que hacemos."
        publico               "Turistas de naturaleza del sur de Brasil" tipo segmento
        publico               "Compradores de maquinaria agrícola del Mercosur" tipo nicho
        paleta {
          color primario #1B4F72 "Azul sierra"
        }
      }
      """
    ])

  func check(_ plan: Plan, _ context: inout RuleContext) {
    // A province or a region brands its territory, with the same seven steps.
    let city = plan.institution.governsACity
    func words(_ es: (String, String), _ en: (String, String), _ pt: (String, String)) -> Localized {
      city ? Localized(es: es.0, en: en.0, pt: pt.0) : Localized(es: es.1, en: en.1, pt: pt.1)
    }
    let brandName = words(
      ("Marca Ciudad", "Marca Territorio"), ("City Brand", "Territorial Brand"),
      ("Marca Cidade", "Marca Território"))
    let keyword = words(
      ("marca_ciudad", "marca_territorio"), ("city_brand", "territory_brand"),
      ("marca_cidade", "marca_territorio"))
    let ofPlace = words(
      ("de la ciudad", "del territorio"), ("the city's", "the territory's"), ("da cidade", "do território"))
    let toPlace = words(
      ("a la ciudad", "al territorio"), ("the city", "the territory"), ("a cidade", "o território"))
    guard let brand = plan.brand else {
      context.report(
        Localized(
          es: "el plan no tiene programa de \(brandName.es) (`\(keyword.es)`)",
          en: "the plan has no \(brandName.en) programme (`\(keyword.en)`)",
          pt: "o plano não tem programa de \(brandName.pt) (`\(keyword.pt)`)"),
        at: plan.anchor,
        help: Localized(
          es: "agregue `\(keyword.es) \"nombre\" { … }` con los siete pasos del método",
          en: "add `\(keyword.en) \"name\" { … }` with the method's seven steps",
          pt: "acrescente `\(keyword.pt) \"nome\" { … }` com os sete passos do método"))
      return
    }
    func written(_ text: String?) -> Bool { text.map { !$0.allSatisfy(\.isWhitespace) } ?? false }
    // A missing step names its keyword as each language spells it.
    func keywordOf(_ member: String) -> Localized {
      let construct = Grammar.construct("marca_ciudad.\(member)")
      return Localized(es: "`\(construct.es)`", en: "`\(construct.en)`", pt: "`\(construct.pt)`")
    }
    func part(_ present: Bool, _ member: String) -> Localized? { present ? nil : keywordOf(member) }
    func part(_ present: Bool, _ es: String, _ en: String, _ pt: String) -> Localized? {
      present ? nil : Localized(es: es, en: en, pt: pt)
    }
    let steps: [(number: Int, title: Localized, missing: [Localized?])] = [
      (
        1,
        Localized(
          es: "diagnóstico de situación \(ofPlace.es) y sus potencialidades",
          en: "diagnosis of \(ofPlace.en) situation and potential",
          pt: "diagnóstico da situação \(ofPlace.pt) e de suas potencialidades"),
        [part(written(brand.diagnosis), "diagnostico")]
      ),
      (
        2,
        Localized(
          es: "grupos de interés públicos y privados, internos y externos",
          en: "public and private, internal and external stakeholders",
          pt: "grupos de interesse públicos e privados, internos e externos"),
        [part(!brand.stakeholders.isEmpty, "grupo_de_interes")]
      ),
      (
        3, Localized(es: "visión \(ofPlace.es)", en: "\(ofPlace.en) vision", pt: "visão \(ofPlace.pt)"),
        [part(written(brand.vision) || written(plan.vision?.value), "vision")]
      ),
      (
        4,
        Localized(
          es: "Programa de Identidad \(ofPlace.es)", en: "\(ofPlace.en) identity programme",
          pt: "Programa de Identidade \(ofPlace.pt)"),
        [part(written(brand.identity), "identidad")]
      ),
      (
        5,
        Localized(
          es: "atributos diferenciales, argumentos comunicativos y valores emocionales y racionales",
          en: "differential attributes, communicative arguments and emotional and rational values",
          pt: "atributos diferenciais, argumentos comunicativos e valores emocionais e racionais"),
        [
          part(!brand.attributes.isEmpty, "atributo"),
          part(!brand.arguments.isEmpty, "argumento"),
          part(!brand.emotionalValues.isEmpty, "valor_emocional"),
          part(!brand.rationalValues.isEmpty, "valor_racional"),
        ]
      ),
      (
        6,
        Localized(
          es: "planes de comunicación y de marketing territorial, con símbolos y eslogan",
          en: "communication and territorial marketing plans, with symbols and slogan",
          pt: "planos de comunicação e de marketing territorial, com símbolos e slogan"),
        [
          part(written(brand.communicationPlan), "plan_comunicacion"),
          part(written(brand.territorialMarketing), "marketing_territorial"),
          part(!brand.symbols.isEmpty, "simbolo"),
          part(written(brand.slogan), "eslogan"),
        ]
      ),
      (
        7,
        Localized(
          es: "público destinatario: segmentos sociales y nichos económicos",
          en: "target audience: social segments and economic niches",
          pt: "público-alvo: segmentos sociais e nichos econômicos"),
        brand.audiences.isEmpty
          ? [keywordOf("publico")]
          : [
            part(
              brand.audiences.contains { $0.kind == "segmento" },
              "algún segmento social (`publico … tipo segmento`)",
              "a social segment (`audience … kind segment`)",
              "algum segmento social (`publico … tipo segmento`)"),
            part(
              brand.audiences.contains { $0.kind == "nicho" },
              "algún nicho económico (`publico … tipo nicho`)",
              "an economic niche (`audience … kind niche`)",
              "algum nicho econômico (`publico … tipo nicho`)"),
          ]
      ),
    ]
    var complete = 0
    for step in steps {
      let missing = step.missing.compactMap { $0 }
      if missing.isEmpty {
        complete += 1
        continue
      }
      context.report(
        Localized(
          es:
            "\(brandName.es), paso \(step.number) (\(step.title.es)): falta \(missing.map(\.es).joined(separator: ", "))",
          en:
            "\(brandName.en), step \(step.number) (\(step.title.en)): missing \(missing.map(\.en).joined(separator: ", "))",
          pt:
            "\(brandName.pt), passo \(step.number) (\(step.title.text(.pt))): falta \(missing.map { $0.text(.pt) }.joined(separator: ", "))"
        ),
        at: brand.range)
    }
    if !brand.palette.isEmpty, !brand.palette.contains(where: { $0.role == "primario" }) {
      context.report(
        Localized(
          es:
            "la paleta de la marca no tiene color `primario`, el que identifica \(toPlace.es) en el documento",
          en:
            "the brand's palette has no `primary` colour, the one that identifies \(toPlace.en) in the document",
          pt: "a paleta da marca não tem cor `primaria`, a que identifica \(toPlace.pt) no documento"),
        at: brand.palette[0].range,
        help: Localized(
          es: "agregue `color primario #RRGGBB \"nombre\"` a la `paleta`",
          en: "add `colour primary #RRGGBB \"name\"` to the `palette`",
          pt: "acrescente `cor primaria #RRGGBB \"nome\"` à `paleta`"))
    }
    context.evidence(
      Localized(
        es: """
          \(complete) de 7 pasos de la \(brandName.es) completos; \(brand.stakeholders.count) grupo(s) de \
          interés, \(brand.audiences.count) público(s) destinatario(s)
          """,
        en: """
          \(complete) of 7 \(brandName.en) steps complete; \(brand.stakeholders.count) stakeholder group(s), \
          \(brand.audiences.count) target audience(s)
          """,
        pt: """
          \(complete) de 7 passos da \(brandName.pt) completos; \(brand.stakeholders.count) grupo(s) \
          de interesse, \(brand.audiences.count) público(s)-alvo
          """))
  }
}
