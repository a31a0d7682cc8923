import Foundation
import Testing

@testable import PlanPDF

/// The archival writer's parts, each on its own: artifact marking, page labels, PDF strings, the
/// colour profile.
@Suite struct ArchivalPartsTests {
  func wrapped(_ content: String) throws -> String {
    let bytes = Array(content.utf8)
    let result = try bytes.withUnsafeBytes { buffer throws(PaintError) in try ContentArtifacts.wrap(buffer) }
    return String(decoding: result, as: UTF8.self)
  }

  @Test func untaggedPaintingBecomesAnArtifactAndTaggedContentStaysAsItIs() throws {
    let content = """
      1 0 0 -1 0 841.89 cm
      q
      0.9 g 0 0 10 10 re f
      /P << /MCID 0 >> BDC
      BT /f-0-0 1 Tf (Texto \\(BDC\\) EMC) Tj ET
      EMC
      0 0 m 5 5 l S
      /H1 << /MCID 1 >> BDC
      BT (T\\355tulo) Tj ET
      EMC
      Q

      """
    let result = try wrapped(content)
    #expect(
      result == """
        /Artifact BMC
        1 0 0 -1 0 841.89 cm
        q
        0.9 g 0 0 10 10 re f
        EMC
        /P << /MCID 0 >> BDC
        BT /f-0-0 1 Tf (Texto \\(BDC\\) EMC) Tj ET
        EMC
        /Artifact BMC
        0 0 m 5 5 l S
        EMC
        /H1 << /MCID 1 >> BDC
        BT (T\\355tulo) Tj ET
        EMC
        Q

        """)
  }

  @Test func aStretchThatPaintsNothingIsLeftAlone() throws {
    #expect(try wrapped("q 1 0 0 1 5 5 cm Q\n") == "q 1 0 0 1 5 5 cm Q\n")
  }

  /// Text in an artifact (a running head, a footer) has an empty replacement text, so that
  /// extractors that ignore the structure read none of it; paths alone stay plain artifacts.
  @Test func textInAnArtifactIsNoTextForExtractors() throws {
    #expect(
      try wrapped("BT (P\\341gina 2 de 9) Tj ET\n")
        == "/Artifact BMC\n/Span << /ActualText () >> BDC\nBT (P\\341gina 2 de 9) Tj ET\nEMC\nEMC\n")
    #expect(try wrapped("0 0 m 5 5 l S\n") == "/Artifact BMC\n0 0 m 5 5 l S\nEMC\n")
  }

  /// cairo's own replacement-text spans (a ligature's letters) inside an artifact are dropped:
  /// nested in the empty one, they would end it early and let the rest of the text out.
  @Test func cairosReplacementSpansInAnArtifactAreDropped() throws {
    let result = try wrapped(
      "BT (\\315ndice de ) Tj /Span << /ActualText <FEFF00660069> >> BDC (f) Tj EMC (iguras) Tj ET\n")
    #expect(
      result
        == "/Artifact BMC\n/Span << /ActualText () >> BDC\nBT (\\315ndice de ) Tj  (f) Tj  (iguras) Tj ET\nEMC\nEMC\n"
    )
    // In tagged content they stay: they are that text's replacement.
    let tagged = "/P << /MCID 0 >> BDC\nBT /Span << /ActualText <FEFF00660069> >> BDC (f) Tj EMC ET\nEMC\n"
    #expect(try wrapped(tagged) == tagged)
  }

  @Test func unbalancedMarkedContentIsAnError() {
    #expect(throws: PaintError.self) { try wrapped("/P << /MCID 0 >> BDC (x) Tj\n") }
    #expect(throws: PaintError.self) { try wrapped("EMC\n") }
  }

  @Test func pageLabelsAreRangesOfConsecutiveNumbers() {
    #expect(PageLabelRanges.numberTree(["1", "2", "3"]) == "<< /Nums [0 << /S /D >>] >>")
    #expect(
      PageLabelRanges.numberTree(["i", "ii", "1", "2", "Tapa"])
        == "<< /Nums [0 << /S /r >> 2 << /S /D >> 4 << /P (Tapa) >>] >>")
    // An annex's pages, «Anexo I-1», «Anexo I-2»…, are one prefixed decimal range.
    #expect(
      PageLabelRanges.numberTree(["1", "2", "Anexo I-1", "Anexo I-2", "Anexo I-3"])
        == "<< /Nums [0 << /S /D >> 2 << /S /D /P (Anexo I-) >>] >>")
    #expect(
      PageLabelRanges.numberTree(["Anexo I-2", "Anexo I-3", "Anexo II-1"])
        == "<< /Nums [0 << /S /D /P (Anexo I-) /St 2 >> 2 << /S /D /P (Anexo II-) >>] >>")
    #expect(
      PageLabelRanges.numberTree(["3", "4", "9"]) == "<< /Nums [0 << /S /D /St 3 >> 2 << /S /D /St 9 >>] >>")
    #expect(PageLabelRanges.numberTree([]) == nil)
    #expect(PageLabelRanges.Style.roman("iiii") == nil)
    #expect(PageLabelRanges.Style.roman("xiv") == 14)
  }

  @Test func textStringsAreLiteralWhenASCIIAndUTF16Otherwise() {
    #expect(PDFText.literal("Figura (3)") == "(Figura \\(3\\))")
    #expect(PDFText.literal("Año") == "<FEFF0041006E006F>".replacingOccurrences(of: "006E", with: "00F1"))
    #expect(PDFText.decode("(a\\)b)") == "a)b")
    #expect(PDFText.decode("<FEFF00F1>") == "ñ")
    #expect(PDFText.decode(Substring(PDFText.literal("Ir a «3.2 Análisis»"))) == "Ir a «3.2 Análisis»")
  }

  @Test func theEmbeddedProfileIsTheBundledFile() throws {
    let file = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "color/sRGB.icc")))
    #expect(SRGBProfile.bytes == file)
    // An ICC v2 monitor profile for RGB (what PDF/A-2 6.2.3 asks of an output intent's profile).
    #expect(Array(file[12..<20]) == Array("mntrRGB ".utf8))
    #expect(file[8] == 2)
  }
}
