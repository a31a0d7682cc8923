import Foundation
import PlanBuild
import PlanDocument
import PlanSyntax
import Testing

/// The version table and the PDF's metadata name every source file with its SHA-256, and the
/// standard tool agrees: `sha256sum` on the plan's folder gives the same digests.
@Suite(.serialized) struct SourceFingerprintTests {
  static let folder = PlanBuilderTests.plan("plans/villa-aurora")

  /// Runs a program in the showcase's folder and returns what it printed.
  static func run(_ arguments: [String], input: String? = nil) throws -> (output: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let output = Pipe()
    process.standardOutput = output
    let feed = Pipe()
    process.standardInput = feed
    try process.run()
    if let input { feed.fileHandleForWriting.write(Data(input.utf8)) }
    try feed.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), process.terminationStatus)
  }

  @Test func everySourceFileIsListedWithTheDigestSha256sumPrints() throws {
    let loaded = try PlanLoader.load(path: Self.folder + "/villa-aurora.plan")
    let sources = SourceFingerprint.sources(of: loaded)
    // Names below the plan's folder, as a reader would type them there.
    #expect(sources.allSatisfy { !$0.name.hasPrefix("/") && !$0.name.contains("..") })
    #expect(sources.first?.name == "villa-aurora.plan")
    // The monitoring files (`seguimiento/`) are not sources of the approved plan's document.
    #expect(sources.count >= 4 && sources.allSatisfy { !$0.name.hasPrefix("seguimiento/") })
    #expect(SourceFingerprint.sources(of: loaded, withPeriodFiles: true).count == loaded.files.count)
    let printed = try Self.run(["sha256sum", "--"] + sources.map(\.name))
    #expect(printed.status == 0)
    let expected = sources.map { "\($0.sha256)  \($0.name)\n" }.joined()
    #expect(printed.output == expected)
  }

  @Test func thePDFCarriesTheFullDigestsAndTheTableTheirStart() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plan-sha-\(UUID())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let output = scratch.appendingPathComponent("plan.pdf").path
    let result = PlanBuilder().build(
      path: Self.folder + "/villa-aurora.plan", options: PlanBuilder.Options(output: output))
    #expect(result.exitCode == 0)
    let pdf = try #require(FileManager.default.contents(atPath: output))
    // The XMP packet is stored uncompressed (PDF/A): its dc:source is a sha256sum check list.
    let text = String(decoding: pdf, as: UTF8.self)
    let start = try #require(text.range(of: "<dc:source>"))
    let end = try #require(text.range(of: "</dc:source>", range: start.upperBound..<text.endIndex))
    let checklist = String(text[start.upperBound..<end.lowerBound]) + "\n"
    let verified = try Self.run(["sha256sum", "--check", "--strict", "-"], input: checklist)
    #expect(verified.status == 0)
    #expect(verified.output.split(separator: "\n").count >= 4)
    #expect(verified.output.split(separator: "\n").allSatisfy { $0.hasSuffix(": OK") })
    // The version table shows the first 16 digits of each.
    let loaded = try PlanLoader.load(path: Self.folder + "/villa-aurora.plan")
    let pages = try Self.run(["pdftotext", "-f", "1", "-l", "4", output, "-"])
    for source in SourceFingerprint.sources(of: loaded) {
      #expect(pages.output.contains(String(source.sha256.prefix(16))), "\(source.name)")
    }
  }
}
