import PlanDigest
import PlanDocument
import PlanSyntax

/// The files a document was generated from, each with the SHA-256 of its bytes as read, so that
/// `sha256sum` on the plan's folder verifies the version table and the PDF's metadata.
public enum SourceFingerprint {
  /// The main file, then every include in the order it was reached; names relative to the main
  /// file's folder. The plan's own document leaves out its period files (`periodo` blocks alone):
  /// recording a year's progress changes neither the approved plan nor its list of sources.
  public static func sources(of loaded: LoadedPlan, withPeriodFiles: Bool = false) -> [DocumentSource] {
    loaded.files.indices.compactMap { index in
      let file = loaded.files[index]
      guard withPeriodFiles || index == 0 || !PeriodFiles.isPeriodOnly(file) else { return nil }
      let digest =
        index < loaded.sourceDigests.count
        ? loaded.sourceDigests[index] : SHA256.hex(of: file.source.bytes)
      return DocumentSource(name: name(index, loaded), sha256: digest)
    }
  }

  /// The path below the plan's folder, or the path shown to people for a plan read from memory.
  private static func name(_ index: Int, _ loaded: LoadedPlan) -> String {
    guard index < loaded.canonicalPaths.count, let root = loaded.rootFolder else {
      return loaded.files[index].source.path
    }
    let path = loaded.canonicalPaths[index]
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
