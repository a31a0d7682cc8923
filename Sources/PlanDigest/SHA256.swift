import CCrypto

/// SHA-256 from the system's libcrypto (OpenSSL): the fingerprints `plan` prints must be ones anyone
/// can check with `sha256sum`, so the hash is the standard one from a kept library, never our own.
public struct SHA256: ~Copyable {
  private let context: OpaquePointer

  public init() {
    // Allocation fails only when the process is out of memory.
    guard let context = EVP_MD_CTX_new() else { fatalError("libcrypto: out of memory") }
    EVP_DigestInit_ex(context, EVP_sha256(), nil)
    self.context = context
  }

  deinit { EVP_MD_CTX_free(context) }

  /// Adds bytes to the hash.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    EVP_DigestUpdate(context, base, bytes.count)
  }

  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  public mutating func update(_ text: String) {
    var text = text
    text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
  }

  /// The 32-byte digest; the hash cannot be used afterwards.
  public consuming func finish() -> [UInt8] {
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    _ = digest.withUnsafeMutableBufferPointer { EVP_DigestFinal_ex(context, $0.baseAddress, &length) }
    return Array(digest.prefix(Int(length)))
  }

  /// The 64 lowercase hexadecimal digits of the digest, as `sha256sum` prints them.
  public consuming func finishHex() -> String { Self.hex(finish()) }

  public static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8]()
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The digest of some bytes, in hexadecimal.
  public static func hex(of bytes: [UInt8]) -> String {
    var hash = SHA256()
    hash.update(bytes)
    return hash.finishHex()
  }

  /// The digest of a text's UTF-8 bytes, in hexadecimal.
  public static func hex(of text: String) -> String {
    var hash = SHA256()
    hash.update(text)
    return hash.finishHex()
  }
}
