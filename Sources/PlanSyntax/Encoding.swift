/// Recognising the encodings that Windows editors produce, so a plan saved "wrong" is still read
/// (Latin-1) or clearly reported (UTF-16) instead of drowning in errors.
enum Encoding {
  /// A UTF-16 byte-order mark, or many NUL bytes in the first 4 KB.
  static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      return true
    }
    // UTF-16 text of Latin letters is pairs of one printable byte and one NUL. Count such pairs, so
    // a run of NULs in a comment is not mistaken for it.
    let sample = Array(bytes.prefix(4096))
    guard sample.count >= 8 else { return false }
    // A UTF-16 body pasted after a UTF-8 header still starts with its byte-order mark.
    for index in 0..<(sample.count - 3) {
      if sample[index] == 0xFF, sample[index + 1] == 0xFE, sample[index + 2] != 0, sample[index + 3] == 0 {
        return true
      }
      if sample[index] == 0xFE, sample[index + 1] == 0xFF, sample[index + 2] == 0, sample[index + 3] != 0 {
        return true
      }
    }
    var latinPairs = 0
    var index = 0
    while index + 1 < sample.count {
      let first = sample[index]
      let second = sample[index + 1]
      let printable: (UInt8) -> Bool = { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
      if (first == 0 && printable(second)) || (second == 0 && printable(first)) { latinPairs += 1 }
      index += 2
    }
    return latinPairs >= 4 && latinPairs * 5 >= (sample.count / 2) * 4
  }

  /// Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence (then the file is
  /// UTF-8 with a few damaged bytes, not Latin-1).
  static func hasMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let length: Int
      if byte & 0xE0 == 0xC0 {
        length = 2
      } else if byte & 0xF0 == 0xE0 {
        length = 3
      } else if byte & 0xF8 == 0xF0 {
        length = 4
      } else {
        index += 1
        continue
      }
      if index + length <= bytes.count,
        bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }), byte >= 0xC2
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// Windows-1252 differs from Latin-1 in 0x80–0x9F (€, “, ”, –, —, …).
  private static let windows1252High: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
    0xFFFD,
    0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
    0x203A,
    0x0153, 0xFFFD, 0x017E, 0x0178,
  ]

  static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let value: UInt32 = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return Array(String(scalars).utf8)
  }

  /// Where byte `offset` of the original lands after transcoding (every byte ≥ 0x80 grows).
  static func offsetAfterTranscoding(_ bytes: [UInt8], _ offset: Int) -> Int {
    Array(windows1252ToUTF8(Array(bytes[..<offset]))).count
  }

  /// Where byte `offset` lands after invalid sequences are replaced by U+FFFD.
  static func offsetAfterRepair(_ bytes: [UInt8], _ offset: Int) -> Int {
    Array(String(decoding: bytes[..<offset], as: UTF8.self).utf8).count
  }
}
