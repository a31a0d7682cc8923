/// How many diagnostics of each severity: what a report says about the ones it does not list.
public struct DiagnosticCounts: Hashable, Sendable {
  public var errors = 0
  public var warnings = 0
  public var advisories = 0

  public init(errors: Int = 0, warnings: Int = 0, advisories: Int = 0) {
    self.errors = errors
    self.warnings = warnings
    self.advisories = advisories
  }

  public init(_ diagnostics: some Sequence<Diagnostic>) {
    for diagnostic in diagnostics { add(diagnostic.severity) }
  }

  public var total: Int { errors + warnings + advisories }
  public var isEmpty: Bool { total == 0 }

  public mutating func add(_ severity: Severity, count: Int = 1) {
    switch severity {
    case .error: errors += count
    case .warning: warnings += count
    case .advisory: advisories += count
    }
  }

  public static func + (a: DiagnosticCounts, b: DiagnosticCounts) -> DiagnosticCounts {
    DiagnosticCounts(
      errors: a.errors + b.errors, warnings: a.warnings + b.warnings, advisories: a.advisories + b.advisories)
  }

  public static func += (a: inout DiagnosticCounts, b: DiagnosticCounts) { a = a + b }
}

/// Diagnostics a stage found but did not keep, so memory stays bounded on a hostile file (a
/// megabyte of stray braces): each stage keeps at most `limit` per file and counts the rest.
public struct DiagnosticCollector: Sendable {
  /// Kept per file and stage; far more than a report shows (`Reports.perFile`).
  public static let limit = 1000

  public private(set) var diagnostics: [Diagnostic] = []
  public private(set) var overflow = DiagnosticCounts()

  public init(_ diagnostics: [Diagnostic] = []) {
    self.diagnostics = Array(diagnostics.prefix(Self.limit))
    for diagnostic in diagnostics.dropFirst(Self.limit) { overflow.add(diagnostic.severity) }
  }

  public mutating func append(_ diagnostic: Diagnostic) {
    if diagnostics.count < Self.limit {
      diagnostics.append(diagnostic)
    } else {
      overflow.add(diagnostic.severity)
    }
  }

  public mutating func append(contentsOf more: [Diagnostic]) {
    for diagnostic in more { append(diagnostic) }
  }
}

/// What a check found but a report does not list: per file, the findings a stage counted without
/// keeping them (`DiagnosticCollector`); and the findings held back because a syntax or structure
/// error makes them meaningless (they are listed once those errors are fixed).
public struct Omissions: Hashable, Sendable {
  /// By file path (as `SourceRange.file` gives it).
  public var uncollected: [String: DiagnosticCounts] = [:]
  public var heldBack = DiagnosticCounts()

  public init(uncollected: [String: DiagnosticCounts] = [:], heldBack: DiagnosticCounts = DiagnosticCounts())
  {
    self.uncollected = uncollected.filter { !$0.value.isEmpty }
    self.heldBack = heldBack
  }

  public var isEmpty: Bool { uncollected.isEmpty && heldBack.isEmpty }

  public mutating func add(_ other: Omissions) {
    for (file, counts) in other.uncollected { uncollected[file, default: DiagnosticCounts()] += counts }
    heldBack += other.heldBack
  }

  public mutating func add(_ counts: DiagnosticCounts, file: String) {
    guard !counts.isEmpty else { return }
    uncollected[file, default: DiagnosticCounts()] += counts
  }
}
