import Testing

@testable import PlanTemplates

/// The fast ways of finding the template's example texts in a plan (`M014`, `G05`) give exactly what
/// the plain ones give: folding a text scalar by scalar, and looking an example up by its first
/// character instead of trying every example of the three templates in turn.
@Suite struct PlaceholderLookupTests {
  /// `Placeholder.fold` as it reads: lower-case, split into words at every blank character, joined
  /// with one space.
  private func plainFold(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Every scalar below the combining marks, inside a word, between words, doubled and next to
  /// `\r\n`, folds as the character-by-character fold does.
  @Test func foldingScalarByScalarFoldsLikeCharacters() {
    var texts: [String] = []
    for value in UInt32(0)..<0x300 {
      let scalar = String(Unicode.Scalar(value)!)
      texts += ["A\(scalar)b", "\(scalar) Ñandú\(scalar)\(scalar)x", "\r\n\(scalar)\r\nÉ \(scalar)", scalar]
    }
    texts += ["", "  ", " \u{85}\u{A0} ", "İstanbul Straße", "DİA\tDE\u{0B}LA\u{0C}CIUDAD"]
    for text in texts {
      #expect(Placeholder.fold(Substring(text)) == plainFold(text), "\(text.unicodeScalars.map(\.value))")
    }
    // With a combining mark (or anything from U+0300 on) the characters are worked out as before.
    #expect(Placeholder.foldBelowCombiningMarks("cafe\u{301} con leche") == nil)
    #expect(Placeholder.fold("Cafe\u{301} \u{301}CON  leche") == plainFold("Cafe\u{301} \u{301}CON  leche"))
  }

  /// Each example text, as the template writes it, with another value in place of each variable, in
  /// capitals, with blanks changed, cut short or with text around it: the lookup finds the example a
  /// scan of every example in order finds, or none when the scan finds none.
  @Test func theLookupFindsWhatAScanFinds() {
    var texts = ["", "Villa Aurora", "Zapala, una ciudad que exporta y recibe al mundo", "e\u{301}xito"]
    for placeholder in Template.placeholders {
      let filled = placeholder.shown.replacingOccurrences(of: "…", with: "Zapala")
      texts += [
        filled, filled.uppercased(), filled.replacingOccurrences(of: " ", with: "\n   "),
        String(filled.dropLast(3)), String(filled.dropFirst(2)), "Hoy: " + filled, filled + " y más",
        placeholder.shown,
      ]
    }
    var found = 0
    for text in texts {
      let scanned = Template.placeholders.first { $0.matches(text) }
      #expect(Template.placeholder(matching: text) == scanned, "\(text)")
      if scanned != nil { found += 1 }
    }
    #expect(found > Template.placeholders.count)
  }
}
