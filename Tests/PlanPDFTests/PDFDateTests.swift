import Testing

@testable import PlanPDF

@Suite struct PDFDateTests {
  @Test func isoDatesBecomePDFDates() {
    #expect(PDFDate(iso8601: "2025-03-14T09:30:00+01:00")?.pdf == "D:20250314093000+01'00'")
    #expect(PDFDate(iso8601: "2025-03-14T09:30:00Z")?.pdf == "D:20250314093000Z")
    #expect(PDFDate(iso8601: "2025-03-14T09:30:00.250-03:00")?.pdf == "D:20250314093000-03'00'")
    #expect(PDFDate(iso8601: "2025-03-14T09:30")?.pdf == "D:20250314093000")
    #expect(PDFDate(iso8601: "2025-03-14")?.pdf == "D:20250314")
  }

  @Test func cairoGetsOnlyWhatItUnderstands() {
    #expect(PDFDate(iso8601: "2025-03-14T09:30:00.250+0100")?.iso8601 == "2025-03-14T09:30:00+01:00")
    #expect(PDFDate(iso8601: "2025-03-14")?.iso8601 == "2025-03-14")
  }

  @Test func malformedDatesAreRejected() {
    for text in [
      "", "14/03/2025", "2025-13-01", "2025-02-30", "2025-03-14T25:00", "2025-03-14T09:30:00+01:00x",
    ] {
      #expect(PDFDate(iso8601: text) == nil, "\(text)")
    }
  }

  @Test func sourceDateEpoch() {
    #expect(PDFDate(epochSeconds: 1_735_689_600).pdf == "D:20250101000000Z")
    #expect(PDFDate(epochSeconds: 0).pdf == "D:19700101000000Z")
    #expect(PDFDate(epochSeconds: 951_782_400).pdf == "D:20000229000000Z")
  }
}
