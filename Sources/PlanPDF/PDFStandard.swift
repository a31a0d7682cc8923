/// The standards a PDF is written to meet (`plan build --pdf-standard`). Every file gets the
/// archival writer's metadata, fixes and object streams; the standard decides what the file claims
/// in its XMP metadata (`pdfaid`, `pdfuaid`), whether it embeds the sRGB output intent that PDF/A
/// requires, and whether it is tagged throughout (PDF/UA: the whole structure tree and every
/// untagged mark an artifact). Tagging is most of what a build costs beyond cairo's own output
/// (cairo 1.16 handles each element on the painting thread): a file that does not claim PDF/UA
/// tags only its links.
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
  /// Claims PDF/UA-1: `pdfuaid` in the XMP, and the file is tagged throughout.
  public var accessible: Bool { self == .ua1 || self == .both }
}
