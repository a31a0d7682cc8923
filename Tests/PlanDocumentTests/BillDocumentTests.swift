import Foundation
import PlanCheck
import PlanDocument
import PlanSyntax
import Testing

/// `plan ordenanza`'s document: the bill that submits the plan, worded for the body that approves
/// it, with the office's own texts where the plan writes them, and the sanctioned text once the
/// plan records its approval.
@Suite struct BillDocumentTests {
  static func bill(_ result: CheckResult, sanctioned: Bool = false) -> Document {
    BillBuilder.build(
      result, sources: Fixtures.sources, date: "2026-06-01T10:00:00Z", sanctioned: sanctioned,
      planVersion: "0.9.0")
  }

  static func bill(path: String, sanctioned: Bool = false) throws -> Document {
    bill(Checker.check(try PlanLoader.load(path: Fixtures.planPath(path))), sanctioned: sanctioned)
  }

  /// Each paragraph's text, in order.
  static func paragraphs(_ document: Document) -> [String] {
    document.blocks.compactMap { block in
      if case .paragraph(let runs, _) = block { return runs.map(\.text).joined() }
      return nil
    }
  }

  static func signatures(_ document: Document) -> [Signature] {
    document.blocks.flatMap { block -> [Signature] in
      if case .signatures(let signatures) = block { return signatures }
      return []
    }
  }

