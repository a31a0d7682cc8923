import PlanSyntax

/// A short fingerprint of every source file of a plan, printed in the document's version table.
public enum SourceFingerprint {
  /// FNV-1a (64 bits) over every file's bytes, in load order, as 10 hexadecimal digits. The plan's
  /// own document leaves out its period files (`periodo` blocks alone): recording a year's progress
  /// does not change the approved plan, nor its fingerprint.
  public static func of(_ loaded: LoadedPlan, withPeriodFiles: Bool = false) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for (index, file) in loaded.files.enumerated()
    where withPeriodFiles || index == 0 || !PeriodFiles.isPeriodOnly(file) {
      for byte in file.source.bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01B3
      }
    }
    let hex = String(hash, radix: 16)
    return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(10))
  }
}
