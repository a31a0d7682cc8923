import Foundation
import PlanDiagnostics
import PlanDocument
import PlanLayout
import Testing

@testable import PlanPDF

/// The sample document painted once for the suite: its path and the painter's warnings.
let samplePDF: (path: String, warnings: [PaintWarning], seconds: Double) = {
  do {
    let folder = try temporaryFolder()
    let logo = folder + "/logo.png"
    try SampleDocument.logo(shaper: sharedShaper, to: logo)
    let list = SampleDocument.make(shaper: sharedShaper, image: logo)
    let path = folder + "/muestra.pdf"
    let clock = ContinuousClock()
    var warnings: [PaintWarning] = []
    let elapsed = try clock.measure { warnings = try PDFPainter(shaper: sharedShaper).paint(list, to: path) }
    let seconds = Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
    return (path, warnings, seconds)
  } catch {
    fatalError("\(error)")
  }
}()

@Suite struct PDFPainterTests {
  @Test func paintsWithoutWarnings() {
    #expect(samplePDF.warnings == [])
    print(
      "painted the 2-page sample in \(Int(samplePDF.seconds * 1000)) ms (first paint; layouts shaped before)")
  }

  @Test func qpdfFindsNoErrors() throws {
    let check = try run("qpdf", ["--check", samplePDF.path])
    #expect(check.status == 0, "\(check.output)\(check.error)")
    #expect(check.output.contains("No syntax or stream encoding errors found"))
  }

  @Test func embedsOnlyNotoFontsAllOfThem() throws {
    let fonts = try run("pdffonts", [samplePDF.path])
    #expect(fonts.status == 0)
    let rows = fonts.output.split(separator: "\n").dropFirst(2)
    #expect(!rows.isEmpty)
    var families: Set<String> = []
    for row in rows {
      let columns = row.split(separator: " ", omittingEmptySubsequences: true)
      // name type [encoding…] emb sub uni object ID: "emb" is the 5th column from the end.
      let name = String(columns[0])
      let embedded = columns[columns.count - 5]
      #expect(name.contains("+Noto"), "\(row)")
      #expect(embedded == "yes", "\(row)")
      families.insert(String(name.split(separator: "+")[1]))
    }
    #expect(families.isSuperset(of: ["NotoSans-Bold", "NotoSerif-Regular", "NotoSans-Regular"]))
  }

  @Test func textComesBackOutInSpanish() throws {
    let extract = try run("pdftotext", ["-enc", "UTF-8", samplePDF.path, "-"])
    #expect(extract.status == 0)
    let text = extract.output.normalisedExtract
    for expected in [
      "1. Internacionalización de Villa Aurora",
      SampleDocument.paragraph1, SampleDocument.paragraph2, SampleDocument.boxText,
      "Véase la sección «1.1 Acompañantes digitales» en la página siguiente.",
      "1.1 Acompañantes digitales",
    ] {
      #expect(text.contains(expected), "missing: \(expected)")
    }
    // The footers are artifacts, with no text for extractors: they do not cut into the body.
    #expect(!text.contains("Página 1 de 2") && !text.contains("Página 2 de 2"))
    #expect(!extract.output.contains("\u{FFFD}"))
    // The watermark is drawn as outlines: it does not cut into the extracted text.
    #expect(!text.contains("BO") && !text.contains("RR"))
  }

  @Test func informationDictionary() throws {
    let info = try run("pdfinfo", [samplePDF.path])
    #expect(info.status == 0)
    var fields: [String: String] = [:]
    for line in info.output.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    #expect(fields["Title"] == "Plan de Internacionalización de Villa Aurora 2025–2028")
    #expect(fields["Author"] == "Ayuntamiento de Villa Aurora")
    #expect(fields["Subject"] == "Plan municipal de internacionalización")
    #expect(fields["Keywords"] == "internacionalización, municipio, plan")
    #expect(fields["Creator"] == "plan (pruebas)")
    #expect(fields["CreationDate"] == "Fri Mar 14 08:30:00 2025 UTC")
    #expect(fields["Pages"] == "2")
    #expect(fields["Tagged"] == "yes")
    #expect(fields["Page size"] == "595.276 x 841.89 pts (A4)")
    let bytes = try expandedText(of: samplePDF.path)
    #expect(bytes.contains("/CreationDate (D:20250314093000+01'00')"))
    #expect(bytes.contains("/ModDate (D:20250314093000+01'00')"))
    #expect(bytes.contains("/Lang (es-ES)"))
    #expect(bytes.contains("/DisplayDocTitle true"))
    #expect(bytes.contains("/PageMode /UseOutlines"))
    #expect(bytes.contains("/ID [<"))
  }

