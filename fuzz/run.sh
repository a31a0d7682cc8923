#!/usr/bin/env bash
# Builds the libFuzzer target for the parser and formatter and runs it.
#
#   fuzz/run.sh [RUNS] [extra libFuzzer flags…]     (RUNS defaults to 1000000)
#
# SwiftPM cannot link a `-sanitize=fuzzer` target (see docs in the fuzzing notes), so this script
# compiles the sources of PlanDiagnostics and PlanSyntax together with fuzz/FuzzParser.swift as one
# module with swiftc. Everything it writes goes to fuzz/out/ (git-ignored):
#   fuzz/out/src/          the library sources, `import PlanDiagnostics` lines removed
#                          (from the working tree, or from commit $FUZZ_REV when it is set)
#   fuzz/out/fuzz-parser   the fuzzer
#   fuzz/out/corpus/       the seed corpus: plans/**/*.plan, the malformed test inputs, fuzz/regressions/
#   fuzz/out/corpus-work/  the corpus libFuzzer grows (kept between runs)
#   fuzz/out/artifacts/    crash-*, timeout-*, oom-* inputs found by this run
# It exits non-zero when the fuzzer found a crash, a broken invariant, a timeout or an OOM.
#
# Environment: FUZZ_REV=<commit> builds the library sources of that commit (see below);
# PLAN_FUZZ_SKIP_KNOWN=1 skips the formatter checks for inputs that show a bug already reported
# (listed in fuzz/FuzzParser.swift, with its file in fuzz/regressions/), to look for other bugs.
set -euo pipefail

cd "$(dirname "$0")/.."
runs="${1:-1000000}"
if [ "$#" -gt 0 ]; then shift; fi
case "$runs" in
  '' | *[!0-9-]*)
    echo "usage: fuzz/run.sh [RUNS] [extra libFuzzer flags…]" >&2
    exit 2
    ;;
esac

out=fuzz/out
mkdir -p "$out"

# 1. Sources as one module: PlanDiagnostics and PlanSyntax, without the import between them.
#    FUZZ_REV=<commit> takes them from that commit instead of the working tree (to fuzz a consistent
#    snapshot while the sources are being edited).
rm -rf "$out/src" "$out/rev"
root=.
if [ -n "${FUZZ_REV:-}" ]; then
  mkdir -p "$out/rev"
  git archive "$FUZZ_REV" Sources/PlanDiagnostics Sources/PlanSyntax | tar -x -C "$out/rev"
  root="$out/rev"
  echo "sources from $(git rev-parse --short "$FUZZ_REV")" >&2
fi
sources=()
while IFS= read -r file; do
  relative="${file#"$root"/Sources/}"
  target="$out/src/$relative"
  mkdir -p "$(dirname "$target")"
  sed '/^import PlanDiagnostics$/d' "$file" >"$target"
  sources+=("$target")
done < <(find "$root/Sources/PlanDiagnostics" "$root/Sources/PlanSyntax" -name '*.swift' -type f | LC_ALL=C sort)

echo "building $out/fuzz-parser from ${#sources[@]} sources…" >&2
swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name PlanFuzz \
  "${sources[@]}" fuzz/FuzzParser.swift -o "$out/fuzz-parser"

# 2. Seed corpus (rebuilt every time) and work corpus (kept).
rm -rf "$out/corpus"
mkdir -p "$out/corpus" "$out/corpus-work" "$out/artifacts"
while IFS= read -r file; do
  name="${file//\//_}"
  cp "$file" "$out/corpus/$name"
done < <(find plans Tests/PlanSyntaxTests/Malformed fuzz/regressions -name '*.plan' -type f 2>/dev/null | LC_ALL=C sort)
echo "seed corpus: $(find "$out/corpus" -type f | wc -l) files" >&2

# 3. Run. Artifacts from earlier runs are moved aside so that only this run's findings count.
if compgen -G "$out/artifacts/*" >/dev/null; then
  mkdir -p "$out/artifacts-old"
  mv "$out"/artifacts/* "$out/artifacts-old/"
fi
# Swift's own crash backtracer reads memory in a way AddressSanitizer reports as a heap overflow
# (a false report that hides the real one); let libFuzzer print the stack of a trap instead.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
status=0
"./$out/fuzz-parser" -runs="$runs" -dict=fuzz/plan.dict -max_len=4096 -timeout=10 \
  -artifact_prefix="$out/artifacts/" "$@" "$out/corpus-work" "$out/corpus" || status=$?

found=$(find "$out/artifacts" -type f | wc -l)
if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
  echo "fuzz/run.sh: the fuzzer failed (exit status $status); inputs saved in $out/artifacts/:" >&2
  ls -l "$out/artifacts" >&2
  exit "$(( status != 0 ? status : 1 ))"
fi
echo "fuzz/run.sh: no crash in $runs runs" >&2
