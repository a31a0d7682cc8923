/// Word-level differences between two texts (a longest common subsequence over words), as a
/// reader of a redline wants them: unchanged words, deleted words, inserted words, in order.
public enum WordDiff {
  public enum Kind: String, Sendable, Equatable { case same, deleted, inserted }

  public struct Segment: Sendable, Equatable {
    public var kind: Kind
    public var text: String
  }

  /// Texts longer than this many words on both sides are compared whole (the table would be
  /// too large): the old text deleted, the new one inserted.
  static let maximumCells = 4_000_000

  public static func segments(_ old: String, _ new: String) -> [Segment] {
    let a = words(old)
    let b = words(new)
    guard a.count * b.count <= maximumCells else {
      return [Segment(kind: .deleted, text: old), Segment(kind: .inserted, text: new)].filter {
        !$0.text.isEmpty
      }
    }
    // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
    let width = b.count + 1
    var lengths = [Int](repeating: 0, count: (a.count + 1) * width)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lengths[i * width + j] =
          a[i] == b[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
      }
    }
    var out: [Segment] = []
    func add(_ kind: Kind, _ word: String) {
      if let last = out.last, last.kind == kind {
        out[out.count - 1].text += " " + word
      } else {
        out.append(Segment(kind: kind, text: word))
      }
    }
    var (i, j) = (0, 0)
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        add(.same, a[i])
        i += 1
        j += 1
      } else if i < a.count, j == b.count || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
        // Deletions before insertions: «[-dos-] {+tres+}» reads as a replacement.
        add(.deleted, a[i])
        i += 1
      } else {
        add(.inserted, b[j])
        j += 1
      }
    }
    return out
  }

  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
  }
}
