import CFontconfig

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One font file of the library.
public struct FontFace: Hashable, Sendable {
  /// Exact family name (`Noto Serif`).
  public var family: String
  /// Style name as the file gives it (`Regular`, `Bold Italic`).
  public var style: String
  /// File name inside the library's folder.
  public var file: String
}

/// The fonts the renderer may use: a private fontconfig configuration that sees only one folder
/// (the repository's `fonts/`). No `/etc/fonts`, no system fonts, no aliases such as `serif` and no
/// synthetic bold or italic, so every style used must be a file in the folder, and a family is
/// named exactly.
public final class FontLibrary: @unchecked Sendable {
  // @unchecked: every stored Swift property is immutable; the FcConfig is built once in `init`,
  // never changed afterwards, and only handed to Pango font maps (used under the shaper's lock).

  /// The folder, as an absolute path.
  public let directory: String
  /// Every face found, sorted by family, then style.
  public let faces: [FontFace]
  let config: OpaquePointer

  /// Families available, sorted (so the document can fall back when a brand font is not bundled).
  public var families: [String] {
    var seen: Set<String> = []
    return faces.map(\.family).filter { seen.insert($0).inserted }
  }

  public func hasFamily(_ family: String) -> Bool { faces.contains { $0.family == family } }

  /// `family` when the library has it; else the body family `Noto Serif`; else the first family.
  /// With a private configuration fontconfig would pick *some* file for an unknown family; this
  /// makes the choice explicit and stable.
  public func resolve(family: String) -> String {
    if hasFamily(family) { return family }
    if hasFamily(FontLibrary.defaultFamily) { return FontLibrary.defaultFamily }
    return families.first ?? family
  }

  public static let defaultFamily = "Noto Serif"

  /// Loads the fonts of `directory` (which must hold at least one `.ttf`, `.otf` or `.ttc` file).
  public init(directory: String) throws(FontLibraryError) {
    let absolute = FontLibrary.absolutePath(directory)
    guard FontLibrary.holdsFonts(absolute) else { throw .noFonts(searched: [absolute]) }
    guard let config = FcConfigCreate() else { throw .unusable(directory: absolute) }
    // A cache folder keeps fontconfig quiet ("No writable cache directories") and makes the
    // second start faster. The first writable one is used.
    let settings = """
      <?xml version="1.0"?>
      <fontconfig>
        <cachedir prefix="xdg">plan/fontconfig</cachedir>
        <cachedir>/tmp/plan-fontconfig-cache</cachedir>
      </fontconfig>
      """
    _ = FontLibrary.withFcString(settings) { FcConfigParseAndLoadFromMemory(config, $0, 0) }
    let added = FontLibrary.withFcString(absolute) { FcConfigAppFontAddDir(config, $0) }
    guard added != 0, let set = FcConfigGetFonts(config, FcSetApplication), set.pointee.nfont > 0 else {
      FcConfigDestroy(config)
      throw .unusable(directory: absolute)
    }
    var faces: [FontFace] = []
    for index in 0..<Int(set.pointee.nfont) {
      guard let pattern = set.pointee.fonts[index] else { continue }
      let family = FontLibrary.string(pattern, FC_FAMILY) ?? ""
      let style = FontLibrary.string(pattern, FC_STYLE) ?? ""
      let path = FontLibrary.string(pattern, FC_FILE) ?? ""
      let file = path.split(separator: "/").last.map(String.init) ?? path
      faces.append(FontFace(family: family, style: style, file: file))
    }
    self.directory = absolute
    self.faces = faces.sorted { ($0.family, $0.style, $0.file) < ($1.family, $1.style, $1.file) }
    self.config = config
  }

  deinit { FcConfigDestroy(config) }

  /// Finds the fonts folder: `PLAN_FONTS` when set (and then only it); else next to the running
  /// executable (an installed `bin/plan` has them in `../share/plan/fonts`;
  /// `.build/<triple>/<config>/plan` is three folders below the repository, and
  /// `.build/<config>/plan` two when the symbolic link is not resolved); else `./fonts`.
  public static func locate() throws(FontLibraryError) -> FontLibrary {
    let candidates = searchPaths()
    for candidate in candidates where holdsFonts(candidate) {
      return try FontLibrary(directory: candidate)
    }
    throw .noFonts(searched: candidates)
  }

  /// The folders `locate()` tries, in order.
  public static func searchPaths() -> [String] {
    if let value = getenv("PLAN_FONTS"), value.pointee != 0 {
      return [absolutePath(String(cString: value))]
    }
    var paths: [String] = []
    if let executable = executablePath() {
      let folder = parent(executable)
      paths.append(parent(folder) + "/share/plan/fonts")
      paths.append(parent(parent(parent(folder))) + "/fonts")
      paths.append(parent(parent(folder)) + "/fonts")
    }
    paths.append(absolutePath("fonts"))
    var seen: Set<String> = []
    return paths.map(normalise).filter { seen.insert($0).inserted }
  }

  // MARK: - Files

  public static func holdsFonts(_ directory: String) -> Bool {
    guard let handle = opendir(directory) else { return false }
    defer { closedir(handle) }
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }.lowercased()
      if name.hasSuffix(".ttf") || name.hasSuffix(".otf") || name.hasSuffix(".ttc") { return true }
    }
    return false
  }

  static func executablePath() -> String? {
    #if os(Linux)
      var buffer = [CChar](repeating: 0, count: 4096)
      let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
      if count > 0 { return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    #endif
    guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
    return absolutePath(first)
  }

  static func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return normalise(path) }
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return normalise(cwd + "/" + path)
  }

  /// Removes `.`, `..` and empty components (textually; symbolic links are left alone).
  static func normalise(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }

  static func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }

  // MARK: - fontconfig strings (FcChar8 is unsigned char: no automatic bridging)

  static func withFcString<R>(_ string: String, _ body: (UnsafePointer<FcChar8>) -> R) -> R {
    string.withCString { pointer in
      pointer.withMemoryRebound(to: FcChar8.self, capacity: string.utf8.count + 1) { body($0) }
    }
  }

  static func string(_ pattern: OpaquePointer, _ object: String) -> String? {
    var value: UnsafeMutablePointer<FcChar8>?
    guard FcPatternGetString(pattern, object, 0, &value) == FcResultMatch, let value else { return nil }
    return String(cString: value)
  }
}

/// Why the fonts could not be loaded; the message names every folder tried, in Spanish and English.
public enum FontLibraryError: Error, Equatable, CustomStringConvertible {
  case noFonts(searched: [String])
  case unusable(directory: String)

  public var description: String {
    switch self {
    case .noFonts(let searched):
      let list = searched.joined(separator: ", ")
      return
        "no se encontraron fuentes (.ttf, .otf) en: \(list). Indique la carpeta fonts/ del repositorio "
        + "con la variable PLAN_FONTS. / no fonts (.ttf, .otf) found in: \(list). Point PLAN_FONTS "
        + "at the repository's fonts/ folder."
    case .unusable(let directory):
      return
        "fontconfig no pudo leer las fuentes de \(directory) / fontconfig could not read the fonts in "
        + directory
    }
  }
}
