import Foundation
import PlanDiagnostics
import PlanDiff
import PlanSyntax
import Testing

/// `plan diff` reports changes by what they mean: matched by identifier, whatever file an item is
/// written in, with renames, moves, field and word changes, and the budget per currency.
@Suite struct PlanChangesTests {
  static let base = """
    plan "Plan de prueba" {
      ciudad "Villa Prueba"
    }
    vision "Una ciudad abierta al mundo y a sus vecinos."
    eje economico "Pymes al mundo" {
      objetivo oe1 "Duplicar las pymes que exportan"
    }
    eje social "Cultura serrana" {
      objetivo os1 "Proyectar la cultura local"
    }
    incluir "acciones.plan"

    """

  static let actions = """
    accion a1 "Misión comercial a Chile con diez pymes" {
      objetivos oe1
      responsable rrii
      presupuesto 1.000 USD
      hasta 2027-06
    }
    accion a2 "Festival de cultura serrana" {
      objetivos os1
      presupuesto 2.000.000 ARS
    }

    """

  /// Loads a plan held in memory: file name → text; the first is the main file.
  static func load(_ files: [(String, String)]) -> LoadedPlan {
    let memory = MemoryFileSystem(
      files: Dictionary(uniqueKeysWithValues: files.map { ("/p/\($0.0)", Array($0.1.utf8)) }))
    return try! PlanLoader.load(path: "/p/\(files[0].0)", fileSystem: memory)
  }

  static func changes(_ old: [(String, String)], _ new: [(String, String)]) -> PlanChanges {
    PlanChanges(old: load(old), new: load(new))
  }

  static let original = [("plan.plan", base), ("acciones.plan", actions)]

  @Test func identicalVersionsHaveNoChanges() {
    let result = Self.changes(Self.original, Self.original)
    #expect(result.isEmpty)
    #expect(result.budget.map(\.currency) == ["USD", "ARS"])
    #expect(result.budget.allSatisfy { $0.old == $0.new })
  }

  @Test func movingItemsBetweenFilesOrInliningAnIncludeChangesNothing() {
    // a2 written before a1, and both in the main file instead of an include.
    let reordered = Self.actions.components(separatedBy: "accion a2")
    let inline = Self.base.replacingOccurrences(
      of: "incluir \"acciones.plan\"\n", with: "accion a2" + reordered[1] + reordered[0])
    #expect(Self.changes(Self.original, [("plan.plan", inline)]).isEmpty)
  }

