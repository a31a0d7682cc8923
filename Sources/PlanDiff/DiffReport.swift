import PlanDiagnostics
import PlanSyntax

/// `plan diff` for people (one line per change, markers that read in black and white: `+` added,
/// `-` removed, `~` modified, `→` moved, `≈` renamed; deleted words `[-así-]`, inserted `{+así+}`)
/// and for tools (JSON).
public struct DiffReport {
  public var changes: PlanChanges
  public var oldName: String
  public var newName: String
  public var language: Language
  public var color: Bool

  public init(changes: PlanChanges, oldName: String, newName: String, language: Language, color: Bool) {
    self.changes = changes
    self.oldName = oldName
    self.newName = newName
    self.language = language
    self.color = color
  }

  static let markers: [PlanChanges.Kind: String] = [
    .added: "+", .removed: "-", .modified: "~", .moved: "→", .renamed: "≈",
  ]

  public var text: String {
    var out =
      DiffWords.heading(TerminalText.escape(oldName), TerminalText.escape(newName)).text(language) + "\n"
    guard !changes.isEmpty else { return out + DiffWords.noChanges.text(language) + "\n" + budgetLine() }
    out += DiffWords.summary(changes).text(language) + "\n\n"
    for change in changes.changes {
      var line = "\(Self.markers[change.kind]!) \(change.item.identity)"
      if !change.item.title.isEmpty { line += " «\(clip(change.item.title))»" }
      switch change.kind {
      case .moved:
        line += ": " + DiffWords.moved(from: change.previousParent, to: change.item.parent).text(language)
      case .renamed: line += ": " + DiffWords.renamed(from: change.previousID ?? "").text(language)
      default: break
      }
      if let range = change.item.range, change.kind != .removed {
        line += "  (\(range.file):\(range.start.line))"
      }
      out += paint(TerminalText.escape(line), change.kind) + "\n"
      for field in change.fields { out += "    " + fieldLine(field) + "\n" }
    }
    return out + "\n" + budgetLine()
  }

  private func fieldLine(_ field: PlanChanges.FieldChange) -> String {
    // Each piece of the plan's text is escaped before it is painted: no escape of the plan's
    // reaches the terminal, and the colours stay.
    let name = field.name.isEmpty ? DiffWords.title.text(language) : TerminalText.escape(field.name)
    let none = DiffWords.none.text(language)
    func shown(_ text: String?) -> String { text.map { TerminalText.escape(clip($0)) } ?? none }
    guard !field.words.isEmpty else {
      return "\(name): " + paint(shown(field.old), .removed) + " → " + paint(shown(field.new), .added)
    }
    return "\(name): "
      + field.words.map { segment in
        let text = TerminalText.escape(segment.text)
        switch segment.kind {
        case .same: return TerminalText.escape(clip(segment.text, keepEnds: true))
        case .deleted: return paint("[-\(text)-]", .removed)
        case .inserted: return paint("{+\(text)+}", .added)
        }
      }.joined(separator: " ")
  }

  /// `Presupuesto total: USD 9.000 → 12.000 (+3.000); ARS 66.000.000 (sin cambios)`.
  private func budgetLine() -> String {
    guard !changes.budget.isEmpty else { return "" }
    let parts = changes.budget.map { entry -> String in
      let old = NumberText.write(entry.old, language: language)
      guard entry.old != entry.new else {
        return "\(entry.currency) \(old) (\(DiffWords.unchanged.text(language)))"
      }
      let difference = entry.new - entry.old
      let sign = difference > 0 ? "+" : ""
      return "\(entry.currency) \(old) → \(NumberText.write(entry.new, language: language)) "
        + "(\(sign)\(NumberText.write(difference, language: language)))"
    }
    return DiffWords.budget.text(language) + ": " + parts.joined(separator: "; ") + "\n"
  }

  /// A long unchanged run or value shortened in the middle: the change stays in view.
  private func clip(_ text: String, keepEnds: Bool = false) -> String {
    let words = text.split(separator: " ")
    let limit = keepEnds ? 8 : 40
    guard words.count > limit else { return text }
    let half = keepEnds ? 3 : 18
    return (words.prefix(half) + ["…"] + words.suffix(half)).joined(separator: " ")
  }

  private func paint(_ text: String, _ kind: PlanChanges.Kind) -> String {
    guard color else { return text }
    switch kind {
    case .added: return "\u{1B}[32m\(text)\u{1B}[0m"
    case .removed: return "\u{1B}[31m\(text)\u{1B}[0m"
    default: return "\u{1B}[1m\(text)\u{1B}[0m"
    }
  }

  /// The changes as JSON: `old`, `new`, `summary`, `changes` (kind, item, fields with word
  /// segments), `budget` per currency.
  public var json: JSONValue {
    .object([
      ("old", .string(oldName)), ("new", .string(newName)),
      (
        "summary",
        .object(
          [PlanChanges.Kind.added, .removed, .modified, .moved, .renamed].map {
            ($0.rawValue, .integer(changes.count($0)))
          })
      ),
      ("changes", .array(changes.changes.map(changeJSON))),
      (
        "budget",
        .array(
          changes.budget.map { entry in
            .object([
              ("currency", .string(entry.currency)), ("old", .number(entry.old)), ("new", .number(entry.new)),
              ("difference", .number(entry.new - entry.old)),
            ])
          })
      ),
    ])
  }

  private func changeJSON(_ change: PlanChanges.Change) -> JSONValue {
    var entries: [(key: String, value: JSONValue)] = [
      ("change", .string(change.kind.rawValue)), ("kind", .string(change.item.kind)),
      ("id", .string(change.item.id)), ("label", .string(change.item.label)),
      ("title", .string(change.item.title)),
      ("parent", .string(change.item.parent)),
    ]
    if change.kind == .renamed { entries.append(("previousId", .string(change.previousID))) }
    if change.kind == .moved { entries.append(("previousParent", .string(change.previousParent))) }
    if let range = change.item.range {
      entries.append(
        (
          change.kind == .removed ? "oldLocation" : "location",
          .object([
            ("file", .string(range.file)), ("line", .integer(range.start.line)),
            ("column", .integer(range.start.column)),
          ])
        ))
    }
    entries.append(
      (
        "fields",
        .array(
          change.fields.map { field in
            var object: [(key: String, value: JSONValue)] = [
              ("field", .string(field.name.isEmpty ? "title" : field.name)), ("old", .string(field.old)),
              ("new", .string(field.new)),
            ]
            if !field.words.isEmpty {
              object.append(
                (
                  "words",
                  .array(
                    field.words.map {
                      .object([("change", .string($0.kind.rawValue)), ("text", .string($0.text))])
                    })
                ))
            }
            return .object(object)
          })
      ))
    return .object(entries)
  }
}
