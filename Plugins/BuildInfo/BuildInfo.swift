import Foundation
import PackagePlugin

/// Writes the commit `plan` is built from into the `PlanBuildInfo` module before every build, so
/// `plan --version` can say it (what a bug report needs). The file is rewritten only when the
/// commit changes, so an unchanged tree rebuilds nothing.
@main
struct BuildInfo: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.pluginWorkDirectoryURL.appending(path: "generated")
    let script = """
      set -eu
      commit=$(git -C "$1" describe --always --dirty --abbrev=12 --exclude='*' 2>/dev/null || echo "")
      mkdir -p "$2"
      next="$2/Commit.swift.next"
      printf '/// Written by the BuildInfo plugin.\\nlet builtFromCommit = "%s"\\n' "$commit" > "$next"
      if cmp -s "$next" "$2/Commit.swift"; then rm "$next"; else mv "$next" "$2/Commit.swift"; fi
      """
    return [
      .prebuildCommand(
        displayName: "Commit of this build",
        executable: URL(fileURLWithPath: "/bin/sh"),
        arguments: ["-c", script, "sh", context.package.directoryURL.path, folder.path],
        outputFilesDirectory: folder)
    ]
  }
}
