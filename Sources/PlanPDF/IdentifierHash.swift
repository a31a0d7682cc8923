/// The file identifier: two 64-bit hashes (different seeds and multipliers) of cairo's bytes, fed
/// in pieces as they are written, eight bytes at a time, as 32 hexadecimal digits. The same
/// content always gets the same identifier.
final class IdentifierHash {
  private var first: UInt64 = 0xCBF2_9CE4_8422_2325
  private var second: UInt64 = 0x8422_2325_CBF2_9CE4
  /// The bytes of a word that a piece ended in the middle of (little-endian), and how many.
  private var partial: UInt64 = 0
  private var partialBytes = 0
  private var total: UInt64 = 0

  func add(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    let count = bytes.count
    total &+= UInt64(count)
    var index = 0
    // The rest of a word the previous piece began.
    while partialBytes > 0 && partialBytes < 8 && index < count {
      partial |= UInt64(base[index]) << (8 * UInt64(partialBytes))
      partialBytes += 1
      index += 1
    }
    if partialBytes == 8 {
      IdentifierHash.mix(partial, into: &first, &second)
      partial = 0
      partialBytes = 0
    }
    let raw = UnsafeRawPointer(base)
    var first = self.first
    var second = self.second
    while index + 8 <= count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      IdentifierHash.mix(word, into: &first, &second)
      index += 8
    }
    self.first = first
    self.second = second
    // The start of the next word.
    while index < count {
      partial |= UInt64(base[index]) << (8 * UInt64(partialBytes))
      partialBytes += 1
      index += 1
    }
  }

  var hex: String {
    var first = self.first
    var second = self.second
    if partialBytes > 0 { IdentifierHash.mix(partial, into: &first, &second) }
    IdentifierHash.mix(total, into: &first, &second)
    return IdentifierHash.hex(IdentifierHash.avalanche(first))
      + IdentifierHash.hex(IdentifierHash.avalanche(second))
  }

  private static func mix(_ word: UInt64, into first: inout UInt64, _ second: inout UInt64) {
    first = (first ^ word) &* 0x9E37_79B9_7F4A_7C15
    first ^= first >> 29
    second = (second ^ word) &* 0xC2B2_AE3D_27D4_EB4F
    second ^= second >> 31
  }

  /// MurmurHash3's finaliser: every input bit reaches every output bit.
  private static func avalanche(_ value: UInt64) -> UInt64 {
    var value = value
    value ^= value >> 33
    value = value &* 0xFF51_AFD7_ED55_8CCD
    value ^= value >> 33
    value = value &* 0xC4CE_B9FE_1A85_EC53
    value ^= value >> 33
    return value
  }

  static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
