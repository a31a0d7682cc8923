import Foundation
import Testing

@testable import PlanDiagnostics

@Suite struct SARIFReporterTests {
  @Test func goldenOutput() {
    let fixture = ReportFixtures.make()
    let output = SARIFReporter(context: fixture.context).render(fixture.diagnostics)
    expectSameText(output, Self.golden + "\n")
  }

  /// When some input could not be checked, the log says the run failed and why, and has no
  /// `results` array that code scanning would read as "nothing found".
  @Test func aRunThatCouldNotCheckEverythingSaysSo() throws {
    var fixture = ReportFixtures.make(language: .en)
    fixture.context.failures = [
      ExecutionFailure(
        path: "plans/missing.plan",
        reason: Localized(
          es: "el archivo no existe", en: "the file does not exist", pt: "el archivo no existe")),
      ExecutionFailure(
        path: nil, reason: Localized(es: "opción desconocida", en: "unknown option", pt: "opción desconocida")
      ),
    ]
    let output = SARIFReporter(context: fixture.context).render(fixture.diagnostics)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    try SARIFShape.validate(log)
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect(run["results"] == nil)
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == false)
    #expect(invocation["exitCode"] as? Int == 2)
    let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
    #expect(notifications.count == 2)
    #expect(
      (notifications[0]["message"] as? [String: Any])?["text"] as? String
        == "plans/missing.plan: the file does not exist")
    #expect(notifications[0]["level"] as? String == "error")
    #expect(notifications[0]["locations"] != nil && notifications[1]["locations"] == nil)
    // A completed run always has its results, even none.
    let clean = SARIFReporter(context: ReportFixtures.make().context).render([])
    let cleanLog = try #require(try JSONSerialization.jsonObject(with: Data(clean.utf8)) as? [String: Any])
    let cleanRun = try #require((cleanLog["runs"] as? [[String: Any]])?.first)
    #expect((cleanRun["results"] as? [Any])?.isEmpty == true)
    #expect((cleanRun["invocations"] as? [[String: Any]])?.first?["executionSuccessful"] as? Bool == true)
  }

  /// `plan check --base`: each result says whether the change introduced it, kept it or fixed it.
  @Test func baselineStatesAreWrittenAndValid() throws {
    let fixture = ReportFixtures.make()
    let states: [BaselineState] = [.new, .unchanged, .absent]
    let marked = fixture.diagnostics.enumerated().map { index, diagnostic in
      var diagnostic = diagnostic
      diagnostic.baseline = states[index % 3]
      return diagnostic
    }
    let output = SARIFReporter(context: fixture.context).render(marked)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    try SARIFShape.validate(log)
    let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    #expect(results.count == marked.count)
    #expect(Set(results.compactMap { $0["baselineState"] as? String }) == ["new", "unchanged", "absent"])
    // Without --base, no result has a state.
    let plain = SARIFReporter(context: fixture.context).render(fixture.diagnostics)
    #expect(!plain.contains("baselineState"))
  }

  @Test func hasTheRequiredStructure() throws {
    let fixture = ReportFixtures.make()
    let output = SARIFReporter(context: fixture.context).render(fixture.diagnostics)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    try SARIFShape.validate(log)

    #expect(log["version"] as? String == "2.1.0")
    #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let run = runs[0]
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "plan")
    #expect(driver["semanticVersion"] as? String == "0.1.0")
    #expect(driver["informationUri"] == nil)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let base = try #require((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])
    #expect(base["uri"] as? String == "file:///repo/")

    let rules = try #require(driver["rules"] as? [[String: Any]])
    let ids = rules.compactMap { $0["id"] as? String }
    #expect(ids == ["E106", "E120", "F002", "G07", "S003", "X999"])
    #expect(rules.allSatisfy { $0["helpUri"] == nil })
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == fixture.diagnostics.count)
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
    }
    let levels = results.map { "\($0["ruleId"]!)=\($0["level"]!)" }
    #expect(levels == ["E120=warning", "E106=error", "X999=warning", "G07=note", "F002=error"])
    // A code without a descriptor gets a bare rule, so its ruleIndex still resolves.
    #expect(rules[5].count == 1)
    // Advisory rules default to `note`.
    #expect((rules[3]["defaultConfiguration"] as? [String: Any])?["level"] as? String == "note")

    let artifacts = try #require(run["artifacts"] as? [[String: Any]])
    let uris = artifacts.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String }
    #expect(uris == ["plans/demo.plan", "plans/otro.plan"])
    #expect(artifacts[0]["roles"] as? [String] == ["analysisTarget"])
  }

  @Test func messagesDoubleBracesAndCarryHelpAndUnplacedNotes() throws {
    let fixture = ReportFixtures.make()
    let document = SARIFReporter(context: fixture.context).document(fixture.diagnostics)
    let log = try #require(
      try JSONSerialization.jsonObject(with: Data(document.rendered().utf8)) as? [String: Any])
    let results = try #require((log["runs"] as? [[String: Any]])?[0]["results"] as? [[String: Any]])
    let texts = results.map { ($0["message"] as? [String: Any])?["text"] as? String ?? "" }
    #expect(texts[0].hasSuffix("\nnota: las comas separan {{campos}}"))
    #expect(texts[1] == "valor inválido «borador» para `estado`\nayuda: ¿quiso decir `borrador`?")
    #expect(texts[3] == "la meta no tiene indicador {{medible}}\nayuda: agregue `indicador`")
    #expect(SARIFReporter.escapeBraces("a {b} }{") == "a {{b}} }}{{")
  }

  @Test func pathsOutsideTheRepositoryAndUnusualNames() throws {
    let inside = SourceText(path: "plans/año nuevo, #1.plan", text: "x\n")
    let outside = SourceText(path: "/otra/parte/fuera.plan", text: "y\n")
    let diagnostics = [
      Diagnostic(
        code: "E1", severity: .error, message: Localized(es: "a", en: "a", pt: "a"),
        range: inside.range(0..<1)),
      Diagnostic(
        code: "E1", severity: .warning, message: Localized(es: "b", en: "b", pt: "b"),
        range: outside.range(0..<1),
        notes: [
          Note(Localized(es: "n", en: "n", pt: "n"), at: inside.range(0..<1)),
          Note(Localized(es: "n", en: "n", pt: "n"), at: inside.range(0..<1)),
        ]),
    ]
    let context = ReportContext(
      toolVersion: "1.2.3-beta.1", language: .pt, files: [inside.path],
      baseDirectory: "/home/ana/mis planes", currentDirectory: "/home/ana/mis planes")
    let output = SARIFReporter(context: context).render(diagnostics)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    try SARIFShape.validate(log)
    #expect(output.contains(#""uri": "file:///home/ana/mis%20planes/""#))
    #expect(output.contains(#""uri": "plans/a%C3%B1o%20nuevo%2C%20%231.plan""#))
    #expect(output.contains(#""uri": "file:///otra/parte/fuera.plan""#))
    #expect(output.contains(#""language": "pt""#))
    // The file outside has no base id; the one inside does.
    let run = try #require((log["runs"] as? [[String: Any]])?[0])
    let artifacts = try #require(run["artifacts"] as? [[String: Any]])
    let locations = artifacts.compactMap { $0["location"] as? [String: String] }
    #expect(
      locations == [
        ["uri": "file:///otra/parte/fuera.plan"],
        ["uri": "plans/a%C3%B1o%20nuevo%2C%20%231.plan", "uriBaseId": "%SRCROOT%"],
      ])
    // Two identical notes give one related location (`uniqueItems`).
    let results = try #require(run["results"] as? [[String: Any]])
    let withNotes = try #require(results.first { $0["level"] as? String == "warning" })
    #expect((withNotes["relatedLocations"] as? [Any])?.count == 1)
  }

  @Test func uriEncoding() {
    #expect(
      SARIFReporter.encodeURIPath("plans/villa-aurora/villa_aurora.v2~.plan")
        == "plans/villa-aurora/villa_aurora.v2~.plan")
    #expect(SARIFReporter.encodeURIPath("a b:c%d?e#f") == "a%20b%3Ac%25d%3Fe%23f")
    #expect(SARIFReporter.encodeURIPath("ñ") == "%C3%B1")
  }

  static let golden = #"""
    {
      "version": "2.1.0",
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "runs": [
        {
          "tool": {
            "driver": {
              "name": "plan",
              "version": "0.1.0",
              "semanticVersion": "0.1.0",
              "language": "es",
              "rules": [
                {
                  "id": "E106",
                  "name": "ValorInvalido",
                  "shortDescription": {
                    "text": "Valor fuera de la lista"
                  },
                  "fullDescription": {
                    "text": "El campo admite valores fijos."
                  },
                  "help": {
                    "text": "Use uno de los valores listados."
                  },
                  "defaultConfiguration": {
                    "level": "error"
                  }
                },
                {
                  "id": "E120",
                  "name": "NombreLargo",
                  "shortDescription": {
                    "text": "Nombre difícil de leer"
                  },
                  "fullDescription": {
                    "text": "Los nombres cortos se citan mejor."
                  },
                  "help": {
                    "text": "Acorte el nombre."
                  },
                  "defaultConfiguration": {
                    "level": "warning"
                  }
                },
                {
                  "id": "F002",
                  "name": "ArchivoFaltante",
                  "shortDescription": {
                    "text": "Archivo incluido inexistente"
                  },
                  "fullDescription": {
                    "text": "Un `incluir` debe encontrar su archivo."
                  },
                  "help": {
                    "text": "Corrija la ruta."
                  },
                  "defaultConfiguration": {
                    "level": "error"
                  }
                },
                {
                  "id": "G07",
                  "name": "MetasMedibles",
                  "shortDescription": {
                    "text": "Cada meta tiene un indicador"
                  },
                  "fullDescription": {
                    "text": "Sin indicador no se puede verificar."
                  },
                  "help": {
                    "text": "Agregue `indicador` a la meta."
                  },
                  "defaultConfiguration": {
                    "level": "note"
                  },
                  "properties": {
                    "helpPath": "docs/rules.md#g07"
                  }
                },
                {
                  "id": "S003",
                  "name": "TextoSinCerrar",
                  "shortDescription": {
                    "text": "Texto sin cerrar"
                  },
                  "fullDescription": {
                    "text": "Falta la comilla final."
                  },
                  "help": {
                    "text": "Cierre la comilla."
                  },
                  "defaultConfiguration": {
                    "level": "error"
                  }
                },
                {
                  "id": "X999"
                }
              ]
            }
          },
          "invocations": [
            {
              "executionSuccessful": true
            }
          ],
          "originalUriBaseIds": {
            "%SRCROOT%": {
              "uri": "file:///repo/"
            }
          },
          "artifacts": [
            {
              "location": {
                "uri": "plans/demo.plan",
                "uriBaseId": "%SRCROOT%"
              },
              "roles": [
                "analysisTarget"
              ]
            },
            {
              "location": {
                "uri": "plans/otro.plan",
                "uriBaseId": "%SRCROOT%"
              }
            }
          ],
          "results": [
            {
              "ruleId": "E120",
              "ruleIndex": 1,
              "level": "warning",
              "message": {
                "text": "el nombre \"Ñandú, Capital: 100%\" tiene comas, dos puntos y 100%\ny sigue en otra línea\nnota: las comas separan {{campos}}"
              },
              "locations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "plans/demo.plan",
                      "uriBaseId": "%SRCROOT%"
                    },
                    "region": {
                      "startLine": 1,
                      "startColumn": 14,
                      "endLine": 1,
                      "endColumn": 21
                    }
                  }
                }
              ],
              "relatedLocations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "plans/demo.plan",
                      "uriBaseId": "%SRCROOT%"
                    },
                    "region": {
                      "startLine": 3,
                      "startColumn": 1,
                      "endLine": 3,
                      "endColumn": 9
                    }
                  },
                  "message": {
                    "text": "declarado aquí"
                  }
                }
              ]
            },
            {
              "ruleId": "E106",
              "ruleIndex": 0,
              "level": "error",
              "message": {
                "text": "valor inválido «borador» para `estado`\nayuda: ¿quiso decir `borrador`?"
              },
              "locations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "plans/demo.plan",
                      "uriBaseId": "%SRCROOT%"
                    },
                    "region": {
                      "startLine": 2,
                      "startColumn": 8,
                      "endLine": 2,
                      "endColumn": 15
                    }
                  }
                }
              ],
              "fixes": [
                {
                  "description": {
                    "text": "¿quiso decir `borrador`?"
                  },
                  "artifactChanges": [
                    {
                      "artifactLocation": {
                        "uri": "plans/demo.plan",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "replacements": [
                        {
                          "deletedRegion": {
                            "startLine": 2,
                            "startColumn": 8,
                            "endLine": 2,
                            "endColumn": 15
                          },
                          "insertedContent": {
                            "text": "borrador"
                          }
                        }
                      ]
                    }
                  ]
                }
              ]
            },
            {
              "ruleId": "X999",
              "ruleIndex": 5,
              "level": "warning",
              "message": {
                "text": "código sin descripción"
              },
              "locations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "plans/demo.plan",
                      "uriBaseId": "%SRCROOT%"
                    },
                    "region": {
                      "startLine": 3,
                      "startColumn": 1,
                      "endLine": 3,
                      "endColumn": 9
                    }
                  }
                }
              ]
            },
            {
              "ruleId": "G07",
              "ruleIndex": 3,
              "level": "note",
              "message": {
                "text": "la meta no tiene indicador {{medible}}\nayuda: agregue `indicador`"
              },
              "locations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "plans/demo.plan",
                      "uriBaseId": "%SRCROOT%"
                    },
                    "region": {
                      "startLine": 4,
                      "startColumn": 3,
                      "endLine": 4,
                      "endColumn": 12
                    }
                  }
                }
              ]
            },
            {
              "ruleId": "F002",
              "ruleIndex": 2,
              "level": "error",
              "message": {
                "text": "no se encuentra «faltante.plan»"
              },
              "locations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "plans/otro.plan",
                      "uriBaseId": "%SRCROOT%"
                    },
                    "region": {
                      "startLine": 1,
                      "startColumn": 9,
                      "endLine": 1,
                      "endColumn": 24
                    }
                  }
                }
              ],
              "fixes": [
                {
                  "artifactChanges": [
                    {
                      "artifactLocation": {
                        "uri": "plans/otro.plan",
                        "uriBaseId": "%SRCROOT%"
                      },
                      "replacements": [
                        {
                          "deletedRegion": {
                            "startLine": 1,
                            "startColumn": 1,
                            "endLine": 2,
                            "endColumn": 1
                          }
                        }
                      ]
                    }
                  ]
                }
              ]
            }
          ],
          "language": "es",
          "columnKind": "unicodeCodePoints"
        }
      ]
    }
    """#
}

/// A structural check of SARIF 2.1.0 written from the specification's schema (the schema itself is
/// not available offline): for every object `plan` writes, the properties it may have, those it
/// must have, and the allowed values of enumerations and integers.
enum SARIFShape {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func validate(_ log: [String: Any]) throws {
    try object(
      log, "sarifLog", allowed: ["$schema", "version", "runs", "inlineExternalProperties", "properties"],
      required: ["version", "runs"])
    guard log["version"] as? String == "2.1.0" else { throw Failure(description: "version") }
    for run in try array(log["runs"], "runs") { try validateRun(run) }
  }

  static func validateRun(_ run: Any) throws {
    let run = try object(
      run, "run",
      allowed: [
        "tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds",
        "artifacts", "logicalLocations", "graphs", "results", "automationDetails", "runAggregates",
        "baselineGuid",
        "redactionTokens", "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind",
        "externalPropertyFileReferences", "threadFlowLocations", "taxonomies", "addresses", "translations",
        "policies", "webRequests", "webResponses", "specialLocations", "properties",
      ], required: ["tool"])
    if let kind = run["columnKind"] {
      try check(["utf16CodeUnits", "unicodeCodePoints"].contains(kind as? String ?? ""), "columnKind")
    }
    if let language = run["language"] as? String {
      try check(
        language.range(of: "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$", options: .regularExpression) != nil, "language")
    }
    let tool = try object(
      run["tool"]!, "tool", allowed: ["driver", "extensions", "properties"], required: ["driver"])
    let driver = try object(
      tool["driver"]!, "toolComponent",
      allowed: [
        "guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription",
        "fullName",
        "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri",
        "informationUri",
        "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents",
        "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion",
        "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties",
      ], required: ["name"])
    let rules = try array(driver["rules"] ?? [Any](), "rules")
    var ids: [String] = []
    for rule in rules {
      let rule = try object(
        rule, "reportingDescriptor",
        allowed: [
          "id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription",
          "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships",
          "properties",
        ], required: ["id"])
      ids.append(rule["id"] as? String ?? "")
      for key in ["shortDescription", "fullDescription", "help"] where rule[key] != nil {
        try multiformat(rule[key]!)
      }
      if let configuration = rule["defaultConfiguration"] {
        let configuration = try object(
          configuration, "reportingConfiguration",
          allowed: ["enabled", "level", "rank", "parameters", "properties"],
          required: [])
        if let level = configuration["level"] { try checkLevel(level) }
      }
    }
    try check(Set(ids).count == ids.count, "rules must be unique")
    var baseIDs = Set<String>()
    if let bases = run["originalUriBaseIds"] as? [String: Any] {
      for (id, location) in bases {
        let location = try artifactLocation(location, bases: nil)
        let uri = location["uri"] as? String ?? ""
        try check(uri.hasPrefix("file:///") && uri.hasSuffix("/"), "base URI \(uri)")
        baseIDs.insert(id)
      }
    }
    for artifact in try array(run["artifacts"] ?? [Any](), "artifacts") {
      let artifact = try object(
        artifact, "artifact",
        allowed: [
          "description", "location", "parentIndex", "offset", "length", "roles", "mimeType", "contents",
          "encoding",
          "sourceLanguage", "hashes", "lastModifiedTimeUtc", "properties",
        ], required: [])
      if let location = artifact["location"] { try artifactLocation(location, bases: baseIDs) }
    }
    for invocation in try array(run["invocations"] ?? [Any](), "invocations") {
      let invocation = try object(
        invocation, "invocation",
        allowed: [
          "commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode",
          "ruleConfigurationOverrides", "notificationConfigurationOverrides", "toolExecutionNotifications",
          "toolConfigurationNotifications", "exitCodeDescription", "exitSignalName", "exitSignalNumber",
          "processStartFailureMessage", "executionSuccessful", "machine", "account", "processId",
          "executableLocation", "workingDirectory", "environmentVariables", "stdin", "stdout", "stderr",
          "stdoutStderr", "properties",
        ], required: ["executionSuccessful"])
      try check(invocation["executionSuccessful"] is Bool, "executionSuccessful is a boolean")
      if let code = invocation["exitCode"] { try check(code is Int, "exitCode is an integer") }
      for key in ["toolExecutionNotifications", "toolConfigurationNotifications"] {
        let notifications = try array(invocation[key] ?? [Any](), key)
        try unique(notifications, key)
        for notification in notifications {
          let notification = try object(
            notification, "notification",
            allowed: [
              "locations", "message", "level", "threadId", "timeUtc", "exception", "descriptor",
              "associatedRule", "properties",
            ], required: ["message"])
          try message(notification["message"]!)
          if let level = notification["level"] { try checkLevel(level) }
          for location in try array(notification["locations"] ?? [Any](), "locations") {
            try self.location(location, bases: baseIDs)
          }
        }
      }
    }
    for result in try array(run["results"] ?? [Any](), "results") {
      let result = try object(
        result, "result",
        allowed: [
          "ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid",
          "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows",
          "graphs",
          "graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank", "attachments",
          "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse",
          "properties",
        ], required: ["message"])
      try message(result["message"]!)
      if let level = result["level"] { try checkLevel(level) }
      if let state = result["baselineState"] {
        try check(
          ["new", "unchanged", "updated", "absent"].contains(state as? String ?? ""), "baselineState")
      }
      if let index = result["ruleIndex"] as? Int {
        try check(
          index >= 0 && index < ids.count && ids[index] == result["ruleId"] as? String, "ruleIndex \(index)")
      }
      for location in try array(result["locations"] ?? [Any](), "locations") {
        try self.location(location, bases: baseIDs)
      }
      let related = try array(result["relatedLocations"] ?? [Any](), "relatedLocations")
      try unique(related, "relatedLocations")
      for location in related { try self.location(location, bases: baseIDs) }
      let fixes = try array(result["fixes"] ?? [Any](), "fixes")
      try unique(fixes, "fixes")
      for fix in fixes {
        let fix = try object(
          fix, "fix", allowed: ["description", "artifactChanges", "properties"], required: ["artifactChanges"]
        )
        if let description = fix["description"] { try message(description) }
        let changes = try array(fix["artifactChanges"]!, "artifactChanges")
        try check(!changes.isEmpty, "artifactChanges must not be empty")
        try unique(changes, "artifactChanges")
        for change in changes {
          let change = try object(
            change, "artifactChange", allowed: ["artifactLocation", "replacements", "properties"],
            required: ["artifactLocation", "replacements"])
          try artifactLocation(change["artifactLocation"]!, bases: baseIDs)
          let replacements = try array(change["replacements"]!, "replacements")
          try check(!replacements.isEmpty, "replacements must not be empty")
          for replacement in replacements {
            let replacement = try object(
              replacement, "replacement", allowed: ["deletedRegion", "insertedContent", "properties"],
              required: ["deletedRegion"])
            try region(replacement["deletedRegion"]!)
            if let content = replacement["insertedContent"] {
              try object(
                content, "artifactContent", allowed: ["text", "binary", "rendered", "properties"],
                required: [])
            }
          }
        }
      }
    }
  }

  static func location(_ value: Any, bases: Set<String>) throws {
    let location = try object(
      value, "location",
      allowed: [
        "id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties",
      ],
      required: [])
    if let text = location["message"] { try message(text) }
    if let physical = location["physicalLocation"] {
      let physical = try object(
        physical, "physicalLocation",
        allowed: ["address", "artifactLocation", "region", "contextRegion", "properties"],
        required: ["artifactLocation"])
      try artifactLocation(physical["artifactLocation"]!, bases: bases)
      if let region = physical["region"] { try self.region(region) }
    }
  }

  @discardableResult
  static func artifactLocation(_ value: Any, bases: Set<String>?) throws -> [String: Any] {
    let location = try object(
      value, "artifactLocation", allowed: ["uri", "uriBaseId", "index", "description", "properties"],
      required: [])
    let uri = location["uri"] as? String ?? ""
    try check(!uri.isEmpty, "uri")
    // A URI reference: no spaces, no raw non-ASCII, `%` only before two hex digits.
    try check(
      uri.range(of: #"^([A-Za-z0-9\-._~/:?#\[\]@!$&'()*+,;=]|%[0-9A-F]{2})+$"#, options: .regularExpression)
        != nil, "uri «\(uri)»")
    if let base = location["uriBaseId"] as? String, let bases {
      try check(bases.contains(base), "uriBaseId \(base) not in originalUriBaseIds")
      try check(!uri.hasPrefix("/") && !uri.contains(":"), "relative uri «\(uri)»")
    }
    return location
  }

  static func region(_ value: Any) throws {
    let region = try object(
      value, "region",
      allowed: [
        "startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset",
        "byteLength",
        "snippet", "message", "sourceLanguage", "properties",
      ], required: ["startLine"])
    for key in ["startLine", "startColumn", "endLine", "endColumn"] {
      if let number = region[key] { try check((number as? Int ?? 0) >= 1, "\(key) ≥ 1") }
    }
    let startLine = region["startLine"] as? Int ?? 0
    let endLine = region["endLine"] as? Int ?? startLine
    try check(endLine >= startLine, "endLine ≥ startLine")
    if endLine == startLine, let start = region["startColumn"] as? Int, let end = region["endColumn"] as? Int
    {
      try check(end >= start, "endColumn ≥ startColumn")
    }
  }

  static func message(_ value: Any) throws {
    let message = try object(
      value, "message", allowed: ["text", "markdown", "id", "arguments", "properties"], required: [])
    try check(!(message["text"] as? String ?? "").isEmpty, "message.text")
  }

  static func multiformat(_ value: Any) throws {
    let message = try object(
      value, "multiformatMessageString", allowed: ["text", "markdown", "properties"], required: ["text"])
    try check(!(message["text"] as? String ?? "").isEmpty, "text")
  }

  static func checkLevel(_ value: Any) throws {
    try check(["none", "note", "warning", "error"].contains(value as? String ?? ""), "level \(value)")
  }

  @discardableResult
  static func object(_ value: Any, _ kind: String, allowed: Set<String>, required: Set<String>) throws
    -> [String: Any]
  {
    guard let object = value as? [String: Any] else { throw Failure(description: "\(kind) is not an object") }
    let unknown = Set(object.keys).subtracting(allowed)
    try check(unknown.isEmpty, "\(kind) has unknown properties \(unknown.sorted())")
    let missing = required.subtracting(object.keys)
    try check(missing.isEmpty, "\(kind) lacks \(missing.sorted())")
    return object
  }

  static func array(_ value: Any?, _ name: String) throws -> [Any] {
    guard let array = value as? [Any] else { throw Failure(description: "\(name) is not an array") }
    return array
  }

  static func unique(_ values: [Any], _ name: String) throws {
    let texts = try values.map {
      String(decoding: try JSONSerialization.data(withJSONObject: $0, options: .sortedKeys), as: UTF8.self)
    }
    try check(Set(texts).count == texts.count, "\(name) must not repeat an element")
  }

  static func check(_ condition: Bool, _ what: String) throws {
    if !condition { throw Failure(description: what) }
  }
}
