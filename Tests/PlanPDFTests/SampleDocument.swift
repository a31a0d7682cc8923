import Foundation
import PlanDocument
import PlanLayout
import PlanPDF

/// A small hand-built display list: two A4 pages, a heading, a justified Spanish paragraph with
/// ñ ¿¡ «» —, a framed box, a rule, an image, a link on page 1 to an anchor on page 2, a two-level
/// outline, page labels, footers (artifacts) and a watermark.
enum SampleDocument {
  static let blue = Colour(hex: "#1A5276")!
  static let heading = TextStyle(family: "Noto Sans", size: 18, bold: true, colour: blue, lineHeight: 24)
  static let subheading = TextStyle(family: "Noto Sans", size: 14, bold: true, colour: blue, lineHeight: 19)
  static let body = TextStyle(
    family: "Noto Serif", size: 10.5, lineHeight: 14.5, alignment: .justify, hyphenate: true, language: "es")
  static let box = TextStyle(family: "Noto Sans", size: 10, lineHeight: 13, alignment: .center)
  static let footer = TextStyle(
    family: "Noto Sans", size: 8, colour: Colour(hex: "#555555")!, alignment: .center)

  static let paragraph1 =
    "¿Por qué internacionalizar Villa Aurora? ¡Porque el mundo ya está aquí! El Ayuntamiento "
    + "impulsará la internacionalización del municipio mediante infraestructuras digitales, "
    + "«acompañantes digitales» —voluntarios del programa de acogida— y un desarrollo económico "
    + "sostenible que refuerce la cooperación con las ciudades hermanadas. La señora Núñez y el "
    + "niño Íñigo, recién llegados, serán los primeros en probar el servicio de atención en "
    + "español, inglés y portugués."
  static let paragraph2 =
    "Los acompañantes digitales ayudarán a las familias recién llegadas con los trámites "
    + "municipales: empadronamiento, escolarización y salud. Cada acompañante recibirá una "
    + "formación de veinte horas y una guía bilingüe; el programa se evaluará cada seis meses con "
    + "indicadores públicos de participación y satisfacción."
  static let boxText = "Objetivo 2028: acompañar a 1.200 personas recién llegadas"
  static let linkRuns = [
    InlineRun("Véase la sección "), InlineRun("«1.1 Acompañantes digitales»", link: "sec-1-1"),
    InlineRun(" en la página siguiente."),
  ]

  static let metadata = DocumentMetadata(
    title: "Plan de Internacionalización de Villa Aurora 2025–2028", author: "Ayuntamiento de Villa Aurora",
    subject: "Plan municipal de internacionalización",
    keywords: ["internacionalización", "municipio", "plan"],
    creator: "plan (pruebas)", language: "es-ES", date: "2025-03-14T09:30:00+01:00")

  /// The display list; `image` is drawn on page 1 when given.
  static func make(shaper: PangoShaper, image: String? = nil) -> DisplayList {
    let left = 70.0
    let width = 455.0
    var page1: [DisplayItem] = [
      .watermark("BORRADOR", colour: Colour(red: 0.85, green: 0.85, blue: 0.87, alpha: 0.55))
    ]
    var y = 72.0
    page1.append(.anchor("cap-1", at: Point(x: left, y: y)))
    y =
      place([InlineRun("1. Internacionalización de Villa Aurora")], heading, left, y, width, shaper, &page1)
      + 8
    y = place([InlineRun(paragraph1)], body, left, y, width, shaper, &page1) + 12
    page1.append(
      .rectangle(
        Rect(x: left, y: y, width: width, height: 40), fill: Colour(hex: "#EAF2F8")!, stroke: blue,
        lineWidth: 1))
    _ = place([InlineRun(boxText)], box, left + 10, y + 13, width - 20, shaper, &page1)
    y += 52
    page1.append(
      .line(from: Point(x: left, y: y), to: Point(x: left + width, y: y), colour: blue, width: 0.5))
    y += 10
    y = place(linkRuns, body, left, y, width, shaper, &page1) + 10
    if let image { page1.append(.image(path: image, frame: Rect(x: left, y: y, width: 60, height: 60))) }
    _ = place([InlineRun("Página 1 de 2")], footer, left, 790, width, shaper, &page1)

    var page2: [DisplayItem] = [
      .watermark("BORRADOR", colour: Colour(red: 0.85, green: 0.85, blue: 0.87, alpha: 0.55))
    ]
    y = 72
    page2.append(.anchor("sec-1-1", at: Point(x: left, y: y)))
    y = place([InlineRun("1.1 Acompañantes digitales")], subheading, left, y, width, shaper, &page2) + 6
    _ = place([InlineRun(paragraph2)], body, left, y, width, shaper, &page2)
    _ = place([InlineRun("Página 2 de 2")], footer, left, 790, width, shaper, &page2)

    return DisplayList(
      pageSize: .a4,
      pages: [Page(number: 1, label: "i", items: page1), Page(number: 2, label: "1", items: page2)],
      outline: [
        OutlineEntry(
          title: "1. Internacionalización de Villa Aurora", level: 0, page: 1, y: 72, anchor: "cap-1"),
        OutlineEntry(title: "1.1 Acompañantes digitales", level: 1, page: 2, y: 72, anchor: "sec-1-1"),
      ],
      metadata: metadata)
  }

  /// Shapes a paragraph, adds its text item (its links are drawn by the painter, as the layout
  /// engine leaves them) inside a `P` element and returns the y below it. A footer is drawn
  /// outside every element, as the layout draws it: an artifact.
  static func place(
    _ runs: [InlineRun], _ style: TextStyle, _ x: Double, _ y: Double, _ width: Double, _ shaper: PangoShaper,
    _ items: inout [DisplayItem]
  ) -> Double {
    let shaped = shaper.shape(runs, style: style, width: width)
    var top = y
    for line in shaped.lines { top += line.height }
    let isFooter = style == footer
    if !isFooter { items.append(.open(.paragraph)) }
    items.append(
      .text(
        TextFragment(
          runs: runs, style: style, width: width, origin: Point(x: x, y: y), lines: 0..<shaped.lines.count,
          frame: Rect(x: x, y: y, width: width, height: top - y))))
    if !isFooter { items.append(.close) }
    return top
  }

  /// A 40 × 40 PNG (a blue square with a white bar) drawn by the PNG painter itself.
  static func logo(shaper: PangoShaper, to path: String) throws {
    let list = DisplayList(
      pageSize: Size(width: 40, height: 40),
      pages: [
        Page(
          number: 1, label: "1",
          items: [
            .rectangle(Rect(x: 0, y: 0, width: 40, height: 40), fill: blue, stroke: nil, lineWidth: 0),
            .rectangle(Rect(x: 8, y: 17, width: 24, height: 6), fill: .white, stroke: nil, lineWidth: 0),
          ])
      ], outline: [], metadata: metadata)
    try PNGPainter(shaper: shaper).paint(list, page: 1, to: path)
  }
}
