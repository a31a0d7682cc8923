import CCairo
import CFontconfig
import CHyphen
import CPango

#if canImport(Glibc)
  import Glibc
#endif

/// The versions of the C libraries this process runs against (not the ones it was compiled with):
/// what `plan --version` prints for a bug report.
public enum LibraryVersions {
  public static var cairo: String { String(cString: cairo_version_string()) }
  public static var pango: String { String(cString: pango_version_string()) }

  public static var fontconfig: String {
    let version = Int(FcGetVersion())
    return "\(version / 10000).\(version / 100 % 100).\(version % 100)"
  }

  /// libhyphen has no version function: the file of the loaded library (`libhyphen.so.0.3.0`) and,
  /// where dpkg installed it, the Debian package's version.
  public static var hyphen: String {
    guard let path = loadedLibrary(named: "libhyphen") else { return "?" }
    var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let real = realpath(path, &resolved) != nil ? String(cString: resolved) : path
    let file = real.split(separator: "/").last.map(String.init) ?? real
    guard let package = debianVersion(of: "libhyphen0") else { return file }
    return "\(package) (\(file))"
  }

  /// The path of a shared library this process has loaded, from the kernel's map of its memory.
  static func loadedLibrary(named name: String) -> String? {
    firstLine(of: "/proc/self/maps") { text in
      guard let slash = text.firstIndex(of: "/") else { return nil }
      let path = String(text[slash...])
      return path.split(separator: "/").last?.hasPrefix(name + ".so") == true ? path : nil
    }
  }

  /// The installed version of a Debian package, read from dpkg's database (no process started).
  static func debianVersion(of package: String) -> String? {
    var inPackage = false
    return firstLine(of: "/var/lib/dpkg/status") { text in
      if text.hasPrefix("Package: ") { inPackage = text == "Package: \(package)" }
      return inPackage && text.hasPrefix("Version: ") ? String(text.dropFirst("Version: ".count)) : nil
    }
  }

  /// The first non-nil `pick` of the lines of a text file, read one line at a time.
  static func firstLine(of path: String, _ pick: (String) -> String?) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var line: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(line) }
    while getline(&line, &capacity, file) > 0, let line {
      if let found = pick(String(cString: line).trimmingSuffixNewline()) { return found }
    }
    return nil
  }
}

extension String {
  fileprivate func trimmingSuffixNewline() -> String {
    var text = self
    while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
    return text
  }
}