  @Test func outlineIsNestedAndPointsAtTheAnchors() throws {
    let json = try run("qpdf", ["--json", "--json-key=outlines", samplePDF.path])
    #expect(json.status == 0)
    let root = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    let outlines = root?["outlines"] as? [[String: Any]] ?? []
    #expect(outlines.count == 1)
    #expect(outlines.first?["title"] as? String == "1. Internacionalización de Villa Aurora")
    let kids = outlines.first?["kids"] as? [[String: Any]] ?? []
    #expect(kids.count == 1)
    #expect(kids.first?["title"] as? String == "1.1 Acompañantes digitales")
    // Both resolve to a page: the chapter to the first, the section to the second.
    let pages = try run("qpdf", ["--json", "--json-key=pages", samplePDF.path])
    let pageObjects =
      ((try JSONSerialization.jsonObject(with: Data(pages.output.utf8)) as? [String: Any])?["pages"]
      as? [[String: Any]] ?? []).compactMap { $0["object"] as? String }
    #expect(pageObjects.count == 2)
    #expect(outlines.first?["destpageposfrom1"] as? Int == 1)
    #expect(kids.first?["destpageposfrom1"] as? Int == 2)
  }

  @Test func linkOnPageOneJumpsToTheAnchorOnPageTwo() throws {
    let destinations = try run("pdfinfo", ["-dests", samplePDF.path])
    #expect(destinations.status == 0)
    let lines = destinations.output.split(separator: "\n")
    #expect(
      lines.contains { $0.contains("sec-1-1") && $0.trimmingCharacters(in: .whitespaces).hasPrefix("2 ") })
    #expect(
      lines.contains { $0.contains("cap-1") && $0.trimmingCharacters(in: .whitespaces).hasPrefix("1 ") })
    let bytes = try expandedText(of: samplePDF.path)
    // One link annotation, on page 1, to the named destination.
    #expect(bytes.components(separatedBy: "/Subtype /Link").count == 2)
    #expect(bytes.contains("/Dest (sec-1-1)"))
  }

  @Test func pageLabels() throws {
    let json = try run("qpdf", ["--json", "--json-key=pagelabels", samplePDF.path])
    #expect(json.status == 0)
    let root = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    let labels = (root?["pagelabels"] as? [[String: Any]] ?? []).map { $0["label"] as? [String: Any] ?? [:] }
    #expect(labels.count == 2)
    // "i" in lower-case Roman numerals, then decimal numbers from 1.
    #expect(labels.first?["/S"] as? String == "/r")
    #expect(labels.last?["/S"] as? String == "/D" && (labels.last?["/St"] as? Int ?? 1) == 1)
  }

  @Test func sameInputSameBytes() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let logo = folder + "/logo.png"
    try SampleDocument.logo(shaper: sharedShaper, to: logo)
    // A shaper with nothing cached, and one drawing from its cache, must give the same file. (Both
    // are this test's own: other suites use the shared shaper at the same time.)
    let fresh = PangoShaper(fonts: sharedShaper.fonts)
    let first = try PDFPainter(shaper: fresh).render(SampleDocument.make(shaper: fresh, image: logo)).pdf
    let warm = PangoShaper(fonts: sharedShaper.fonts)
    _ = try PDFPainter(shaper: warm).render(SampleDocument.make(shaper: warm, image: logo))
    let second = try PDFPainter(shaper: warm).render(SampleDocument.make(shaper: warm, image: logo)).pdf
    #expect(warm.cachedLayouts > 0)
    #expect(first == second)
  }

  @Test func onlyAccessibleOutputIsTaggedThroughout() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var list = SampleDocument.make(shaper: sharedShaper)
    // The first page as one heading.
    list.pages[0].items.insert(.open(.heading(1)), at: 0)
    list.pages[0].items.append(.close)
    var files: [PDFStandard: String] = [:]
    for standard in [PDFStandard.a2b, .both] {
      let path = folder + "/\(standard.rawValue).pdf"
      #expect(try PDFPainter(shaper: sharedShaper, standard: standard).paint(list, to: path) == [])
      files[standard] = try expandedText(of: path)
    }
    let archival = try #require(files[.a2b])
    let accessible = try #require(files[.both])
    // PDF/UA: the heading and artifacts; PDF/A-2b alone: the links (and their root), and
    // no claim to be tagged.
    #expect(accessible.contains("/Marked true") && accessible.contains("/H1"))
    #expect(accessible.contains("/Artifact BMC"))
    #expect(archival.contains("/Marked false") && !archival.contains("/H1"))
    #expect(!archival.contains("/Artifact BMC"))
    #expect(archival.components(separatedBy: "/Subtype /Link").count == 2)
  }

  @Test func jpegImagesAreEmbeddedAsTheyAre() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A JPEG made by poppler from the sample's first page.
    let made = try run(
      "pdftoppm",
      ["-r", "10", "-f", "1", "-l", "1", "-jpeg", "-singlefile", samplePDF.path, folder + "/photo"])
    #expect(made.status == 0)
    var list = SampleDocument.make(shaper: sharedShaper)
    list.pages[1].items.append(
      .image(path: folder + "/photo.jpg", frame: Rect(x: 70, y: 400, width: 200, height: 200)))
    let path = folder + "/jpeg.pdf"
    let warnings = try PDFPainter(shaper: sharedShaper).paint(list, to: path)
    #expect(warnings == [])
    let images = try run("pdfimages", ["-list", path])
    #expect(images.output.contains("jpeg"), "\(images.output)")
    #expect(try run("qpdf", ["--check", path]).status == 0)
  }

  @Test func problemsAreReportedNotHidden() throws {
    var list = SampleDocument.make(shaper: sharedShaper)
    list.pages[0].items.append(
      .image(path: "/no/such/logo.png", frame: Rect(x: 70, y: 600, width: 50, height: 50)))
    list.pages[0].items.append(.link(Rect(x: 70, y: 700, width: 50, height: 10), anchor: "no-existe"))
    list.pages[1].items.append(.anchor("cap-1", at: Point(x: 70, y: 500)))
    let style = TextStyle(family: "Noto Serif", size: 10)
    list.pages[1].items.append(
      .text(
        TextFragment(
          runs: [InlineRun("Hermanamiento con 京都")], style: style, width: 300, origin: Point(x: 70, y: 650),
          lines: 0..<1, frame: Rect(x: 70, y: 650, width: 300, height: 13.5))))
    list.metadata.date = "14/03/2025"
    let (pdf, warnings) = try PDFPainter(shaper: sharedShaper).render(list)
    #expect(
      Set(warnings) == [
        .unreadableImage(page: 1, path: "/no/such/logo.png"), .unknownAnchor(page: 1, anchor: "no-existe"),
        .duplicateAnchor(page: 2, anchor: "cap-1"), .missingGlyphs(page: 2, text: "京都"),
        .invalidDate("14/03/2025"),
      ])
    #expect(pdf.count > 1000)
    // Each in the three languages, none a Spanish/English pair on one line.
    #expect(warnings.allSatisfy { !$0.message.pt.isEmpty && !$0.message.text(.en).contains(" / ") })
    #expect(warnings.contains { $0.message.text(.pt).hasPrefix("página 1: não é possível ler a imagem") })
  }
}

