import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// Amounts written as in an Argentine file (`$ 1.500.000,50`, `U$S 20.000`, `$1.500.000`) are one
/// located error each, whose help is the exact rewrite: the number first, then the ISO code.
@Suite struct ArgentineAmountTests {
  static func helps(_ budget: String) -> [String] {
    let text = "accion a01 \"Misión\" {\n  presupuesto \(budget)\n}\n"
    return PlanLoader.load(text: text, path: "prueba.plan").diagnostics.map { $0.help?.es ?? "" }
  }

  @Test(arguments: [
    ("$ 1.500.000,50", "escriba `1.500.000,50 ARS` (o el código de su peso: UYU, CLP, MXN…)"),
    ("U$S 20.000", "escriba `20.000 USD`"), ("US$ 20.000", "escriba `20.000 USD`"),
    ("$1.500.000", "escriba `1.500.000 ARS`"), ("$1.500.000 ARS", "escriba `1.500.000 ARS`"),
    ("20.000 U$S", "escriba `20.000 USD`"), ("R$ 300", "escriba `300 BRL`"),
    ("€ 30.000", "escriba `30.000 EUR`"),
  ])
  func theHelpIsTheExactRewrite(_ budget: String, _ help: String) {
    #expect(Self.helps(budget) == [help], "\(budget)")
  }
}
