import Foundation
import PlanCheck
import PlanDiagnostics
import PlanSyntax
import Testing

/// Every code `plan` can print has its explanation (`plan explain`), kept in one catalogue beside the
/// code that reports it: a new code cannot ship without one, and each example really reports its code.
@Suite struct CodeCatalogTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Every code written in the sources (`"S003"`, `"E106"`…), with the files that write it.
  static let codesInSources: [String: Set<String>] = {
    var found: [String: Set<String>] = [:]
    let sources = repository.appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
    let pattern = try! Regex(#""([A-Z][0-9]{2,3})""#)
    for file in files where file.hasSuffix(".swift") {
      let text = (try? String(contentsOfFile: sources.path + "/" + file, encoding: .utf8)) ?? ""
      for match in text.matches(of: pattern) {
        found[String(text[match.range].dropFirst().dropLast()), default: []].insert(file)
      }
    }
    return found
  }()

  static let catalogueFiles: Set<String> = [
    "PlanSyntax/SyntaxCodes.swift", "PlanSyntax/SchemaCodes.swift", "PlanSyntax/FileCodes.swift",
    "PlanModel/ModelCodes.swift", "PlanCheck/ReviewCodes.swift",
  ]

  @Test func everyCodeInTheSourcesIsExplained() {
    let rules = Set(Checker.rules.map { $0.descriptor.id })
    #expect(Self.codesInSources.count > 50)
    for (code, files) in Self.codesInSources.sorted(by: { $0.key < $1.key }) {
      #expect(
        rules.contains(code) || CodeCatalog.documentation(for: code) != nil,
        "\(code) (written in \(files.sorted().joined(separator: ", "))) has no entry in the code catalogue")
    }
  }

  /// An entry for a code nothing reports would explain something users never see.
  @Test func everyExplainedCodeIsReportedSomewhere() {
    for entry in CodeCatalog.documentation {
      let writers = (Self.codesInSources[entry.id] ?? []).subtracting(Self.catalogueFiles)
      #expect(!writers.isEmpty, "\(entry.id) is documented but no source file reports it")
    }
  }

  @Test func everyEntryIsCompleteInEveryLanguage() {
    var ids = Set<String>()
    for entry in CodeCatalog.documentation {
      #expect(ids.insert(entry.id).inserted, "\(entry.id) twice")
      #expect(entry.name.first?.isUppercase == true && !entry.name.contains(" "))
      for text in [entry.title, entry.explanation, entry.fix] + (entry.withoutExample.map { [$0] } ?? []) {
        for language in Language.allCases {
          #expect(!text.text(language).isEmpty, "\(entry.id) lacks \(language)")
        }
      }
      #expect(entry.example.isEmpty == (entry.withoutExample != nil), "\(entry.id): an example, or why none")
    }
  }

  /// Each example, written to a folder as a plan's files, makes `plan check` report its code.
  @Test(arguments: CodeCatalog.documentation.filter { !$0.example.isEmpty }.map(\.id))
  func theExampleReportsItsCode(id: String) throws {
    let entry = try #require(CodeCatalog.documentation(for: id))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-code-\(id)-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for file in entry.example {
      try file.text.write(to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
    }
    let plan = try PlanLoader.load(path: folder.appendingPathComponent(entry.example[0].name).path)
    let codes = Set(Checker.check(plan).diagnostics.map(\.code))
    #expect(codes.contains(id), "the example of \(id) reports \(codes.sorted())")
  }

  /// The codes an example cannot show as text are reported from bytes.
  @Test func theEncodingCodesAreReportedFromTheirBytes() {
    let cases: [(String, [UInt8])] = [
      // Valid UTF-8 (the «ó») with one damaged byte: UTF-8, not Latin-1.
      ("S001", Array("lema \"Región ".utf8) + [0xC3, 0x28] + Array(" abierta\"\n".utf8)),
      ("S020", [0xFF, 0xFE] + Array("lema \"x\"\n".utf8).flatMap { [$0, 0] }),
      ("S021", Array("lema \"Villa Aurora, regi".utf8) + [0xF3] + Array("n abierta\"\n".utf8)),
    ]
    for (code, bytes) in cases {
      let file = Parser.parse(path: "plan.plan", bytes: bytes)
      #expect(file.diagnostics.contains { $0.code == code }, "\(code): \(file.diagnostics.map(\.code))")
    }
  }

  @Test func docsCodesIsUpToDate() throws {
    let written = try String(
      contentsOf: Self.repository.appendingPathComponent("docs/codes.md"), encoding: .utf8)
    #expect(
      written == CodeDocumentationText.markdown(),
      "docs/codes.md is stale: regenerate it with `plan explain --markdown > docs/codes.md`")
  }

  /// An example whose point is a character nobody can see shows it as `⟨U+00A0⟩` and names it.
  @Test func examplesShowInvisibleCharactersByName() throws {
    let nbsp = try #require(CodeCatalog.documentation.first { $0.id == "S022" })
    #expect(nbsp.example.contains { $0.text.contains("\u{A0}") })
    let text = CodeDocumentationText.explain(nbsp, language: .es)
    #expect(!text.contains("\u{A0}"))
    #expect(text.contains("estado⟨U+00A0⟩borrador"))
    #expect(text.contains("⟨U+00A0⟩: en el archivo, espacio de no separación (U+00A0)"))
    for code in CodeCatalog.documentation {
      let shown = CodeDocumentationText.explain(code, language: .en)
      #expect(!shown.unicodeScalars.contains { SpecialCharacters.kind(of: $0.value) != nil }, "\(code.id)")
    }
  }

  @Test func explainPrintsACodeInItsLanguage() throws {
    let entry = try #require(CodeCatalog.documentation(for: "e106"))
    let spanish = CodeDocumentationText.explain(entry, language: .es)
    #expect(spanish.hasPrefix("E106 — Valor fuera de la lista\n"))
    #expect(spanish.contains("estado borador") && spanish.contains("# plan:ignore E106 — motivo"))
    let portuguese = CodeDocumentationText.explain(
      try #require(CodeCatalog.documentation(for: "S003")), language: .pt)
    #expect(portuguese.contains("Texto não fechado") && portuguese.contains("não podem ser ignorados"))
    let list = CodeDocumentationText.list(language: .en)
    #expect(list.contains("E106  error") && list.contains("G07"))
  }

  /// SARIF and JSON describe each code with its own title, not only its family's.
  @Test func reportersGetTheCodesOwnDescription() {
    let descriptors = CodeCatalog.descriptors(for: ["M003", "S011"])
    #expect(descriptors.first { $0.id == "M003" }?.title.es == "Identificador repetido")
    #expect(descriptors.first { $0.id == "S011" }?.helpPath == "docs/codes.md#s011")
  }
}
