import PlanModel

/// The city brand on one sheet: its name and slogan, the palette as swatches with their hex
/// values, the typography, the attributes and the audiences.
public struct BrandSheetDiagram: Sendable {
  public struct Swatch: Sendable {
    public var colour: Colour
    public var hex: String
    /// The role (`primario`) and name (`Azul sierra`) as the plan gives them.
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
  public var typography: String?
  public var attributesHeading: String
  public var attributes: [String]
  public var audiencesHeading: String
  public var audiences: [String]
  public var paletteHeading: String
  public var typographyHeading: String

  public init(
    name: String, slogan: String?, swatches: [Swatch], typography: String?, attributesHeading: String,
    attributes: [String], audiencesHeading: String, audiences: [String], paletteHeading: String,
    typographyHeading: String
  ) {
    self.name = name
    self.slogan = slogan
    self.swatches = swatches
    self.typography = typography
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
      let label = [colour.role.replacing("_", with: " "), colour.name].compactMap { $0 }
        .joined(separator: " · ")
      return BrandSheetDiagram.Swatch(colour: value, hex: colour.hex.uppercased(), label: label)
    }
    let fonts = [brand.headingFont, brand.bodyFont].compactMap { $0 }
    let diagram = BrandSheetDiagram(
      name: brand.name, slogan: brand.slogan ?? plan.slogan?.value, swatches: swatches,
      typography: fonts.isEmpty ? nil : fonts.joined(separator: " / "),
      attributesHeading: labels.pick("Atributos", "Attributes", "Atributos"), attributes: brand.attributes,
      audiencesHeading: labels.pick("Públicos", "Audiences", "Públicos"),
      audiences: brand.audiences.map(\.name), paletteHeading: labels.pick("Paleta", "Palette", "Paleta"),
      typographyHeading: labels.pick("Tipografía", "Typography", "Tipografia"))
    return Figure(
      caption: labels.pick(
        "Ficha de la marca ciudad: paleta, tipografía, atributos y públicos",
        "City brand sheet: palette, typography, attributes and audiences",
        "Ficha da marca cidade: paleta, tipografia, atributos e públicos"),
      anchor: "figura-marca", diagram: .brandSheet(diagram))
  }
}
