import FoundationEssentials
import PlanModel

/// WCAG 2 contrast between two colours.
public enum Contrast {
  /// Relative luminance of an sRGB colour (0 black … 1 white).
  public static func luminance(_ colour: Colour) -> Double {
    ColourContrast.luminance(red: colour.red, green: colour.green, blue: colour.blue)
  }

  /// Contrast ratio, 1…21: `(lighter + 0.05) / (darker + 0.05)`.
  public static func ratio(_ a: Colour, _ b: Colour) -> Double {
    ColourContrast.ratio(luminance(a), luminance(b))
  }

  /// WCAG AA for normal text.
  public static let minimum = ColourContrast.minimum

  /// Whether white text on `colour` (equally, `colour` text on white paper) reaches AA.
  public static func readableWithWhite(_ colour: Colour) -> Bool { ratio(colour, .white) >= minimum }
}

extension Theme {
  /// The families shipped with `plan` (in `fonts/`).
  public static let bundledFamilies: Set<String> = ["Noto Serif", "Noto Sans"]

  /// The sober institutional default: dark blue, a warm terracotta accent, Noto Serif and Noto Sans.
  public static let institutional = Theme(
    bodyFamily: "Noto Serif", headingFamily: "Noto Sans",
    primary: Colour(hex: "#1F3A5F")!, accent: Colour(hex: "#A0522D")!, text: Colour(hex: "#1A1A1A")!,
    muted: Colour(hex: "#5B6670")!, tableHeader: Colour(hex: "#1F3A5F")!, onPrimary: .white)

  /// The default theme with the city brand's palette and typography where they work: a brand colour
  /// replaces the default only if white text on it (or it on white paper) reaches WCAG AA, and a
  /// brand family only if it is available.
  public static func forBrand(_ brand: Brand?, availableFamilies: Set<String> = bundledFamilies) -> Theme {
    var theme = institutional
    guard let brand else { return theme }
    func colour(_ role: String) -> Colour? {
      brand.palette.first { $0.role == role }.flatMap { Colour(hex: $0.hex) }.flatMap {
        $0.alpha == 1 && Contrast.readableWithWhite($0) ? $0 : nil
      }
    }
    if let primary = colour("primario") {
      theme.primary = primary
      theme.tableHeader = primary
    }
    if let accent = colour("acento") { theme.accent = accent }
    if let text = colour("texto") { theme.text = text }
    if let family = brand.bodyFont, availableFamilies.contains(family) { theme.bodyFamily = family }
    if let family = brand.headingFont, availableFamilies.contains(family) { theme.headingFamily = family }
    return theme
  }
}
