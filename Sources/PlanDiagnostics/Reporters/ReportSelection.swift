/// Which diagnostics a report lists, and what it says about the others, the same in every format:
///
/// - a diagnostic repeated on the same line (the same code and message: 20,000 stray `}`) is listed
///   once, with a note saying how many more times it occurs there;
/// - each file lists at most `perFile` diagnostics, root causes first (errors before warnings,
///   syntax before structure, files, coherence and rules), and says how many more it has;
/// - findings a stage counted without keeping, and findings held back (see `Omissions`), are
///   counted, never listed.
public struct ReportSelection: Sendable {
  /// At most this many diagnostics are listed per file.
  public static let perFile = 100

  /// The listed diagnostics, in report order (`sortedForReport()`).
  public var shown: [Diagnostic]
  /// For each file with diagnostics not listed, in order of path: how many.
  public var notShown: [(file: String, counts: DiagnosticCounts)]
  public var heldBack: DiagnosticCounts
  /// Every diagnostic found, listed or not (held-back findings excluded).
  public var totals: DiagnosticCounts

  public init(_ diagnostics: [Diagnostic], omissions: Omissions = Omissions(), perFile: Int = Self.perFile) {
    var shown: [Diagnostic] = []
    var notShown: [String: DiagnosticCounts] = omissions.uncollected
    var start = 0
    let sorted = diagnostics.sortedForReport()
    while start < sorted.count {
      let file = sorted[start].range.file
      var end = start + 1
      while end < sorted.count, sorted[end].range.file == file { end += 1 }
      // Folded repeats are counted in their note, not again in "and N more".
      var listed = Self.foldRepeats(sorted[start..<end])
      var hidden = DiagnosticCounts()
      if listed.count > perFile {
        // The root causes of the file, listed in the order of the file.
        let chosen = listed.indices.sorted { Self.rootCauseFirst(listed[$0], listed[$1]) }.prefix(perFile)
        let keep = Set(chosen)
        for index in listed.indices where !keep.contains(index) { hidden.add(listed[index].severity) }
        listed = listed.indices.filter { keep.contains($0) }.map { listed[$0] }
      }
      if !hidden.isEmpty { notShown[file, default: DiagnosticCounts()] += hidden }
      shown += listed
      start = end
    }
    self.shown = shown
    self.notShown = notShown.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map {
      (file: $0.key, counts: $0.value)
    }
    self.heldBack = omissions.heldBack
    self.totals = DiagnosticCounts(diagnostics) + omissions.uncollected.values.reduce(DiagnosticCounts(), +)
  }

  /// What is not listed for one file.
  public func notShown(in file: String) -> DiagnosticCounts? {
    notShown.first { $0.file == file }?.counts
  }

  /// Consecutive diagnostics (in report order) with the same code and message on the same line
  /// become the first of them, with a note counting the others.
  static func foldRepeats(_ run: ArraySlice<Diagnostic>) -> [Diagnostic] {
    var kept: [Diagnostic] = []
    var index = run.startIndex
    while index < run.endIndex {
      let first = run[index]
      let line = first.range.source.line(of: first.range.offsets.lowerBound)
      var next = index + 1
      while next < run.endIndex, run[next].code == first.code, run[next].message == first.message,
        run[next].range.source === first.range.source,
        first.range.source.line(of: run[next].range.offsets.lowerBound) == line
      {
        next += 1
      }
      var diagnostic = first
      let repeats = next - index - 1
      if repeats > 0 {
        diagnostic.notes.append(Note(ReportWords.repeatedOnLine(repeats)))
      }
      kept.append(diagnostic)
      index = next
    }
    return kept
  }

  /// Errors before warnings before advisories; within each, syntax, files, structure, coherence,
  /// review settings, then the method's rules; then by position.
  public static func rootCauseFirst(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    if a.severity != b.severity { return a.severity < b.severity }
    if a.stage != b.stage { return a.stage < b.stage }
    if a.range.file != b.range.file { return a.range.file < b.range.file }
    return a.range.offsets.lowerBound < b.range.offsets.lowerBound
  }
}

