/// The standards a PDF is written to meet (`plan build --pdf-standard`). The file always carries
/// its structure tree, metadata and archival fixes; the standard decides what the file claims in
/// its XMP metadata (`pdfaid`, `pdfuaid`) and whether it embeds the sRGB output intent that
/// PDF/A requires.
public enum PDFStandard: String, CaseIterable, Sendable {
  /// PDF/A-2b (ISO 19005-2, level B): archival.
  case a2b = "a-2b"
  /// PDF/UA-1 (ISO 14289-1): accessible.
  case ua1 = "ua-1"
  /// Both: the default.
  case both
  /// Neither claimed.
  case none

  public static let `default` = PDFStandard.both

  /// Claims PDF/A-2b: `pdfaid` in the XMP and an sRGB output intent.
  public var archival: Bool { self == .a2b || self == .both }
  /// Claims PDF/UA-1: `pdfuaid` in the XMP.
  public var accessible: Bool { self == .ua1 || self == .both }
}
