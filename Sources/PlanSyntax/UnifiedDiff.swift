import PlanDiagnostics

/// A unified diff between two texts, line by line (Myers' O(ND) algorithm, so a large file with a
/// small change is cheap), with three lines of context, as `diff -u` prints it; made to be read on a
/// terminal (controls escaped, very long lines shortened), not applied.
public enum UnifiedDiff {
  public static func make(old: String, new: String, oldName: String, newName: String) -> String {
    let a = lines(old)
    let b = lines(new)
    let script = editScript(a, b)
    guard script.contains(where: { $0.kind != .same }) else { return "" }
    var out = "--- \(TerminalText.escape(oldName))\n+++ \(TerminalText.escape(newName))\n"
    // Group the edits into hunks with up to 3 lines of context around each change.
    let context = 3
    var index = 0
    while index < script.count {
      guard let firstChange = script[index...].firstIndex(where: { $0.kind != .same }) else { break }
      let start = max(index, firstChange - context)
      var end = firstChange
      var lastChange = firstChange
      while end < script.count {
        if script[end].kind != .same { lastChange = end }
        if end - lastChange > 2 * context { break }
        end += 1
      }
      end = min(script.count, lastChange + context + 1)
      let hunk = script[start..<end]
      let oldStart = hunk.first!.oldLine
      let newStart = hunk.first!.newLine
      let oldCount = hunk.filter { $0.kind != .insert }.count
      let newCount = hunk.filter { $0.kind != .delete }.count
      out +=
        "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
      for edit in hunk {
        // Shown, not obeyed: controls escaped, a very long line shortened in the middle.
        let text = TerminalText.escape(TerminalText.clip(edit.text, limit: lineLimit))
        switch edit.kind {
        case .same: out += " " + text + "\n"
        case .delete: out += "-" + text + "\n"
        case .insert: out += "+" + text + "\n"
        }
      }
      index = end
    }
    return out
  }

  /// Longer lines are shown shortened (`…` in the middle): the diff is for reading.
  static let lineLimit = 400

  struct Edit {
    enum Kind { case same, delete, insert }
    var kind: Kind
    var text: String
    /// 1-based line numbers in the old and new text where this edit stands.
    var oldLine: Int
    var newLine: Int
  }

  static func lines(_ text: String) -> [Substring] {
    var result = text.split(separator: "\n", omittingEmptySubsequences: false)
    if result.last == "" { result.removeLast() }
    return result
  }

  /// Longer edit distances than this fall back to one replace block (keeps memory bounded).
  static let maximumDistance = 4000

  static func editScript(_ a: [Substring], _ b: [Substring]) -> [Edit] {
    // Common prefix and suffix cost nothing to find and are most of a formatter's diff.
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix,
      a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    var edits: [Edit] = []
    for index in 0..<prefix {
      edits.append(Edit(kind: .same, text: String(a[index]), oldLine: index + 1, newLine: index + 1))
    }
    let middleA = Array(a[prefix..<(a.count - suffix)])
    let middleB = Array(b[prefix..<(b.count - suffix)])
    let middle =
      myers(middleA, middleB)
      ?? (middleA.enumerated().map { Edit(kind: .delete, text: String($1), oldLine: $0 + 1, newLine: 1) }
        + middleB.enumerated().map {
          Edit(kind: .insert, text: String($1), oldLine: middleA.count + 1, newLine: $0 + 1)
        })
    for edit in middle {
      var shifted = edit
      shifted.oldLine += prefix
      shifted.newLine += prefix
      edits.append(shifted)
    }
    for index in 0..<suffix {
      let oldLine = a.count - suffix + index + 1
      let newLine = b.count - suffix + index + 1
      edits.append(Edit(kind: .same, text: String(a[oldLine - 1]), oldLine: oldLine, newLine: newLine))
    }
    return edits
  }

  /// Myers' shortest edit script; `nil` when the texts differ by more than `maximumDistance` lines.
  private static func myers(_ a: [Substring], _ b: [Substring]) -> [Edit]? {
    let n = a.count
    let m = b.count
    if n == 0 && m == 0 { return [] }
    let limit = min(n + m, maximumDistance)
    let offset = limit + 1
    var v = [Int](repeating: 0, count: 2 * limit + 3)
    // trace[d] holds v[-d...d] before step d.
    var trace: [[Int]] = []
    var done = false
    for d in 0...limit {
      trace.append(Array(v[(offset - d)...(offset + d)]))
      var k = -d
      while k <= d {
        var x: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
          x = v[offset + k + 1]
        } else {
          x = v[offset + k - 1] + 1
        }
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n, y >= m {
          done = true
          break
        }
        k += 2
      }
      if done { break }
    }
    guard done else { return nil }
    var edits: [Edit] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let saved = trace[d]
      func at(_ k: Int) -> Int { saved[k + d] }
      let k = x - y
      let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
      let previousX = d == 0 ? 0 : at(previousK)
      let previousY = d == 0 ? 0 : previousX - previousK
      while x > previousX, y > previousY {
        edits.append(Edit(kind: .same, text: String(a[x - 1]), oldLine: x, newLine: y))
        x -= 1
        y -= 1
      }
      if d > 0 {
        if x == previousX {
          edits.append(Edit(kind: .insert, text: String(b[y - 1]), oldLine: x + 1, newLine: y))
        } else {
          edits.append(Edit(kind: .delete, text: String(a[x - 1]), oldLine: x, newLine: y + 1))
        }
      }
      x = previousX
      y = previousY
    }
    return edits.reversed()
  }
}
