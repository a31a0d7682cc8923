import Foundation
import Testing

@testable import PlanDiagnostics

@Suite struct JSONReporterTests {
  @Test func goldenOutput() {
    let fixture = ReportFixtures.make()
    let output = JSONReporter(context: fixture.context).render(fixture.diagnostics)
    expectSameText(output, Self.golden + "\n")
  }

  @Test func parsesBackWithTheDocumentedKeysInOrder() throws {
    let fixture = ReportFixtures.make(language: .en)
    let output = JSONReporter(context: fixture.context).render(fixture.diagnostics)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(Set(root.keys) == Set(JSONReporter.coreKeys))
    // Top-level keys appear in the documented order.
    let positions = JSONReporter.coreKeys.map { key in
      output.range(of: "\n  \"\(key)\":").map { output.distance(from: output.startIndex, to: $0.lowerBound) }
        ?? -1
    }
    #expect(!positions.contains(-1))
    #expect(positions == positions.sorted())

    #expect(root["schema"] as? String == "plan-check/1")
    #expect(root["language"] as? String == "en")
    #expect((root["tool"] as? [String: Any])?["name"] as? String == "plan")
    #expect((root["tool"] as? [String: Any])?["version"] as? String == "0.1.0")
    #expect(root["files"] as? [String] == ["plans/demo.plan"])
    let summary = try #require(root["summary"] as? [String: Int])
    #expect(summary == ["errors": 2, "warnings": 2, "advisories": 1])

    let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.count == 5)
    let keys: Set = [
      "code", "severity", "message", "message_es", "message_en", "file", "line", "column", "end_line",
      "end_column", "help", "notes", "fixes",
    ]
    for entry in diagnostics {
      #expect(Set(entry.keys) == keys)
      #expect(["error", "warning", "advisory"].contains(entry["severity"] as? String ?? ""))
      // The chosen language is English here.
      #expect(entry["message"] as? String == entry["message_en"] as? String)
      for key in ["line", "column", "end_line", "end_column"] {
        #expect((entry[key] as? Int ?? 0) >= 1, "\(key)")
      }
      for note in entry["notes"] as? [[String: Any]] ?? [] {
        #expect(Set(note.keys) == ["message", "file", "line", "column"])
      }
      for fix in entry["fixes"] as? [[String: Any]] ?? [] {
        #expect(Set(fix.keys) == ["file", "line", "column", "end_line", "end_column", "replacement"])
      }
    }
    let first = diagnostics[0]
    #expect(first["code"] as? String == "E120")
    #expect(first["message_es"] as? String == fixture.diagnostics[1].message.es)
    #expect(first["help"] is NSNull)
    let notes = try #require(first["notes"] as? [[String: Any]])
    #expect(notes[0]["line"] as? Int == 3)
    #expect(notes[1]["file"] is NSNull)
    let rules = try #require(root["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == ["E106", "E120", "F002", "G07"])
  }

  @Test func extensionMembersFollowTheCoreDocument() throws {
    let fixture = ReportFixtures.make()
    let reporter = JSONReporter(context: fixture.context)
    let compliance: JSONValue = [
      [
        "id": "G07", "status": "advisory",
        "evidence": [["file": "plans/demo.plan", "line": 4]],
      ],
      ["id": "G01", "status": "verified", "evidence": []],
    ]
    let plain = reporter.render(fixture.diagnostics)
    let extended = reporter.render(fixture.diagnostics, extra: [("compliance", compliance)])
    // The core document is unchanged; the extension comes after its last key.
    let core = String(plain.dropLast(3))  // "\n}\n"
    #expect(extended.hasPrefix(core + ",\n  \"compliance\": [\n"))
    let root = try #require(try JSONSerialization.jsonObject(with: Data(extended.utf8)) as? [String: Any])
    let entries = try #require(root["compliance"] as? [[String: Any]])
    #expect(entries.map { $0["status"] as? String } == ["advisory", "verified"])
  }

  @Test func emptyReport() {
    let context = ReportContext(
      toolVersion: "0.1.0", language: .es, files: ["a.plan"], baseDirectory: "/repo",
      currentDirectory: "/repo")
    let output = JSONReporter(context: context).render([])
    let expected = """
      {
        "schema": "plan-check/1",
        "tool": {
          "name": "plan",
          "version": "0.1.0"
        },
        "language": "es",
        "files": [
          "a.plan"
        ],
        "summary": {
          "errors": 0,
          "warnings": 0,
          "advisories": 0
        },
        "diagnostics": [],
        "omitted": {
          "not_listed": [],
          "held_back": {
            "errors": 0,
            "warnings": 0,
            "advisories": 0
          }
        },
        "rules": []
      }

      """
    expectSameText(output, expected)
  }

  @Test func stringEscaping() throws {
    let text = "comillas \" barra \\ salto\nretorno\rtab\tcampana\u{07}esc\u{1B}del\u{7F} ñandú € 😀 \u{2028}/"
    let written = JSONValue.string(text).compact()
    #expect(
      written
        == #""comillas \" barra \\ salto\nretorno\rtab\tcampana\u0007esc\u001bdel\u007f ñandú € 😀 \u2028/""#)
    // Foundation reads it back to the same string.
    let decoded = try JSONSerialization.jsonObject(with: Data("[\(written)]".utf8)) as? [String]
    #expect(decoded == [text])
    // Non-ASCII stays as UTF-8 bytes, not \u escapes.
    #expect(written.contains("ñandú € 😀"))
  }

  @Test func valuesAndLayout() {
    #expect(JSONValue.number(1.5).compact() == "1.5")
    #expect(JSONValue.number(2).compact() == "2")
    #expect(JSONValue.number(.nan).compact() == "null")
    #expect(JSONValue.number(-.infinity).compact() == "null")
    #expect(JSONValue.integer(-3).compact() == "-3")
    #expect(JSONValue.string(nil as String?) == .null)
    let value: JSONValue = ["b": 1, "a": [true, nil, [:], []], "c": "x"]
    #expect(value.compact() == #"{"b":1,"a":[true,null,{},[]],"c":"x"}"#)
    let pretty = """
      {
        "b": 1,
        "a": [
          true,
          null,
          {},
          []
        ],
        "c": "x"
      }

      """
    #expect(value.rendered() == pretty)
    #expect(value != ["a": [true, nil, [:], []], "b": 1, "c": "x"])
  }

  static let golden = #"""
    {
      "schema": "plan-check/1",
      "tool": {
        "name": "plan",
        "version": "0.1.0"
      },
      "language": "es",
      "files": [
        "plans/demo.plan"
      ],
      "summary": {
        "errors": 2,
        "warnings": 2,
        "advisories": 1
      },
      "diagnostics": [
        {
          "code": "E120",
          "severity": "warning",
          "message": "el nombre \"Ñandú, Capital: 100%\" tiene comas, dos puntos y 100%\ny sigue en otra línea",
          "message_es": "el nombre \"Ñandú, Capital: 100%\" tiene comas, dos puntos y 100%\ny sigue en otra línea",
          "message_en": "the name \"Ñandú, Capital: 100%\" has commas, colons and 100%\nand goes on",
          "file": "plans/demo.plan",
          "line": 1,
          "column": 14,
          "end_line": 1,
          "end_column": 21,
          "help": null,
          "notes": [
            {
              "message": "declarado aquí",
              "file": "plans/demo.plan",
              "line": 3,
              "column": 1
            },
            {
              "message": "las comas separan {campos}",
              "file": null,
              "line": null,
              "column": null
            }
          ],
          "fixes": []
        },
        {
          "code": "E106",
          "severity": "error",
          "message": "valor inválido «borador» para `estado`",
          "message_es": "valor inválido «borador» para `estado`",
          "message_en": "invalid value «borador» for `estado`",
          "file": "plans/demo.plan",
          "line": 2,
          "column": 8,
          "end_line": 2,
          "end_column": 15,
          "help": "¿quiso decir `borrador`?",
          "notes": [],
          "fixes": [
            {
              "file": "plans/demo.plan",
              "line": 2,
              "column": 8,
              "end_line": 2,
              "end_column": 15,
              "replacement": "borrador"
            }
          ]
        },
        {
          "code": "X999",
          "severity": "warning",
          "message": "código sin descripción",
          "message_es": "código sin descripción",
          "message_en": "code without a descriptor",
          "file": "plans/demo.plan",
          "line": 3,
          "column": 1,
          "end_line": 3,
          "end_column": 9,
          "help": null,
          "notes": [],
          "fixes": []
        },
        {
          "code": "G07",
          "severity": "advisory",
          "message": "la meta no tiene indicador {medible}",
          "message_es": "la meta no tiene indicador {medible}",
          "message_en": "the goal has no {measurable} indicator",
          "file": "plans/demo.plan",
          "line": 4,
          "column": 3,
          "end_line": 4,
          "end_column": 12,
          "help": "agregue `indicador`",
          "notes": [],
          "fixes": []
        },
        {
          "code": "F002",
          "severity": "error",
          "message": "no se encuentra «faltante.plan»",
          "message_es": "no se encuentra «faltante.plan»",
          "message_en": "«faltante.plan» not found",
          "file": "plans/otro.plan",
          "line": 1,
          "column": 9,
          "end_line": 1,
          "end_column": 24,
          "help": null,
          "notes": [],
          "fixes": [
            {
              "file": "plans/otro.plan",
              "line": 1,
              "column": 1,
              "end_line": 2,
              "end_column": 1,
              "replacement": ""
            }
          ]
        }
      ],
      "omitted": {
        "not_listed": [],
        "held_back": {
          "errors": 0,
          "warnings": 0,
          "advisories": 0
        }
      },
      "rules": [
        {
          "id": "E106",
          "name": "ValorInvalido",
          "title": "Valor fuera de la lista",
          "default_severity": "error",
          "docs": null
        },
        {
          "id": "E120",
          "name": "NombreLargo",
          "title": "Nombre difícil de leer",
          "default_severity": "warning",
          "docs": null
        },
        {
          "id": "F002",
          "name": "ArchivoFaltante",
          "title": "Archivo incluido inexistente",
          "default_severity": "error",
          "docs": null
        },
        {
          "id": "G07",
          "name": "MetasMedibles",
          "title": "Cada meta tiene un indicador",
          "default_severity": "advisory",
          "docs": "docs/rules.md#g07"
        }
      ]
    }
    """#
}
