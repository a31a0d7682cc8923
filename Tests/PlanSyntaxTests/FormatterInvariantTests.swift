import Foundation
import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// The formatter's promises, checked on every plan and corpus file in the repository:
/// it is idempotent, it keeps the meaning (the bound model), and it keeps every comment.
@Suite struct FormatterInvariantTests {
  static let files = Fixtures.allPlanFiles

  @Test(arguments: files)
  func formattingIsIdempotentAndKeepsTheModel(_ path: String) throws {
    let bytes = Fixtures.bytes(path)
    let file = Parser.parse(path: path, bytes: bytes)
    guard let once = try? Formatter.format(file) else {
      // Files with syntax errors are refused, never rewritten; that refusal is tested elsewhere.
      #expect(file.diagnostics.contains { $0.severity == .error })
      return
    }
    let onceFile = Parser.parse(path: path, text: once)
    let twice = try Formatter.format(onceFile)
    #expect(once == twice, "fmt(fmt(x)) != fmt(x) for \(path)")
    let language = LanguageDetection.detect(file)
    #expect(dump(file, language) == dump(onceFile, language), "the model changed when formatting \(path)")
    #expect(comments(file) == comments(onceFile), "a comment was lost or changed in \(path)")
  }

  @Test(arguments: files)
  func treeIsLossless(_ path: String) {
    let bytes = Fixtures.bytes(path)
    let file = Parser.parse(path: path, bytes: bytes)
    // The tree holds the decoded text (invalid UTF-8 replaced, Latin-1 transcoded), byte for byte.
    #expect(Array(file.reconstructedText().utf8) == file.source.bytes)
  }

  private func dump(_ file: SyntaxFile, _ language: Language) -> String {
    var binder = Binder(source: file.source, language: language)
    return ModelDump.dump(binder.bind(file))
  }

  /// The text of every comment, in order.
  private func comments(_ file: SyntaxFile) -> [String] {
    var result: [String] = []
    func visit(_ token: Token) {
      if let comment = token.comment {
        // The formatter drops blanks (and a stray carriage return) at the end of a comment.
        var text = Substring(file.source.text(comment))
        while let last = text.unicodeScalars.last, last == " " || last == "\t" || last == "\r" {
          text = Substring(text.unicodeScalars.dropLast())
        }
        result.append(String(text))
      }
    }
    func visit(_ argument: Argument) {
      switch argument {
      case .token(let token), .unexpected(let token): visit(token)
      case .group(let open, let inner, let close):
        visit(open)
        inner.forEach(visit)
        if let close { visit(close) }
      }
    }
    func visit(_ items: [Item]) {
      for item in items {
        switch item {
        case .empty(let token), .unexpected(let token): visit(token)
        case .statement(let statement):
          visit(statement.keyword)
          statement.arguments.forEach(visit)
          if let block = statement.block {
            if let terminator = block.openTerminator { visit(terminator) }
            visit(block.items)
          }
          if let terminator = statement.terminator { visit(terminator) }
        }
      }
    }
    visit(file.items)
    visit(file.endOfFile)
    return result
  }
}
