import Testing

@testable import PlanDigest

/// The digests are the standard ones (FIPS 180-4 test vectors), so `sha256sum` agrees with them.
@Suite struct SHA256Tests {
  @Test func knownVectors() {
    #expect(SHA256.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256.hex(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test func piecesGiveTheSameDigestAsTheWhole() {
    let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    var hash = SHA256()
    hash.update(Array(bytes[..<7]))
    hash.update(Array(bytes[7..<65_000]))
    hash.update(Array(bytes[65_000...]))
    #expect(hash.finishHex() == SHA256.hex(of: bytes))
  }
}
