import PlanDiagnostics
import PlanSyntax

/// The foreword, usually a letter signed by the head of government.
public struct Foreword: Sendable {
  public var title: String?
  /// Its text, one entry per `texto` (paragraphs, lists and tables in light markup).
  public var texts: [String]
  public var signedBy: Reference?
  public var range: SourceRange
}

/// A chapter the plan adds to the method's (context, history, a policy framework), or an annex.
public struct FreeChapter: Sendable {
  public var id: String
  public var title: String
  /// The document chapter it follows (`diagnostico`…); nil for annexes, which go at the end.
  public var after: String?
  public var texts: [String]
  public var images: [ChapterImage]
  /// Texts and images in the order the plan writes them, so a figure stands beside the paragraph
  /// that speaks of it.
  public var order: [ChapterPart]
  public var range: SourceRange
}

/// One part of a free chapter, by its index in `texts` or `images`.
public enum ChapterPart: Sendable, Equatable {
  case text(Int)
  case image(Int)
}

public struct ChapterImage: Sendable {
  /// As written: relative to the file that names it.
  public var path: Located<String>
  public var caption: String
  public var range: SourceRange
  /// The image, when it passed the crest's checks (inside the plan's folder, a PNG or JPEG of
  /// sensible size); else the document prints only its caption.
  public var checked: Crest? = nil
}
