import PlanDiagnostics
import PlanSyntax

/// `# plan:ignore G11 — motivo` comments. An own-line comment covers the statement after it (with
/// its whole block); a comment at the end of a line covers that statement; `plan:ignore-file`
/// covers the whole file. A reason is mandatory.
struct Suppression {
  var codes: [String]
  var reason: String
  var file: String
  /// Byte offsets the suppression covers.
  var covers: Range<Int>
  /// Where the comment is, for findings about the suppression itself.
  var range: SourceRange
  var used = false

  static let marker = "plan:ignore"

  /// Every suppression comment in the files, and the problems with them (no reason, no code).
  static func collect(_ files: [SyntaxFile]) -> (suppressions: [Suppression], problems: [Diagnostic]) {
    var suppressions: [Suppression] = []
    var problems: [Diagnostic] = []
    for file in files {
      let source = file.source
      func parse(_ comment: Range<Int>, covering: Range<Int>) {
        let text = source.text(comment)
        guard let markerRange = text.firstRange(of: marker) else { return }
        var rest = text[markerRange.upperBound...]
        var covers = covering
        if rest.hasPrefix("-file") {
          rest = rest.dropFirst(5)
          covers = 0..<source.bytes.count
        }
        let range = source.range(comment)
        // Codes, then a separator (— – - :) and the reason.
        let separators: Set<Character> = ["—", "–", ":", "-"]
        let codePart = rest.prefix { !separators.contains($0) }
        let reason = String(
          rest.dropFirst(codePart.count).drop { separators.contains($0) || $0.isWhitespace }
            .reversed().drop { $0.isWhitespace }.reversed())
        let codes = codePart.split(whereSeparator: { $0 == "," || $0 == " " }).map { $0.uppercased() }
        if codes.isEmpty {
          problems.append(ReviewProblem.suppressionWithoutCode.diagnostic(at: range))
          return
        }
        if reason.isEmpty {
          problems.append(ReviewProblem.suppressionWithoutReason(codes).diagnostic(at: range))
          return
        }
        suppressions.append(
          Suppression(codes: codes, reason: reason, file: source.path, covers: covers, range: range))
      }
      func visit(_ items: [Item]) {
        var pending: [Range<Int>] = []
        for item in items {
          switch item {
          case .empty(let token):
            if let comment = token.comment { pending.append(comment) }
          case .statement(let statement):
            let extent =
              statement.keyword
              .start..<(statement.terminator?.start ?? statement.block?.close?.end ?? statement.keyword.end)
            for comment in pending { parse(comment, covering: extent) }
            pending = []
            if let comment = statement.block?.openTerminator?.comment { parse(comment, covering: extent) }
            if let comment = statement.terminator?.comment { parse(comment, covering: extent) }
            if let block = statement.block { visit(block.items) }
          case .unexpected:
            break
          }
        }
        // Comments after the last statement of a block cover nothing but may be file-wide.
        for comment in pending { parse(comment, covering: comment.lowerBound..<comment.lowerBound) }
      }
      visit(file.items)
      if let comment = file.endOfFile.comment {
        parse(comment, covering: comment.lowerBound..<comment.lowerBound)
      }
    }
    return (suppressions, problems)
  }

  func covers(_ diagnostic: Diagnostic) -> Bool {
    codes.contains(diagnostic.code) && diagnostic.range.file == file
      && covers.contains(diagnostic.range.offsets.lowerBound)
  }
}
