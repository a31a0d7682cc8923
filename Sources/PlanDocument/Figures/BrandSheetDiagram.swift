import PlanModel
import PlanSyntax

/// The city brand on one sheet: its name and slogan, the palette as swatches with their hex
/// values, the typography, the attributes and the audiences.
public struct BrandSheetDiagram: Sendable {
  public struct Swatch: Sendable {
    public var colour: Colour
    public var hex: String
    /// The role in the document's language (`primario`) and the name the plan gives (`Azul sierra`).
    public var label: String
    public init(colour: Colour, hex: String, label: String) {
      self.colour = colour
      self.hex = hex
      self.label = label
    }
  }

  public var name: String
  public var slogan: String?
  public var swatches: [Swatch]
  /// The typefaces the document is set in, each with its use ("Títulos" → "Noto Sans"): the
  /// sheet shows each name in its own face.
  public var typefaces: [(use: String, family: String)]
  /// A note when the brand declares typefaces that `plan` does not bundle (and so does not use).
  public var typographyNote: String?
  public var attributesHeading: String
  public var attributes: [String]
  public var audiencesHeading: String
  public var audiences: [String]
  public var paletteHeading: String
  public var typographyHeading: String

  public init(
    name: String, slogan: String?, swatches: [Swatch], typefaces: [(use: String, family: String)],
    typographyNote: String? = nil, attributesHeading: String, attributes: [String], audiencesHeading: String,
    audiences: [String], paletteHeading: String, typographyHeading: String
  ) {
    self.name = name
    self.slogan = slogan
    self.swatches = swatches
    self.typefaces = typefaces
    self.typographyNote = typographyNote
    self.attributesHeading = attributesHeading
    self.attributes = attributes
    self.audiencesHeading = audiencesHeading
    self.audiences = audiences
    self.paletteHeading = paletteHeading
    self.typographyHeading = typographyHeading
  }
}

extension Composer {
  func brandSheetFigure() -> Figure? {
    guard let brand = plan.brand else { return nil }
    let swatches = brand.palette.compactMap { colour -> BrandSheetDiagram.Swatch? in
      guard let value = Colour(hex: colour.hex) else { return nil }
      // The role in the document's language (`primario` is «primary» in English).
      let label = [labels.word(Vocabulary.colourRole, colour.role), colour.name].compactMap { $0 }
        .joined(separator: " · ")
      return BrandSheetDiagram.Swatch(colour: value, hex: colour.hex.uppercased(), label: label)
    }
    // The faces the document is really set in; the brand's own, when it declares others that
    // `plan` does not bundle, only named in a note.
    let typefaces = [(labels.headingsTypeface, theme.headingFamily), (labels.textTypeface, theme.bodyFamily)]
    let declared = [brand.headingFont, brand.bodyFont].compactMap { $0 }
    let missing = declared.filter { $0 != theme.headingFamily && $0 != theme.bodyFamily }
    let diagram = BrandSheetDiagram(
      name: brand.name, slogan: brand.slogan ?? plan.slogan?.value, swatches: swatches,
      typefaces: typefaces,
      typographyNote: missing.isEmpty ? nil : labels.typefacesNotBundled(missing.joined(separator: ", ")),
      attributesHeading: labels.attributesHeading, attributes: brand.attributes,
      audiencesHeading: labels.audiencesHeading, audiences: brand.audiences.map(\.name),
      paletteHeading: labels.paletteHeading, typographyHeading: labels.typographyHeading)
    return Figure(
      caption: labels.brandSheetCaption,
      anchor: "figura-marca", diagram: .brandSheet(diagram))
  }
}
