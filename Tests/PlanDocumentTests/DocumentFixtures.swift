import Foundation
import PlanCheck
import PlanDocument
import PlanSyntax

/// Loading the example plans and looking into the document tree.
enum Fixtures {
  /// `plans/<name>` in the repository.
  static func planPath(_ relative: String) -> String {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
      let candidate = directory.appendingPathComponent("plans/\(relative)")
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
      directory.deleteLastPathComponent()
    }
    return "plans/\(relative)"
  }

  static let sources = [
    DocumentSource(
      name: "plan.plan", sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
  ]

  static func document(
    path relative: String, watermark: String? = nil, families: Set<String> = Theme.bundledFamilies
  ) throws -> (CheckResult, Document) {
    let result = Checker.check(try PlanLoader.load(path: planPath(relative)))
    return (result, build(result, watermark: watermark, families: families))
  }

  static func document(text: String) -> (CheckResult, Document) {
    let result = Checker.check(PlanLoader.load(text: text))
    return (result, build(result))
  }

  static func build(
    _ result: CheckResult, watermark: String? = nil, families: Set<String> = Theme.bundledFamilies
  )
    -> Document
  {
    DocumentBuilder.build(
      result, sources: sources, date: "2026-06-01T10:00:00Z", watermark: watermark, planVersion: "0.9.0",
      availableFamilies: families)
  }

  static let showcase: (CheckResult, Document) = try! document(path: "villa-aurora/villa-aurora.plan")
}

extension Document {
  var headings: [(level: Int, text: String, number: String?, anchor: String)] {
    blocks.compactMap {
      if case .heading(let level, let text, let number, let anchor) = $0 {
        return (level, text, number, anchor)
      }
      return nil
    }
  }

  var tables: [Table] {
    blocks.compactMap { if case .table(let table) = $0 { return table } else { return nil } }
  }

  /// Every anchor: headings, anchor blocks and table rows, in order (with repetitions).
  var anchors: [String] {
    blocks.flatMap { block -> [String] in
      switch block {
      case .heading(_, _, _, let anchor): return [anchor]
      case .anchor(let name): return [name]
      case .table(let table): return table.rows.compactMap(\.anchor)
      default: return []
      }
    }
  }

  /// Every run of text: paragraphs, lists, tables, definitions.
  var runs: [InlineRun] {
    blocks.flatMap { block -> [InlineRun] in
      switch block {
      case .paragraph(let runs, _): return runs
      case .list(let items, _): return items.flatMap { $0 }
      case .table(let table): return table.rows.flatMap { $0.cells.flatMap { $0 } }
      case .definitions(let pairs): return pairs.flatMap(\.value)
      default: return []
      }
    }
  }

  /// All visible text, for searching.
  var plainText: String {
    blocks.map { block -> String in
      switch block {
      case .heading(_, let text, let number, _): return (number.map { "\($0) " } ?? "") + text
      case .paragraph(let runs, _): return runs.map(\.text).joined()
      case .list(let items, _): return items.map { $0.map(\.text).joined() }.joined(separator: "\n")
      case .table(let table):
        return
          ([table.caption ?? ""] + table.columns.map(\.title)
          + table.rows.map { $0.cells.map { $0.map(\.text).joined() }.joined(separator: " | ") })
          .joined(separator: "\n")
      case .definitions(let pairs):
        return pairs.map { "\($0.term): \($0.value.map(\.text).joined())" }.joined(separator: "\n")
      case .cover(let cover):
        return ([cover.body, cover.city, cover.title, cover.subtitle] + cover.details).joined(separator: "\n")
      case .signatures(let signatures):
        return signatures.map { "\($0.name) \($0.role)" }.joined(separator: "\n")
      default: return ""
      }
    }.joined(separator: "\n")
  }

  /// The definitions that follow the heading with `anchor`, before the next heading.
  func definitions(after anchor: String) -> [(term: String, value: [InlineRun])] {
    guard
      let start = blocks.firstIndex(where: {
        if case .heading(_, _, _, let name) = $0 { return name == anchor } else { return false }
      })
    else { return [] }
    for block in blocks[(start + 1)...] {
      if case .heading = block { break }
      if case .definitions(let pairs) = block { return pairs }
    }
    return []
  }
}
