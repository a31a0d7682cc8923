extension Template {
  /// The first of `placeholders` that `text` is, left as the template wrote it.
  public static func placeholder(matching text: String) -> Placeholder? {
    placeholder(matchingFolded: Placeholder.fold(Substring(text)))
  }

  /// `placeholder(matching:)` for a text already folded with `Placeholder.fold`.
  public static func placeholder(matchingFolded folded: String) -> Placeholder? {
    PlaceholderLookup.shared.first(matchingFolded: folded)
  }
}

/// The template's example texts by the first character of their first fixed piece. A text can only
/// be an example whose first piece it starts with, so each of a plan's texts is compared with the
/// few examples that begin like it, not with every example of the three templates.
struct PlaceholderLookup: Sendable {
  static let shared = PlaceholderLookup(Template.placeholders)

  let placeholders: [Placeholder]
  /// First character → indices into `placeholders`, ascending.
  let byFirstCharacter: [Character: [Int]]
  /// Examples that start with a variable: any text may begin like them.
  let startingWithVariable: [Int]

  init(_ placeholders: [Placeholder]) {
    self.placeholders = placeholders
    var byFirstCharacter: [Character: [Int]] = [:]
    var startingWithVariable: [Int] = []
    for (index, placeholder) in placeholders.enumerated() {
      if let first = placeholder.pieces.first?.first {
        byFirstCharacter[first, default: []].append(index)
      } else {
        startingWithVariable.append(index)
      }
    }
    self.byFirstCharacter = byFirstCharacter
    self.startingWithVariable = startingWithVariable
  }

  /// The first example, in the order of `placeholders`, that the folded text matches.
  func first(matchingFolded folded: String) -> Placeholder? {
    var sameStart: [Int] = []
    if let first = folded.first, let indices = byFirstCharacter[first] { sameStart = indices }
    let candidates = startingWithVariable.isEmpty ? sameStart : (sameStart + startingWithVariable).sorted()
    for index in candidates where placeholders[index].matches(folded: folded) {
      return placeholders[index]
    }
    return nil
  }
}
