// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "plan",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "plan", targets: ["plan"]),
    .executable(name: "plan-build", targets: ["plan-build"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // SHA-256 from the system's libcrypto (fingerprints anyone can verify with sha256sum).
    .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
    .target(name: "PlanDigest", dependencies: ["CCrypto"]),
    // Locations, diagnostics and their renderers: shared by every stage.
    .target(name: "PlanDiagnostics", dependencies: ["PlanDigest"]),
    // Text → lossless syntax tree → schema binding → canonical text.
    .target(name: "PlanSyntax", dependencies: ["PlanDiagnostics", "PlanDigest"]),
    // The plan `plan init` writes, and the example texts the checker recognises in it.
    .target(name: "PlanTemplates", dependencies: ["PlanDiagnostics"]),
    // The typed, resolved plan: identifiers, references, dates, codes.
    .target(name: "PlanModel", dependencies: ["PlanSyntax", "PlanDiagnostics", "PlanTemplates"]),
    // The rules: the 12 guidelines and the method's structure, one file each.
    .target(
      name: "PlanCheck",
      dependencies: ["PlanModel", "PlanSyntax", "PlanDiagnostics", "PlanTemplates", "PlanDiff"]),
    // The document tree (localized blocks) built from the checked plan.
    .target(
      name: "PlanDocument",
      dependencies: ["PlanCheck", "PlanModel", "PlanSyntax", "PlanDiagnostics", "PlanDiff"]),
    // Pages of positioned boxes (pure data) from the document tree.
    .target(name: "PlanLayout", dependencies: ["PlanDocument"]),
    // The C libraries the PDF renderer calls (their Debian -dev packages are in scripts/setup.sh).
    .systemLibrary(name: "CCairo", pkgConfig: "cairo-pdf", providers: [.apt(["libcairo2-dev"])]),
    .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
    .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
    .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    // Display list → PDF (Cairo, Pango, fontconfig with the repository's fonts only, libhyphen),
    // rewritten as PDF/A-2b and PDF/UA-1 (zlib for the streams, libxml2 for the XMP metadata).
    .target(
      name: "PlanPDF",
      dependencies: [
        "CCairo", "CPango", "CFontconfig", "CHyphen", "CZlib", "CLibXML2", "PlanLayout", "PlanDocument",
        "PlanModel", "PlanSyntax", "PlanDigest", "PlanDiagnostics",
      ]),
    // What changed between two versions of a plan (a file, a folder, a git revision), by meaning.
    .target(name: "PlanDiff", dependencies: ["PlanModel", "PlanSyntax", "PlanDiagnostics"]),
    // `plan build` and `plan watch` as a library: check, document, layout, PDF, and what a build
    // reports. The executables only parse options and call it.
    .target(
      name: "PlanBuild",
      dependencies: [
        "PlanSyntax", "PlanDiagnostics", "PlanCheck", "PlanDocument", "PlanLayout", "PlanPDF",
        "PlanCommandLine", "PlanBuildInfo", "PlanDigest", "PlanDiff", "PlanModel",
      ]),
    // The version and the commit the executables are built from (the plugin writes the commit).
    .target(name: "PlanBuildInfo", plugins: ["BuildInfo"]),
    .plugin(name: "BuildInfo", capability: .buildTool()),
    // What both executables share: output options, console, atomic writes, `plan build`'s arguments.
    .target(
      name: "PlanCommandLine",
      dependencies: [
        "PlanDiagnostics", "PlanSyntax", "PlanBuildInfo",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // The command-line tool: check, fmt, init, rules, explain; `build` runs plan-build.
    .executableTarget(
      name: "plan",
      dependencies: [
        "PlanSyntax",
        "PlanDiagnostics",
        "PlanModel",
        "PlanCheck",
        "PlanCommandLine",
        "PlanTemplates",
        "PlanDiff",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // `plan build`: the only executable that loads Cairo, Pango and fontconfig, so that `plan check`
    // and `plan fmt` start in a few milliseconds.
    .executableTarget(
      name: "plan-build",
      dependencies: [
        "PlanBuild", "PlanSyntax", "PlanDiagnostics", "PlanPDF", "PlanCommandLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "PlanDiagnosticsTests", dependencies: ["PlanDiagnostics", "PlanDigest"]),
    .testTarget(
      name: "PlanBuildTests",
      dependencies: ["PlanBuild", "PlanCheck", "PlanSyntax", "PlanDiagnostics", "PlanPDF", "PlanDocument"]),
    .testTarget(
      name: "PlanDiffTests", dependencies: ["PlanDiff", "PlanCheck", "PlanSyntax", "PlanDiagnostics"]),
    .testTarget(name: "PlanLayoutTests", dependencies: ["PlanLayout", "PlanDocument"]),
    .testTarget(
      name: "PlanPDFTests",
      dependencies: ["PlanPDF", "PlanLayout", "PlanDocument", "PlanCheck", "PlanSyntax", "CCairo"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "PlanDocumentTests",
      dependencies: ["PlanDocument", "PlanCheck", "PlanModel", "PlanSyntax", "PlanLayout", "PlanDiff"]),
    .testTarget(
      name: "PlanModelTests", dependencies: ["PlanModel", "PlanSyntax", "PlanDiagnostics", "PlanTemplates"]),
    .testTarget(
      name: "PlanCheckTests", dependencies: ["PlanCheck", "PlanModel", "PlanSyntax", "PlanDiagnostics"],
      exclude: ["Golden"]),
    .testTarget(
      name: "PlanSyntaxTests", dependencies: ["PlanSyntax", "PlanDiagnostics"], exclude: ["Malformed"]),
    // Runs the built `plan` binary: exit codes, help, files written or left alone.
    .testTarget(name: "PlanCLITests", dependencies: ["plan", "plan-build"]),
  ],
  swiftLanguageModes: [.v6]
)
