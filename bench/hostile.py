#!/usr/bin/env python3
"""Hostile inputs through the release `plan`: each checked and formatted must take under 1 s, under
200 MB of peak memory and under 100 KB of output (issue 13).

    make hostile            # builds the release binary, then runs this
    python3 bench/hostile.py [path/to/plan]

Inputs are generated in bench/out/hostile/ (deterministic, not in git):
  one-line-5mb.plan   the showcase's actions, comments removed and line breaks turned into spaces,
                      repeated to 5 MB
  one-word-5mb.plan   a single 5 MB word
  nul-1mb.plan        1 MiB of NUL bytes
  nul-64mb.plan       64 MiB of NUL bytes (exactly the size cap, so it is read)
  braces-20000.plan   20,000 `}` on one line
Every command runs with /usr/bin/time -v; the table gives wall time, peak resident memory and the
bytes written to stdout and stderr together.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out", "hostile")
PLAN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "plan")
LIMITS = {"seconds": 1.0, "megabytes": 200, "kilobytes": 100}


def inputs():
    os.makedirs(OUT, exist_ok=True)
    showcase = open(os.path.join(ROOT, "plans", "villa-aurora", "acciones.plan"), "rb").read()
    # Comments would swallow a joined line: they go first.
    lines = [re.sub(rb"\s+#\s.*$", b"", line) for line in showcase.splitlines() if not line.strip().startswith(b"#")]
    line = b" ".join(lines) + b" "
    cases = {
        "one-line-5mb.plan": (line * (5 * 1024 * 1024 // len(line) + 1))[: 5 * 1024 * 1024] + b"\n",
        "one-word-5mb.plan": b"a" * (5 * 1024 * 1024) + b"\n",
        "nul-1mb.plan": b"\0" * (1024 * 1024),
        "nul-64mb.plan": b"\0" * (64 * 1024 * 1024),
        "braces-20000.plan": b"}" * 20000 + b"\n",
    }
    for name, data in cases.items():
        path = os.path.join(OUT, name)
        if not os.path.exists(path) or os.path.getsize(path) != len(data):
            with open(path, "wb") as file:
                file.write(data)
    return list(cases)


def measure(arguments):
    if arguments[0] == "fmt" and "--check" not in arguments:
        # `plan fmt` rewrites the file: it gets a fresh copy.
        source = os.path.join(OUT, arguments[-1])
        copy = os.path.join(OUT, "copy-" + arguments[-1])
        with open(source, "rb") as file, open(copy, "wb") as target:
            target.write(file.read())
        arguments = arguments[:-1] + ["copy-" + arguments[-1]]
    result = subprocess.run(
        ["/usr/bin/time", "-v", PLAN] + arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=OUT)
    report = result.stderr.decode("utf-8", "replace")
    elapsed = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", report)
    hours, minutes, seconds = elapsed.groups()
    wall = int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report).group(1)) / 1024
    # Our own stderr is everything before time's report.
    own = report[: report.rfind("\tCommand being timed:")]
    output = len(result.stdout) + len(own.encode("utf-8"))
    return result.returncode, wall, peak, output


def main():
    if not os.access(PLAN, os.X_OK):
        sys.exit(f"{PLAN} not found: run `make release` first")
    names = inputs()
    commands = [("check", ["check"]), ("check json", ["check", "--format", "json"]), ("fmt", ["fmt"]),
                ("fmt --check", ["fmt", "--check"])]
    print(f"{'input':<20} {'command':<12} {'exit':>4} {'time (s)':>9} {'peak (MB)':>10} {'output (KB)':>12}  verdict")
    failures = 0
    for name in names:
        for label, arguments in commands:
            code, wall, peak, output = measure(arguments + [name])
            ok = wall < LIMITS["seconds"] and peak < LIMITS["megabytes"] and output < LIMITS["kilobytes"] * 1024
            failures += not ok
            print(f"{name:<20} {label:<12} {code:>4} {wall:>9.2f} {peak:>10.1f} {output / 1024:>12.1f}  "
                  f"{'ok' if ok else 'OVER LIMIT'}")
    print(f"limits: < {LIMITS['seconds']} s, < {LIMITS['megabytes']} MB, < {LIMITS['kilobytes']} KB of output")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
