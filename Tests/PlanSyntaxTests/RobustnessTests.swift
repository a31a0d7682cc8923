import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// Hostile inputs: each must end in diagnostics, never in a crash, a trap, a stack overflow or a hang.
@Suite struct RobustnessTests {
  @Test func thousandLevelsOfNestingAreReportedNotRecursed() {
    let depth = 1000
    var text = ""
    for level in 0..<depth { text += String(repeating: " ", count: level % 40) + "foda {\n" }
    text += String(repeating: "}\n", count: depth)
    let file = Parser.parse(path: "n.plan", text: text)
    #expect(file.diagnostics.map(\.code) == ["S014"])
    #expect(file.reconstructedText() == text)
  }

  @Test func aHundredThousandOpenBracesDoNotOverflowTheStack() {
    let text = String(repeating: "{", count: 100_000)
    let file = Parser.parse(path: "b.plan", text: text)
    #expect(file.diagnostics.contains { $0.code == "S014" })
    #expect(file.reconstructedText() == text)
    let plan = PlanLoader.load(text: text)
    #expect(!plan.diagnostics.isEmpty)
  }

  @Test func tenMegabytesParseAndFormat() throws {
    var text = ""
    var index = 0
    while text.utf8.count < 10_000_000 {
      text += """
        accion a\(index) "Acción número \(index) con un título de longitud realista" {
          objetivos   oe1, oe2
          responsable rrii
          plazo       corto
          desde       2026-04
          hasta       2027-12
          presupuesto 1.500.000 ARS fuente "Presupuesto municipal"
          indicador   "Empresas asistidas" base 0 (2025) meta 40 (2027)
          atiende     d1, a2
        }

        """
      index += 1
    }
    let file = Parser.parse(path: "grande.plan", text: text)
    #expect(file.diagnostics.isEmpty)
    let formatted = try Formatter.format(file)
    #expect(formatted == text)
  }

  @Test func aVeryLongLineIsFine() {
    let text = "lema \"" + String(repeating: "palabra ", count: 200_000) + "\"\n"
    let plan = PlanLoader.load(text: text)
    #expect(plan.diagnostics.isEmpty)
  }

  @Test func aLatin1FileIsReadWithAWarning() {
    let bytes = Array("lema \"Ca".utf8) + [0xF1] + Array("ada de G".utf8) + [0xF3] + Array("mez\"\n".utf8)
    let file = Parser.parse(path: "l.plan", bytes: bytes)
    #expect(file.diagnostics.map(\.code) == ["S021"])
    #expect(file.diagnostics.first?.severity == .warning)
    #expect(file.source.text(0..<file.source.bytes.count).contains("Cañada"))
  }

  @Test func aUTF16FileGetsOneError() {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "lema \"Aurora\"\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let plan = PlanLoader.load(text: String(decoding: bytes, as: UTF8.self))
    #expect(Parser.parse(path: "u.plan", bytes: bytes).diagnostics.map(\.code) == ["S020"])
    #expect(plan.nodes.isEmpty)
  }

  @Test func invalidUTF8IsReportedAtItsPosition() {
    var bytes = Array("lema \"ñandú caf".utf8)
    bytes += [0xC3, 0x28]
    bytes += Array("\"\n".utf8)
    let file = Parser.parse(path: "u.plan", bytes: bytes)
    let first = file.diagnostics.first
    #expect(first?.code == "S001")
    #expect(first?.range.start.line == 1)
    #expect(first?.range.start.column == 16)
  }

  /// Random soup of the language's tokens and hostile bytes: the tree stays lossless, every
  /// diagnostic has a real location, and whenever the formatter accepts the input its promises hold.
  @Test func randomInputsKeepEveryInvariant() throws {
    let pieces = [
      "plan", "foda", "accion", "a01", "fortaleza", "f1", " ", "  ", "\t", "\n", "\r\n", "{", "}", "(", ")",
      ",",
      "\"texto\"", "\"sin cerrar", "\"\"\"\n  prosa\n  \"\"\"", "\"\"\"", "# comentario", "#1A5276",
      "2026-03",
      "2026", "a", "12.000 ARS", "35%", "ñandú", "“comillas”", "\\", "\u{0}", "\u{7}", "indicador", "base",
      "meta",
      "(2025)", "eje", "economico", "objetivo", "lider", "incluir \"x.plan\"", "valores", "valor", "\u{FEFF}",
      "é",
    ]
    var generator = SeededGenerator(seed: 20_261_124)
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int.random(in: 1...40, using: &generator) {
        text += pieces.randomElement(using: &generator)!
      }
      let file = Parser.parse(path: "r.plan", text: text)
      #expect(file.reconstructedText() == text)
      for diagnostic in file.diagnostics {
        #expect(diagnostic.range.start.line >= 1 && diagnostic.range.start.column >= 1)
        #expect(diagnostic.range.start.offset <= text.utf8.count)
      }
      guard let once = try? Formatter.format(file) else { continue }
      let reparsed = Parser.parse(path: "r.plan", text: once)
      guard let twice = try? Formatter.format(reparsed) else {
        Issue.record("formatted text does not parse: \(text.debugDescription) → \(once.debugDescription)")
        continue
      }
      #expect(once == twice, "not idempotent for \(text.debugDescription)")
      let language = LanguageDetection.detect(file)
      var before = Binder(source: file.source, language: language)
      var after = Binder(source: reparsed.source, language: language)
      #expect(
        ModelDump.dump(before.bind(file)) == ModelDump.dump(after.bind(reparsed)),
        "model changed for \(text.debugDescription)")
    }
  }
}
