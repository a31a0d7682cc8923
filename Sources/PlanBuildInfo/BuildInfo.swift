/// Where this build of `plan` comes from.
public enum BuildInfo {
  /// The version every `plan` executable reports and writes into the documents it makes.
  public static let version = "0.1.0"

  /// The git commit the executables were built from (with `-dirty` when the tree had changes), or
  /// nil when they were built outside a git checkout.
  public static var commit: String? { builtFromCommit.isEmpty ? nil : builtFromCommit }
}