  @Test func addedRemovedAndModifiedItemsWithTheirFields() throws {
    var actions = Self.actions.replacingOccurrences(of: "hasta 2027-06", with: "hasta 2028-03")
    actions = actions.replacingOccurrences(of: "presupuesto 1.000 USD", with: "presupuesto 1.500 USD")
    actions = actions.replacingOccurrences(
      of: "accion a2 \"Festival de cultura serrana\" {\n  objetivos os1\n  presupuesto 2.000.000 ARS\n}\n",
      with: "")
    actions += "accion a3 \"Feria de autopartes\" {\n  objetivos oe1\n  presupuesto 500.000 ARS\n}\n"
    let result = Self.changes(Self.original, [("plan.plan", Self.base), ("acciones.plan", actions)])
    #expect(
      result.changes.map { "\($0.kind.rawValue) \($0.item.identity)" } == [
        "modified accion a1", "added accion a3", "removed accion a2",
      ])
    let fields = try #require(result.changes.first).fields
    #expect(fields.map(\.name) == ["presupuesto", "hasta"])
    #expect(fields.map(\.old) == ["1.000 USD", "2027-06"])
    #expect(fields.map(\.new) == ["1.500 USD", "2028-03"])
    #expect(
      result.budget.map { "\($0.currency) \($0.old) \($0.new)" } == [
        "USD 1000.0 1500.0", "ARS 2000000.0 500000.0",
      ])
    let added = try #require(result.changes.first { $0.kind == .added }?.item.range)
    #expect(added.file == "/p/acciones.plan" && added.start.line == 7)
  }

  @Test func proseIsComparedWordByWord() throws {
    let new = Self.base.replacingOccurrences(
      of: "Una ciudad abierta al mundo", with: "Una ciudad intermedia abierta al mundo")
    let result = Self.changes(Self.original, [("plan.plan", new), ("acciones.plan", Self.actions)])
    let change = try #require(result.changes.first)
    #expect(change.item.identity == "vision" && change.kind == .modified)
    #expect(
      change.fields.first?.words.map { "\($0.kind.rawValue):\($0.text)" } == [
        "same:Una ciudad", "inserted:intermedia", "same:abierta al mundo y a sus vecinos.",
      ])
    let text = DiffReport(changes: result, oldName: "a", newName: "b", language: .es, color: false).text
    #expect(
      text.contains("~ vision «Una ciudad intermedia abierta al mundo y a sus vecinos.»  (/p/plan.plan:4)"))
    #expect(text.contains("    título: Una ciudad {+intermedia+} abierta al mundo y a sus vecinos."))
  }

  @Test func anObjectiveMovedToAnotherAxis() throws {
    var new = Self.base.replacingOccurrences(of: "  objetivo os1 \"Proyectar la cultura local\"\n", with: "")
    new = new.replacingOccurrences(
      of: "  objetivo oe1 \"Duplicar las pymes que exportan\"\n",
      with:
        "  objetivo oe1 \"Duplicar las pymes que exportan\"\n  objetivo os1 \"Proyectar la cultura local\"\n")
    let result = Self.changes(Self.original, [("plan.plan", new), ("acciones.plan", Self.actions)])
    #expect(result.changes.count == 1)
    let change = try #require(result.changes.first)
    #expect(change.kind == .moved && change.item.identity == "objetivo os1")
    #expect(change.previousParent == "eje social" && change.item.parent == "eje economico")
    let text = DiffReport(changes: result, oldName: "a", newName: "b", language: .en, color: false).text
    #expect(
      text.contains("→ objetivo os1 «Proyectar la cultura local»: moved from eje social to eje economico"))
  }

  /// A new identifier with the same content is a rename, and references to it follow it.
  @Test func aRenamedIdentifierIsOneRenameNotARemovalAndAnAddition() throws {
    let base = Self.base.replacingOccurrences(of: "oe1", with: "oe_pymes")
    let actions = Self.actions.replacingOccurrences(of: "oe1", with: "oe_pymes")
    let result = Self.changes(Self.original, [("plan.plan", base), ("acciones.plan", actions)])
    #expect(result.changes.count == 1)
    let change = try #require(result.changes.first)
    #expect(change.kind == .renamed && change.previousID == "oe1" && change.item.id == "oe_pymes")
    #expect(change.fields.isEmpty)
  }

  @Test func theJSONNamesEveryChangeAndTheBudget() throws {
    let actions = Self.actions.replacingOccurrences(
      of: "presupuesto 1.000 USD", with: "presupuesto 1.500 USD")
    let result = Self.changes(Self.original, [("plan.plan", Self.base), ("acciones.plan", actions)])
    let json = DiffReport(
      changes: result, oldName: "HEAD~1:plan.plan", newName: "plan.plan", language: .es, color: false
    )
    .json.rendered()
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["old"] as? String == "HEAD~1:plan.plan")
    let summary = try #require(object["summary"] as? [String: Int])
    #expect(summary["modified"] == 1 && summary["added"] == 0)
    let change = try #require((object["changes"] as? [[String: Any]])?.first)
    #expect(change["change"] as? String == "modified" && change["id"] as? String == "a1")
    let budget = try #require(object["budget"] as? [[String: Any]])
    #expect(budget.first?["difference"] as? Double == 500)
  }
}
