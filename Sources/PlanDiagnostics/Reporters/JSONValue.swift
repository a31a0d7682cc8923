/// A JSON value whose objects keep their keys in the order they were written, so that the JSON and
/// SARIF reporters print the same bytes for the same input. Built by hand (no Foundation encoder):
/// `JSONEncoder` sorts keys alphabetically at best and formats numbers and slashes its own way.
///
/// Object and array literals read naturally: `["name": "plan", "version": "0.1.0"]` keeps that order.
public enum JSONValue: Sendable, Equatable {
  case object([(key: String, value: JSONValue)])
  case array([JSONValue])
  case string(String)
  case integer(Int)
  /// A finite number; NaN and infinities are written as `null` (JSON has no spelling for them).
  case number(Double)
  case bool(Bool)
  case null

  /// A string, or `null` when there is none.
  public static func string(_ value: String?) -> JSONValue {
    value.map(JSONValue.string) ?? .null
  }

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    case (.array(let a), .array(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.integer(let a), .integer(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.bool(let a), .bool(let b)): return a == b
    case (.null, .null): return true
    default: return false
    }
  }

  /// The value printed with two-space indentation and a final line break.
  public func rendered() -> String {
    var out = ""
    write(to: &out, indent: 0)
    out += "\n"
    return out
  }

  /// The value on one line, without spaces (used to order otherwise equal diagnostics).
  public func compact() -> String {
    var out = ""
    write(to: &out, indent: nil)
    return out
  }

  /// Writes the value; `indent == nil` writes it on one line.
  func write(to out: inout String, indent: Int?) {
    switch self {
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { out += "," }
        Self.newline(&out, indent.map { $0 + 1 })
        Self.quote(member.key, into: &out)
        out += indent == nil ? ":" : ": "
        member.value.write(to: &out, indent: indent.map { $0 + 1 })
      }
      Self.newline(&out, indent)
      out += "}"
    case .array(let elements):
      if elements.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { out += "," }
        Self.newline(&out, indent.map { $0 + 1 })
        element.write(to: &out, indent: indent.map { $0 + 1 })
      }
      Self.newline(&out, indent)
      out += "]"
    case .string(let text):
      Self.quote(text, into: &out)
    case .integer(let value):
      out += String(value)
    case .number(let value):
      if !value.isFinite {
        out += "null"
      } else if value == value.rounded(), abs(value) < 1e15 {
        out += String(Int(value))
      } else {
        // Swift prints the shortest text that reads back as the same Double: stable across runs.
        out += "\(value)"
      }
    case .bool(let value):
      out += value ? "true" : "false"
    case .null:
      out += "null"
    }
  }

  private static func newline(_ out: inout String, _ indent: Int?) {
    guard let indent else { return }
    out += "\n"
    out += String(repeating: "  ", count: indent)
  }

  /// Writes `text` as a JSON string: quotes and backslashes escaped, control characters as `\n`,
  /// `\t`, … or `\u00XX`, C1 and bidirectional controls as `\u202e`, U+2028/U+2029 escaped
  /// (JavaScript reads them as line breaks), and every other character, accents included, as UTF-8.
  static func quote(_ text: String, into out: inout String) {
    out += "\""
    // Fast path: a text with nothing to escape (most of them) is written as it is. Every scalar that
    // needs an escape is ASCII or starts with one of these lead bytes (C1, U+061C, U+2028, bidi).
    if !text.utf8.contains(where: {
      $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2
    }) {
      out += text
      out += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\u{2028}", "\u{2029}": out += "\\u" + hex4(scalar.value)
      default:
        // C1 controls and bidirectional controls too: valid JSON either way, but written as
        // escapes nothing reaches a terminal that prints the document.
        if scalar.value < 0x20 || TerminalText.isUnsafe(scalar.value) {
          out += "\\u" + hex4(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  private static func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .integer(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  /// Keeps the literal's order (and would keep a repeated key: do not write one).
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(elements.map { (key: $0.0, value: $0.1) })
  }
  public init(nilLiteral: ()) { self = .null }
}
