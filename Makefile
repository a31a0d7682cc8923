# `plan` — the two commands that do everything on a fresh machine:
#   make example   installs what is missing, builds, checks the example plan and writes its PDF
#                  and its 2026 progress report
#   make test      installs what is missing, builds, and runs every test and the style check
SHELL := /bin/bash
EXAMPLE := plans/villa-aurora/villa-aurora.plan
RELEASE := .build/release/plan

PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: example test setup build release install uninstall dist lint format bench hostile fuzz clean conformance

example: setup release
	$(RELEASE) check $(EXAMPLE)
	$(RELEASE) fmt --check plans
	$(RELEASE) build $(EXAMPLE)
	$(RELEASE) report $(EXAMPLE) --periodo 2026

test: setup
	swift build --build-tests
	swift test --skip-build
	bash scripts/conformance.sh
	swift format lint --strict --recursive Sources Tests Plugins Package.swift $(wildcard fuzz/*.swift)

setup:
	@bash scripts/setup.sh

build:
	swift build

# The standard library is linked statically: the process starts in half the time.
release:
	swift build -c release --static-swift-stdlib --product plan
	swift build -c release --static-swift-stdlib --product plan-build

# Every example plan's PDF against the machine-checkable clauses of PDF/A-2b and PDF/UA-1.
conformance: setup
	swift build
	bash scripts/conformance.sh

# Installs bin/plan, bin/plan-build, share/plan/fonts, the man pages and the completions below
# $(DESTDIR)$(PREFIX); `make uninstall` removes exactly that (share/plan/install-manifest.txt).
install: setup release
	bash scripts/stage.sh .build/release .build/stage
	DESTDIR="$(DESTDIR)" bash .build/stage/install.sh --prefix "$(PREFIX)"

uninstall:
	DESTDIR="$(DESTDIR)" bash scripts/install.sh --uninstall --prefix "$(PREFIX)"

# plan-VERSION-linux-ARCH.tar.gz: the release programs, fonts, man pages, completions, install.sh.
dist: setup release
	bash scripts/dist.sh .build/release .

lint:
	swift format lint --strict --recursive Sources Tests Plugins Package.swift $(wildcard fuzz/*.swift)

format:
	swift format format --in-place --recursive Sources Tests Plugins Package.swift $(wildcard fuzz/*.swift)

# Whole-process medians in a release build, and the C reference of ../shared/bench; see bench/README.md.
bench:
	@bash scripts/setup.sh --bench
	$(MAKE) --no-print-directory release
	python3 bench/run.py

# Hostile inputs (a 5 MB line, 1 and 64 MB of NUL bytes, 20,000 `}`): check and fmt each under 1 s,
# 200 MB and 100 KB of output; see bench/hostile.py.
hostile: release
	python3 bench/hostile.py

# libFuzzer on the three targets (parser, check, fix), RUNS each (1000000 by default); one target
# with `make fuzz TARGET=check`; FUZZ_ASAN=1 adds AddressSanitizer. See fuzz/run.sh.
fuzz:
	bash fuzz/run.sh $(or $(TARGET),all) $(or $(RUNS),1000000)

clean:
	rm -rf .build fuzz/out bench/out plan-*-linux-*.tar.gz
