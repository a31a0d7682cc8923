import PlanDigest

/// The file identifier: the first 32 hexadecimal digits (128 bits) of the SHA-256 of cairo's bytes,
/// fed in pieces as they are written. The same content always gets the same identifier, and the
/// hash is libcrypto's, not our own.
final class IdentifierHash {
  private var hash: SHA256? = SHA256()

  func add(_ bytes: UnsafeBufferPointer<UInt8>) {
    hash?.update(UnsafeRawBufferPointer(bytes))
  }

  /// The identifier; read once, when every byte has been added.
  var hex: String {
    guard let hash = hash.take() else { return String(repeating: "0", count: 32) }
    return String(hash.finishHex().prefix(32))
  }
}
