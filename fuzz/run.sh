#!/usr/bin/env bash
# Builds the libFuzzer targets and runs them.
#
#   fuzz/run.sh [TARGET|all] [RUNS] [extra libFuzzer flags…]   (all; RUNS defaults to 1000000)
#
# Targets (one fuzz/Fuzz*.swift each, with fuzz/FuzzSupport.swift):
#   parser  the lexer, parser, binder and formatter (lossless tree, idempotent formatting)
#   check   a plan folder in memory (includes, crest) through model building, every rule and every
#           report format and language (locations, bounded and escaped output)
#   fix     fix application, `plan fmt --fix` (no fix loses a character or a word)
#
# SwiftPM cannot link a `-sanitize=fuzzer` target (see the fuzzing notes), so this script compiles
# the library sources a target needs together with its file as one module with swiftc. Everything
# it writes goes to fuzz/out/ (git-ignored):
#   fuzz/out/src/                the library sources, `import Plan…` lines removed
#                                (from the working tree, or from commit $FUZZ_REV when it is set)
#   fuzz/out/fuzz-TARGET         the fuzzer (fuzz-TARGET-asan with FUZZ_ASAN=1)
#   fuzz/out/seeds/              the seed corpus: plans/**/*.plan, the malformed test inputs,
#                                fuzz/regressions/, and each plan folder as one input (check)
#   fuzz/out/TARGET/corpus-work/ the corpus libFuzzer grows (kept between runs)
#   fuzz/out/TARGET/artifacts/   crash-*, timeout-*, oom-* inputs found by this run
#   fuzz/out/TARGET/log          libFuzzer's output; the last line of `stat` figures is the summary
# It exits non-zero when a fuzzer found a crash, a broken invariant, a timeout or an OOM.
#
# Inputs are up to 64 KB (`-max_len=65536`) and libFuzzer is given fuzz/plan.dict (the language's
# keywords and vocabularies, see fuzz/gen-dict.sh). Environment: FUZZ_ASAN=1 adds AddressSanitizer
# (see below); FUZZ_REV=<commit> builds the library sources of that commit; PLAN_FUZZ_SKIP_KNOWN=1 skips the parser target's formatter checks
# for inputs that show a bug already reported (listed in fuzz/FuzzParser.swift).
set -euo pipefail

cd "$(dirname "$0")/.."
target="${1:-all}"
if [ "$#" -gt 0 ]; then shift; fi
runs="${1:-1000000}"
if [ "$#" -gt 0 ]; then shift; fi
case "$target" in
  all | parser | check | fix) ;;
  *)
    echo "usage: fuzz/run.sh [parser|check|fix|all] [RUNS] [extra libFuzzer flags…]" >&2
    exit 2
    ;;
esac
case "$runs" in
  '' | *[!0-9-]*)
    echo "usage: fuzz/run.sh [parser|check|fix|all] [RUNS] [extra libFuzzer flags…]" >&2
    exit 2
    ;;
esac

out=fuzz/out
mkdir -p "$out"

# 1. Library sources, without the imports between them. FUZZ_REV=<commit> takes them from that
#    commit instead of the working tree (to fuzz a consistent snapshot while sources are edited).
modules=(PlanDigest PlanDiagnostics PlanSyntax PlanTemplates PlanModel PlanDiff PlanCheck)
# A copy keeps its date when its text did not change, so an unchanged fuzzer is not rebuilt.
rm -rf "$out/rev" "$out/src-new"
root=.
if [ -n "${FUZZ_REV:-}" ]; then
  mkdir -p "$out/rev"
  git archive "$FUZZ_REV" "${modules[@]/#/Sources/}" | tar -x -C "$out/rev"
  root="$out/rev"
  echo "sources from $(git rev-parse --short "$FUZZ_REV")" >&2
fi
for module in "${modules[@]}"; do
  while IFS= read -r file; do
    relative="${file#"$root"/Sources/}"
    mkdir -p "$(dirname "$out/src-new/$relative")" "$(dirname "$out/src/$relative")"
    sed -E '/^import (PlanDigest|PlanDiagnostics|PlanSyntax|PlanTemplates|PlanModel|PlanDiff|PlanCheck)$/d' "$file" >"$out/src-new/$relative"
    cmp -s "$out/src-new/$relative" "$out/src/$relative" || cp "$out/src-new/$relative" "$out/src/$relative"
  done < <(find "$root/Sources/$module" -name '*.swift' -type f | LC_ALL=C sort)
done
# Files removed from the sources go from the copy too.
while IFS= read -r stale; do
  [ -e "$out/src-new/${stale#"$out"/src/}" ] || rm -f "$stale"
done < <(find "$out/src" -name '*.swift' -type f)
rm -rf "$out/src-new"

sources_of() {
  local list=()
  for module in "$@"; do
    while IFS= read -r file; do list+=("$file"); done < <(find "$out/src/$module" -name '*.swift' -type f | LC_ALL=C sort)
  done
  printf '%s\n' "${list[@]}"
}

