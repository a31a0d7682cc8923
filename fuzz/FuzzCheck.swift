// libFuzzer target for the whole front end: a plan folder held in memory (see `FuzzFolder`) is
// loaded with its includes and crest, resolved into the model, checked by every rule, and
// reported in every format and language.
//
// Invariants checked for every input:
// 1. loading, model building and checking end without trapping;
// 2. every diagnostic, note and fix-it points into one of the plan's files;
// 3. every report renders; the text, concise and GitHub reports carry no character that acts on a
//    terminal (controls but tab and line break, C1, bidi) and no line longer than a few thousand
//    characters; the JSON, SARIF and GitLab reports no raw control character;
// 4. every file lists at most `ReportSelection.perFile` findings.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let files = FuzzFolder.files(bytes)
  let loaded: LoadedPlan
  switch PlanLoader.open(path: FuzzFolder.root, fileSystem: MemoryFileSystem(files: files)) {
  case .success(let plan): loaded = plan
  case .failure(let reason): fail("the root file could not be read: \(reason)")
  }
  let result = Checker.check(loaded)
  let sources = loaded.files.map(\.source)
  checkLocations(result.diagnostics, sources: sources, stage: "check")

  var byPath: [String: SourceText] = [:]
  for source in sources { byPath[source.path] = source }
  let codes = Set(result.diagnostics.map(\.code))
  // The descriptors of the codes found (SARIF would otherwise write every rule's long texts each
  // time, the same for every input).
  let rules = CodeCatalog.descriptors(for: codes).filter { codes.contains($0.id) }
  // Each format once, in a language the input picks (the plan's, or English when its size is odd),
  // so that every message is rendered in both over the run.
  let context = ReportContext(
    toolVersion: "0.0.0", language: size % 2 == 0 ? loaded.language : .en,
    sources: { [byPath] in byPath[$0] },
    rules: rules, files: [FuzzFolder.root], fileCount: sources.count,
    baseDirectory: "/plan", currentDirectory: "/plan", omissions: result.omissions)
  // The text report every time; the other formats for a share of the input sizes each (most of a
  // run's time went to rendering six reports of the same findings), so that every format is still
  // rendered for a fair part of the inputs, in both languages: GitHub and concise for one size in
  // three each, the machine formats (whose escaping does not depend on the plan) for one in eight.
  for format in ReportFormat.allCases where rendersFormat(format, size: size) {
    let output = Reports.render(result.diagnostics, format: format, context: context, color: false)
    checkReport(output, format: format)
  }
  let listed = ReportSelection(result.diagnostics, omissions: result.omissions).shown
  var perFile: [String: Int] = [:]
  for diagnostic in listed { perFile[diagnostic.range.file, default: 0] += 1 }
  if let most = perFile.values.max(), most > ReportSelection.perFile {
    fail("\(most) findings listed for a file")
  }
  return 0
}

private func checkReport(_ output: String, format: ReportFormat) {
  var lineLength = 0
  let longest = format == .text ? 2_000 : 40_000
  let forTerminals = isForTerminals(format)
  for scalar in output.unicodeScalars {
    if scalar == "\n" {
      lineLength = 0
      continue
    }
    // A tab moves to the next column stop: harmless on a terminal.
    if scalar == "\t" { continue }
    lineLength += 1
    if lineLength > longest { fail("\(format): a line longer than \(longest) characters") }
    let unsafe = forTerminals ? TerminalText.isUnsafe(scalar.value) : scalar.value < 0x20
    if unsafe { fail("\(format): unescaped \(TerminalText.visible(scalar.value))") }
  }
}

/// The formats people read on a terminal or in a CI log.
private func isForTerminals(_ format: ReportFormat) -> Bool {
  format == .text || format == .github || format == .concise
}

private func rendersFormat(_ format: ReportFormat, size: Int) -> Bool {
  switch format {
  case .text: return true
  case .github: return size % 3 == 0
  case .concise: return size % 3 == 1
  default: return size % 8 == 1
  }
}
