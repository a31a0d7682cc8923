import Foundation
import PlanDocument
import PlanLayout
import PlanPDF

/// One shaper for the whole test process (it is thread-safe; Pango work is serialised).
let sharedShaper: PangoShaper = {
  do {
    return try PangoShaper()
  } catch {
    fatalError("\(error)")
  }
}()

struct ToolOutput {
  var status: Int32
  var output: String
  var error: String
}

/// Runs a command-line tool (qpdf, pdffonts, pdftotext, pdfinfo…) found on PATH. The setup
/// script installs them, so a missing tool is a failure, not a skip.
func run(_ tool: String, _ arguments: [String]) throws -> ToolOutput {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = [tool] + arguments
  let output = Pipe()
  let error = Pipe()
  process.standardOutput = output
  process.standardError = error
  try process.run()
  let outputData = output.fileHandleForReading.readDataToEndOfFile()
  let errorData = error.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return ToolOutput(
    status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
    error: String(decoding: errorData, as: UTF8.self))
}

/// The PDF's objects as text, as qpdf writes them with object streams unpacked and streams
/// uncompressed (the file itself packs and compresses them).
func expandedText(of path: String) throws -> String {
  let folder = try temporaryFolder()
  defer { try? FileManager.default.removeItem(atPath: folder) }
  let expanded = folder + "/expanded.pdf"
  let result = try run(
    "qpdf",
    ["--object-streams=disable", "--stream-data=uncompress", "--decode-level=generalized", path, expanded])
  guard result.status == 0 || result.status == 3 else { throw CocoaError(.fileReadCorruptFile) }
  return String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
}

/// A fresh temporary folder for one test.
func temporaryFolder() throws -> String {
  let path = NSTemporaryDirectory() + "plan-pdf-tests-" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// The repository's fonts/ folder (tests run from the package root; the library also finds it
/// from the test binary's location).
var repositoryFonts: String {
  FontLibrary.searchPaths().first { FileManager.default.fileExists(atPath: $0 + "/NotoSerif-Regular.ttf") }
    ?? "fonts"
}

extension String {
  /// Text as pdftotext gives it back, made comparable: soft hyphens at broken line ends joined,
  /// line breaks and runs of spaces turned into one space.
  var normalisedExtract: String {
    let joined = replacingOccurrences(of: "\u{00AD}\n", with: "").replacingOccurrences(
      of: "\u{00AD}", with: "")
    return joined.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
