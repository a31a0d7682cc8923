import PlanDiagnostics
import PlanSyntax

/// A plan as the things a council can name: every statement that declares an identifier (an
/// action `a03`, an objective `oe1`, a SWOT item `d2`…) and every block statement without one (an
/// axis, the vision, the SWOT), each with the fields written inside it. Built from the bound
/// statements, so every construct of the grammar is covered, in any language the plan is written in.
public struct PlanItem: Sendable {
  /// The statement's keyword in Spanish (`accion`, `objetivo`): the grammar's key, last part.
  public var kind: String
  /// The identifier it declares, if any.
  public var id: String?
  /// How an item without identifier is told apart: `politico`, or `social 2` for the second.
  public var label: String?
  /// The statement's own values after the identifier (its title, for most).
  public var title: String
  /// What is written inside: `responsable: rrii`, `presupuesto: 9.000 USD · fuente: …`.
  public var fields: [Field]
  /// The identity of the enclosing item (`eje social 2`), or `nil` at the top.
  public var parent: String?
  /// Where the statement was written.
  public var range: SourceRange?

  public struct Field: Sendable, Equatable {
    public var name: String
    public var value: String
    /// Free text (titles, descriptions, narratives): compared word by word.
    public var isProse: Bool
  }

  /// `accion a03`, `eje social 2`, `vision`.
  public var identity: String {
    [kind, id ?? label].compactMap { $0 }.joined(separator: " ")
  }

  /// What an item says, apart from what it is called: two items with the same content and
  /// different identifiers are one item renamed.
  var content: [String] { [title] + fields.map { "\($0.name)=\($0.value)" } }
}

enum PlanItems {
  /// The items of a plan in reading order (includes expanded).
  static func items(_ nodes: [BoundNode], language: Language, renamed: [String: String] = [:]) -> [PlanItem] {
    var builder = Builder(language: language, renamed: renamed)
    let root = PlanItem(
      kind: "plan", id: nil, label: nil, title: "", fields: [], parent: nil,
      range: nodes.first?.range)
    builder.items.append(root)
    builder.collect(nodes, into: 0)
    return builder.items
  }

  private struct Builder {
    let language: Language
    let renamed: [String: String]
    var items: [PlanItem] = []
    /// How many id-less items of one kind and label were seen under one parent.
    var occurrences: [String: Int] = [:]

    mutating func collect(_ nodes: [BoundNode], into owner: Int) {
      for node in nodes where node.key != "incluir" {
        if let item = item(for: node, under: items[owner]) {
          items.append(item)
          let index = items.count - 1
          collect(node.children.filter(declaresItems), into: index)
          items[index].fields = fields(node.children.filter { !declaresItems($0) }, prefix: "")
        } else {
          items[owner].fields += fields([node], prefix: "")
        }
      }
    }

    /// Whether a statement declares an identifier.
    func hasIdentifier(_ node: BoundNode) -> Bool {
      if case .identifier? = node.values.first, node.construct.params.first?.kind == .identifier {
        return true
      }
      return false
    }

    /// Whether a statement is an item, or holds items (an axis holds objectives): then it is an
    /// item of its own rather than a field of its parent.
    func declaresItems(_ node: BoundNode) -> Bool {
      hasIdentifier(node) || node.children.contains(where: declaresItems)
    }

    mutating func item(for node: BoundNode, under parent: PlanItem) -> PlanItem? {
      // At the top, a statement written once (the vision, the SWOT, the brand) and one with a block
      // (an axis, even without objectives) is an item too.
      let topLevel = parent.kind == "plan" && (!node.construct.repeatable || node.construct.block != .none)
      guard declaresItems(node) || topLevel else { return nil }
      let kind = String(node.key.split(separator: ".").last ?? Substring(node.key))
      var values = node.values
      var id: String?
      var label: String?
      if hasIdentifier(node), case .identifier(let name)? = values.first {
        id = renamed[name] ?? name
        values.removeFirst()
      } else {
        // An axis is told apart by its motivation, and by its place among axes of that motivation.
        var base = ""
        if case .choice(let word)? = values.first {
          base = word
          values.removeFirst()
        }
        let key = "\(parent.identity)|\(kind)|\(base)"
        occurrences[key, default: 0] += 1
        let count = occurrences[key]!
        let parts = [base.isEmpty ? nil : base, count > 1 ? String(count) : nil].compactMap { $0 }
        label = parts.isEmpty ? nil : parts.joined(separator: " ")
        if count == 2,
          let first = items.firstIndex(where: {
            $0.kind == kind && $0.parent == parent.identity && $0.label == (base.isEmpty ? nil : base)
          })
        {
          // The first of several gets its number too, so none changes name when another is added.
          items[first].label = [base.isEmpty ? nil : base, "1"].compactMap { $0 }.joined(separator: " ")
        }
      }
      return PlanItem(
        kind: kind, id: id, label: label,
        title: values.map(render).filter { !$0.isEmpty }.joined(separator: " "),
        fields: [], parent: parent.kind == "plan" ? nil : parent.identity, range: node.range)
    }

    /// A statement without identity as fields: `presupuesto: 9.000 USD`, then `presupuesto.fuente: …`.
    func fields(_ nodes: [BoundNode], prefix: String) -> [PlanItem.Field] {
      var out: [PlanItem.Field] = []
      for node in nodes {
        let name = prefix + String(node.key.split(separator: ".").last ?? Substring(node.key))
        let prose = node.construct.params.contains { $0.kind == .prose || $0.kind == .text }
        out.append(
          PlanItem.Field(
            name: name, value: node.values.map(render).filter { !$0.isEmpty }.joined(separator: " "),
            isProse: prose))
        out += fields(node.children, prefix: name + ".")
      }
      return out
    }

    func render(_ value: Value) -> String {
      switch value {
      case .identifier(let name): return renamed[name] ?? name
      case .references(let references):
        return references.map { renamed[$0.name] ?? $0.name }.joined(separator: ", ")
      case .text(let text): return text
      case .integer(let number): return String(number)
      case .year(let year): return String(year)
      case .date(let date): return date.description
      case .yearRange(let from, let to): return "\(from)–\(to)"
      case .amount(let amount, let currency):
        return NumberText.write(amount, language: language) + " " + currency
      case .measure(let measure):
        switch measure {
        case .number(let number): return NumberText.write(number, language: language)
        case .percentage(let number): return NumberText.write(number, language: language) + "%"
        case .amount(let amount, let currency):
          return NumberText.write(amount, language: language) + " " + currency
        case .text(let text): return text
        }
      case .colour(let colour): return colour
      case .choice(let choice): return choice
      case .sdgTargets(let codes): return codes.joined(separator: ", ")
      case .name(let name): return name
      case .absent: return ""
      }
    }
  }
}
