import PlanDiagnostics
import PlanModel
import PlanSyntax

/// What changed from one version of a plan to another, by what it means: items added, removed,
/// modified, moved to another parent and renamed, matched by identity; field by field; prose word by
/// word; and the total budget's change per currency.
public struct PlanChanges: Sendable {
  public enum Kind: String, Sendable, Equatable { case added, removed, modified, moved, renamed }

  public struct FieldChange: Sendable, Equatable {
    public var name: String
    /// `nil` when the field was added.
    public var old: String?
    /// `nil` when the field was removed.
    public var new: String?
    /// For prose changed in place: the words kept, deleted and inserted.
    public var words: [WordDiff.Segment]
  }

  public struct Change: Sendable {
    public var kind: Kind
    /// The item in the new version (the old one for a removal).
    public var item: PlanItem
    /// For a rename: the old identifier. For a move: the old parent (`nil`: the top).
    public var previousID: String?
    public var previousParent: String?
    /// The fields that changed (a modification; a moved or renamed item may have some too).
    public var fields: [FieldChange]
  }

  public struct BudgetChange: Sendable, Equatable {
    public var currency: String
    public var old: Double
    public var new: Double
  }

  public var changes: [Change]
  /// Every currency either version budgets, in order of first appearance.
  public var budget: [BudgetChange]
  public var isEmpty: Bool { changes.isEmpty }

  public func count(_ kind: Kind) -> Int { changes.filter { $0.kind == kind }.count }

  /// Compares two loaded versions (the model of each gives the budget totals).
  public init(old: LoadedPlan, new: LoadedPlan) {
    let oldPlan = PlanModel.resolve(old).plan
    let newPlan = PlanModel.resolve(new).plan
    self.init(
      oldNodes: old.nodes, newNodes: new.nodes, language: new.language,
      oldBudget: Self.totals(oldPlan), newBudget: Self.totals(newPlan))
  }

  init(
    oldNodes: [BoundNode], newNodes: [BoundNode], language: Language, oldBudget: [(String, Double)],
    newBudget: [(String, Double)]
  ) {
    let newItems = PlanItems.items(newNodes, language: language)
    // Renames first: an identifier that disappeared and one that appeared with the same content.
    let firstOld = PlanItems.items(oldNodes, language: language)
    let renamed = Self.renames(old: firstOld, new: newItems)
    let oldItems =
      renamed.isEmpty ? firstOld : PlanItems.items(oldNodes, language: language, renamed: renamed)
    var byIdentity: [String: PlanItem] = [:]
    for item in oldItems where byIdentity[item.identity] == nil { byIdentity[item.identity] = item }
    let previousName = Dictionary(renamed.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
    var changes: [Change] = []
    var seen: Set<String> = []
    for item in newItems where !seen.contains(item.identity) {
      seen.insert(item.identity)
      guard let before = byIdentity[item.identity] else {
        changes.append(Change(kind: .added, item: item, fields: []))
        continue
      }
      let fields = Self.fieldChanges(before, item)
      if let id = item.id, let old = previousName[id] {
        changes.append(Change(kind: .renamed, item: item, previousID: old, fields: fields))
      } else if before.parent != item.parent {
        changes.append(Change(kind: .moved, item: item, previousParent: before.parent, fields: fields))
      } else if !fields.isEmpty {
        changes.append(Change(kind: .modified, item: item, fields: fields))
      }
    }
    for item in oldItems where !seen.contains(item.identity) {
      seen.insert(item.identity)
      changes.append(Change(kind: .removed, item: item, fields: []))
    }
    self.changes = changes
    var budget: [BudgetChange] = []
    for (currency, _) in oldBudget + newBudget where !budget.contains(where: { $0.currency == currency }) {
      budget.append(
        BudgetChange(
          currency: currency, old: oldBudget.first { $0.0 == currency }?.1 ?? 0,
          new: newBudget.first { $0.0 == currency }?.1 ?? 0))
    }
    self.budget = budget
  }

  /// Old identifier → new one, for items of one kind whose content is the same and non-empty.
  static func renames(old: [PlanItem], new: [PlanItem]) -> [String: String] {
    let oldIDs = Set(old.compactMap(\.id))
    let newIDs = Set(new.compactMap(\.id))
    var candidates: [String: [PlanItem]] = [:]
    for item in new where item.id.map({ !oldIDs.contains($0) }) == true {
      candidates[item.kind + "\u{0}" + item.content.joined(separator: "\u{0}"), default: []].append(item)
    }
    var renamed: [String: String] = [:]
    for item in old {
      guard let id = item.id, !newIDs.contains(id), item.content != [""] else { continue }
      let key = item.kind + "\u{0}" + item.content.joined(separator: "\u{0}")
      // Only an unambiguous match is a rename.
      guard let matches = candidates[key], matches.count == 1, let target = matches[0].id else { continue }
      renamed[id] = target
      candidates[key] = nil
    }
    return renamed
  }

  /// The title, then each field by name (repeated fields compared in order).
  static func fieldChanges(_ old: PlanItem, _ new: PlanItem) -> [FieldChange] {
    var out: [FieldChange] = []
    if old.title != new.title {
      out.append(
        FieldChange(name: "", old: old.title, new: new.title, words: WordDiff.segments(old.title, new.title)))
    }
    var names: [String] = []
    for field in old.fields + new.fields where !names.contains(field.name) { names.append(field.name) }
    for name in names {
      let before = old.fields.filter { $0.name == name }
      let after = new.fields.filter { $0.name == name }
      // Entries present in both, wherever they are, are unchanged; the rest pair up in order.
      var removed = before.map(\.value)
      var added: [PlanItem.Field] = []
      for field in after {
        if let index = removed.firstIndex(of: field.value) {
          removed.remove(at: index)
        } else {
          added.append(field)
        }
      }
      for index in 0..<max(removed.count, added.count) {
        let was = index < removed.count ? removed[index] : nil
        let now = index < added.count ? added[index].value : nil
        let prose = (index < added.count ? added[index].isProse : before.first?.isProse) ?? false
        let words = prose && was != nil && now != nil ? WordDiff.segments(was!, now!) : []
        out.append(FieldChange(name: name, old: was, new: now, words: words))
      }
    }
    return out
  }

  static func totals(_ plan: Plan) -> [(String, Double)] {
    var out: [(String, Double)] = []
    for budget in plan.actions.flatMap(\.budgets) {
      if let index = out.firstIndex(where: { $0.0 == budget.currency }) {
        out[index].1 += budget.amount
      } else {
        out.append((budget.currency, budget.amount))
      }
    }
    return out
  }
}
