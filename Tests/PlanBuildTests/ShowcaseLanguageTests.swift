import Foundation
import PlanBuild
import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// The showcase's English and Portuguese variants build into documents with no Spanish word in
/// them: every label, heading, figure word, evidence line and date is in the plan's language. The
/// plan's own texts are translated in those variants, so what is left is the document's.
@Suite(.serialized) struct ShowcaseLanguageTests {
  /// Words that are Spanish and neither English nor Portuguese, common in a plan's document.
  static let spanishWords: Set<String> = [
    "del", "los", "las", "según", "también", "acción", "acciones", "eje", "ejes", "pauta", "pautas",
    "presupuesto", "presupuestos", "responsable", "responsables", "plazo", "seguimiento", "herramienta",
    "herramientas", "socios", "fuente", "fuentes", "año", "años", "ordenanza", "cumplimiento", "hito",
    "hitos", "lluvia", "debilidad", "debilidades", "amenaza", "amenazas", "sin", "con", "el", "y", "cuadro",
    "avance", "aprobación", "línea", "fecha", "fechas", "ciudad", "ciudades", "municipalidad", "visión",
    "cantidad", "mediano", "ninguna", "ningún", "están", "sin_datos", "cumplida", "planificada", "primario",
    "secundario", "fondo", "acento",
  ]

  /// Words Spanish and Portuguese share, which an English document must not print either.
  static let iberianWords: Set<String> = [
    "estrategias", "objetivo", "objetivos", "indicador", "indicadores", "diagnóstico", "participantes",
    "vigente", "tendencial", "política", "político", "económico", "página", "primaria", "secundaria",
  ]

  /// Proper names that keep their Spanish (or Italian) words in any language: institutions, places.
  static let properNames = [
    "Honorable Concejo Deliberante", "Concejo Deliberante", "Caxias do Sul", "Santiago de Chile",
    "Città di Pinerolo", "Comune di Pinerolo", "Politecnico di Torino",
  ]

  /// The Spanish words of a PDF's text, each with the line it was found on.
  static func spanishWords(inPDF path: String, language: Language) throws -> [String] {
    // Words broken at a line end (soft hyphen or hyphen) are joined again.
    var text = try ExtractedText.of(path).replacing("\u{AD}\n", with: "").replacing("-\n", with: "")
    // File names and addresses are names, not words.
    text = text.replacing(/\S+\.(plan|png|gob\.ar\S*)/, with: " ")
    for name in properNames { text = text.replacing(name, with: " ") }
    var found: [String] = []
    for line in text.split(separator: "\n") {
      let words = line.split { !$0.isLetter && $0 != "_" }.map { $0.lowercased() }
      for word in words where spanishWords.contains(word) || (language == .en && iberianWords.contains(word))
      {
        found.append("«\(word)» in: \(line)")
      }
    }
    return found
  }

  @Test(arguments: [("villa-aurora-en", Language.en), ("villa-aurora-pt", .pt)])
  func theVariantsDocumentHasNoSpanishWord(folder: String, language: Language) throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(folder)-\(UUID()).pdf")
      .path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let plan = PlanBuilderTests.plan("plans/\(folder)/\(folder).plan")
    let result = PlanBuilder().build(path: plan, options: PlanBuilder.Options(output: output))
    guard case .written(_, let pages) = result.outcome else {
      Issue.record("not written: \(result.outcome)")
      return
    }
    #expect(pages > 40)
    #expect(try PlanLoader.load(path: plan).language == language)
    let found = try Self.spanishWords(inPDF: output, language: language)
    #expect(
      found.isEmpty,
      "\(found.count) Spanish words in \(folder)'s PDF:\n\(found.prefix(20).joined(separator: "\n"))")
  }

  /// The word list sees Spanish: the Spanish showcase's document is full of it.
  @Test func theSpanishShowcaseIsFoundSpanish() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("plan-es-\(UUID()).pdf").path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let result = PlanBuilder().build(
      path: PlanBuilderTests.plan("plans/villa-aurora/villa-aurora.plan"),
      options: PlanBuilder.Options(output: output))
    #expect(result.exitCode == 0)
    #expect(try Self.spanishWords(inPDF: output, language: .pt).count > 500)
  }
}
