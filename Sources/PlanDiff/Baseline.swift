import PlanDiagnostics

/// Findings of the new version marked as introduced or unchanged by a change, and the old
/// version's findings it fixed. A finding is the same in both versions when its code, its message
/// and its file (named from its plan's folder) are: line numbers move with every edit above them.
public struct Baseline: Sendable {
  /// The new version's findings, each marked `new` or `unchanged`.
  public var current: [Diagnostic]
  /// The old version's findings the change fixed, marked `absent` (their locations are the old
  /// version's).
  public var fixed: [Diagnostic]

  public init(new: [Diagnostic], newRoot: String?, old: [Diagnostic], oldRoot: String?) {
    func key(_ diagnostic: Diagnostic, _ root: String?) -> String {
      var file = diagnostic.range.file
      if let root, file.hasPrefix(root + "/") { file = String(file.dropFirst(root.count + 1)) }
      return diagnostic.code + "\u{0}" + file + "\u{0}" + diagnostic.message.es
    }
    var remaining: [String: Int] = [:]
    for diagnostic in old { remaining[key(diagnostic, oldRoot), default: 0] += 1 }
    current = new.map { diagnostic in
      var marked = diagnostic
      let identity = key(diagnostic, newRoot)
      if let count = remaining[identity], count > 0 {
        remaining[identity] = count - 1
        marked.baseline = .unchanged
      } else {
        marked.baseline = .new
      }
      return marked
    }
    fixed = old.compactMap { diagnostic in
      let identity = key(diagnostic, oldRoot)
      guard let count = remaining[identity], count > 0 else { return nil }
      remaining[identity] = count - 1
      var marked = diagnostic
      marked.baseline = .absent
      return marked
    }
  }

  public func count(_ state: BaselineState) -> Int {
    state == .absent ? fixed.count : current.filter { $0.baseline == state }.count
  }
}
