import Foundation
import Testing

/// A PDF's text as `pdftotext` reads it: in content order, ignoring the structure tree (what copy
/// and paste and most extractors give).
enum ExtractedText {
  static func of(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["pdftotext", "-enc", "UTF-8", path, "-"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "pdftotext failed")
    return String(decoding: data, as: UTF8.self)
  }
}
