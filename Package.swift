// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "plan",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "plan", targets: ["plan"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // Locations, diagnostics and their renderers: shared by every stage.
    .target(name: "PlanDiagnostics"),
    // Text → lossless syntax tree → schema binding → canonical text.
    .target(name: "PlanSyntax", dependencies: ["PlanDiagnostics"]),
    // The typed, resolved plan: identifiers, references, dates, codes.
    .target(name: "PlanModel", dependencies: ["PlanSyntax", "PlanDiagnostics"]),
    // The rules: the 12 guidelines and the method's structure, one file each.
    .target(name: "PlanCheck", dependencies: ["PlanModel", "PlanSyntax", "PlanDiagnostics"]),
    // The document tree (localized blocks) built from the checked plan.
    .target(
      name: "PlanDocument", dependencies: ["PlanCheck", "PlanModel", "PlanSyntax", "PlanDiagnostics"]),
    // Pages of positioned boxes (pure data) from the document tree.
    .target(name: "PlanLayout", dependencies: ["PlanDocument"]),
    // The C libraries the PDF renderer calls (their Debian -dev packages are in scripts/setup.sh).
    .systemLibrary(name: "CCairo", pkgConfig: "cairo-pdf", providers: [.apt(["libcairo2-dev"])]),
    .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
    .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
    .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
    // Display list → PDF (Cairo, Pango, fontconfig with the repository's fonts only, libhyphen).
    .target(
      name: "PlanPDF",
      dependencies: ["CCairo", "CPango", "CFontconfig", "CHyphen", "PlanLayout", "PlanDocument"]),
    // The command-line tool: parses options, calls the libraries.
    .executableTarget(
      name: "plan",
      dependencies: [
        "PlanSyntax",
        "PlanDiagnostics",
        "PlanModel",
        "PlanCheck",
        "PlanDocument",
        "PlanLayout",
        "PlanPDF",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "PlanDiagnosticsTests", dependencies: ["PlanDiagnostics"]),
    .testTarget(name: "PlanLayoutTests", dependencies: ["PlanLayout", "PlanDocument"]),
    .testTarget(name: "PlanPDFTests", dependencies: ["PlanPDF", "PlanLayout", "PlanDocument"]),
    .testTarget(
      name: "PlanDocumentTests",
      dependencies: ["PlanDocument", "PlanCheck", "PlanModel", "PlanSyntax", "PlanLayout"]),
    .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "PlanSyntax", "PlanDiagnostics"]),
    .testTarget(
      name: "PlanCheckTests", dependencies: ["PlanCheck", "PlanModel", "PlanSyntax", "PlanDiagnostics"],
      exclude: ["Golden"]),
    .testTarget(
      name: "PlanSyntaxTests", dependencies: ["PlanSyntax", "PlanDiagnostics"], exclude: ["Malformed"]),
    // Runs the built `plan` binary: exit codes, help, files written or left alone.
    .testTarget(name: "PlanCLITests", dependencies: ["plan"]),
  ],
  swiftLanguageModes: [.v6]
)
