import CHyphen
import PlanLayout

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hyphenation points from libhyphen's pattern dictionaries (Debian `hyphen-es`, `hyphen-en-us`,
/// `hyphen-pt-br`), inserted as soft hyphens (U+00AD), in the words `Hyphenation` allows to be
/// broken. Pango breaks a line at a soft hyphen and draws a visible hyphen there; unused soft
/// hyphens stay invisible.
///
/// Not thread-safe (it memoises): one per shaper, used under the shaper's lock.
public final class Hyphenator {
  public static let defaultDirectory = "/usr/share/hyphen"
  public static let softHyphen: Character = "\u{00AD}"
  /// At least this many characters before the first break and after the last one.
  public let leftMinimum = 2
  public let rightMinimum = 3

  public let directory: String
  /// Loaded dictionaries by file path (`nil`: the file is missing or unreadable).
  private var dictionaries: [String: UnsafeMutablePointer<HyphenDict>?] = [:]
  /// Per dictionary: word → the word with soft hyphens.
  private var memo: [String: [String: String]] = [:]
  /// Per dictionary: whitespace-free token → the token with soft hyphens (a plan repeats most of
  /// its words, and each token costs normalisation and a scan of its characters).
  private var tokenMemo: [String: [String: String]] = [:]

  public init(directory: String = Hyphenator.defaultDirectory) {
    self.directory = directory
  }

  deinit {
    for case let dictionary? in dictionaries.values { hnj_hyphen_free(dictionary) }
  }

  /// Whether a dictionary exists for the BCP 47 tag (`es`, `es-AR`, `en`, `pt-BR`).
  public func hasDictionary(for language: String) -> Bool { dictionary(for: language) != nil }

