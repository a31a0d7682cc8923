#!/usr/bin/env python3
"""`make bench`: whole-process timings of the release build of `plan`, as medians of repeated runs.

Every figure is the wall time of a complete `plan` process (start-up, reading, work, writing), the
way a user or CI meets it, and its peak memory (maximum resident set size). Targets come from the
issues; a line that misses its target says so. When ../shared/bench is present, its C reference
renderer (cairo + pango + libhyphen with no compiler in front) is built and timed in the same run,
and the ratios are printed.
"""
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = os.path.join(ROOT, ".build", "release", "plan")
OUT = os.path.join(ROOT, "bench", "out")
SHOWCASE = os.path.join(ROOT, "plans", "villa-aurora", "villa-aurora.plan")
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")


def generate(name, *args):
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        with open(path, "w") as handle:
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_large_plan.py"), *args],
                           stdout=handle, check=True)
    return path


def measure(command, runs, environment=None):
    """Median, min and max wall time, and the peak memory of the largest run (MB)."""
    times = []
    peak = 0
    env = dict(os.environ, **(environment or {}))
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        times.append(time.perf_counter() - start)
        peak = max(peak, usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"{' '.join(command)} exited {code}")
    return statistics.median(times), min(times), max(times), peak


def report(label, result, target=None, memory_target=None):
    median, low, high, peak = result
    verdict = ""
    failed = False
    if target is not None:
        failed |= median >= target
    if memory_target is not None:
        failed |= peak >= memory_target
    if target is not None or memory_target is not None:
        verdict = "SLOW" if failed else "ok"
    goal = f"{target * 1000:.0f}ms" if target else "-"
    if memory_target:
        goal += f" {memory_target:.0f}MB"
    print(f"{label:44} {median * 1000:8.1f}ms {low * 1000:8.1f}ms {high * 1000:8.1f}ms {peak:6.0f}MB {goal:>13} {verdict}")
    return failed


