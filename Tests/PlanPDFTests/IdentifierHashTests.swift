import PlanDocument
import Testing

@testable import PlanPDF

/// The file identifier and the layout cache's keys: what makes two inputs the same.
@Suite struct IdentifierHashTests {
  static let bytes: [UInt8] = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ $0 / 7) }

  static func hex(_ bytes: [UInt8], pieces: [Int]) -> String {
    let hash = IdentifierHash()
    var start = 0
    for size in pieces + [bytes.count] where start < bytes.count {
      let end = min(bytes.count, start + size)
      bytes[start..<end].withUnsafeBufferPointer { hash.add($0) }
      start = end
    }
    return hash.hex
  }

  @Test func thePiecesTheBytesComeInDoNotMatter() {
    let whole = IdentifierHashTests.hex(IdentifierHashTests.bytes, pieces: [])
    #expect(whole.count == 32)
    for pieces in [[1], [3, 5, 7], [8, 8, 1], [999], [0, 13, 0, 500]] {
      #expect(IdentifierHashTests.hex(IdentifierHashTests.bytes, pieces: pieces) == whole, "\(pieces)")
    }
  }

  @Test func anyChangeChangesTheIdentifier() {
    let whole = IdentifierHashTests.hex(IdentifierHashTests.bytes, pieces: [])
    var changed = IdentifierHashTests.bytes
    changed[503] ^= 1
    #expect(IdentifierHashTests.hex(changed, pieces: []) != whole)
    // A trailing zero byte is content too.
    #expect(IdentifierHashTests.hex(IdentifierHashTests.bytes + [0], pieces: []) != whole)
    #expect(IdentifierHashTests.hex([], pieces: []) != IdentifierHashTests.hex([0], pieces: []))
  }

  @Test func layoutKeysCompareTheBytesOfEveryRun() {
    let style = TextStyle(family: "Noto Serif", size: 10, lineHeight: 13)
    func key(_ runs: [InlineRun], width: Double = 100) -> LayoutKey {
      LayoutKey(runs: runs, style: style, width: width)
    }
    let plain = key([InlineRun("Cooperación "), InlineRun("a03", link: "accion-a03")])
    #expect(plain == key([InlineRun("Cooperación "), InlineRun("a03", link: "accion-a03")]))
    #expect(
      plain.hashValue == key([InlineRun("Cooperación "), InlineRun("a03", link: "accion-a03")]).hashValue)
    #expect(plain != key([InlineRun("Cooperación "), InlineRun("a03", link: "accion-a04")]))
    #expect(plain != key([InlineRun("Cooperación "), InlineRun("a03")]))
    #expect(plain != key([InlineRun("Cooperación a03", link: "accion-a03")]))
    #expect(plain != key([InlineRun("Cooperación "), InlineRun("a03", bold: true, link: "accion-a03")]))
    #expect(plain != key([InlineRun("Cooperación "), InlineRun("a03", link: "accion-a03")], width: 101))
    // The same words written with a combining accent are other bytes, shaped on their own.
    #expect(key([InlineRun("Cooperación")]) != key([InlineRun("Cooperacio\u{301}n")]))
  }
}
