#!/usr/bin/env python3
"""`make bench`: whole-process timings of the release build of `plan`, as medians of repeated runs.

Every figure is the wall time of a complete `plan` process (start-up, reading, work, writing), the
way a user or CI meets it. Targets come from the issues; a line that misses its target says so.
"""
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = os.path.join(ROOT, ".build", "release", "plan")
OUT = os.path.join(ROOT, "bench", "out")
SHOWCASE = os.path.join(ROOT, "plans", "villa-aurora", "villa-aurora.plan")


def generate(name, *args):
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        with open(path, "w") as handle:
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_large_plan.py"), *args],
                           stdout=handle, check=True)
    return path


def measure(arguments, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([PLAN, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            sys.exit(f"plan {' '.join(arguments)} exited {result.returncode}")
    return statistics.median(times), min(times), max(times)


def main():
    if not os.path.exists(PLAN):
        sys.exit("build first: swift build -c release (or use `make bench`)")
    os.makedirs(OUT, exist_ok=True)
    big = generate("plan-10mb.plan", "10000000")
    actions = generate("plan-2000-acciones.plan", "--actions", "2000")
    cases = [
        ("fmt: parse + format, 10 MB plan", ["fmt", "--stdout", big], 7, 1.000),
        ("check: showcase plan", ["check", SHOWCASE], 31, 0.020),
        ("check: 2,000 actions", ["check", actions], 11, None),
        ("fmt --check: example plans", ["fmt", "--check", os.path.join(ROOT, "plans")], 31, None),
        ("check: 10 MB plan (syntax)", ["check", big], 5, None),
        ("build: showcase plan PDF", ["build", SHOWCASE, "-o", os.path.join(OUT, "showcase.pdf")], 11, 0.400),
    ]
    size = os.path.getsize(big) / 1e6
    print(f"plan {subprocess.run([PLAN, '--version'], capture_output=True, text=True).stdout.strip()}"
          f" · release · {os.cpu_count()} cores · 10 MB plan = {size:.1f} MB")
    print(f"{'case':40} {'median':>9} {'min':>9} {'max':>9} {'target':>8}")
    failed = False
    for label, arguments, runs, target in cases:
        median, low, high = measure(arguments, runs)
        verdict = ""
        if target is not None:
            verdict = "ok" if median < target else "SLOW"
            failed |= median >= target
        print(f"{label:40} {median * 1000:7.1f}ms {low * 1000:7.1f}ms {high * 1000:7.1f}ms "
              f"{(f'{target * 1000:.0f}ms' if target else '-'):>8} {verdict}")
    reference = os.path.join(os.path.dirname(ROOT), "shared", "bench", "floor.sh")
    if os.path.exists(reference):
        print("reference renderer (../shared/bench): compared once `plan build` exists")
    sys.exit(1 if failed else 0)


main()
