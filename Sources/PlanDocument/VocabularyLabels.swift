import PlanDiagnostics
import PlanSyntax

/// Words of the closed vocabularies (terms, tools, statuses…), written for a reader. Spanish and
/// English come from the language's own vocabulary (`Vocabulary`); Portuguese is here.
extension Labels {
  /// The label of a vocabulary word stored in its canonical (Spanish) spelling.
  public func word(_ choice: Choice, _ canonical: String) -> String {
    guard let option = choice.options.first(where: { $0.es == canonical }) else { return canonical }
    switch language {
    case .es: return option.label.es
    case .en: return option.label.en
    case .pt: return Self.portuguese[canonical + "|" + choice.name.es] ?? option.label.pt
    }
  }

  /// Capitalised first letter ("corto plazo" → "Corto plazo") for the start of a cell or a sentence.
  public func capitalised(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// Portuguese labels, keyed by canonical word and vocabulary name (`corto|plazo`).
  static let portuguese: [String: String] = {
    let groups: [(String, [(String, String)])] = [
      (
        Vocabulary.status.name.es,
        [("borrador", "rascunho"), ("proyecto", "projeto"), ("aprobado", "aprovado")]
      ),
      (
        Vocabulary.axis.name.es,
        [
          ("politico", "eixo político"), ("economico", "eixo econômico"), ("cognitivo", "eixo cognitivo"),
          ("social", "eixo social"), ("territorial", "eixo territorial"), ("estrategico", "eixo estratégico"),
          ("tematico", "eixo temático"),
        ]
      ),
      (
        Vocabulary.civilSector.name.es,
        [
          ("universidad", "universidade"), ("ong", "ONG"), ("camara", "câmara empresarial"),
          ("cultural", "entidade cultural"), ("empresa", "empresa"), ("sindicato", "sindicato"),
          ("vecinal", "associação de moradores"), ("medios", "meios de comunicação"), ("otro", "outro"),
        ]
      ),
      (
        Vocabulary.partnerStatus.name.es,
        [
          ("vigente", "vigente"), ("en_negociacion", "em negociação"), ("propuesto", "proposto"),
          ("vencido", "vencido"), ("suspendido", "suspenso"),
        ]
      ),
      (
        Vocabulary.agreement.name.es,
        [
          ("hermanamiento", "irmanamento"), ("pacto", "pacto de amizade"), ("acuerdo", "acordo"),
          ("memorandum", "memorando de entendimento"), ("convenio", "convênio"), ("membresia", "filiação"),
        ]
      ),
      (Vocabulary.fee.name.es, [("al_dia", "em dia"), ("adeudada", "em atraso"), ("exenta", "isenta")]),
      (Vocabulary.governmentLevel.name.es, [("provincial", "provincial"), ("nacional", "nacional")]),
      (
        Vocabulary.tool.name.es,
        [
          ("hermanamiento", "irmanamento"), ("pacto", "pacto"), ("acuerdo", "acordo interinstitucional"),
          ("memorandum", "memorando de entendimento"),
          ("cooperacion_desarrollo", "cooperação internacional para o desenvolvimento"),
          ("cooperacion_descentralizada", "cooperação descentralizada"),
          ("cooperacion_sur_sur", "cooperação Sul-Sul e triangular"),
          ("difusion_cultural", "difusão cultural"),
          ("difusion_turistica", "difusão turística"), ("difusion_gestion", "difusão de gestão"),
          ("transparencia", "difusão de transparência"),
          ("promocion_empresarial", "promoção empresarial e industrial"),
          ("ronda_de_negocios", "rodada de negócios"), ("marca_ciudad", "marca e imagem cidade"),
        ]
      ),
      (
        Vocabulary.term.name.es,
        [("corto", "curto prazo"), ("mediano", "médio prazo"), ("largo", "longo prazo")]
      ),
      (
        Vocabulary.actionStatus.name.es,
        [
          ("propuesta", "proposta"), ("planificada", "planejada"), ("en_curso", "em andamento"),
          ("cumplida", "concluída"), ("demorada", "atrasada"), ("suspendida", "suspensa"),
          ("cancelada", "cancelada"),
        ]
      ),
      (
        Vocabulary.measure.name.es,
        [
          ("unidad", "unidades"), ("porcentaje", "porcentagem"), ("nominal", "nominal"),
          ("ordinal", "ordinal"),
          ("cualitativo", "qualitativo"),
        ]
      ),
      (
        Vocabulary.frequency.name.es,
        [
          ("semanal", "semanal"), ("mensual", "mensal"), ("bimestral", "bimestral"),
          ("trimestral", "trimestral"),
          ("semestral", "semestral"), ("anual", "anual"), ("bienal", "bienal"), ("unica", "uma única vez"),
        ]
      ),
      (
        Vocabulary.scenario.name.es,
        [
          ("optimista", "otimista"), ("tendencial", "tendencial"), ("pesimista", "pessimista"),
          ("alternativo", "alternativo"),
        ]
      ),
      (Vocabulary.likelihood.name.es, [("alta", "alta"), ("media", "média"), ("baja", "baixa")]),
      (
        Vocabulary.stakeholderKind.name.es,
        [
          ("publico_interno", "público interno"), ("publico_externo", "público externo"),
          ("privado_interno", "privado interno"), ("privado_externo", "privado externo"),
        ]
      ),
      (Vocabulary.audienceKind.name.es, [("segmento", "segmento social"), ("nicho", "nicho econômico")]),
      (
        Vocabulary.colourRole.name.es,
        [
          ("primario", "primária"), ("secundario", "secundária"), ("acento", "destaque"), ("texto", "texto"),
          ("fondo", "fundo"),
        ]
      ),
      (
        Vocabulary.instrument.name.es,
        [
          ("ordenanza", "ordenança"), ("resolucion", "resolução"), ("decreto", "decreto"),
          ("declaracion", "declaração"), ("comunicacion", "comunicação"),
        ]
      ),
    ]
    var table: [String: String] = [:]
    for (vocabulary, words) in groups {
      for (canonical, label) in words { table[canonical + "|" + vocabulary] = label }
    }
    return table
  }()
}
