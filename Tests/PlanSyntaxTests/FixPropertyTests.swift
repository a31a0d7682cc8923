import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// Every suggested fix keeps every character of the user's text, and `plan fmt --fix` never loses
/// or reorders a word: checked on every fixture and on fixtures mutated the way people mistype.
@Suite struct FixPropertyTests {
  /// Every fixture, and for each one a few mutations: misspelt keywords, texts without quotes,
  /// typographic quotes and guillemets, pasted no-break and zero-width spaces.
  static let inputs: [(name: String, bytes: [UInt8])] = {
    var generator = SeededGenerator(seed: 13)
    var inputs: [(String, [UInt8])] = []
    for path in Fixtures.allPlanFiles {
      let bytes = Fixtures.bytes(path)
      inputs.append((path, bytes))
      guard let text = String(validating: bytes, as: UTF8.self) else { continue }
      for round in 0..<4 {
        inputs.append(("\(path) #\(round)", Array(mutate(text, &generator).utf8)))
      }
    }
    return inputs
  }()

  static func mutate(_ text: String, _ generator: inout SeededGenerator) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard !lines.isEmpty else { return text }
    for _ in 0..<6 {
      let index = Int.random(in: 0..<lines.count, using: &generator)
      var line = Array(lines[index].unicodeScalars)
      guard !line.isEmpty else { continue }
      switch Int.random(in: 0..<6, using: &generator) {
      case 0:
        // Drop a letter of the first word (a misspelt keyword).
        if let first = line.firstIndex(where: { $0.properties.isAlphabetic }) {
          var end = first
          while end < line.count, line[end].properties.isAlphabetic { end += 1 }
          if end - first > 3 { line.remove(at: first + Int.random(in: 1..<(end - first), using: &generator)) }
        }
      case 1:
        // Remove the quotes of a text.
        line.removeAll { $0 == "\"" }
      case 2:
        // Typographic quotes or guillemets instead of straight ones.
        let (open, close): (Unicode.Scalar, Unicode.Scalar) =
          Bool.random(using: &generator) ? ("\u{201C}", "\u{201D}") : ("\u{AB}", "\u{BB}")
        var opening = true
        line = line.map { scalar in
          guard scalar == "\"" else { return scalar }
          defer { opening.toggle() }
          return opening ? open : close
        }
      case 3:
        // A space becomes a no-break space.
        if let space = line.indices.filter({ line[$0] == " " }).randomElement(using: &generator) {
          line[space] = "\u{A0}"
        }
      case 4:
        // A zero-width space or a soft hyphen lands somewhere.
        let position = Int.random(in: 0...line.count, using: &generator)
        line.insert(Bool.random(using: &generator) ? "\u{200B}" : "\u{AD}", at: position)
      default:
        // A comma inside an unquoted text.
        line.removeAll { $0 == "\"" }
        if let space = line.indices.filter({ line[$0] == " " }).last { line.insert(",", at: space) }
      }
      var scalars = String.UnicodeScalarView()
      scalars.append(contentsOf: line)
      lines[index] = String(scalars)
    }
    return lines.joined(separator: "\n")
  }

  @Test func theInputsIncludeFixableMistakes() {
    var codes: Set<String> = []
    for (_, bytes) in Self.inputs {
      let plan = PlanLoader.load(text: String(decoding: bytes, as: UTF8.self))
      for diagnostic in plan.diagnostics where !diagnostic.fixIts.isEmpty { codes.insert(diagnostic.code) }
    }
    #expect(codes.isSuperset(of: ["E101", "E106", "E111", "S007", "S022"]), "\(codes.sorted())")
  }

  @Test func everySuggestedFixKeepsTheUsersText() {
    var checked = 0
    for (name, bytes) in Self.inputs {
      let file = Parser.parse(path: "f.plan", bytes: bytes)
      var binder = Binder(source: file.source, language: LanguageDetection.detect(file))
      _ = binder.bind(file)
      for diagnostic in file.diagnostics + binder.diagnostics {
        for fixIt in diagnostic.fixIts {
          checked += 1
          if let violation = SafeFixes.violation(of: fixIt, code: diagnostic.code) {
            Issue.record("\(name): \(violation)")
          }
        }
      }
    }
    #expect(checked > 100)
  }

  @Test func applyingTheFixesNeverLosesOrReordersAWord() throws {
    var fixedFiles = 0
    for (name, bytes) in Self.inputs {
      let result = SafeFixes.apply(path: "f.plan", bytes: bytes)
      guard !result.applied.isEmpty else { continue }
      fixedFiles += 1
      let before = Parser.parse(path: "f.plan", bytes: bytes).source.bytes
      if let violation = SafeFixes.violation(before: before, after: result.bytes, applied: result.applied) {
        Issue.record("\(name): \(violation)")
      }
      // The fixed file still parses as well as before, and formats.
      let fixed = Parser.parse(path: "f.plan", bytes: result.bytes)
      #expect(!fixed.hasSyntaxErrors, "\(name)")
      #expect(throws: Never.self) { _ = try Formatter.format(fixed) }
    }
    #expect(fixedFiles > 50)
  }

  @Test func theWordCheckCatchesALostWord() {
    let before = Array("ciudad \"Villa Aurora\"\n".utf8)
    #expect(SafeFixes.violation(before: before, after: Array("ciudad \"Villa\"\n".utf8), applied: []) != nil)
    #expect(
      SafeFixes.violation(before: before, after: Array("ciudad \"Aurora Villa\"\n".utf8), applied: []) != nil)
    #expect(SafeFixes.violation(before: before, after: before, applied: []) == nil)
  }

  @Test func textWithoutQuotesKeepsItsCommas() {
    let plan = PlanLoader.load(text: "plan \"X\" {\n  ciudad Villa, Aurora \\ sur\n}\n")
    let fix = try? #require(plan.diagnostics.first { $0.code == "E111" }?.fixIts.first)
    #expect(fix?.replacement == #""Villa, Aurora \\ sur""#)
    guard case .text(let city) = plan.nodes.first?.children.first?.values.first else {
      Issue.record("no city")
      return
    }
    #expect(city == "Villa, Aurora \\ sur")
  }
}