  /// `text` with soft hyphens at the allowed breaks of each word. Words with digits, URLs, e-mail
  /// addresses, paths and words that already carry soft hyphens are left alone; so is everything
  /// when there is no dictionary for `language`.
  public func hyphenate(_ text: String, language: String) -> String {
    guard let (path, dictionary) = dictionary(for: language) else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count + text.utf8.count / 8)
    var token = ""
    // Taken out while in use, so that adding to it does not copy it.
    var known = tokenMemo.removeValue(forKey: path) ?? [:]
    func flush() {
      guard !token.isEmpty else { return }
      if let done = known[token] {
        output += done
      } else {
        let done = hyphenateToken(token, path: path, dictionary: dictionary)
        known[token] = done
        output += done
      }
      token = ""
    }
    for character in text {
      if character.isWhitespace {
        flush()
        output.append(character)
      } else {
        token.append(character)
      }
    }
    flush()
    tokenMemo[path] = known
    return output
  }

  /// The character offsets after which `word` may be broken (`desarrollo` → 2, 4, 7: de-sa-rro-llo).
  public func breakPoints(in word: String, language: String) -> [Int] {
    guard let (path, dictionary) = dictionary(for: language) else { return [] }
    let hyphenated = hyphenateWord(Hyphenator.nfc(word), path: path, dictionary: dictionary)
    var points: [Int] = []
    var offset = 0
    for character in hyphenated {
      if character == Hyphenator.softHyphen {
        points.append(offset)
      } else {
        offset += 1
      }
    }
    return points
  }

  // MARK: - Tokens and words

  /// One whitespace-free token: its letter sequences are hyphenated unless it looks like a number,
  /// a code, a URL or an address.
  private func hyphenateToken(_ token: String, path: String, dictionary: UnsafeMutablePointer<HyphenDict>)
    -> String
  {
    if Hyphenator.isLeftAlone(token) { return token }
    let normalised = Hyphenator.nfc(token)
    var output = ""
    var word = ""
    for character in normalised {
      if character.isLetter {
        word.append(character)
      } else {
        if !word.isEmpty { output += hyphenateWord(word, path: path, dictionary: dictionary) }
        word = ""
        output.append(character)
      }
    }
    if !word.isEmpty { output += hyphenateWord(word, path: path, dictionary: dictionary) }
    return output
  }

  static func isLeftAlone(_ token: String) -> Bool {
    if token.contains(where: { $0.isNumber || $0 == "_" || $0 == Hyphenator.softHyphen }) { return true }
    // The token without its surrounding punctuation: "(www.x.org)." → "www.x.org".
    let core = token.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }
    return core.contains { "/@:._\\=&?#%~".contains($0) }
  }

  /// A word of letters only, NFC. Memoised per dictionary.
  private func hyphenateWord(_ word: String, path: String, dictionary: UnsafeMutablePointer<HyphenDict>)
    -> String
  {
    let characters = Array(word)
    guard characters.count >= leftMinimum + rightMinimum, Hyphenation.mayBreak(characters) else {
      return word
    }
    if let known = memo[path]?[word] { return known }
    var result = word
    // The patterns are lower case; keep the original letters, one lower-case letter for each.
    let lower = characters.map { String($0).lowercased() }
    if lower.allSatisfy({ $0.count == 1 && $0.unicodeScalars.count == 1 }) {
      let breaks = Hyphenator.breaks(lower.joined(), characters: characters.count, dictionary: dictionary)
      var output = ""
      for (index, character) in characters.enumerated() {
        output.append(character)
        let after = index + 1
        if breaks.contains(after), after >= leftMinimum, characters.count - after >= rightMinimum {
          output.append(Hyphenator.softHyphen)
        }
      }
      result = output
    }
    memo[path, default: [:]][word] = result
    return result
  }

  /// libhyphen's answer: character offsets after which a break is allowed. For a UTF-8 dictionary
  /// `hyphens[]` is indexed by character, not byte (an odd value at i: a break after character i).
  private static func breaks(_ word: String, characters: Int, dictionary: UnsafeMutablePointer<HyphenDict>)
    -> Set<Int>
  {
    let bytes = Array(word.utf8CString)
    let size = bytes.count - 1
    var hyphens = [CChar](repeating: 0, count: size + 5)
    var hyphenated = [CChar](repeating: 0, count: size * 2 + 5)
    var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
    var positions: UnsafeMutablePointer<Int32>? = nil
    var cuts: UnsafeMutablePointer<Int32>? = nil
    let status = hnj_hyphen_hyphenate3(
      dictionary, bytes, Int32(size), &hyphens, &hyphenated, &replacements, &positions, &cuts, 2, 3, 2, 2)
    defer {
      if let replacements {
        for index in 0..<size { free(replacements[index]) }
        free(replacements)
      }
      free(positions)
      free(cuts)
    }
    guard status == 0 else { return [] }
    var result: Set<Int> = []
    for index in 0..<characters - 1 where hyphens[index] & 1 == 1 {
      // A non-standard break (a replacement such as Hungarian "ssz" → "sz-sz") is not used.
      if let replacements, replacements[index] != nil { continue }
      result.insert(index + 1)
    }
    return result
  }

  // MARK: - Dictionaries

  /// The dictionary for a BCP 47 tag: the exact region first (`hyph_es_AR.dic`), then the
  /// language's usual file (es → es_ES, en → en_US, pt → pt_BR), then `hyph_<lang>.dic`.
  /// The dictionary found for each language tag asked for (`nil`: none).
  private var byLanguage: [String: (String, UnsafeMutablePointer<HyphenDict>)?] = [:]

  private func dictionary(for language: String) -> (String, UnsafeMutablePointer<HyphenDict>)? {
    if let known = byLanguage[language] { return known }
    let found = findDictionary(for: language)
    byLanguage[language] = found
    return found
  }

  private func findDictionary(for language: String) -> (String, UnsafeMutablePointer<HyphenDict>)? {
    let parts = language.split(whereSeparator: { $0 == "-" || $0 == "_" })
    guard let first = parts.first else { return nil }
    let code = first.lowercased()
    var names: [String] = []
    if parts.count > 1, parts[1].count == 2 { names.append("\(code)_\(parts[1].uppercased())") }
    let usual = ["es": "es_ES", "en": "en_US", "pt": "pt_BR", "ca": "ca", "gl": "gl_ES", "eu": "eu"]
    if let name = usual[code] { names.append(name) }
    names.append(code)
    for name in names {
      let path = "\(directory)/hyph_\(name).dic"
      if let loaded = load(path) { return (path, loaded) }
    }
    return nil
  }

  private func load(_ path: String) -> UnsafeMutablePointer<HyphenDict>? {
    if let known = dictionaries[path] { return known }
    let loaded = access(path, R_OK) == 0 ? hnj_hyphen_load(path) : nil
    dictionaries[path] = loaded
    return loaded
  }

  /// Canonical composition (NFC): one scalar per accented letter, as the patterns expect.
  static func nfc(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    // The standard library's own normaliser (used for String comparison); no Foundation needed.
    return String(decoding: text._nfcCodeUnits, as: UTF8.self)
  }
}
