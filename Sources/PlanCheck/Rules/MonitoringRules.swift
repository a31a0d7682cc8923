import PlanDiagnostics

/// Checks of the monitoring records (`periodo`): the plan's life after approval, as the yearly
/// progress report to the council needs it.
enum MonitoringRules {
  static let all: [any Rule.Type] = [
    A01MedicionDeIndicadorVigente.self,
    A02MedicionEnSuPeriodo.self,
    A03UnValorPorPeriodo.self,
    A04IndicadorAlDia.self,
    A05DesvioConNota.self,
    A06AccionVencida.self,
    A07EjecutadoDentroDelPresupuesto.self,
    A08AvanceCoherente.self,
  ]

  /// What the monitoring rules enforce: the source method asks for a monitoring calendar; the
  /// ordinances of Argentine "Planes de Metas" say what the yearly report must carry.
  static let practice = Localized(
    es: """
      Seguimiento: un informe anual de avance con los indicadores (línea de base, valor medido y meta) \
      y el estado de cada acción, que el Concejo analiza en audiencia pública (Plan de Metas, Córdoba, \
      Ordenanza 11.942)
      """,
    en: """
      Monitoring: a yearly progress report with the indicators (baseline, measured value and target) \
      and each action's status, which the council analyses in a public hearing (Plan de Metas, Córdoba, \
      Ordinance 11,942)
      """,
    pt: """
      Monitoramento: um relatório anual de avanço com os indicadores (linha de base, valor medido e \
      meta) e a situação de cada ação, que a Câmara analisa em audiência pública (Plan de Metas, \
      Córdoba, Ordenança 11.942)
      """)

  /// The plan header the examples share.
  static let header = """
    plan "Villa Aurora en el Mundo" {
      ciudad    "Villa Aurora"
      horizonte 2026 a 2031
    }

    """

  /// The header and an objective with one indicator, which several examples measure.
  static let exporters =
    header + """
      eje economico "Pymes al mundo" {
        objetivo oe1 "Duplicar las pymes que exportan" {
          indicador ind_oe1 "Pymes que exportan" base 23 (2025) meta 34 (2028)
        }
      }

      """

  /// A figure for a message: whole when it is, else with one decimal, and thousands grouped
  /// (`1.500.000,5` in Spanish and Portuguese, `1,500,000.5` in English).
  static func figure(_ value: Double) -> Localized {
    let tenths = Int((value * 10).rounded())
    let digits = String(abs(tenths) / 10)
    func grouped(_ separator: String) -> String {
      var groups: [Substring] = []
      var rest = Substring(digits)
      while rest.count > 3 {
        groups.insert(rest.suffix(3), at: 0)
        rest = rest.dropLast(3)
      }
      groups.insert(rest, at: 0)
      return (tenths < 0 ? "-" : "") + groups.joined(separator: separator)
    }
    let decimal = abs(tenths) % 10
    let (dotted, commaed) = (grouped("."), grouped(","))
    return decimal == 0
      ? Localized(es: dotted, en: commaed, pt: dotted)
      : Localized(es: "\(dotted),\(decimal)", en: "\(commaed).\(decimal)", pt: "\(dotted),\(decimal)")
  }
}