@Suite struct PDFEdgeCaseTests {
  @Test func outlineEntriesWithoutAnAnchorUseTheirPageAndHeight() throws {
    var list = SampleDocument.make(shaper: sharedShaper)
    list.outline.append(OutlineEntry(title: "Anexo", level: 0, page: 2, y: 400, anchor: "sin-destino"))
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/anexo.pdf"
    #expect(try PDFPainter(shaper: sharedShaper).paint(list, to: path) == [])
    #expect(try run("qpdf", ["--check", path]).status == 0)
    let json = try run("qpdf", ["--json", "--json-key=outlines", path])
    let outlines =
      (try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])?["outlines"]
      as? [[String: Any]] ?? []
    #expect(outlines.map { $0["title"] as? String } == ["1. Internacionalización de Villa Aurora", "Anexo"])
    #expect(outlines.last?["destpageposfrom1"] as? Int == 2)
  }

  @Test func anEmptyDocumentIsStillAValidPDF() throws {
    let list = DisplayList(pageSize: .a4, pages: [], outline: [], metadata: SampleDocument.metadata)
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/vacio.pdf"
    try PDFPainter(shaper: sharedShaper).paint(list, to: path)
    #expect(try run("qpdf", ["--check", path]).status == 0)
  }

  @Test func theFileWrittenIsTheDocumentRenderedInMemory() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/plan.pdf"
    // An existing file is replaced and keeps its permissions; no temporary file is left behind.
    FileManager.default.createFile(atPath: path, contents: Data("versión anterior".utf8))
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    let shaper = PangoShaper(fonts: sharedShaper.fonts)
    let list = SampleDocument.make(shaper: shaper)
    try PDFPainter(shaper: shaper).paint(list, to: path)
    let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(written == (try PDFPainter(shaper: shaper).render(list).pdf))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["plan.pdf"])
    let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(permissions == 0o640)
  }

  @Test func theTemporaryFileIsNeverOneThatAlreadyExists() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A link planted where this process would put its temporary file is left alone, and so is
    // the file it points to.
    let victim = folder + "/otro.txt"
    FileManager.default.createFile(atPath: victim, contents: Data("no tocar".utf8))
    let planted = folder + "/.plan.pdf.\(ProcessInfo.processInfo.processIdentifier).tmp"
    try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
    let shaper = PangoShaper(fonts: sharedShaper.fonts)
    try PDFPainter(shaper: shaper).paint(SampleDocument.make(shaper: shaper), to: folder + "/plan.pdf")
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "no tocar")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: planted) == victim)
    #expect(try run("qpdf", ["--check", folder + "/plan.pdf"]).status == 0)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        == [planted.split(separator: "/").last.map(String.init)!, "otro.txt", "plan.pdf"].sorted())
  }

  @Test func anUnwritablePathIsAnErrorThatNamesIt() {
    let list = SampleDocument.make(shaper: sharedShaper)
    #expect {
      try PDFPainter(shaper: sharedShaper).paint(list, to: "/no/such/folder/plan.pdf")
    } throws: { error in
      (error as? PaintError)?.description.contains("/no/such/folder/plan.pdf") == true
    }
  }
}
