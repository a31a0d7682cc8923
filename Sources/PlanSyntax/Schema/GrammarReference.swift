/// The reference tables of docs/language.md, written from the grammar table: each top-level
/// statement with its members, and each closed vocabulary. A test rewrites them into the document
/// and fails when the document differs, so the reference can never drift from the language.
public enum GrammarReference {
  /// `| Español | English | Português | Argumentos | Notas |` for a top-level statement and
  /// everything in it.
  public static func table(_ key: String) -> String {
    var out = "| Español | English | Português | Argumentos | Notas |\n|---|---|---|---|---|\n"
    rows(Grammar.construct(key), depth: 0, sameAsPrevious: false, into: &out)
    return out
  }

  private static func rows(_ construct: Construct, depth: Int, sameAsPrevious: Bool, into out: inout String) {
    var notes: [String] = []
    switch construct.block {
    case .required: notes.append("bloque `{ }` obligatorio")
    case .optional: notes.append("bloque `{ }` opcional")
    case .none: break
    }
    if construct.repeatable { notes.append("repetible") }
    if !construct.aliases.isEmpty {
      notes.append("también: " + construct.aliases.map { "`\($0)`" }.joined(separator: ", "))
    }
    if let variant = construct.variant {
      notes.append("o bien `\(variant.es)` / `\(variant.en)` / `\(variant.pt)`, que `plan fmt` conserva")
    }
    if sameAsPrevious { notes.append("miembros: los mismos de arriba") }
    let indent = String(repeating: "↳ ", count: depth)
    out +=
      "| \(indent)`\(construct.es)` | `\(construct.en)` | `\(construct.pt)` | \(arguments(construct)) | "
      + notes.joined(separator: "; ") + " |\n"
    guard !sameAsPrevious else { return }
    var previousMembers: [String]?
    for key in construct.members {
      let member = Grammar.construct(key)
      // Siblings that share their members (the diagnosis dimensions, the kinds of partner) list
      // them once.
      let same = !member.members.isEmpty && member.members == previousMembers
      rows(member, depth: depth + 1, sameAsPrevious: same, into: &out)
      previousMembers = member.members
    }
  }

  /// The arguments as the reference shows them: `id "texto"`, `ref, ref…`, `fecha`…
  static func arguments(_ construct: Construct) -> String {
    guard !construct.params.isEmpty else { return "—" }
    return construct.params.map { param in
      let shown = argument(param)
      return param.required ? shown : "[\(shown)]"
    }.joined(separator: " ")
  }

  static func argument(_ param: Param) -> String {
    switch param.kind {
    case .identifier: return "id"
    case .reference: return "ref"
    case .references: return "ref, ref…"
    case .text: return "\"texto\""
    case .prose: return "\"texto\" o `\"\"\"`"
    case .integer: return "entero"
    case .year: return "año"
    case .date: return "fecha"
    case .yearRange: return "año `a` año"
    case .amount: return "monto MONEDA"
    case .measure: return "valor"
    case .parenYear: return "(año)"
    case .colour: return "#RRGGBB"
    case .sdgTargets: return "meta ODS, …"
    case .path: return "\"ruta\""
    case .name:
      // "el nombre del límite" → nombre, "la regla" → regla.
      let words = param.label.es.split(separator: " ")
      return String(words.first { !["el", "la", "los", "las"].contains($0) } ?? "nombre")
    case .choice(let choice):
      // A short list is spelled out; a long one is named and listed in section 5.
      guard choice.options.count <= 6 else { return "_\(choice.name.es)_ (vocabulario)" }
      return choice.options.map(\.es).joined(separator: " \\| ")
    }
  }

  /// `| Español | English | Português | Otras grafías | Significado |` for a closed vocabulary.
  public static func vocabulary(_ choice: Choice) -> String {
    var out = "| Español | English | Português | Otras grafías | Significado |\n|---|---|---|---|---|\n"
    for option in choice.options {
      let aliases = option.aliases.map { "`\($0)`" }.joined(separator: ", ")
      out += "| `\(option.es)` | `\(option.en)` | `\(option.pt)` | \(aliases) | \(option.label.es) |\n"
    }
    return out
  }
}
