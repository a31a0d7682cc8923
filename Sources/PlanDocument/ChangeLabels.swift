import PlanDiagnostics
import PlanDiff

/// The words of the changes annex (`plan build --comparar`), in Spanish, English and Portuguese.
public struct ChangeLabels: Sendable, WordTable {
  public let language: Language

  public init(_ language: Language) {
    self.language = language
  }

  /// "Anexo IV. Cambios respecto de la versión anterior".
  func title(_ number: String) -> String {
    pick(
      "Anexo \(number). Cambios respecto de la versión anterior",
      "Annex \(number). Changes from the previous version",
      "Anexo \(number). Mudanças em relação à versão anterior")
  }

  func intro(_ old: String) -> String {
    pick(
      "Este anexo muestra qué cambió respecto de \(old): cada acción, objetivo, ítem del FODA, socio o "
        + "participante agregado, quitado, modificado, movido o renombrado, y el presupuesto. En los textos, "
        + "las palabras agregadas van subrayadas y entre llaves, {así}; las quitadas, tachadas y entre "
        + "corchetes, [así].",
      "This annex shows what changed from \(old): each action, objective, SWOT item, partner or participant "
        + "added, removed, modified, moved or renamed, and the budget. In texts, added words are underlined and "
        + "in braces, {like this}; removed words are struck through and in brackets, [like this].",
      "Este anexo mostra o que mudou em relação a \(old): cada ação, objetivo, item da FOFA, parceiro ou "
        + "participante adicionado, removido, modificado, movido ou renomeado, e o orçamento. Nos textos, as "
        + "palavras adicionadas vão sublinhadas e entre chaves, {assim}; as removidas, riscadas e entre "
        + "colchetes, [assim].")
  }

  var noChanges: String {
    pick(
      "Las dos versiones dicen lo mismo: no hay cambios.",
      "Both versions say the same: there are no changes.",
      "As duas versões dizem o mesmo: não há mudanças.")
  }

  func kind(_ kind: PlanChanges.Kind) -> String {
    switch kind {
    case .added: return pick("Agregado", "Added", "Adicionado")
    case .removed: return pick("Quitado", "Removed", "Removido")
    case .modified: return pick("Modificado", "Modified", "Modificado")
    case .moved: return pick("Movido", "Moved", "Movido")
    case .renamed: return pick("Renombrado", "Renamed", "Renomeado")
    }
  }

  var summaryCaption: String { pick("Cambios por clase", "Changes by kind", "Mudanças por tipo") }
  var changeColumn: String { pick("Cambio", "Change", "Mudança") }
  var countColumn: String { pick("Cantidad", "Count", "Quantidade") }
  var budgetCaption: String {
    pick("Presupuesto total por moneda", "Total budget by currency", "Orçamento total por moeda")
  }
  var currencyColumn: String { pick("Moneda", "Currency", "Moeda") }
  var beforeColumn: String { pick("Versión anterior", "Previous version", "Versão anterior") }
  var afterColumn: String { pick("Esta versión", "This version", "Esta versão") }
  var differenceColumn: String { pick("Diferencia", "Difference", "Diferença") }
  var title: String { pick("título", "title", "título") }
  var nothing: String { pick("(nada)", "(nothing)", "(nada)") }
  var top: String { pick("el nivel superior", "the top level", "o nível superior") }

  func moved(from old: String, to new: String) -> String {
    pick("de \(old) a \(new)", "from \(old) to \(new)", "de \(old) para \(new)")
  }

  func renamed(from old: String) -> String {
    pick("antes se llamaba \(old)", "formerly \(old)", "antes se chamava \(old)")
  }

  /// The version row of the previous version in the version table.
  func previousVersion(_ name: String) -> String {
    pick("Anterior (\(name))", "Previous (\(name))", "Anterior (\(name))")
  }

  /// What a keyword names, as a reader says it («Acción», «Fecha de fin»), for the keywords an
  /// amendment most often touches; `nil` for the others (the keyword is shown).
  func noun(_ keyword: String) -> String? {
    guard let words = Self.nouns[keyword] else { return nil }
    return pick(words.0, words.1, words.2)
  }

  static let nouns: [String: (String, String, String)] = [
    "plan": ("plan", "plan", "plano"), "accion": ("acción", "action", "ação"),
    "objetivo": ("objetivo", "objective", "objetivo"), "eje": ("eje", "axis", "eixo"),
    "programa": ("programa", "programme", "programa"), "fortaleza": ("fortaleza", "strength", "força"),
    "debilidad": ("debilidad", "weakness", "fraqueza"),
    "oportunidad": ("oportunidad", "opportunity", "oportunidade"),
    "amenaza": ("amenaza", "threat", "ameaça"), "foda": ("FODA", "SWOT", "FOFA"),
    "vision": ("visión", "vision", "visão"),
    "valor": ("valor", "value", "valor"), "socio": ("socio", "partner", "parceiro"),
    "ciudad": ("ciudad", "city", "cidade"), "red": ("red", "network", "rede"),
    "organismo": ("organismo", "agency", "organismo"), "idea": ("idea", "idea", "ideia"),
    "herramienta": ("herramienta", "tool", "ferramenta"), "escenario": ("escenario", "scenario", "cenário"),
    "indicador": ("indicador", "indicator", "indicador"),
    "responsable": ("responsable", "owner", "responsável"),
    "corresponsables": ("corresponsables", "co-owners", "corresponsáveis"),
    "desde": ("desde", "from", "desde"),
    "hasta": ("hasta", "until", "até"), "fecha": ("fecha", "date", "data"),
    "plazo": ("plazo", "term", "prazo"),
    "presupuesto": ("presupuesto", "budget", "orçamento"), "fuente": ("fuente", "source", "fonte"),
    "sin_costo": ("sin costo", "no cost", "sem custo"), "objetivos": ("objetivos", "objectives", "objetivos"),
    "socios": ("socios", "partners", "parceiros"), "atiende": ("atiende", "addresses", "atende"),
    "descripcion": ("descripción", "description", "descrição"), "estado": ("estado", "status", "situação"),
    "hito": ("hito", "milestone", "marco"), "ods": ("ODS", "SDG", "ODS"),
    "depende_de": ("depende de", "depends on", "depende de"),
    "meta": ("meta", "target", "meta"), "base": ("línea de base", "baseline", "linha de base"),
    "frecuencia": ("frecuencia", "frequency", "frequência"), "ideas": ("ideas", "ideas", "ideias"),
    "usa": ("usa", "uses", "usa"), "evento": ("evento", "event", "evento"),
  ]

  func previousFile(_ name: String) -> String {
    pick("\(name) (versión anterior)", "\(name) (previous version)", "\(name) (versão anterior)")
  }
}