extension Diagnostic {
  /// Where in the pipeline a code comes from, earliest first: `S` syntax 0, `F` files 1, `E`
  /// structure 2, `M` coherence 3, `R` review settings 4, the method's rules 5, anything else 6.
  /// A finding of a later stage may be a consequence of an error of an earlier one, never the
  /// other way round.
  public var stage: Int {
    switch code.first {
    case "S": return 0
    case "F": return 1
    case "E": return 2
    case "M": return 3
    case "R": return 4
    case "G", "T", "D", "B", "P": return 5
    default: return 6
    }
  }
}

/// The sentences reports add about what they do not list.
enum ReportWords {
  static func repeatedOnLine(_ count: Int) -> Localized {
    count == 1
      ? Localized(
        es: "se repite una vez más en esta línea", en: "it occurs once more on this line",
        pt: "repete-se mais uma vez nesta linha")
      : Localized(
        es: "se repite \(count) veces más en esta línea", en: "it occurs \(count) more times on this line",
        pt: "repete-se mais \(count) vezes nesta linha")
  }

  static func counts(_ counts: DiagnosticCounts, _ language: Language) -> String {
    var parts: [String] = []
    func add(_ n: Int, _ one: Localized, _ many: Localized) {
      guard n > 0 else { return }
      parts.append("\(n) " + (n == 1 ? one : many).text(language))
    }
    add(
      counts.errors, Localized(es: "error", en: "error", pt: "erro"),
      Localized(es: "errores", en: "errors", pt: "erros"))
    add(
      counts.warnings, Localized(es: "advertencia", en: "warning", pt: "aviso"),
      Localized(es: "advertencias", en: "warnings", pt: "avisos"))
    add(
      counts.advisories, Localized(es: "sugerencia", en: "advisory", pt: "recomendação"),
      Localized(es: "sugerencias", en: "advisories", pt: "recomendações"))
    return parts.joined(separator: ", ")
  }

  /// "… y 30 hallazgos más en este archivo (30 errores): corrija los primeros y vuelva a revisar"
  static func notShown(_ counts: DiagnosticCounts, file: String, _ language: Language) -> String {
    let list = self.counts(counts, language)
    let total = counts.total
    return Localized(
      es: "… y \(total) \(total == 1 ? "hallazgo más" : "hallazgos más") en \(file) (\(list)), "
        + "que no se muestran: corrija los primeros y vuelva a revisar",
      en: "… and \(total) more \(total == 1 ? "finding" : "findings") in \(file) (\(list)), "
        + "not shown: fix the first ones and check again",
      pt: "… e mais \(total) \(total == 1 ? "constatação" : "constatações") em \(file) (\(list)), "
        + "que não são mostradas: corrija as primeiras e verifique de novo"
    ).text(language)
  }

  /// "12 hallazgos de coherencia y de las pautas se mostrarán cuando se corrijan los errores de
  /// sintaxis y estructura"
  static func heldBack(_ counts: DiagnosticCounts, _ language: Language) -> String {
    let total = counts.total
    return Localized(
      es: "\(total) \(total == 1 ? "hallazgo" : "hallazgos") de coherencia y de las pautas "
        + "(\(self.counts(counts, .es))) se \(total == 1 ? "mostrará" : "mostrarán") cuando se corrijan "
        + "los errores de sintaxis y de estructura, porque dependen de un plan bien escrito",
      en: "\(total) coherence and guideline \(total == 1 ? "finding" : "findings") "
        + "(\(self.counts(counts, .en))) will be shown once the syntax and structure errors are fixed, "
        + "because \(total == 1 ? "it depends" : "they depend") on a well-formed plan",
      pt: "\(total) \(total == 1 ? "constatação" : "constatações") de coerência e das diretrizes "
        + "(\(self.counts(counts, .pt))) \(total == 1 ? "será mostrada" : "serão mostradas") quando os "
        + "erros de sintaxe e de estrutura forem corrigidos, porque dependem de um plano bem escrito"
    ).text(language)
  }
}
