import Foundation
import PlanDocument
import Testing

@testable import PlanPDF

@Suite struct FontLibraryTests {
  @Test func findsTheEightBundledStyles() throws {
    let library = try FontLibrary(directory: repositoryFonts)
    #expect(library.families == ["Noto Sans", "Noto Serif"])
    #expect(library.faces.count == 8)
    for family in ["Noto Sans", "Noto Serif"] {
      let styles = Set(library.faces.filter { $0.family == family }.map(\.style))
      #expect(styles == ["Regular", "Bold", "Italic", "Bold Italic"])
    }
    #expect(library.resolve(family: "Noto Sans") == "Noto Sans")
    #expect(library.resolve(family: "Gobierno Sans (propietaria)") == "Noto Serif")
  }

  @Test func theShaperUsesOnlyBundledFaces() {
    for family in ["Noto Serif", "Noto Sans", "DejaVu Sans", "serif"] {
      let style = TextStyle(family: family, size: 10)
      let runs = [
        InlineRun("Texto normal, "), InlineRun("negrita", bold: true), InlineRun(" y "),
        InlineRun("cursiva", italic: true), InlineRun(" y ambas", bold: true, italic: true),
        InlineRun(" — «¿ñ?» € 2025"),
      ]
      let faces = sharedShaper.facesUsed(runs, style: style, width: 400)
      let expected = family == "Noto Sans" ? "Noto Sans" : "Noto Serif"
      #expect(
        faces == [
          "\(expected) 10", "\(expected) Bold 10", "\(expected) Bold Italic 10", "\(expected) Italic 10",
        ],
        "\(family)")
    }
  }

  /// Noto Serif is also installed system-wide (fonts-noto-core): a folder holding only Noto Sans
  /// must give Noto Sans even when Noto Serif is asked for.
  @Test func seesOnlyItsOwnFolder() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(
      atPath: repositoryFonts + "/NotoSans-Regular.ttf", toPath: folder + "/NotoSans-Regular.ttf")
    let library = try FontLibrary(directory: folder)
    #expect(library.families == ["Noto Sans"])
    let shaper = PangoShaper(fonts: library)
    let faces = shaper.facesUsed(
      [InlineRun("Hola")], style: TextStyle(family: "Noto Serif", size: 12), width: 200)
    #expect(faces == ["Noto Sans 12"])
  }

  @Test func saysWhereItLookedWhenThereAreNoFonts() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(throws: FontLibraryError.noFonts(searched: [folder])) { try FontLibrary(directory: folder) }
    let message = FontLibraryError.noFonts(searched: [folder, "/otra/carpeta"]).description
    #expect(message.contains("no se encontraron fuentes"))
    #expect(message.contains("no fonts"))
    #expect(message.contains(folder) && message.contains("/otra/carpeta"))
    #expect(message.contains("PLAN_FONTS"))
  }

  @Test func searchesNextToTheExecutableAndInTheWorkingFolder() {
    let paths = FontLibrary.searchPaths()
    #expect(paths.last?.hasSuffix("/fonts") == true)
    #expect(paths.allSatisfy { $0.hasPrefix("/") })
    if ProcessInfo.processInfo.environment["PLAN_FONTS"] == nil {
      #expect(paths.contains { $0.hasSuffix("/share/plan/fonts") })
    }
  }
}
