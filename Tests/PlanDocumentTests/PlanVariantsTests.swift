import PlanCheck
import PlanDiagnostics
import PlanDocument
import PlanModel
import PlanSyntax
import Testing

/// Budgets, languages and incomplete plans.
@Suite struct PlanVariantsTests {
  static let budgetPlan = """
    plan "Plan de prueba" {
      ciudad    "Ciudad de Prueba"
      idioma    es
      horizonte 2026 a 2028
      estado    proyecto
    }
    participantes {
      tecnicos rrii "Oficina de Relaciones Internacionales"
    }
    eje economico "Economía" {
      objetivo oe1 "Exportar más"
    }
    accion a01 "Primera" {
      objetivos   oe1
      responsable rrii
      presupuesto 12.000.000 ARS
      presupuesto 150.000 USD
    }
    accion a02 "Segunda" {
      objetivos   oe1
      presupuesto 500.000 ARS fuente "Provincia"
      presupuesto 20.000 EUR
    }
    accion a03 "Tercera" {
      objetivos oe1
      sin_costo "Con personal propio"
    }
    """

  @Test func budgetTotalsPerCurrency() throws {
    let (result, document) = Fixtures.document(text: Self.budgetPlan)
    let totals = BudgetTotals(result.plan.actions.flatMap(\.budgets))
    #expect(totals.entries.map(\.currency) == ["ARS", "USD", "EUR"])
    #expect(totals.amount("ARS") == 12_500_000)
    #expect(totals.amount("USD") == 150_000)
    #expect(totals.amount("EUR") == 20_000)
    #expect(totals.text(Formats(.es)) == "$\u{00A0}12.500.000; USD\u{00A0}150.000; EUR\u{00A0}20.000")
    let summary = document.definitions(after: "resumen-ejecutivo")
    let budget = summary.first { $0.term == "Presupuesto total" }?.value.map(\.text).joined()
    #expect(budget == "$\u{00A0}12.500.000; USD\u{00A0}150.000; EUR\u{00A0}20.000 (1 acción sin costo)")
    let table = try #require(document.tables.first { $0.columns.first?.title == "Acción" })
    #expect(
      table.rows.map { $0.cells[4].map(\.text).joined() } == [
        "$\u{00A0}12.000.000; USD\u{00A0}150.000", "$\u{00A0}500.000; EUR\u{00A0}20.000", "Sin costo",
      ])
    // A plan sent to the Concejo but not approved: no watermark, "Proyecto" on the cover.
    #expect(document.watermark == nil)
    guard case .cover(let cover) = document.blocks.first else {
      Issue.record("no cover")
      return
    }
    #expect(cover.details.first == "Proyecto elevado al Honorable Concejo Deliberante")
    #expect(cover.logoPath == nil)
  }

  @Test func englishPlanGivesEnglishDocument() throws {
    let (_, document) = try Fixtures.document(path: "minimal-en/minimal.plan")
    #expect(
      document.headings.filter { $0.level == 0 }.map(\.text) == [
        "Authorities", "Executive summary", "Vision and values", "Governance", "Diagnosis",
        "Axes and objectives",
        "Internationalization tools", "Action plan", "Scenarios and technology",
        "Communication and participation",
        "City Brand", "Monitoring and evaluation", "Annex I. Compliance with the method's 12 guidelines",
        "Approval",
      ])
    #expect(
      document.headings.contains {
        $0.number == "4.1" && $0.text == "Economic axis: Local businesses go global"
      })
    #expect(document.watermark == "DRAFT")
    #expect(document.labels.pageOf == "Page %d of %d")
    #expect(document.labels.contents == "Contents")
    #expect(document.metadata.language == "en")
    #expect(document.metadata.subject == "Internationalization plan 2026–2031")
    let text = document.plainText
    #expect(text.contains("ARS\u{00A0}12,000,000"))
    #expect(text.contains("Not declared."))
    #expect(!text.contains("No declarado"))
    #expect(text.contains("Apr 2026 – Dec 2026"))
  }

  @Test func portuguesePlanGivesPortugueseLabels() {
    let (_, document) = Fixtures.document(
      text: """
        plan "Villa Aurora no Mundo" {
          ciudad    "Villa Aurora"
          idioma    pt
          horizonte 2026 a 2031
          estado    borrador
        }
        vision "Villa Aurora, porta das serras para o mundo."
        """)
    let chapters = document.headings.filter { $0.number != nil && $0.level == 0 }.map(\.text)
    #expect(chapters.first == "Visão e valores")
    #expect(chapters.contains("Plano de ação"))
    #expect(document.watermark == "RASCUNHO")
    #expect(document.metadata.language == "pt-BR")
    #expect(document.labels.pageOf == "Página %d de %d")
    #expect(document.labels.contents == "Sumário")
  }

  @Test func labelsSwitchWithTheLanguage() {
    #expect(Labels(.es).chapterActions == "Plan de acción")
    #expect(Labels(.en).chapterActions == "Action plan")
    #expect(Labels(.pt).chapterActions == "Plano de ação")
    #expect(Labels(.es).draftWatermark == "BORRADOR")
    #expect(Labels(.en).draftWatermark == "DRAFT")
    #expect(Labels(.pt).draftWatermark == "RASCUNHO")
    #expect(Labels(.es).word(Vocabulary.term, "mediano") == "mediano plazo")
    #expect(Labels(.en).word(Vocabulary.term, "mediano") == "medium term")
    #expect(Labels(.pt).word(Vocabulary.term, "mediano") == "médio prazo")
    for language in Language.allCases {
      #expect(!Labels(language).complianceStatus(.advisory).contains("cumple"))
      #expect(!Labels(language).complianceStatus(.advisory).contains("met"))
    }
  }

  @Test func everyPortugueseVocabularyWordIsTranslated() {
    let vocabularies = [
      Vocabulary.status, Vocabulary.axis, Vocabulary.civilSector, Vocabulary.partnerStatus,
      Vocabulary.agreement,
      Vocabulary.fee, Vocabulary.governmentLevel, Vocabulary.tool, Vocabulary.term, Vocabulary.actionStatus,
      Vocabulary.measure, Vocabulary.frequency, Vocabulary.scenario, Vocabulary.likelihood,
      Vocabulary.stakeholderKind, Vocabulary.audienceKind, Vocabulary.colourRole, Vocabulary.instrument,
    ]
    let labels = Labels(.pt)
    for vocabulary in vocabularies {
      for option in vocabulary.options {
        let word = labels.word(vocabulary, option.es)
        #expect(!word.contains("_"), "\(vocabulary.name.es): \(option.es)")
        if option.label.es != option.label.en {
          #expect(word != option.label.en, "\(vocabulary.name.es): \(option.es) is English in Portuguese")
        }
      }
    }
  }

  @Test func incompletePlanStillBuilds() throws {
    let (result, document) = try Fixtures.document(path: "incompleto/incompleto.plan")
    #expect(result.diagnostics.contains { $0.severity == .error || $0.severity == .warning })
    #expect(document.headings.filter { $0.level == 0 && $0.number != nil }.count == 10)
    #expect(document.watermark == "BORRADOR")
    let text = document.plainText
    #expect(text.contains("No declarado."))
    #expect(text.contains("El plan todavía no fue aprobado"))
    #expect(text.contains("desde 03/2027"))
    let anchors = document.anchors
    #expect(Set(anchors).count == anchors.count)
    #expect(Set(document.runs.compactMap(\.link)).isSubset(of: Set(anchors)))
    #expect(document.definitions(after: "sec-3-2").isEmpty)
    // Signature lines for the authorities when nobody has signed yet: there are none declared here.
    #expect(!document.blocks.contains { if case .signatures = $0 { return true } else { return false } })
  }

  @Test func signaturesFallBackToTheAuthorities() {
    let (_, document) = Fixtures.document(
      text: """
        plan "Plan" {
          ciudad    "Villa Sur"
          autoridad "Ana Pérez" cargo "Intendenta"
        }
        """)
    guard case .signatures(let signatures)? = document.blocks.last else {
      Issue.record("no signatures")
      return
    }
    #expect(signatures.map(\.name) == ["Ana Pérez"])
    #expect(signatures.map(\.role) == ["Intendenta"])
  }

  @Test func emptyAndMinimalPlansBuild() throws {
    let (_, empty) = Fixtures.document(text: "")
    #expect(empty.headings.filter { $0.level == 0 && $0.number != nil }.count == 10)
    let (_, minimal) = try Fixtures.document(path: "minimo/minimo.plan")
    #expect(minimal.watermark == "BORRADOR")
    #expect(Set(minimal.runs.compactMap(\.link)).isSubset(of: Set(minimal.anchors)))
  }

  @Test func duplicateIdentifiersKeepAnchorsUnique() {
    let (result, document) = Fixtures.document(
      text: """
        plan "Plan" {
          ciudad "Villa Sur"
        }
        foda {
          debilidad d1 "Una"
          debilidad d1 "Otra"
        }
        accion a01 "Primera" {
          atiende d1
        }
        accion a01 "Repetida" {
        }
        """)
    #expect(result.diagnostics.contains { $0.severity == .error })
    let anchors = document.anchors
    #expect(Set(anchors).count == anchors.count)
    #expect(anchors.contains("accion-a01") && anchors.contains("accion-a01-2"))
    #expect(Set(document.runs.compactMap(\.link)).isSubset(of: Set(anchors)))
  }
}
