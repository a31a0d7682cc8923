import Glibc

/// WCAG 2 contrast between sRGB colours, shared by the checker (which warns about a brand palette
/// that cannot carry text) and the document theme (which then falls back to readable colours).
public enum ColourContrast {
  /// WCAG AA for body-size text.
  public static let minimum = 4.5

  /// `#RGB`, `#RRGGBB` or `#RRGGBBAA` as components 0…1 (alpha dropped), or `nil`.
  public static func components(hex: String) -> (red: Double, green: Double, blue: Double)? {
    var digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
    if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
    guard digits.count == 6 || digits.count == 8, let value = UInt32(digits.prefix(6), radix: 16) else {
      return nil
    }
    return (
      Double((value >> 16) & 0xFF) / 255, Double((value >> 8) & 0xFF) / 255, Double(value & 0xFF) / 255
    )
  }

  /// Relative luminance (0 black … 1 white).
  public static func luminance(red: Double, green: Double, blue: Double) -> Double {
    func linear(_ component: Double) -> Double {
      component <= 0.04045 ? component / 12.92 : pow((component + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
  }

  /// Contrast ratio between two luminances, 1…21.
  public static func ratio(_ a: Double, _ b: Double) -> Double {
    (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  /// Contrast ratio between two hex colours, or `nil` when one is not a colour.
  public static func ratio(hex a: String, hex b: String) -> Double? {
    guard let x = components(hex: a), let y = components(hex: b) else { return nil }
    return ratio(
      luminance(red: x.red, green: x.green, blue: x.blue), luminance(red: y.red, green: y.green, blue: y.blue)
    )
  }
}
