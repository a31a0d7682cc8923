/// Text from a plan (or a path, or a command-line argument) made safe to echo: every character
/// that could act on a terminal or change what a reader sees — C0 and C1 controls, DEL, the
/// bidirectional controls that reorder a line — is written visibly as `<U+001B>`, and overly long
/// pieces are shortened in the middle with `…`, so no output line grows with the input.
public enum TerminalText {
  /// Whether a scalar is escaped: controls, and the invisible bidirectional controls.
  public static func isUnsafe(_ value: UInt32) -> Bool {
    switch value {
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// `<U+001B>`.
  public static func visible(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
  }

  /// Escapes unsafe scalars. Line breaks and tabs are kept when `keepLineBreaks` is set (a message
  /// made of several lines); every other control is escaped.
  public static func escape(_ text: String, keepLineBreaks: Bool = false) -> String {
    // Fast path: printable ASCII and ordinary letters need nothing.
    var safe = true
    for byte in text.utf8
    where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 {
      if keepLineBreaks, byte == 0x0A || byte == 0x09 { continue }
      safe = false
      break
    }
    if safe { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar.value), !(keepLineBreaks && (scalar == "\n" || scalar == "\t")) {
        out += visible(scalar.value)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// At most `limit` scalars: the start and the end of a longer text, `…` between them.
  public static func clip(_ text: String, limit: Int) -> String {
    guard text.utf8.count > limit else { return text }
    let scalars = text.unicodeScalars
    let count = scalars.count
    guard count > limit else { return text }
    let head = (limit - 1) * 2 / 3
    let tail = limit - 1 - head
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars.prefix(head))
    out.append("…")
    out.append(contentsOf: scalars.suffix(tail))
    return String(out)
  }

  /// Pieces quoted with backticks longer than this are shortened (a message quotes the user's word).
  public static let quotedLimit = 120
  /// A whole message longer than this is shortened.
  public static let messageLimit = 600

  /// A message as every report prints it: escaped, each quoted piece and the whole message clipped.
  /// Linear in the message, however long.
  public static func message(_ text: String) -> String {
    guard text.utf8.count > quotedLimit + 2 else { return escape(text, keepLineBreaks: true) }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      out.append(scalar)
      index += 1
      guard scalar == "`" else { continue }
      // A quoted piece: up to the closing backtick (or the end).
      var end = index
      while end < scalars.count, scalars[end] != "`" { end += 1 }
      if end - index > quotedLimit {
        let head = (quotedLimit - 1) * 2 / 3
        out.append(contentsOf: scalars[index..<(index + head)])
        out.append("…")
        out.append(contentsOf: scalars[(end - (quotedLimit - 1 - head))..<end])
      } else {
        out.append(contentsOf: scalars[index..<end])
      }
      if end < scalars.count { out.append("`") }
      index = end + 1
    }
    return escape(clip(String(out), limit: messageLimit), keepLineBreaks: true)
  }
}
