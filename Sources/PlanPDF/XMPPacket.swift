import CLibXML2

/// The document's XMP metadata packet (ISO 16684-1), written with libxml2: the same title, author,
/// subject, keywords, creator tool, producer and dates as the information dictionary, the
/// document's language, the SHA-256 of each source file (`dc:source`), and the PDF/A and PDF/UA identification the file claims (with the PDF/A
/// extension schema that describes `pdfuaid`, which PDF/A-2 requires for any schema it does not
/// predefine).
struct XMPPacket {
  var title: String
  var author: String
  var subject: String
  var keywords: String
  var creatorTool: String
  var producer: String
  var language: String
  /// ISO 8601 with time and zone (`2026-05-22T00:00:00Z`).
  var date: String
  var standard: PDFStandard
  /// The files the document was generated from, one `sha256  name` line each (`dc:source`).
  var sources: String = ""

  /// The packet, UTF-8, with no `encoding` or `bytes` attribute in its header (PDF/A-2 6.6.2.1).
  func bytes() -> [UInt8] {
    guard let buffer = xmlBufferCreate() else { fatalError("libxml2: no buffer") }
    defer { xmlBufferFree(buffer) }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else { fatalError("libxml2: no writer") }
    xmlTextWriterSetIndent(writer, 1)
    instruction(writer, "xpacket", "begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"")
    start(writer, "x:xmpmeta", ["xmlns:x": "adobe:ns:meta/"])
    start(writer, "rdf:RDF", ["xmlns:rdf": Namespace.rdf])
    var namespaces = [
      "xmlns:dc": Namespace.dc, "xmlns:xmp": Namespace.xmp, "xmlns:pdf": Namespace.pdf,
    ]
    if standard.archival { namespaces["xmlns:pdfaid"] = Namespace.pdfaid }
    if standard.accessible {
      namespaces["xmlns:pdfuaid"] = Namespace.pdfuaid
      namespaces["xmlns:pdfaExtension"] = Namespace.pdfaExtension
      namespaces["xmlns:pdfaSchema"] = Namespace.pdfaSchema
      namespaces["xmlns:pdfaProperty"] = Namespace.pdfaProperty
    }
    start(writer, "rdf:Description", ["rdf:about": ""].merging(namespaces) { first, _ in first })
    element(writer, "dc:format", "application/pdf")
    alternative(writer, "dc:title", title)
    container(writer, "dc:creator", "rdf:Seq", [author])
    if !subject.isEmpty { alternative(writer, "dc:description", subject) }
    container(writer, "dc:language", "rdf:Bag", [language])
    if !sources.isEmpty { element(writer, "dc:source", sources) }
    if !keywords.isEmpty { element(writer, "pdf:Keywords", keywords) }
    element(writer, "pdf:Producer", producer)
    element(writer, "xmp:CreatorTool", creatorTool)
    element(writer, "xmp:CreateDate", date)
    element(writer, "xmp:ModifyDate", date)
    element(writer, "xmp:MetadataDate", date)
    if standard.archival {
      element(writer, "pdfaid:part", "2")
      element(writer, "pdfaid:conformance", "B")
    }
    if standard.accessible {
      element(writer, "pdfuaid:part", "1")
      extensionSchema(writer)
    }
    xmlTextWriterEndElement(writer)  // rdf:Description
    xmlTextWriterEndElement(writer)  // rdf:RDF
    xmlTextWriterEndElement(writer)  // x:xmpmeta
    instruction(writer, "xpacket", "end=\"w\"")
    xmlTextWriterFlush(writer)
    xmlFreeTextWriter(writer)
    let length = Int(xmlBufferLength(buffer))
    guard let content = xmlBufferContent(buffer) else { return [] }
    return Array(UnsafeBufferPointer(start: content, count: length))
  }

  /// The PDF/A extension schema container entry that describes the PDF/UA identification schema.
  private func extensionSchema(_ writer: xmlTextWriterPtr) {
    start(writer, "pdfaExtension:schemas", [:])
    start(writer, "rdf:Bag", [:])
    start(writer, "rdf:li", ["rdf:parseType": "Resource"])
    element(writer, "pdfaSchema:schema", "PDF/UA Universal Accessibility Schema")
    element(writer, "pdfaSchema:namespaceURI", Namespace.pdfuaid)
    element(writer, "pdfaSchema:prefix", "pdfuaid")
    start(writer, "pdfaSchema:property", [:])
    start(writer, "rdf:Seq", [:])
    start(writer, "rdf:li", ["rdf:parseType": "Resource"])
    element(writer, "pdfaProperty:name", "part")
    element(writer, "pdfaProperty:valueType", "Integer")
    element(writer, "pdfaProperty:category", "internal")
    element(writer, "pdfaProperty:description", "Indicates, which part of ISO 14289 standard is followed")
    for _ in 0..<6 { xmlTextWriterEndElement(writer) }
  }

  private enum Namespace {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let xmp = "http://ns.adobe.com/xap/1.0/"
    static let pdf = "http://ns.adobe.com/pdf/1.3/"
    static let pdfaid = "http://www.aiim.org/pdfa/ns/id/"
    static let pdfuaid = "http://www.aiim.org/pdfua/ns/id/"
    static let pdfaExtension = "http://www.aiim.org/pdfa/ns/extension/"
    static let pdfaSchema = "http://www.aiim.org/pdfa/ns/schema#"
    static let pdfaProperty = "http://www.aiim.org/pdfa/ns/property#"
  }

  /// Opens an element with its attributes, in a stable order (sorted by name).
  private func start(_ writer: xmlTextWriterPtr, _ name: String, _ attributes: [String: String]) {
    xml(name) { _ = xmlTextWriterStartElement(writer, $0) }
    for (key, value) in attributes.sorted(by: { $0.key < $1.key }) {
      xml(key) { key in xml(value) { _ = xmlTextWriterWriteAttribute(writer, key, $0) } }
    }
  }

  private func element(_ writer: xmlTextWriterPtr, _ name: String, _ text: String) {
    xml(name) { name in xml(text) { _ = xmlTextWriterWriteElement(writer, name, $0) } }
  }

  /// A language alternative with only the default entry.
  private func alternative(_ writer: xmlTextWriterPtr, _ name: String, _ text: String) {
    start(writer, name, [:])
    start(writer, "rdf:Alt", [:])
    start(writer, "rdf:li", ["xml:lang": "x-default"])
    xml(text) { _ = xmlTextWriterWriteString(writer, $0) }
    for _ in 0..<3 { xmlTextWriterEndElement(writer) }
  }

  private func instruction(_ writer: xmlTextWriterPtr, _ target: String, _ content: String) {
    xml(target) { target in xml(content) { _ = xmlTextWriterWritePI(writer, target, $0) } }
  }

  /// A Swift string as libxml2's `const xmlChar *` (UTF-8, NUL-terminated).
  private func xml(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Void) {
    text.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body) }
  }

  private func container(_ writer: xmlTextWriterPtr, _ name: String, _ kind: String, _ items: [String]) {
    start(writer, name, [:])
    start(writer, kind, [:])
    for item in items { element(writer, "rdf:li", item) }
    xmlTextWriterEndElement(writer)
    xmlTextWriterEndElement(writer)
  }
}
