/// A fix that was applied: where, what was written there, and what replaced it.
public struct AppliedFix: Hashable, Sendable {
  public var code: String
  /// Where the replaced text was, in the text the fix was applied to.
  public var position: SourcePosition
  public var original: String
  public var replacement: String

  public init(code: String, position: SourcePosition, original: String, replacement: String) {
    self.code = code
    self.position = position
    self.original = original
    self.replacement = replacement
  }

  /// `12:3: E101 `acion` → `accion``: a line of what `plan fmt --fix` changed (without the path),
  /// invisible and control characters written as their code points.
  public func description(_ language: Language) -> String {
    func shown(_ text: String) -> String {
      guard !text.isEmpty else {
        return Localized(es: "(nada)", en: "(nothing)", pt: "(nada)").text(language)
      }
      var out = ""
      for scalar in text.unicodeScalars {
        if TerminalText.isUnsafe(scalar.value) || TextReporter.isInvisible(scalar.value) {
          out += TerminalText.visible(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
      return "`" + TerminalText.clip(out, limit: TerminalText.quotedLimit) + "`"
    }
    return "\(position.line):\(position.column): \(code) \(shown(original)) → \(shown(replacement))"
  }
}

/// Applying the fix-its of diagnostics to the text they point into.
public enum FixApplication {
  /// The bytes of `source` with the fix-its of `diagnostics` applied. A diagnostic's fix-its go in
  /// together or not at all (as SARIF reads them); one that touches text another fix already changed,
  /// or that points into another file, is left out. Earlier fixes win.
  public static func apply(_ diagnostics: [Diagnostic], to source: SourceText) -> (
    bytes: [UInt8], applied: [AppliedFix]
  ) {
    let candidates = diagnostics.filter {
      !$0.fixIts.isEmpty && $0.fixIts.allSatisfy { $0.range.source === source }
    }
    .sorted {
      ($0.fixIts.map(\.range.offsets.lowerBound).min()!, $0.code) < (
        $1.fixIts.map(\.range.offsets.lowerBound).min()!, $1.code
      )
    }
    var taken: [Range<Int>] = []
    var edits: [(range: Range<Int>, replacement: String, code: String)] = []
    for diagnostic in candidates {
      let ranges = diagnostic.fixIts.map(\.range.offsets)
      let clash = ranges.contains { range in
        taken.contains {
          $0.overlaps(range) || ($0.isEmpty || range.isEmpty) && $0.lowerBound == range.lowerBound
        }
      }
      let selfClash = ranges.indices.contains { i in
        ranges.indices.contains { j in i < j && ranges[i].overlaps(ranges[j]) }
      }
      if clash || selfClash { continue }
      taken += ranges
      edits += diagnostic.fixIts.map { ($0.range.offsets, $0.replacement, diagnostic.code) }
    }
    edits.sort { $0.range.lowerBound < $1.range.lowerBound }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(source.bytes.count)
    var applied: [AppliedFix] = []
    var cursor = 0
    for edit in edits {
      bytes += source.bytes[cursor..<edit.range.lowerBound]
      bytes += Array(edit.replacement.utf8)
      cursor = edit.range.upperBound
      applied.append(
        AppliedFix(
          code: edit.code, position: source.position(of: edit.range.lowerBound),
          original: source.text(edit.range),
          replacement: edit.replacement))
    }
    bytes += source.bytes[cursor...]
    return (bytes, applied)
  }
}
