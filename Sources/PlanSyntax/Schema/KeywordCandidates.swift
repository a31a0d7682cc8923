/// The spellings a "did you mean" chooses from, each folded once: a file with hundreds of unknown
/// words compares every one of them with the same candidates.
public struct KeywordCandidates: Sendable {
  /// The spellings as written, in the order given.
  public let spellings: [String]
  /// Each spelling folded (`Keywords.fold`), as scalars.
  let folded: [[Unicode.Scalar]]

  public init(_ spellings: [String]) {
    self.spellings = spellings
    self.folded = spellings.map { Array(Keywords.fold($0).unicodeScalars) }
  }
}

extension Keywords {
  /// Every candidate at the smallest distance from `word`, if that is close enough to be a likely
  /// typo, in the order given. One candidate (or several spellings of one thing) makes a safe fix.
  public static func closest(to word: String, among candidates: KeywordCandidates) -> (
    candidates: [String], distance: Int
  ) {
    guard word.utf8.count <= 2 * maximumLength else { return ([], 0) }
    let folded = Array(fold(word).unicodeScalars)
    let length = folded.count
    let limit = max(1, min(3, length / 3))
    var best: [String] = []
    var bestDistance = limit + 1
    for (candidate, other) in zip(candidates.spellings, candidates.folded) {
      // Words whose lengths differ by more than the limit cannot be close: skip the edit distance.
      if abs(other.count - length) > limit { continue }
      let distance = distance(folded, other)
      if distance < bestDistance {
        best = [candidate]
        bestDistance = distance
      } else if distance == bestDistance {
        best.append(candidate)
      }
    }
    return (best, bestDistance)
  }

  /// `distance(_:_:)` on words already split into scalars.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
