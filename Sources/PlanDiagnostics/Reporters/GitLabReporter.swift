import PlanDigest

/// `plan check --format gitlab`: GitLab's code-quality report, the JSON array that
/// `artifacts:reports:codequality` reads to show findings in a merge request.
///
/// Each finding has the fields GitLab documents: `description`, `check_name` (the code),
/// `fingerprint`, `severity` (`major` for errors, `minor` for warnings, `info` for advisories) and
/// `location` (`path` relative to the repository root, `lines.begin` and `lines.end`).
///
/// The fingerprint is how GitLab tells a new finding from one the target branch already had, so it
/// must not change when lines move: it is the SHA-256 of the code, the file, the text the finding
/// points at and the English message — plus, for findings that share all of those, their order —
/// never the line number.
public struct GitLabReporter: Sendable {
  public var context: ReportContext

  public init(context: ReportContext) {
    self.context = context
  }

  /// The report, or nothing at all when some input could not be checked: GitLab reads an empty
  /// array as "no problems", and a run that did not complete must not say that (an empty file is
  /// an unreadable report instead).
  public func render(_ diagnostics: [Diagnostic]) -> String {
    context.failures.isEmpty ? document(diagnostics).rendered() : ""
  }

  public func document(_ diagnostics: [Diagnostic]) -> JSONValue {
    var seen: [String: Int] = [:]
    return .array(
      diagnostics.sortedForReport().map { diagnostic in
        let key = identity(diagnostic)
        let occurrence = seen[key, default: 0]
        seen[key] = occurrence + 1
        return issue(diagnostic, fingerprint: Self.fingerprint(key, occurrence: occurrence))
      })
  }

  private func issue(_ diagnostic: Diagnostic, fingerprint: String) -> JSONValue {
    let language = context.language
    var description = diagnostic.message.text(language)
    if let help = diagnostic.help {
      description += " (\(ReportLabels(language).help): \(help.text(language)))"
    }
    return [
      "description": .string(description),
      "check_name": .string(diagnostic.code),
      "fingerprint": .string(fingerprint),
      "severity": .string(Self.severity(diagnostic.severity)),
      "location": [
        "path": .string(context.relativePath(diagnostic.range.file)),
        "lines": [
          "begin": .integer(diagnostic.range.start.line),
          "end": .integer(diagnostic.range.end.line),
        ],
      ],
    ]
  }

  /// What identifies a finding apart from where its lines are.
  private func identity(_ diagnostic: Diagnostic) -> String {
    let range = diagnostic.range
    return [
      diagnostic.code, context.relativePath(range.file), range.source.text(range.offsets),
      diagnostic.message.en,
    ].joined(separator: "\u{0}")
  }

  static func fingerprint(_ identity: String, occurrence: Int) -> String {
    String(SHA256.hex(of: "plan\u{0}\(identity)\u{0}\(occurrence)").prefix(32))
  }

  static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: return "major"
    case .warning: return "minor"
    case .advisory: return "info"
    }
  }
}
