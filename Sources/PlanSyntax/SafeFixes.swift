import PlanDiagnostics

/// What `plan fmt --fix` does before formatting: applies every fix-it the lexer and the binder
/// propose — a keyword or a vocabulary word misspelt with only one possible spelling (E101, E106),
/// a text without quotes (E111), typographic quotes (S007), a pasted space or invisible character
/// (S022), a hyphen between two years in a text (E113, an en dash) — and says what it changed. Each fix keeps every word the user wrote, in its place.
public enum SafeFixes {
  public struct Result: Sendable {
    /// The fixed text (the input when nothing applied).
    public var bytes: [UInt8]
    /// What changed, round by round, in the order of the text.
    public var applied: [AppliedFix]
  }

  /// A fix can reveal another (a keyword spelt right binds its block): a few rounds at most.
  static let rounds = 4

  /// Fixes a file's text. A file with syntax errors is returned unchanged (as `plan fmt` leaves it).
  public static func apply(path: String, bytes: [UInt8], language: Language? = nil) -> Result {
    var current = bytes
    var applied: [AppliedFix] = []
    for _ in 0..<rounds {
      let file = Parser.parse(path: path, bytes: current)
      guard !file.hasSyntaxErrors, !file.isUnreadable else { break }
      let planLanguage =
        language ?? LanguageDetection.declaredLanguage(file) ?? LanguageDetection.detect(file)
      var binder = Binder(source: file.source, language: planLanguage)
      _ = binder.bind(file)
      let (fixed, round) = FixApplication.apply(file.diagnostics + binder.diagnostics, to: file.source)
      guard !round.isEmpty else { break }
      // A round that would break the file is not taken (no fix should, but a file is never damaged).
      guard !Parser.parse(path: path, bytes: fixed).hasSyntaxErrors else { break }
      current = fixed
      applied += round
    }
    // Listed in the order of the file (fixes of a later round may come before earlier ones).
    applied.sort { ($0.position.line, $0.position.column) < ($1.position.line, $1.position.column) }
    return Result(bytes: current, applied: applied)
  }

  // MARK: - The contract, checked by the tests and the fuzzer

  /// Why a fix-it breaks the rule that every suggested fix keeps the user's text, or `nil`: a
  /// spelling fix (E101, E106) replaces one word by a keyword or vocabulary word; a quoting fix
  /// (E111, S007) gives a text that decodes to exactly what was written; a pasted-character fix
  /// (S022) replaces only pasted or invisible characters, by a space or nothing.
  public static func violation(of fixIt: FixIt, code: String) -> String? {
    let original = fixIt.range.source.text(fixIt.range.offsets)
    switch code {
    case "E101", "E106":
      guard original.unicodeScalars.allSatisfy({ isWordScalar($0) || isInvisible($0) }) else {
        return "\(code): the fixed text is not one word: \(original.debugDescription)"
      }
      guard !fixIt.replacement.isEmpty, fixIt.replacement.unicodeScalars.allSatisfy(isWordScalar),
        Binder.parentsBySpelling[Keywords.fold(fixIt.replacement)] != nil
          || Grammar.all.contains(where: {
            $0.params.contains { param in
              if case .choice(let choice) = param.kind { return choice.option(for: fixIt.replacement) != nil }
              return false
            }
          })
      else { return "\(code): \(fixIt.replacement.debugDescription) is not a keyword or vocabulary word" }
    case "E111":
      guard TextLiterals.decodeString(fixIt.replacement) == original else {
        return "E111: \(fixIt.replacement.debugDescription) does not keep \(original.debugDescription)"
      }
    case "S007":
      guard TextLiterals.decodeString(fixIt.replacement) == TextLiterals.decodeString(original) else {
        return "S007: \(fixIt.replacement.debugDescription) does not keep \(original.debugDescription)"
      }
    case "E113":
      guard original == "-", fixIt.replacement == YearRanges.dash else {
        return "E113: replaces \(original.debugDescription) by \(fixIt.replacement.debugDescription)"
      }
    case "S022":
      guard
        original.unicodeScalars.allSatisfy({
          SpecialCharacters.kind(of: $0.value).map { $0 == .pastedSpace || $0 == .invisible } ?? false
        }),
        fixIt.replacement == " " || fixIt.replacement.isEmpty
      else { return "S022: replaces \(original.debugDescription) by \(fixIt.replacement.debugDescription)" }
    default:
      return "\(code) proposes a fix, and no rule says that it is safe"
    }
    return nil
  }

  /// Why applying fixes lost or reordered a word of `before`, or `nil`. Words are runs of letters,
  /// digits, `_`, `-` and `.` (invisible characters inside them do not count); each must be in
  /// `after` in the same place, except the ones a spelling fix replaced.
  public static func violation(before: [UInt8], after: [UInt8], applied: [AppliedFix]) -> String? {
    let old = words(String(decoding: before, as: UTF8.self))
    let new = words(String(decoding: after, as: UTF8.self))
    guard old.count == new.count else {
      return "\(old.count) words before the fixes, \(new.count) after"
    }
    let respellings = Set(
      applied.filter { $0.code == "E101" || $0.code == "E106" }.map {
        words($0.original).joined() + "→" + $0.replacement
      })
    // A year range's hyphen became an en dash (E113): the same word.
    let dashed = applied.contains { $0.code == "E113" }
    for (was, now) in zip(old, new)
    where was != now && !respellings.contains(was + "→" + now)
      && !(dashed && YearRanges.dashed(was) == now)
    {
      return "the word \(was.debugDescription) became \(now.debugDescription)"
    }
    return nil
  }

  static func words(_ text: String) -> [String] {
    var result: [String] = []
    var current = String.UnicodeScalarView()
    var escaped = false
    // The quotes that close the text being read, as the lexer reads it; empty outside a text.
    var closers: [Unicode.Scalar] = []
    for scalar in text.unicodeScalars {
      if isInvisible(scalar) { continue }
      // `\t` in a quoted text is a tab, not the letter t; outside one (a text `plan fmt --fix` is
      // about to quote) it is a backslash and a t.
      if escaped {
        escaped = false
        if scalar == "t" || scalar == "n" { continue }
        if scalar == "\n" || scalar == "\r" { closers = [] }
      } else if scalar == "\\" {
        escaped = !closers.isEmpty
      } else if scalar == "\n" || scalar == "\r" {
        closers = []
      } else if closers.isEmpty {
        closers = scalar == "\"" ? ["\""] : TextLiterals.typographicClosers[scalar] ?? []
      } else if closers.contains(scalar) {
        closers = []
      }
      if isWordScalar(scalar) {
        current.append(scalar)
      } else if !current.isEmpty {
        result.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { result.append(String(current)) }
    return result
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-"
      || scalar == "." || scalar == "\u{2013}" || scalar.properties.generalCategory == .nonspacingMark
  }

  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    SpecialCharacters.kind(of: scalar.value) == .invisible
  }

  /// One line per fix, `path:line:column: code `before` → `after``, then how many.
  public static func describe(_ applied: [AppliedFix], path: String, language: Language) -> String {
    let shown = TerminalText.escape(path)
    var out = ""
    for fix in applied { out += "\(shown):\(fix.description(language))\n" }
    let count = applied.count
    out +=
      Localized(
        es: "\(shown): \(count) \(count == 1 ? "corrección aplicada" : "correcciones aplicadas")",
        en: "\(shown): \(count) \(count == 1 ? "fix applied" : "fixes applied")",
        pt: "\(shown): \(count) \(count == 1 ? "correção aplicada" : "correções aplicadas")"
      ).text(language) + "\n"
    return out
  }
}