def watch_rebuilds(edits=9):
    """`plan watch` on a copy of the showcase, one word changed at a time: the rebuild time the watch
    prints (from the start of the build to the PDF written) and the wall time from the save to that
    line (which adds inotify and the short wait that gathers one save's events)."""
    folder = os.path.join(OUT, "watch")
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(os.path.dirname(SHOWCASE), folder, ignore=shutil.ignore_patterns("*.pdf"))
    main_file = os.path.join(folder, os.path.basename(SHOWCASE))
    child = subprocess.Popen([PLAN, "watch", main_file, "-o", os.path.join(OUT, "watch.pdf")],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    built = re.compile(r" en (\d+) ms\.$")

    def next_build():
        for line in child.stdout:
            match = built.search(line.rstrip("\n"))
            if match:
                return int(match.group(1)) / 1000
        sys.exit("plan watch ended before building")

    first = next_build()
    rebuilds, latencies = [], []
    text = open(main_file, encoding="utf-8").read()
    for index in range(edits):
        time.sleep(0.3)
        word = "Mundo" if index % 2 else "Orbe"
        changed = text.replace("Villa Aurora en el Mundo", f"Villa Aurora en el {word}", 1)
        start = time.perf_counter()
        with open(main_file, "w", encoding="utf-8") as handle:
            handle.write(changed)
        rebuilds.append(next_build())
        latencies.append(time.perf_counter() - start)
        text = changed if word == "Orbe" else text
    child.terminate()
    child.wait()
    return first, statistics.median(rebuilds), statistics.median(latencies)


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def main():
    if not os.path.exists(PLAN):
        sys.exit("build first: make release (or use `make bench`)")
    os.makedirs(OUT, exist_ok=True)
    big = generate("plan-10mb.plan", "10000000")
    actions = generate("plan-2000-acciones.plan", "--actions", "2000")
    # Ten times the showcase: ten times its bytes of plan text (about 530 KB, ~1,100 actions).
    showcase_bytes = sum(os.path.getsize(os.path.join(os.path.dirname(SHOWCASE), name))
                         for name in os.listdir(os.path.dirname(SHOWCASE)) if name.endswith(".plan"))
    x10 = generate("plan-x10.plan", str(showcase_bytes * 10))
    showcase_pdf = os.path.join(OUT, "showcase.pdf")
    x10_pdf = os.path.join(OUT, "x10.pdf")
    report_pdf = os.path.join(OUT, "informe-2026.pdf")
    cases = [
        ("fmt: parse + format, 10 MB plan", ["fmt", "--stdout", big], 7, 1.000, None),
        # The showcase reads its four monitoring files (seguimiento/2025*.plan, 2026*.plan) beside it.
        ("check: showcase plan + 4 period files", ["check", SHOWCASE], 31, 0.020, None),
        ("check: 2,000 actions", ["check", actions], 11, None, None),
        ("fmt --check: example plans", ["fmt", "--check", os.path.join(ROOT, "plans")], 31, None, None),
        ("check: 10 MB plan (syntax)", ["check", big], 5, None, None),
        ("build: showcase plan PDF", ["build", SHOWCASE, "-o", showcase_pdf], 11, 0.400, None),
        ("report: showcase 2026 progress PDF", ["report", SHOWCASE, "--periodo", "2026", "-o", report_pdf], 11,
         0.500, None),
        ("report: showcase 2026 CSV", ["report", SHOWCASE, "--periodo", "2026", "--csv", "-o",
                                       os.path.join(OUT, "informe-2026.csv")], 11, None, None),
        # The generated plan lacks sections a real one has: --force builds it anyway (same work).
        ("build: plan ×10 PDF (--force)", ["build", "--force", x10, "-o", x10_pdf], 5, 4.000, 150),
    ]
    without_figures = ("build: showcase without its figures", ["build", SHOWCASE, "-o", os.path.join(OUT, "bare.pdf")])
    size = os.path.getsize(big) / 1e6
    print(f"plan {subprocess.run([PLAN, '--version'], capture_output=True, text=True).stdout.strip()}"
          f" · release · {os.cpu_count()} cores · 10 MB plan = {size:.1f} MB · ×10 plan = "
          f"{os.path.getsize(x10) / 1e3:.0f} KB")
    print(f"{'case':44} {'median':>10} {'min':>10} {'max':>10} {'peak':>8} {'target':>13}")
    failed = False
    results = {}
    for label, arguments, runs, target, memory in cases:
        results[label] = measure([PLAN, *arguments], runs)
        failed |= report(label, results[label], target, memory)
    print(f"pages: showcase {pages(showcase_pdf)}, ×10 {pages(x10_pdf)}, 2026 report {pages(report_pdf)}")
    # What the ten diagrams add to the showcase: the same build with the figures left out.
    bare = measure([PLAN, *without_figures[1]], 11, {"PLAN_BENCH_WITHOUT_FIGURES": "1"})
    report(without_figures[0], bare)
    added = results["build: showcase plan PDF"][0] - bare[0]
    print(f"the figures add {added * 1000:.0f} ms to the showcase build (goal < 100 ms) "
          f"{'ok' if added < 0.100 else 'SLOW'}")
    failed |= added >= 0.100

    # plan watch: a rebuild after a one-word change, against a cold build of the same plan.
    first, rebuild, latency = watch_rebuilds()
    cold = results["build: showcase plan PDF"][0]
    share = rebuild / cold
    print(f"watch: first build {first * 1000:.0f} ms in-process; rebuild after a one-word change "
          f"{rebuild * 1000:.0f} ms = {share * 100:.0f}% of a cold plan build (goal ≤ 40%) "
          f"{'ok' if share <= 0.40 else 'SLOW'}; from save to PDF {latency * 1000:.0f} ms")
    failed |= share > 0.40

    floor = os.path.join(SHARED, "floor.sh")
    if os.path.exists(floor):
        reference = os.path.join(OUT, "reference")
        if not os.path.exists(os.path.join(reference, "reference")):
            subprocess.run(["sh", floor, "build", reference], check=True, stdout=subprocess.DEVNULL)
        binary = os.path.join(reference, "reference")
        one = measure([binary, os.path.join(reference, "plan.json"), os.path.join(OUT, "reference.pdf")], 11)
        ten = measure([binary, os.path.join(reference, "plan-x10.json"), os.path.join(OUT, "reference-x10.pdf")], 5)
        report("C reference (../shared/bench), ~30 pages", one)
        report("C reference (../shared/bench), ~290 pages", ten)
        for label, ours, theirs, our_pdf, their_pdf in [
            ("showcase", results["build: showcase plan PDF"], one, showcase_pdf, "reference.pdf"),
            ("×10", results["build: plan ×10 PDF (--force)"], ten, x10_pdf, "reference-x10.pdf"),
        ]:
            ratio = ours[0] / theirs[0]
            our_pages = int(pages(our_pdf))
            their_pages = int(pages(os.path.join(OUT, their_pdf)))
            per_page = (ours[0] / our_pages) / (theirs[0] / their_pages)
            verdict = "ok" if ratio <= 1.5 else "SLOW"
            print(f"ratio {label}: {ratio:.2f}× the reference's time ({our_pages} vs {their_pages} pages; "
                  f"{per_page:.2f}× per page) — goal ≤ 1.5× {verdict}")
            failed |= ratio > 1.5
    sys.exit(1 if failed else 0)


main()
