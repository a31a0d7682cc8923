import PlanDiff
import PlanModel
import PlanSyntax

/// What `plan build --comparar OLD` adds to the document: the changes from the previous version
/// (an annex) and that version's identity (the version table lists both versions and their files).
public struct DocumentChanges: Sendable {
  /// How the previous version is named: `HEAD~1:plan.plan`, a path.
  public var oldName: String
  public var changes: PlanChanges
  /// The previous version's files with their SHA-256.
  public var oldSources: [DocumentSource]
  /// The previous version's `version`, `estado` and `fecha`.
  public var oldVersion: String?
  public var oldStatus: String?
  public var oldDate: PlanDate?

  public init(
    oldName: String, changes: PlanChanges, oldSources: [DocumentSource], oldVersion: String?,
    oldStatus: String?,
    oldDate: PlanDate?
  ) {
    self.oldName = oldName
    self.changes = changes
    self.oldSources = oldSources
    self.oldVersion = oldVersion
    self.oldStatus = oldStatus
    self.oldDate = oldDate
  }
}
