import Foundation
import PlanCheck
import PlanDocument
import PlanLayout
import PlanPDF
import PlanSyntax
import Testing

/// The diagnosis chapter's figures (mind map, partners map, environment) of stress plans, from the
/// plan's text to the parts, measured by Pango with the bundled fonts: 60 ideas with 30 on one
/// branch, ideas and partner names 200 characters long, a single kind of partner, a brainstorm
/// nobody grouped, every dimension without data, a plan in English.
@Suite(.serialized) struct DiagnosisFiguresStressTests {
  static let long =
    "Impulsar un programa permanente de cooperación descentralizada con ciudades del sur de Brasil y del norte de Italia para el intercambio de técnicos, estudiantes y empresarios del polo metalmecánico serrano"

  static func ideas(_ count: Int, branch: (Int) -> String?) -> String {
    (1...count).map { index in
      let text =
        index % 4 == 0 ? String(long.prefix(200)) : "Idea \(index) para la internacionalización de la ciudad"
      return "  idea i\(index) \"\(text)\"" + (branch(index).map { " rama \($0)" } ?? "")
    }.joined(separator: "\n")
  }

  static func partners(_ count: Int, kinds: [String]) -> String {
    let statuses = [
      "vigente norma \"Ordenanza 1/2020\"", "en_negociacion", "propuesto", "vencido", "suspendido", "",
    ]
    return (1...count).map { index in
      let name =
        index % 5 == 0
        ? String(String(repeating: "Municipalidad de la ciudad hermana ", count: 6).prefix(200))
        : "Socio \(index)"
      let status = statuses[index % statuses.count]
      return "  \(kinds[index % kinds.count]) s\(index) \"\(name)\" pais \"Italia\""
        + (status.isEmpty ? "" : " estado \(status)")
    }.joined(separator: "\n")
  }

  static let header = """
    plan "Plan de prueba" {
      ciudad "Villa Sur"
      idioma es
    }

    """

  static let plans: [(name: String, figures: Set<String>, text: String)] = [
    (
      "60 ideas, 30 on one branch; 50 partners of every kind; no data anywhere",
      ["figura-socios", "figura-entorno", "figura-mapa-mental"],
      header + """
        socios {
        \(partners(50, kinds: ["ciudad", "red", "organismo", "embajada", "gobierno", "institucion"]))
        }
        diagnostico {
          interno {
            planillas sin_datos "No hay registro"
            servicios sin_datos "No hay registro"
            sistemas sin_datos "No hay registro"
            recursos sin_datos "No hay registro"
            estrategias sin_datos "No hay registro"
          }
          externo {
            social sin_datos "Sin censo"
            economico sin_datos "Sin censo"
            tecnologico sin_datos "Sin censo"
            ambiental sin_datos "Sin censo"
            cultural sin_datos "Sin censo"
            demografico sin_datos "Sin censo"
            politico sin_datos "Sin censo"
          }
        }
        lluvia_de_ideas {
        \(ideas(60) { $0 <= 30 ? "r1" : "r\($0 % 5 + 2)" })
        }
        mapa_mental "Villa Sur, una ciudad abierta al mundo desde el litoral" {
          rama r1 "Pymes al mundo"
          rama r2 "Gestión internacional profesional"
          rama r3 "Ciudad que aprende"
          rama r4 "Identidad del río"
          rama r5 "Alianzas del territorio"
          rama r6 "Cultura y turismo"
        }
        """
    ),
    (
      "a brainstorm nobody grouped; 50 partners of one kind", ["figura-socios", "figura-mapa-mental"],
      header + """
        socios {
        \(partners(50, kinds: ["ciudad"]))
        }
        lluvia_de_ideas {
        \(ideas(60) { _ in nil })
        }
        """
    ),
    (
      "a few ideas grouped by their branch field, without a mind map", ["figura-mapa-mental"],
      header + """
        lluvia_de_ideas {
        \(ideas(9) { $0 % 3 == 0 ? nil : "rama\($0 % 3)" })
        }
        """
    ),
    (
      "in English", ["figura-socios", "figura-entorno"],
      """
      plan "Plan" {
        city     "Villa Aurora"
        language en
      }
      partners {
        city pinerolo "Città di Pinerolo" country "Italy" status negotiating
        network mercociudades "Mercociudades" status proposed
      }
      diagnosis {
        internal {
          staffing "Two people."
          usual_strategies no_data "Never recorded."
        }
        external {
          environmental "Fires."
          technological no_data "No survey."
        }
      }
      """
    ),
  ]

  @Test(arguments: plans.indices)
  func everyFigureKeepsItsGeometryWithPango(_ index: Int) throws {
    let (name, expected, text) = Self.plans[index]
    let result = Checker.check(PlanLoader.load(text: text))
    let document = DocumentBuilder.build(
      result,
      sources: [DocumentSource(name: "plan.plan", sha256: String(repeating: "0123456789abcdef", count: 4))],
      date: "2026-06-01", watermark: nil, planVersion: "0.9.0",
      availableFamilies: Set(sharedShaper.fonts.families))
    let area = LayoutSettings().textArea
    let context = DiagramContext(
      shaper: sharedShaper, theme: document.theme, language: document.metadata.language, width: area.width,
      maximumHeight: area.height - 40)
    var figures: Set<String> = []
    for case .figure(let figure) in document.blocks where figure.anchor != "figura-foda" {
      figures.insert(figure.anchor)
      for part in DiagramLayout.parts(figure.diagram, context: context) {
        let problems = DiagramGeometry.problems(in: part)
        #expect(problems.isEmpty, "\(name) \(figure.anchor): \(problems.prefix(3))")
        #expect(part.size.height <= context.maximumHeight + 0.01, "\(name) \(figure.anchor)")
        // Pango cannot break a word that has no hyphenation point: no line may be wider than its box.
        for case .text(let fragment) in part.items {
          let shaped = sharedShaper.shape(fragment.runs, style: fragment.style, width: fragment.width)
          for line in shaped.lines {
            #expect(
              line.width <= fragment.width + 0.5,
              "\(name) \(figure.anchor): «\(fragment.runs.map(\.text).joined().prefix(30))» is \(line.width) wide in \(fragment.width)"
            )
          }
        }
      }
    }
    #expect(figures == expected, "\(name)")
    // And the whole document still lays out.
    #expect(!Layout.layout(document, shaper: sharedShaper).pages.isEmpty)
  }
}