# AddressSanitizer (FUZZ_ASAN=1) checks the few loops over unsafe buffers that Swift itself does not
# bound-check, at a third of the speed: by default the fuzzers run without it (Swift still traps on
# every out-of-bounds index and overflow), so a million runs of parser or fix fit in an hour of one
# core, and of check in about two (rates in docs/architecture.md). An ASan campaign:
#   FUZZ_ASAN=1 nice -n 19 fuzz/run.sh check -1 -max_total_time=600
sanitizers=fuzzer
suffix=
if [ -n "${FUZZ_ASAN:-}" ]; then
  sanitizers=fuzzer,address
  suffix=-asan
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0:quarantine_size_mb=8:detect_leaks=0}"

build() {
  local name="$1" file="$2"
  shift 2
  local sources=()
  while IFS= read -r line; do sources+=("$line"); done < <(sources_of "$@")
  local binary="$out/fuzz-$name$suffix"
  # Rebuilt only when a source is newer than the fuzzer.
  if [ -x "$binary" ] && [ -z "$(find "${sources[@]}" fuzz/FuzzSupport.swift "$file" -newer "$binary" -print -quit)" ]; then
    return
  fi
  echo "building $binary ($sanitizers) from ${#sources[@]} sources…" >&2
  # PlanDigest calls the system's libcrypto through the CCrypto module map.
  swiftc "-sanitize=$sanitizers" -parse-as-library -O -g -module-name PlanFuzz -I Sources/CCrypto -lcrypto \
    "${sources[@]}" fuzz/FuzzSupport.swift "$file" -o "$binary"
}

# 2. Seed corpus (rebuilt every time): single files, and each plan folder as one input.
rm -rf "$out/seeds"
mkdir -p "$out/seeds"
while IFS= read -r file; do
  cp "$file" "$out/seeds/${file//\//_}"
done < <(find plans Tests/PlanSyntaxTests/Malformed fuzz/regressions -name '*.plan' -type f 2>/dev/null | LC_ALL=C sort)
for folder in plans/* Tests/PlanSyntaxTests/Malformed/*/; do
  [ -d "$folder" ] || continue
  main=$(grep -l '^plan ' "$folder"/*.plan 2>/dev/null | head -1 || true)
  [ -n "$main" ] || main=$(find "$folder" -maxdepth 1 -name '*.plan' | LC_ALL=C sort | head -1)
  [ -n "$main" ] || continue
  seed="$out/seeds/folder_${folder//\//_}"
  cat "$main" >"$seed"
  while IFS= read -r part; do
    [ "$part" = "$main" ] && continue
    printf '\n@@@ %s\n' "${part#"$folder"/}" >>"$seed"
    cat "$part" >>"$seed"
  done < <(find "$folder" -type f \( -name '*.plan' -o -name '*.png' \) | LC_ALL=C sort)
done
echo "seed corpus: $(find "$out/seeds" -type f | wc -l) inputs" >&2

# 3. Build and run each target. Artifacts of earlier runs are moved aside so only this run's count.
# Swift's own crash backtracer reads memory in a way AddressSanitizer reports as a heap overflow
# (a false report that hides the real one); let libFuzzer print the stack of a trap instead.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
failed=0
run() {
  local name="$1"
  shift
  local dir="$out/$name"
  mkdir -p "$dir/corpus-work" "$dir/artifacts"
  if compgen -G "$dir/artifacts/*" >/dev/null; then
    mkdir -p "$dir/artifacts-old"
    mv "$dir"/artifacts/* "$dir/artifacts-old/"
  fi
  local status=0
  local started=$SECONDS
  # libFuzzer's progress goes to the log (`tail -f fuzz/out/TARGET/log` to watch a long run).
  "./$out/fuzz-$name$suffix" -runs="$runs" -dict=fuzz/plan.dict -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "$@" "$dir/corpus-work" "$out/seeds" \
    >"$dir/log" 2>&1 || status=$?
  grep -E '^#[0-9]+ +DONE|^stat::|ERROR|Fatal error|Test unit written' "$dir/log" >&2 || true
  local elapsed=$((SECONDS - started))
  local executed
  executed=$(grep -E '^stat::number_of_executed_units' "$dir/log" | awk '{print $2}' || true)
  local found
  found=$(find "$dir/artifacts" -type f | wc -l)
  echo "fuzz/run.sh $name: ${executed:-?} executions in ${elapsed} s ($(( ${executed:-0} / (elapsed > 0 ? elapsed : 1) )) per second), ${found} findings" >&2
  # 72: libFuzzer was interrupted (Ctrl-C, a stopped campaign) and found nothing: not a failure.
  if [ "$status" -eq 72 ] && [ "$found" -eq 0 ]; then
    echo "fuzz/run.sh $name: interrupted, no findings" >&2
    return
  fi
  if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
    echo "fuzz/run.sh $name: the fuzzer failed (exit status $status); inputs saved in $dir/artifacts/:" >&2
    ls -l "$dir/artifacts" >&2
    failed=1
  fi
}

targets=(parser check fix)
[ "$target" = all ] || targets=("$target")
for name in "${targets[@]}"; do
  case "$name" in
    parser) build parser fuzz/FuzzParser.swift PlanDigest PlanDiagnostics PlanSyntax ;;
    check) build check fuzz/FuzzCheck.swift PlanDigest PlanDiagnostics PlanSyntax PlanTemplates PlanModel PlanDiff PlanCheck ;;
    fix) build fix fuzz/FuzzFix.swift PlanDigest PlanDiagnostics PlanSyntax ;;
  esac
  run "$name" "$@"
done
exit "$failed"