  @Test func theShowcasesBillGoesToTheHonorableConcejoDeliberante() throws {
    let document = try Self.bill(path: "villa-aurora/villa-aurora.plan")
    #expect(document.formal)
    #expect(document.headings.map(\.text) == ["PROYECTO DE ORDENANZA", "VISTO:", "CONSIDERANDO:", "ANEXO I"])
    #expect(Set(document.anchors).allSatisfy { $0.hasPrefix("ord-") })
    let paragraphs = Self.paragraphs(document)
    // The cover note first: place and date, the addressee, then the executive's signature.
    #expect(paragraphs.first == "Villa Aurora, 22 de mayo de 2025.")
    #expect(paragraphs[1] == "A la Presidencia del Honorable Concejo Deliberante")
    #expect(Self.signatures(document).first?.role == "Intendenta Municipal")
    #expect(
      paragraphs.contains(
        "POR ELLO, EL HONORABLE CONCEJO DELIBERANTE DE LA CIUDAD DE VILLA AURORA SANCIONA LA SIGUIENTE ORDENANZA:"
      ))
    let whereas = paragraphs.filter { $0.hasPrefix("Que ") }
    #expect(whereas.count == 6)
    #expect(whereas[0].contains("cuyas 12 pautas"))
    #expect(whereas[1].contains("participaron 14 personas e instituciones: 3 de liderazgo político"))
    #expect(whereas[2].contains("5 fortalezas, 5 debilidades, 5 oportunidades y 5 amenazas"))
    #expect(whereas[3].contains("643.300.000; USD") && whereas[3].contains("212.000;"))
    #expect(whereas[4].contains("audiencia pública"))
    let articles = paragraphs.filter { $0.hasPrefix("ARTÍCULO ") }
    #expect(articles.count == 6)
    #expect(articles[0].hasPrefix("ARTÍCULO 1º.- APRUÉBASE el plan «Villa Aurora en el Mundo"))
    #expect(articles[0].hasSuffix("que como Anexo I forma parte integrante de la presente."))
    #expect(articles[1].contains("a la Dirección de Relaciones Internacionales y Cooperación"))
    #expect(articles[2].contains("Comisión para la Internacionalización y Desarrollo de Villa Aurora"))
    #expect(articles[3].contains("el primero antes del 31 de marzo de 2026"))
    #expect(
      articles[4].contains(
        "Los gastos que demande el cumplimiento de la presente se imputarán a las partidas"))
    #expect(articles[5] == "ARTÍCULO 6º.- Comuníquese, publíquese, regístrese y archívese.")
    // The article's label is bold, its text is not.
    let first = document.blocks.first { block in
      if case .paragraph(let runs, _) = block { return runs.first?.text == "ARTÍCULO 1º.- " }
      return false
    }
    guard case .paragraph(let runs, _)? = first else { Issue.record("no article 1"); return }
    #expect(runs[0].bold && !runs[1].bold)
  }

  @Test func theSanctionedOrdinanceHasItsNumberNoCoverNoteAndItsSession() throws {
    let document = try Self.bill(path: "villa-aurora/villa-aurora.plan", sanctioned: true)
    #expect(document.headings.first?.text == "ORDENANZA N.º 2.318/2025")
    #expect(document.runningTitle.hasPrefix("Ordenanza N.º 2.318/2025"))
    let paragraphs = Self.paragraphs(document)
    #expect(!paragraphs.contains { $0.hasPrefix("Tengo el agrado") })
    #expect(
      paragraphs.contains(
        "Dada en la Sala de Sesiones del Honorable Concejo Deliberante de Villa Aurora, el 14 de mayo de 2025."
      ))
    #expect(paragraphs.contains("Promulgada el 20 de mayo de 2025."))
    #expect(Self.signatures(document).map(\.name) == ["Néstor Olmedo", "Claudia Ledesma"])
    // A plan without its approval recorded prints the bill even when the sanctioned text is asked.
    let bill = try Self.bill(path: "rincon-del-parana/rincon-del-parana.plan", sanctioned: true)
    #expect(bill.headings.first?.text == "PROYECTO DE ORDENANZA")
  }

  @Test func aSantaFeCityGoesToItsConcejoMunicipal() throws {
    let paragraphs = Self.paragraphs(try Self.bill(path: "rincon-del-parana/rincon-del-parana.plan"))
    #expect(
      paragraphs.contains(
        "POR ELLO, EL CONCEJO MUNICIPAL DE LA CIUDAD DE RINCÓN DEL PARANÁ SANCIONA LA SIGUIENTE ORDENANZA:"))
    #expect(paragraphs.contains("A la Presidencia del Concejo Municipal"))
  }

  @Test func aProvinceSendsABillToItsLegislatura() throws {
    let document = try Self.bill(path: "entre-rios/entre-rios.plan")
    #expect(document.headings.first?.text == "PROYECTO DE LEY")
    let paragraphs = Self.paragraphs(document)
    #expect(paragraphs.contains("POR ELLO, LA LEGISLATURA DE ENTRE RÍOS SANCIONA CON FUERZA DE LEY:"))
    #expect(paragraphs.contains { $0.hasPrefix("ARTÍCULO 3º.- RECONÓCESE al Consejo Provincial") })
    #expect(paragraphs.contains("ARTÍCULO 6º.- Comuníquese al Poder Ejecutivo."))
    #expect(paragraphs.contains { $0.contains("que el Poder Ejecutivo eleva para su aprobación") })
  }

  @Test func aSpanishCityProposesAnAgreementToThePleno() throws {
    let document = try Self.bill(path: "almoranza/almoranza.plan")
    #expect(document.headings.first?.text == "PROPUESTA DE ACUERDO AL PLENO")
    let paragraphs = Self.paragraphs(document)
    #expect(paragraphs.contains { $0.hasPrefix("PRIMERO.- Aprobar el plan «Almoranza") })
    #expect(paragraphs.contains { $0.hasPrefix("SEGUNDO.- Encomendar a la Oficina") })
    #expect(paragraphs.contains { $0.hasPrefix("SEXTO.- Publicar el presente acuerdo") })
    #expect(!paragraphs.contains { $0.hasPrefix("ARTÍCULO") })
    #expect(paragraphs.contains { $0.hasPrefix("Por todo lo expuesto, la Alcaldía propone al Pleno") })
    #expect(Self.signatures(document).first?.role == "Alcaldesa")
    let sanctioned = try Self.bill(path: "almoranza/almoranza.plan", sanctioned: true)
    #expect(sanctioned.headings.first?.text == "ACUERDO DEL PLENO N.º 112/2025")
  }

  @Test func aSpanishRegionsGovernmentSendsABillToItsParliament() {
    let result = Checker.check(
      PlanLoader.load(
        text: """
          plan "Estrategia de Internacionalización de Aragón" {
            provincia    "Aragón"
            pais         "España"
            jurisdiccion comunidad_autonoma
            organo       parlamento
            horizonte    2026 a 2028
            autoridad    "Jorge Azcón" cargo "Presidente del Gobierno de Aragón"
          }
          """))
    let document = Self.bill(result)
    #expect(document.headings.first?.text == "PROYECTO DE LEY")
    let paragraphs = Self.paragraphs(document)
    #expect(paragraphs.contains("A la Presidencia del Parlamento de Aragón"))
    #expect(
      paragraphs.contains(
        "Por todo lo expuesto, el Gobierno de Aragón remite al Parlamento de Aragón el siguiente PROYECTO DE LEY:"
      ))
    #expect(paragraphs.last { $0.hasPrefix("ARTÍCULO") }?.contains("entrará en vigor") == true)
    #expect(Self.signatures(document).first?.role == "Presidente del Gobierno de Aragón")
  }

  static let overridden = """
    plan "Plan de Internacionalización de Villa Norte" {
      ciudad "Villa Norte"
      horizonte 2026 a 2029
      autoridad "Ana Gómez" cargo "Intendenta Municipal"
    }
    ordenanza {
      visto "La Carta Orgánica Municipal, artículo 40; y"
      considerando "Que la Carta Orgánica manda planificar la gestión internacional;"
      articulo "INVÍTASE a las ciudades vecinas a adherir al Plan."
      articulo "ENCOMIÉNDASE su difusión en las escuelas."
      ordinal "°"
    }
    """

  @Test func theOfficesOwnTextsReplaceTheVistoAndFollowTheGeneratedOnes() {
    let result = Checker.check(PlanLoader.load(text: Self.overridden))
    #expect(result.plan.bill?.articles.count == 2)
    let paragraphs = Self.paragraphs(Self.bill(result))
    #expect(paragraphs.contains("La Carta Orgánica Municipal, artículo 40; y"))
    #expect(!paragraphs.contains { $0.hasPrefix("El plan «") })
    let whereas = paragraphs.filter { $0.hasPrefix("Que ") }
    #expect(whereas.last == "Que la Carta Orgánica manda planificar la gestión internacional;")
    let formula = paragraphs.firstIndex { $0.hasPrefix("POR ELLO") }!
    #expect(paragraphs.firstIndex(of: whereas.last!)! < formula)
    let articles = paragraphs.filter { $0.hasPrefix("ARTÍCULO ") }
    #expect(articles.count == 8)
    #expect(articles[5] == "ARTÍCULO 6°.- INVÍTASE a las ciudades vecinas a adherir al Plan.")
    #expect(articles[6] == "ARTÍCULO 7°.- ENCOMIÉNDASE su difusión en las escuelas.")
    #expect(articles[7] == "ARTÍCULO 8°.- Comuníquese, publíquese, regístrese y archívese.")
    #expect(articles[1].hasSuffix("por el artículo 1°."))
  }

  @Test func anUnknownOrdinalSignIsALocatedErrorAndTheBillUsesTheUsualOne() throws {
    let text = Self.overridden.replacingOccurrences(of: "ordinal \"°\"", with: "ordinal \"o\"")
    let result = Checker.check(PlanLoader.load(text: text))
    let finding = try #require(result.diagnostics.first { $0.code == "M019" })
    #expect(finding.severity == .error)
    #expect(finding.message.es.contains("«o»"))
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0.contains("ordinal")
    }!
    #expect(finding.range.start.line == line + 1)
    #expect(result.plan.bill?.ordinal == nil)
    let articles = Self.paragraphs(Self.bill(result)).filter { $0.hasPrefix("ARTÍCULO ") }
    #expect(articles.last == "ARTÍCULO 8º.- Comuníquese, publíquese, regístrese y archívese.")
  }

  @Test func theBillSpeaksThePlansLanguage() {
    let english = Checker.check(
      PlanLoader.load(
        text: """
          plan "Openness Plan" {
            city "Northtown"
            language en
            horizon 2026 to 2029
          }
          bill {
            article "The Plan shall be published on the city's website."
          }
          """))
    let paragraphs = Self.paragraphs(Self.bill(english))
    #expect(Self.bill(english).headings.first?.text == "DRAFT ORDINANCE")
    #expect(paragraphs.contains("ARTICLE 6.- The Plan shall be published on the city's website."))
    #expect(paragraphs.contains { $0.hasPrefix("NOW, THEREFORE, THE CITY COUNCIL OF THE CITY OF NORTHTOWN") })
    let portuguese = Self.bill(
      Checker.check(
        PlanLoader.load(
          text: """
            plan "Plano de Internacionalização de Vila Nova" {
              ciudad "Vila Nova"
              idioma pt
              horizonte 2026 a 2029
              autoridad "Ana Souza" cargo "Prefeita Municipal"
            }
            """)))
    #expect(portuguese.headings.first?.text == "PROJETO DE LEI MUNICIPAL")
    let portugueseParagraphs = Self.paragraphs(portuguese)
    #expect(
      portugueseParagraphs.contains {
        $0.hasPrefix("ARTIGO 1º.- Fica aprovado o plano «Plano de Internacionalização")
      })
    #expect(portugueseParagraphs.contains("ARTIGO 6º.- Comunique-se, publique-se, registre-se e arquive-se."))
  }
}
