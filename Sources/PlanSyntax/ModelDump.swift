/// A canonical text form of bound statements: keys and typed values, no positions, no spelling.
/// Two plans that mean the same (for example a file and its formatted version) dump the same.
public enum ModelDump {
  public static func dump(_ nodes: [BoundNode]) -> String {
    var out = ""
    for node in nodes { write(node, depth: 0, into: &out) }
    return out
  }

  private static func write(_ node: BoundNode, depth: Int, into out: inout String) {
    out += String(repeating: "  ", count: depth) + node.key
    for value in node.values { out += " " + describe(value) }
    out += "\n"
    for child in node.children { write(child, depth: depth + 1, into: &out) }
  }

  public static func describe(_ value: Value) -> String {
    switch value {
    case .identifier(let name): return "id(\(name))"
    case .references(let references): return "refs(" + references.map(\.name).joined(separator: ",") + ")"
    case .text(let text): return quote(text)
    case .integer(let number): return "int(\(number))"
    case .year(let year): return "year(\(year))"
    case .date(let date): return "date(\(date))"
    case .yearRange(let from, let to): return "years(\(from)..\(to))"
    case .amount(let amount, let currency): return "amount(\(amount) \(currency))"
    case .measure(let measure):
      switch measure {
      case .number(let number): return "number(\(number))"
      case .percentage(let number): return "percent(\(number))"
      case .amount(let amount, let currency): return "amount(\(amount) \(currency))"
      case .text(let text): return "text" + quote(text)
      }
    case .colour(let colour): return "colour(\(colour))"
    case .choice(let choice): return "choice(\(choice))"
    case .sdgTargets(let codes): return "sdg(" + codes.joined(separator: ",") + ")"
    case .name(let name): return "name(\(name))"
    case .absent: return "-"
    }
  }

  private static func quote(_ text: String) -> String { TextLiterals.quote(text) }
}
