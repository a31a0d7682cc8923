import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// Portuguese keywords are accepted as English ones are, a Portuguese plan means what its Spanish
/// version means, and `plan fmt` writes the keywords of the plan's language.
@Suite struct PortugueseKeywordTests {
  static let spanish = """
    plan "Villa Aurora no Mundo" {
      ciudad    "Villa Aurora"
      idioma    es
      horizonte 2026 a 2031
      estado    borrador
    }

    vision "Villa Aurora, porta das serras para o mundo."

    participantes {
      tecnicos rrii "Diretoria de Relações Internacionais"
    }

    foda {
      fortaleza f1 "Localização"
      amenaza   a1 "Concorrência"
    }

    eje economico "Pequenas empresas para o mundo" {
      objetivo oe1 "Dobrar o número de pequenas empresas que exportam"
    }

    accion a01 "Apoiar as pequenas empresas na primeira exportação" {
      objetivos   oe1
      herramienta promocion_empresarial
      responsable rrii
      plazo       corto
      desde       2026-04
      hasta       2026-12
      presupuesto 12.000.000,50 ARS
      estado      en_curso
      indicador   "Pequenas empresas que exportam pela primeira vez" base 0 (2025) meta 10,5 (2026)
    }

    """

  /// The same plan as a Brazilian office writes it, accents and all.
  static let portuguese = """
    plano "Villa Aurora no Mundo" {
      cidade    "Villa Aurora"
      idioma    es
      horizonte 2026 a 2031
      situação  rascunho
    }

    visão "Villa Aurora, porta das serras para o mundo."

    participantes {
      técnicos rrii "Diretoria de Relações Internacionais"
    }

    fofa {
      força   f1 "Localização"
      ameaça  a1 "Concorrência"
    }

    eixo economico "Pequenas empresas para o mundo" {
      objetivo oe1 "Dobrar o número de pequenas empresas que exportam"
    }

    ação a01 "Apoiar as pequenas empresas na primeira exportação" {
      objetivos   oe1
      ferramenta  promoção_empresarial
      responsável rrii
      prazo       curto
      desde       2026-04
      até         2026-12
      orçamento   12.000.000,50 ARS
      situação    em_andamento
      indicador   "Pequenas empresas que exportam pela primeira vez" base 0 (2025) meta 10,5 (2026)
    }

    """

  private func dump(_ text: String, _ language: Language) -> (dump: String, diagnostics: [Diagnostic]) {
    let file = Parser.parse(path: "plano.plan", text: text)
    var binder = Binder(source: file.source, language: language)
    let nodes = binder.bind(file)
    return (ModelDump.dump(nodes), file.diagnostics + binder.diagnostics)
  }

  @Test func aPortuguesePlanBindsToTheModelOfItsSpanishVersion() {
    let spanish = dump(Self.spanish, .es)
    let portuguese = dump(Self.portuguese, .pt)
    #expect(spanish.diagnostics.isEmpty)
    #expect(portuguese.diagnostics.isEmpty, "\(portuguese.diagnostics.map(\.message.es))")
    #expect(portuguese.dump == spanish.dump)
    // Numbers read as in Spanish: `.` groups thousands, `,` is the decimal comma.
    #expect(portuguese.dump.contains("12000000.5"))
  }

  @Test func portugueseKeywordsMakeAPortuguesePlan() {
    // Without `idioma`, the keywords tell.
    let undeclared = Self.portuguese.replacing("  idioma    es\n", with: "")
    #expect(LanguageDetection.detect(Parser.parse(path: "plano.plan", text: undeclared)) == .pt)
    #expect(LanguageDetection.detect(Parser.parse(path: "p.plan", text: Self.spanish)) == .es)
    let declared = Self.spanish.replacing("idioma    es", with: "idioma    pt")
    #expect(LanguageDetection.declaredLanguage(Parser.parse(path: "p.plan", text: declared)) == .pt)
  }

