import PlanSyntax

/// A short fingerprint of every source file of a plan, printed in the document's version table.
public enum SourceFingerprint {
  /// FNV-1a (64 bits) over every file's bytes, in load order, as 10 hexadecimal digits.
  public static func of(_ loaded: LoadedPlan) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for file in loaded.files {
      for byte in file.source.bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01B3
      }
    }
    let hex = String(hash, radix: 16)
    return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(10))
  }
}
