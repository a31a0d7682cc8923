import Testing

@testable import PlanPDF

@Suite struct HyphenatorTests {
  let hyphenator = Hyphenator()

  func marked(_ text: String, _ language: String = "es") -> String {
    String(hyphenator.hyphenate(text, language: language).map { $0 == "\u{00AD}" ? "-" : $0 })
  }

  @Test func spanishExamplesFromTheReference() {
    #expect(marked("infraestructuras") == "in-fra-es-truc-tu-ras")
    #expect(marked("desarrollo") == "de-sa-rro-llo")
    #expect(marked("acompañantes") == "acom-pa-ñan-tes")
    #expect(marked("lingüística") == "lin-güís-tica")
    #expect(marked("ferrocarril") == "fe-rro-ca-rril")
    #expect(marked("imprescindible") == "im-pres-cin-di-ble")
    #expect(hyphenator.breakPoints(in: "desarrollo", language: "es") == [2, 4, 7])
  }

  @Test func breaksAreCountedInCharactersNotBytes() {
    // ñ is two bytes in UTF-8: a byte-indexed reading would give "acom-pa-ña-ntes".
    #expect(hyphenator.breakPoints(in: "acompañantes", language: "es") == [4, 6, 9])
    // Decomposed input (n + combining tilde) is composed first (NFC).
    #expect(marked("acompan\u{0303}antes") == "acom-pa-ñan-tes")
  }

  @Test func keepsTwoLettersBeforeAndThreeAfterEveryBreak() {
    let words = [
      "internacionalización", "Ayuntamiento", "ciudadanía", "cooperación", "sostenibilidad", "aéreo",
      "agua", "oleaje", "ideas", "anteayer", "ahí", "Europa",
    ]
    for word in words {
      let count = word.count
      for point in hyphenator.breakPoints(in: word, language: "es") {
        #expect(point >= 2 && count - point >= 3, "\(word): \(point)")
      }
    }
  }

  @Test func leavesNumbersCodesAndAddressesAlone() {
    let text =
      "COVID19 2025-2028 ODS11 www.villa-aurora.es https://aurora.es/plan/internacionalizacion "
      + "internacional@aurora.es"
    #expect(hyphenator.hyphenate(text, language: "es") == text)
  }

  @Test func keepsPunctuationAndSpacing() {
    #expect(
      marked("«acompañantes», ¿desarrollo?\n¡infraestructuras!")
        == "«acom-pa-ñan-tes», ¿de-sa-rro-llo?\n¡in-fra-es-truc-tu-ras!")
    #expect(marked("ayuntamiento") == "ayun-ta-miento")
  }

  /// Short words, names (capitalised), acronyms, identifiers and numbers stay whole.
  @Test func shortWordsNamesAndCodesAreNeverBroken() {
    #expect(marked("medio plazos medianos") == "medio plazos me-dia-nos")
    #expect(marked("Relaciones Internacionales") == "Relaciones Internacionales")
    #expect(marked("MERCOSUR sin_datos planIndicadores") == "MERCOSUR sin_datos planIndicadores")
    #expect(marked("internacionales") == "in-ter-na-cio-na-les")
  }

  @Test func otherLanguagesAndRegions() {
    #expect(marked("hyphenation", "en") == "hy-phen-ation")
    #expect(marked("desenvolvimento", "pt-BR") == "de-sen-vol-vi-mento")
    #expect(marked("desarrollo", "es-AR") == "de-sa-rro-llo")
    #expect(hyphenator.hasDictionary(for: "pt"))
    #expect(!hyphenator.hasDictionary(for: "xx"))
    #expect(marked("desarrollo", "xx") == "desarrollo")
  }
}
