import Foundation
import PlanDiagnostics
import PlanSyntax
import Testing

/// Over every file of the malformed corpus: the lossless tree gives back the input, and no
/// diagnostic points outside the file.
@Suite("Corpus mal formado: árbol sin pérdidas y ubicaciones válidas")
struct MalformedRoundTripTests {
  static func bytes(of file: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: MalformedCorpus.folder.appendingPathComponent(file)))
  }

  @Test("el árbol reproduce el texto exacto", arguments: MalformedCorpus.allPlanFiles)
  func losslessTree(_ file: String) throws {
    let bytes = try Self.bytes(of: file)
    let tree = Parser.parse(path: file, bytes: bytes)
    // Invalid UTF-8 is replaced (or a Latin-1 file transcoded) before parsing; the tree holds that
    // decoded text, byte for byte.
    let expected = tree.source.bytes
    let rebuilt = Array(tree.reconstructedText().utf8)
    let firstDifference =
      zip(expected, rebuilt).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expected.count, rebuilt.count)
    #expect(
      rebuilt == expected,
      "\(file): \(rebuilt.count) bytes reconstruidos de \(expected.count); difieren desde el byte \(firstDifference)"
    )
  }

  @Test("el parser sólo informa ubicaciones válidas", arguments: MalformedCorpus.allPlanFiles)
  func parserLocations(_ file: String) throws {
    let tree = Parser.parse(path: file, bytes: try Self.bytes(of: file))
    for diagnostic in tree.diagnostics {
      let problems = Self.locationProblems(diagnostic, in: tree.source)
      #expect(problems.isEmpty, "\(file): \(diagnostic.code) \(problems)")
    }
  }

  @Test("la carga completa sólo informa ubicaciones válidas", arguments: MalformedCorpus.allCases)
  func loaderLocations(_ name: String) throws {
    let plan = try MalformedCorpus.load(name)
    for diagnostic in plan.diagnostics {
      guard let source = plan.source(for: diagnostic.range.file) else {
        Issue.record("\(name): \(diagnostic.code) apunta a un archivo no cargado: \(diagnostic.range.file)")
        continue
      }
      let problems = Self.locationProblems(diagnostic, in: source)
      #expect(problems.isEmpty, "\(name): \(diagnostic.code) \(problems)")
    }
  }

  /// What is wrong with a diagnostic's location: lines and columns from 1, inside the file, the end
  /// not before the start, and line and column consistent with the byte offset.
  static func locationProblems(_ diagnostic: Diagnostic, in source: SourceText) -> [String] {
    var problems: [String] = []
    let range = diagnostic.range
    if range.file != source.path { problems.append("archivo «\(range.file)» en lugar de «\(source.path)»") }
    for (name, position) in [("inicio", range.start), ("fin", range.end)] {
      let where_ = "\(name) \(position.line):\(position.column) (byte \(position.offset))"
      guard position.line >= 1, position.column >= 1 else {
        problems.append("\(where_): línea o columna menor que 1")
        continue
      }
      guard position.line <= source.lineCount else {
        problems.append("\(where_): el archivo tiene \(source.lineCount) líneas")
        continue
      }
      let width = source.lineText(position.line).unicodeScalars.count
      if position.column > width + 1 { problems.append("\(where_): la línea tiene \(width) caracteres") }
      if position.offset < 0 || position.offset > source.bytes.count {
        problems.append("\(where_): fuera de los \(source.bytes.count) bytes del archivo")
      } else if source.position(of: position.offset) != position {
        problems.append("\(where_): no coincide con su byte")
      }
    }
    if range.end.offset < range.start.offset { problems.append("el fin está antes del inicio") }
    return problems
  }
}