  /// `plan fmt` of a Spanish plan declared `idioma pt` spells every keyword and vocabulary word in
  /// Portuguese, is idempotent there, and declared `idioma es` again goes back to the same text.
  @Test func fmtRewritesASpanishPlanDeclaredPortugueseAndBack() throws {
    let declared = Self.spanish.replacing("idioma    es", with: "idioma    pt")
    let portuguese = try Formatter.format(Parser.parse(path: "p.plan", text: declared))
    #expect(portuguese.contains("plano \"Villa Aurora no Mundo\""))
    #expect(portuguese.contains("  ferramenta  promocao_empresarial\n"))
    #expect(portuguese.contains("  situacao    em_andamento\n"))
    #expect(portuguese.contains("fofa {\n  forca  f1 \"Localização\"\n  ameaca a1"))
    #expect(try Formatter.format(Parser.parse(path: "p.plan", text: portuguese)) == portuguese)
    #expect(Self.nothingToRespell(portuguese, in: .pt))
    let back = portuguese.replacing("idioma    pt", with: "idioma    es")
    let spanish = try Formatter.format(Parser.parse(path: "p.plan", text: back))
    #expect(spanish == Self.spanish)
  }

  /// Every plan in the repository, formatted in Portuguese, means the same, has no keyword left to
  /// respell, and formatted in Spanish again is what `plan fmt` makes of it in Spanish.
  @Test(arguments: Fixtures.allPlanFiles.filter { $0.hasPrefix("plans/") })
  func everyExamplePlanRoundTripsThroughPortuguese(_ path: String) throws {
    let file = Parser.parse(path: path, bytes: Fixtures.bytes(path))
    let language = LanguageDetection.detect(file)
    let original = try Formatter.format(file, language: language)
    let portuguese = try Formatter.format(file, language: .pt)
    #expect(Self.nothingToRespell(portuguese, in: .pt), "\(path) kept a keyword of another language")
    #expect(
      dump(portuguese, language).dump == dump(original, language).dump, "\(path) means something else")
    let back = try Formatter.format(Parser.parse(path: path, text: portuguese), language: language)
    #expect(back == original)
  }

  /// Whether every keyword and vocabulary word of a text is already spelled as `language` spells it.
  static func nothingToRespell(_ text: String, in language: Language) -> Bool {
    let file = Parser.parse(path: "p.plan", text: text)
    var binder = Binder(source: file.source, language: language, spellingLanguage: language)
    _ = binder.bind(file)
    return binder.spellings.isEmpty
  }
}

/// The showcase's English and Portuguese variants are translations: they bind to the Spanish
/// showcase's model once texts (the translated part) and the declared language are set aside.
@Suite struct ShowcaseVariantTests {
  static func structure(_ folder: String) throws -> String {
    let path = Fixtures.repository.appendingPathComponent("plans/\(folder)/\(folder).plan").path
    let plan = try PlanLoader.load(path: path)
    #expect(plan.diagnostics.isEmpty, "\(folder): \(plan.diagnostics.map(\.message.es))")
    // The Spanish showcase's monitoring files (`seguimiento/`) are not part of the approved plan.
    let dump = ModelDump.dump(plan.nodes.filter { $0.key != "periodo" })
    return dump.replacing(/"(?:[^"\\]|\\.)*"/, with: "\"…\"")
      .replacing(/choice\((es|en|pt)\)/, with: "choice(idioma)")
  }

  @Test(arguments: ["villa-aurora-en", "villa-aurora-pt"])
  func aVariantMeansWhatTheSpanishShowcaseMeans(_ folder: String) throws {
    let spanish = try Self.structure("villa-aurora")
    let variant = try Self.structure(folder)
    let pairs = zip(spanish.split(separator: "\n"), variant.split(separator: "\n"))
    let first = pairs.enumerated().first { $0.element.0 != $0.element.1 }
    #expect(
      first == nil,
      "\(folder) differs first at line \(first?.offset ?? 0): \(first.map { "\($0.element)" } ?? "")")
    #expect(spanish.count == variant.count)
  }
}
