// libFuzzer target for the lexer, parser, binder and formatter.
//
// Built by `fuzz/run.sh` together with the sources of PlanDiagnostics and PlanSyntax and
// fuzz/FuzzSupport.swift as one module (`PlanFuzz`), so it needs no imports and sees internal
// declarations. Every invariant that fails calls `fail` (`fatalError`), which makes libFuzzer save
// the input as `crash-…`.
//
// Invariants checked for every input:
// 1. the syntax tree is lossless: `reconstructedText()` is the file's (decoded) source text;
// 2. every diagnostic, note and fix-it points into its own file: line ≥ 1, column ≥ 1, offsets
//    inside the bytes;
// 3. the binder runs (`PlanLoader.load(text:)`) without trapping;
// 4. when the formatter accepts the input: its output parses without syntax errors, formatting it
//    again changes nothing, and the bound model (`ModelDump`) of the input and of the output are the
//    same, both bound in the language detected in the input.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let path = "fuzz.plan"

  // 1. Lossless tree.
  let file = Parser.parse(path: path, bytes: bytes)
  let decoded = String(decoding: file.source.bytes, as: UTF8.self)
  if file.reconstructedText() != decoded {
    fail("tree is not lossless: reconstructedText() differs from the source")
  }

  // 2. Diagnostics of the parser point into the file.
  checkLocations(file.diagnostics, sources: [file.source], stage: "parser")

  // 3. The binder, through the loader (it parses the decoded text again).
  let loaded = PlanLoader.load(text: decoded, path: path)
  guard let loadedFile = loaded.files.first else { fail("load(text:) returned no file") }
  checkLocations(loaded.diagnostics, sources: [loadedFile.source], stage: "loader")

  // 4. The formatter: idempotent and meaning-preserving.
  if skipsKnownBugs, knownBug(bytes) != nil { return 0 }
  guard let once = try? Formatter.format(file) else { return 0 }
  let onceFile = Parser.parse(path: path, text: once)
  if skipsKnownBugs, knownBug(bytes, formatted: onceFile) != nil { return 0 }
  if onceFile.reconstructedText() != once {
    fail("tree of the formatted text is not lossless")
  }
  let twice: String
  do {
    twice = try Formatter.format(onceFile)
  } catch {
    fail("formatted text has syntax errors: \(codes(onceFile.diagnostics))")
  }
  if twice != once {
    fail("format(format(x)) != format(x)")
  }
  let language = LanguageDetection.detect(file)
  if dump(file, language) != dump(onceFile, language) {
    if skipsKnownBugs, knownModelChange(bytes) != nil { return 0 }
    fail("the model dump changed when formatting")
  }
  return 0
}

// MARK: - Known bugs

/// With `PLAN_FUZZ_SKIP_KNOWN=1` in the environment, the formatter checks are skipped for inputs that
/// show a bug already reported (listed below with its regression file), so that a run can look for
/// different ones. Remove an entry when its bug is fixed.
private let skipsKnownBugs = getenv("PLAN_FUZZ_SKIP_KNOWN") != nil

/// Known bugs shown by the input (none at the moment).
private func knownBug(_ bytes: [UInt8]) -> String? {
  nil
}

/// Known bugs shown by the formatted text (none at the moment).
private func knownBug(_ bytes: [UInt8], formatted: SyntaxFile) -> String? {
  nil
}

/// Known bugs that change the model when formatting (none at the moment).
private func knownModelChange(_ bytes: [UInt8]) -> String? {
  nil
}

// MARK: - Checks

private func dump(_ file: SyntaxFile, _ language: Language) -> String {
  var binder = Binder(source: file.source, language: language)
  return ModelDump.dump(binder.bind(file))
}

private func codes(_ diagnostics: [Diagnostic]) -> String {
  diagnostics.filter { $0.severity == .error }.map(\.code).joined(separator: ",")
}
