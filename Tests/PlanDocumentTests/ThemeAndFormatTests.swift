import PlanDiagnostics
import PlanDocument
import PlanModel
import PlanSyntax
import Testing

@Suite struct ContrastTests {
  @Test func extremesAndIdentity() {
    #expect(abs(Contrast.ratio(.black, .white) - 21) < 1e-9)
    #expect(abs(Contrast.ratio(.white, .black) - 21) < 1e-9)
    #expect(abs(Contrast.ratio(Colour(hex: "#777777")!, Colour(hex: "#777777")!) - 1) < 1e-9)
  }

  @Test func knownValues() {
    // WCAG examples: #767676 on white is the lightest grey that passes AA (4.54:1).
    #expect(abs(Contrast.ratio(Colour(hex: "#767676")!, .white) - 4.54) < 0.01)
    #expect(Contrast.readableWithWhite(Colour(hex: "#767676")!))
    #expect(!Contrast.readableWithWhite(Colour(hex: "#777777")!))
    #expect(abs(Contrast.ratio(Colour(hex: "#1B4F72")!, .white) - 8.72) < 0.01)
    #expect(Contrast.ratio(Colour(hex: "#E59A2F")!, .white) < 4.5)
  }

  @Test func defaultThemeIsReadable() {
    let theme = Theme.institutional
    #expect(theme.bodyFamily == "Noto Serif")
    #expect(theme.headingFamily == "Noto Sans")
    #expect(Contrast.ratio(theme.primary, theme.onPrimary) >= 4.5)
    #expect(Contrast.ratio(theme.tableHeader, theme.onPrimary) >= 4.5)
    #expect(Contrast.ratio(theme.accent, .white) >= 4.5)
    #expect(Contrast.ratio(theme.text, .white) >= 7)
  }

  @Test func unreadableBrandColoursAreIgnored() {
    let (_, document) = Fixtures.document(
      text: """
        plan "Ciudad del Sol" {
          ciudad "Ciudad del Sol"
          idioma es
        }
        marca_ciudad "Ciudad del Sol" {
          paleta {
            color primario #FFD700 "Oro"
            color acento   #8B1E3F "Bordó"
          }
          tipografia {
            titulos "Noto Sans"
            cuerpo  "Comic Sans MS"
          }
        }
        """)
    #expect(document.theme.primary == Theme.institutional.primary)
    #expect(document.theme.tableHeader == Theme.institutional.primary)
    #expect(document.theme.accent == Colour(hex: "#8B1E3F"))
    #expect(document.theme.bodyFamily == "Noto Serif")
    #expect(document.theme.headingFamily == "Noto Sans")
  }
}

@Suite struct FormatTests {
  let es = Formats(.es)
  let en = Formats(.en)

  @Test func numbersTheArgentineWay() {
    #expect(es.number(12_000_000) == "12.000.000")
    #expect(es.number(4.8) == "4,8")
    #expect(es.number(1234.75) == "1.234,75")
    #expect(es.number(999) == "999")
    #expect(en.number(12_000_000) == "12,000,000")
    #expect(en.number(4.8) == "4.8")
    #expect(es.number(0.05) == "0,05")
    #expect(es.number(-1500) == "−1.500")
    // Nonsense amounts do not crash the document.
    #expect(!es.number(.infinity).isEmpty)
    #expect(!es.number(1e300).isEmpty)
  }

  @Test func money() {
    #expect(es.money(12_000_000, "ARS") == "$\u{00A0}12.000.000")
    #expect(es.money(150_000, "USD") == "USD\u{00A0}150.000")
    #expect(es.money(20_000, "EUR") == "EUR\u{00A0}20.000")
    #expect(en.money(12_000_000, "ARS") == "ARS\u{00A0}12,000,000")
    #expect(es.percentage(60) == "60\u{00A0}%")
    #expect(en.percentage(60) == "60%")
  }

  @Test func dates() {
    #expect(es.date(PlanDate(year: 2026, month: 4)) == "abr. 2026")
    #expect(es.numericDate(PlanDate(year: 2026, month: 4)) == "04/2026")
    #expect(es.numericDate(PlanDate(year: 2026, month: 5, day: 22)) == "22/05/2026")
    #expect(es.date(PlanDate(year: 2026, month: 5, day: 22)) == "22 de mayo de 2026")
    #expect(en.date(PlanDate(year: 2026, month: 4)) == "Apr 2026")
    #expect(en.date(PlanDate(year: 2026, month: 5, day: 22)) == "22 May 2026")
    #expect(Formats(.pt).date(PlanDate(year: 2026, month: 5, day: 22)) == "22 de maio de 2026")
    #expect(es.date(PlanDate(year: 2031)) == "2031")
    #expect(
      es.period(PlanDate(year: 2026, month: 4), PlanDate(year: 2026, month: 12)) == "abr. 2026 – dic. 2026")
    #expect(es.period(PlanDate(year: 2027, month: 3), nil) == "desde mar. 2027")
    #expect(Formats.isoDate("2026-06-01T10:00:00Z") == PlanDate(year: 2026, month: 6, day: 1))
  }
}
