// libFuzzer target for fix application (`plan fmt --fix`).
//
// Invariants checked for every input:
// 1. every fix-it the lexer and the binder suggest keeps the user's text (`SafeFixes.violation`);
// 2. applying them loses and reorders no word, leaves no syntax error, and the result formats;
// 3. fixing the result again changes nothing that the first pass could have fixed in the same
//    rounds: a second pass never undoes a first one (no word changes back).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let file = Parser.parse(path: "f.plan", bytes: bytes)
  let language = LanguageDetection.declaredLanguage(file) ?? LanguageDetection.detect(file)
  var binder = Binder(source: file.source, language: language)
  _ = binder.bind(file)
  for diagnostic in file.diagnostics + binder.diagnostics {
    for fixIt in diagnostic.fixIts {
      if let violation = SafeFixes.violation(of: fixIt, code: diagnostic.code) { fail(violation) }
    }
  }
  let result = SafeFixes.apply(path: "f.plan", bytes: bytes)
  guard !result.applied.isEmpty else { return 0 }
  if let violation = SafeFixes.violation(
    before: file.source.bytes, after: result.bytes, applied: result.applied)
  {
    fail(violation)
  }
  let fixed = Parser.parse(path: "f.plan", bytes: result.bytes)
  if fixed.hasSyntaxErrors { fail("the fixes left a syntax error: \(fixed.diagnostics.map(\.code))") }
  do {
    _ = try Formatter.format(fixed)
  } catch {
    fail("the fixed text does not format")
  }
  let again = SafeFixes.apply(path: "f.plan", bytes: result.bytes)
  if let violation = SafeFixes.violation(
    before: fixed.source.bytes, after: again.bytes, applied: again.applied)
  {
    fail("second pass: \(violation)")
  }
  return 0
}
